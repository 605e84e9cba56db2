// Benchmarks of what a user waits for: loading the compiled fact base (the
// start-up of the CLI and the widget), checking one claim, and compiling the
// sources (the data desk's rebuild, reported per MB). Inputs are read once,
// outside the timed loops. scripts/bench runs this with repetitions and
// prints the medians against the budgets; CTest runs it once (bench_smoke).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/check.h"
#include "core/compile.h"
#include "core/factbase_json.h"

namespace figcheck {
namespace {

// Written for this benchmark, one claim per path through Check(): a wrong
// value, an approximation, rounding, a bound, a goal told as achieved, a
// subject the sources lack, two figures in one claim.
struct BenchClaim {
  const char* name;
  const char* text;
};
constexpr BenchClaim kClaims[] = {
    {"gdp_value", "Shanghai's GDP reached 5 trillion yuan in 2023"},
    {"gdp_approx",
     "Shanghai's economy was worth roughly 4.7 trillion yuan in 2023"},
    {"port_rounded",
     "The port of Shanghai moved some 49 million TEUs of containers in 2023"},
    {"fie_bound",
     "Shanghai set up more than 6,000 new foreign-invested enterprises in "
     "2023"},
    {"metaverse_goal",
     "Shanghai's metaverse industry reached 350 billion yuan in 2023"},
    {"no_subject", "Tourism revenue in Shanghai rose 12 percent last year"},
    {"two_figures",
     "In 2023 Shanghai used US$24 billion of foreign capital and added about "
     "6,000 new foreign-invested enterprises"},
};
const Date kAsOf{2024, 6, 1};

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Everything the benchmarks start from, read and parsed once.
struct Inputs {
  std::string factbase_json;
  FactBase base;
  std::vector<SourceText> sources;
  Lexicon lexicon;
  size_t source_bytes = 0;
};

// Reads the inputs; on failure prints one line and returns false.
bool ReadInputs(const std::string& factbase_path, const std::string& sources,
                const std::string& lexicon_path, Inputs* in) {
  auto fail = [](const std::string& message) {
    std::fprintf(stderr, "check_bench: %s\n", message.c_str());
    return false;
  };
  if (!ReadFile(factbase_path, &in->factbase_json))
    return fail("cannot read fact base " + factbase_path);
  StatusOr<FactBase> base = LoadFactBase(in->factbase_json);
  if (!base.ok()) return fail(factbase_path + ": " + base.status().message());
  in->base = std::move(base).value();

  std::string manifest_json, lexicon_json;
  if (!ReadFile(sources + "/manifest.json", &manifest_json))
    return fail("cannot read " + sources + "/manifest.json");
  if (!ReadFile(lexicon_path, &lexicon_json))
    return fail("cannot read lexicon " + lexicon_path);
  StatusOr<std::vector<Document>> manifest = ParseManifest(manifest_json);
  if (!manifest.ok()) return fail("manifest: " + manifest.status().message());
  StatusOr<Lexicon> lexicon = ParseLexicon(lexicon_json);
  if (!lexicon.ok()) return fail("lexicon: " + lexicon.status().message());
  in->lexicon = std::move(lexicon).value();
  for (const Document& d : manifest.value()) {
    SourceText s;
    s.meta = d;
    if (!ReadFile(sources + "/" + d.file, &s.text))
      return fail("cannot read source " + sources + "/" + d.file);
    in->source_bytes += s.text.size();
    in->sources.push_back(std::move(s));
  }
  return true;
}

void BM_LoadFactBase(benchmark::State& state, const Inputs* in) {
  for (auto _ : state) {
    StatusOr<FactBase> base = LoadFactBase(in->factbase_json);
    if (!base.ok()) {
      state.SkipWithError(base.status().message().c_str());
      break;
    }
    benchmark::DoNotOptimize(base);
  }
  state.SetBytesProcessed(state.iterations() * in->factbase_json.size());
  state.counters["facts"] = in->base.facts.size();
}

void BM_Check(benchmark::State& state, const Inputs* in, const char* claim) {
  const char* verdict = "";
  for (auto _ : state) {
    StatusOr<Result> result = Check(in->base, claim, kAsOf);
    if (!result.ok()) {
      state.SkipWithError(result.status().message().c_str());
      break;
    }
    verdict = VerdictName(result.value().verdict);
    benchmark::DoNotOptimize(result);
  }
  state.SetLabel(verdict);
}

void BM_CompileFactBase(benchmark::State& state, const Inputs* in) {
  for (auto _ : state) {
    // CompileFactBase takes its inputs by value; the copies are not timed.
    state.PauseTiming();
    std::vector<SourceText> sources = in->sources;
    Lexicon lexicon = in->lexicon;
    state.ResumeTiming();
    StatusOr<FactBase> base =
        CompileFactBase(std::move(sources), std::move(lexicon));
    if (!base.ok()) {
      state.SkipWithError(base.status().message().c_str());
      break;
    }
    benchmark::DoNotOptimize(base);
  }
  state.SetBytesProcessed(state.iterations() * in->source_bytes);
  state.counters["source_bytes"] = in->source_bytes;
}

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) {
  using namespace figcheck;
  benchmark::Initialize(&argc, argv);
  // $FIGCHECK_FACTBASE overrides the fact base, as it does for the CLI.
  const char* env = std::getenv("FIGCHECK_FACTBASE");
  std::string factbase =
      env != nullptr && *env != '\0' ? env : FIGCHECK_BENCH_FACTBASE;
  static Inputs inputs;
  if (!ReadInputs(factbase, FIGCHECK_BENCH_SOURCES, FIGCHECK_BENCH_LEXICON,
                  &inputs))
    return 1;

  benchmark::RegisterBenchmark("LoadFactBase", BM_LoadFactBase, &inputs)
      ->Unit(benchmark::kMicrosecond);
  for (const BenchClaim& c : kClaims) {
    benchmark::RegisterBenchmark(("Check/" + std::string(c.name)).c_str(),
                                 BM_Check, &inputs, c.text)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("CompileFactBase", BM_CompileFactBase, &inputs)
      ->Unit(benchmark::kMillisecond);

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
