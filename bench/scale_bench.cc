// figcheck at scale: how loading, memory and checking grow with the number
// of facts. scripts/gen-scale writes synthetic source sets of 10 k, 100 k
// and 1 M facts with claims about them; `figcheck compile` makes each fact
// base; this program measures one, in a fresh process so its memory figures
// are its own:
//   load     LoadFactBase() of the file's bytes (already in memory), every
//            run timed; the median (wall clock, and this thread's CPU time)
//   memory   VmRSS after the last load, the JSON text freed and the heap
//            trimmed, less VmRSS before the file was read: what a process
//            holding the fact base keeps; VmHWM is the peak
//   check    every claim checked once to warm up, then --rounds more times,
//            each call timed alone; p50 and p99 over all calls, and the
//            verdicts of the last round; the CPU-time p50 beside them (a
//            check that finds no fact is fast
//            and says "unverifiable", so the verdicts show the checks did
//            their work)
//
//   scale_bench --factbase FILE --claims FILE.jsonl [--load-runs N] [--rounds
//   K]
//               [--verdicts FILE]
//
// Prints one JSON line; --verdicts also writes each claim's verdict (or
// "error"), one a line, in the claims' order. Exercised by bench_smoke (CTest)
// on the seed base.
#include <malloc.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "bench/bench_io.h"
#include "core/check.h"
#include "core/factbase_json.h"
#include "core/json_writer.h"

namespace figcheck {
namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "scale_bench: %s\n", message.c_str());
  return 2;
}

double MsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - t0)
      .count();
}

// This thread's CPU time in ms: what other load on the machine cannot
// stretch, reported beside the wall-clock figures.
double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int Main(int argc, char** argv) {
  const char* usage =
      "usage: scale_bench --factbase FILE --claims FILE.jsonl [--load-runs N] "
      "[--rounds K] "
      "[--verdicts FILE]";
  std::string factbase_path, claims_path, verdicts_path;
  int load_runs = 5, rounds = 3;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--factbase" && has_value)
      factbase_path = argv[++i];
    else if (arg == "--claims" && has_value)
      claims_path = argv[++i];
    else if (arg == "--load-runs" && has_value)
      load_runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--rounds" && has_value)
      rounds = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--verdicts" && has_value)
      verdicts_path = argv[++i];
    else
      return Fail(usage);
  }
  if (factbase_path.empty() || claims_path.empty()) return Fail(usage);

  std::vector<Request> claims;
  std::string error;
  if (!bench::ReadRequests(claims_path, Date{2024, 11, 1}, &claims, &error))
    return Fail(error);

  long rss_before_kb = bench::ProcStatusKb("VmRSS");
  std::string json;
  if (!bench::ReadFile(factbase_path, &json))
    return Fail("cannot read " + factbase_path);
  const size_t json_bytes = json.size();
  // Spare bytes after the text, as the command line reads it: the loader
  // parses in place.
  json.reserve(json.size() + kFactBasePadding);

  std::vector<double> load_ms, load_cpu_ms;
  FactBase base;
  for (int run = 0; run < load_runs; ++run) {
    double c0 = CpuMs();
    auto t0 = std::chrono::steady_clock::now();
    StatusOr<FactBase> loaded = LoadFactBase(json, json.capacity());
    load_ms.push_back(MsSince(t0));
    load_cpu_ms.push_back(CpuMs() - c0);
    if (!loaded.ok())
      return Fail(factbase_path + ": " + loaded.status().message());
    if (run + 1 == load_runs) base = std::move(loaded).value();
  }
  std::string().swap(json);
  malloc_trim(0);
  long rss_loaded_kb = bench::ProcStatusKb("VmRSS");

  std::vector<double> check_us, check_cpu_us;
  std::map<std::string, int> verdicts;
  std::vector<std::string> each;
  int errors = 0;
  for (int round = 0; round <= rounds; ++round) {
    for (const Request& r : claims) {
      double c0 = CpuMs();
      auto t0 = std::chrono::steady_clock::now();
      StatusOr<Result> result = Check(base, r.claim, r.as_of);
      double us = MsSince(t0) * 1e3;
      double cpu_us = (CpuMs() - c0) * 1e3;
      if (round == 0) continue;  // warm-up
      check_us.push_back(us);
      check_cpu_us.push_back(cpu_us);
      if (round == rounds) {
        each.push_back(result.ok() ? VerdictName(result.value().verdict)
                                   : "error");
        if (result.ok())
          ++verdicts[each.back()];
        else
          ++errors;
      }
    }
  }

  if (!verdicts_path.empty()) {
    std::ofstream out(verdicts_path);
    for (const std::string& v : each) out << v << "\n";
    if (!out) return Fail("cannot write " + verdicts_path);
  }

  JsonWriter w;
  w.BeginObject()
      .Key("factbase")
      .String(factbase_path)
      .Key("facts")
      .Int(static_cast<long long>(base.facts.size()))
      .Key("sentences")
      .Int(static_cast<long long>(base.sentences.size()))
      .Key("documents")
      .Int(static_cast<long long>(base.documents.size()))
      .Key("factbase_bytes")
      .Int(static_cast<long long>(json_bytes))
      .Key("load_runs")
      .Int(load_runs)
      .Key("load_ms")
      .Number(bench::Quantile(load_ms, 0.5))
      .Key("load_ms_min")
      .Number(bench::Quantile(load_ms, 0))
      .Key("load_cpu_ms")
      .Number(bench::Quantile(load_cpu_ms, 0.5))
      .Key("rss_before_kb")
      .Int(rss_before_kb)
      .Key("rss_loaded_kb")
      .Int(rss_loaded_kb)
      .Key("memory_mb")
      .Number((rss_loaded_kb - rss_before_kb) / 1024.0)
      .Key("peak_rss_mb")
      .Number(bench::ProcStatusKb("VmHWM") / 1024.0)
      .Key("claims")
      .Int(static_cast<long long>(claims.size()))
      .Key("check_samples")
      .Int(static_cast<long long>(check_us.size()))
      .Key("check_p50_us")
      .Number(bench::Quantile(check_us, 0.5))
      .Key("check_p99_us")
      .Number(bench::Quantile(check_us, 0.99))
      .Key("check_cpu_p50_us")
      .Number(bench::Quantile(check_cpu_us, 0.5))
      .Key("check_errors")
      .Int(errors)
      .Key("verdicts")
      .BeginObject();
  for (const auto& [name, n] : verdicts) w.Key(name).Int(n);
  w.EndObject().EndObject();
  std::cout << w.str() << "\n";
  return 0;
}

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) { return figcheck::Main(argc, argv); }
