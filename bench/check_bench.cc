// Benchmarks of what a user waits for: loading the compiled fact base (the
// start-up of the CLI and the widget), checking one claim (per claim, and
// the distribution of single calls over a claim set: p50, p99), scanning a
// draft (MB/s), and compiling the sources (the data desk's rebuild, reported
// per MB). Inputs are read once, outside the timed loops. scripts/bench runs
// this with repetitions and prints the medians against the budgets, beside
// the same figures from the WebAssembly module (bench/wasm_bench.mjs, same
// inputs); CTest runs it once (bench_smoke).
//
// Inputs, each overridable by the environment:
//   FIGCHECK_FACTBASE     the compiled fact base (default: the build's)
//   FIGCHECK_BENCH_CLAIMS JSONL claims for CheckLatency, {"claim", "as_of"?}
//                         (scripts/bench: the dev claims; default: the
//                         claims below)
//   FIGCHECK_BENCH_DRAFT  a Markdown draft for Scan (scripts/bench: the 1 MB
//                         draft scripts/bench-scan writes; default: a short
//                         one made of the claims below)
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "bench/bench_io.h"
#include "core/check.h"
#include "core/compile.h"
#include "core/factbase_json.h"
#include "core/render.h"
#include "core/scan.h"

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
// The dev claims were labelled against this date; claims without one get it.
const Date kDefaultAsOf{2024, 11, 1};

using bench::ReadFile;

// Everything the benchmarks start from, read and parsed once.
struct Inputs {
  std::string factbase_json;
  FactBase base;
  std::vector<SourceText> sources;
  Lexicon lexicon;
  size_t source_bytes = 0;
  std::vector<Request> latency_claims;
  std::string draft;
};

const char* Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}

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

  if (const char* claims = Env("FIGCHECK_BENCH_CLAIMS")) {
    std::string error;
    if (!bench::ReadRequests(claims, kDefaultAsOf, &in->latency_claims, &error))
      return fail(error);
    if (in->latency_claims.empty())
      return fail(std::string(claims) + ": no claims");
  } else {
    for (const BenchClaim& c : kClaims) {
      Request r;
      r.claim = c.text;
      r.as_of = kAsOf;
      in->latency_claims.push_back(std::move(r));
    }
  }
  if (const char* draft = Env("FIGCHECK_BENCH_DRAFT")) {
    if (!ReadFile(draft, &in->draft))
      return fail(std::string("cannot read draft ") + draft);
  } else {
    in->draft = "---\ntitle: Bench draft\ndate: 2024-06-01\n---\n# Notes\n\n";
    for (const BenchClaim& c : kClaims)
      in->draft += std::string("The city's planners met on Tuesday. ") +
                   c.text + ".\n\n";
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

// Single calls over a claim set, each timed alone: the distribution a user
// sees (p50, p99), not a per-claim mean. One iteration checks every claim
// once; the medians over repetitions are what scripts/bench reports.
// Check() alone is what the budget counts; json_* adds rendering the result
// as the JSON of the contract (ResultToJson), what the CLI prints and the
// WebAssembly module hands to JavaScript, so the two can be compared.
void BM_CheckLatency(benchmark::State& state, const Inputs* in) {
  using Clock = std::chrono::steady_clock;
  auto us = [](Clock::duration d) {
    return std::chrono::duration<double, std::micro>(d).count();
  };
  std::vector<double> check_us, json_us;
  int errors = 0;
  for (auto _ : state) {
    for (const Request& r : in->latency_claims) {
      auto t0 = Clock::now();
      StatusOr<Result> result = Check(in->base, r.claim, r.as_of);
      auto t1 = Clock::now();
      if (!result.ok()) {
        ++errors;
        continue;
      }
      std::string json = ResultToJson(in->base, result.value());
      auto t2 = Clock::now();
      benchmark::DoNotOptimize(json);
      check_us.push_back(us(t1 - t0));
      json_us.push_back(us(t2 - t0));
    }
  }
  state.counters["claims"] = in->latency_claims.size();
  state.counters["p50_us"] = bench::Quantile(check_us, 0.50);
  state.counters["p99_us"] = bench::Quantile(check_us, 0.99);
  state.counters["json_p50_us"] = bench::Quantile(json_us, 0.50);
  state.counters["json_p99_us"] = bench::Quantile(json_us, 0.99);
  state.counters["errors"] = errors;
}

// A draft scanned and its findings rendered as JSON (what `figcheck scan
// --format json` prints and the module's scan() hands to JavaScript).
void BM_Scan(benchmark::State& state, const Inputs* in) {
  size_t findings = 0;
  for (auto _ : state) {
    // Read as of kAsOf, as bench/wasm_bench.mjs passes it to the JS API.
    StatusOr<ScanReport> report = Scan(
        in->base, in->draft, DraftFormat::kMarkdown, kAsOf, kAsOf, "draft.md");
    if (!report.ok()) {
      state.SkipWithError(report.status().message().c_str());
      break;
    }
    findings = report.value().findings.size();
    std::string json = ScanToJson(in->base, report.value());
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(state.iterations() * in->draft.size());
  state.counters["draft_bytes"] = in->draft.size();
  state.counters["findings"] = findings;
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
  const char* env = Env("FIGCHECK_FACTBASE");
  std::string factbase = env != nullptr ? env : FIGCHECK_BENCH_FACTBASE;
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
  benchmark::RegisterBenchmark("CheckLatency", BM_CheckLatency, &inputs)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("Scan", BM_Scan, &inputs)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("CompileFactBase", BM_CompileFactBase, &inputs)
      ->Unit(benchmark::kMillisecond);

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
