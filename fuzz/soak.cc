// Memory stability under load: loads a compiled fact base, runs many Check()
// calls over the claims of a --batch file (cycling through them, each result
// rendered to JSON as the command line does), and prints resident memory
// (/proc/self/statm) and heap in use (mallinfo2) after a warm-up and at the
// end. Exit 1 when resident memory or the heap grew by more than 1% after
// the warm-up.
// Run by scripts/soak; a short run is a CTest smoke test.
//
//   figcheck_soak FACTBASE.json CLAIMS.jsonl [CHECKS [WARMUP]]
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/factbase_json.h"
#include "core/render.h"
#include "core/request.h"

namespace {

using namespace figcheck;

struct Memory {
  long rss_kb = 0;
  long heap_kb = 0;
};

Memory Measure() {
  Memory m;
  long pages_total = 0, pages_resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = 0;
    std::fclose(f);
  }
  m.rss_kb = pages_resident * (sysconf(_SC_PAGESIZE) / 1024);
  struct mallinfo2 mi = mallinfo2();  // in use: arena chunks + mmapped blocks
  m.heap_kb = static_cast<long>((mi.uordblks + mi.hblkhd) / 1024);
  return m;
}

bool ReadAll(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

int Usage() {
  std::fprintf(stderr, "usage: figcheck_soak FACTBASE.json CLAIMS.jsonl [CHECKS [WARMUP]]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 5) return Usage();
  long checks = argc > 3 ? std::atol(argv[3]) : 100000;
  long warmup = argc > 4 ? std::atol(argv[4]) : checks / 10;
  if (checks <= 0 || warmup <= 0 || warmup >= checks) return Usage();
  std::string json, lines;
  if (!ReadAll(argv[1], &json) || !ReadAll(argv[2], &lines)) {
    std::fprintf(stderr, "figcheck_soak: cannot read %s or %s\n", argv[1], argv[2]);
    return 2;
  }
  StatusOr<FactBase> base = LoadFactBase(json);
  if (!base.ok()) {
    std::fprintf(stderr, "figcheck_soak: %s: %s\n", argv[1], base.status().message().c_str());
    return 2;
  }
  std::vector<Request> claims;
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    Request r;
    if (ParseRequest(line, &r).ok()) claims.push_back(std::move(r));
  }
  if (claims.empty()) {
    std::fprintf(stderr, "figcheck_soak: no claims in %s\n", argv[2]);
    return 2;
  }
  const Date kDefaultAsOf{2024, 6, 1};
  Memory start = Measure(), warm;
  size_t output_bytes = 0;
  long errors = 0;
  std::printf("%-12s %10s %10s\n", "checks", "rss_kb", "heap_kb");
  std::printf("%-12s %10ld %10ld\n", "0 (loaded)", start.rss_kb, start.heap_kb);
  for (long i = 1; i <= checks; ++i) {
    const Request& r = claims[static_cast<size_t>(i) % claims.size()];
    StatusOr<Result> result = Check(base.value(), r.claim, r.as_of.ok() ? r.as_of : kDefaultAsOf);
    if (result.ok())
      output_bytes += ResultToJson(base.value(), result.value()).size();
    else
      ++errors;
    if (i % (checks / 10) == 0 || i == warmup) {
      Memory m = Measure();
      if (i == warmup) warm = m;
      std::printf("%-12ld %10ld %10ld%s\n", i, m.rss_kb, m.heap_kb,
                  i == warmup ? "  (after warm-up)" : "");
    }
  }
  Memory end = Measure();
  double ratio = static_cast<double>(end.rss_kb) / static_cast<double>(warm.rss_kb);
  std::printf(
      "soak: %ld checks over %zu claims (%ld refused, %zu bytes of JSON)\n"
      "soak: rss after warm-up (%ld checks) %ld KB, after %ld checks %ld KB, "
      "ratio %.4f (%+.2f%%); heap in use %ld KB -> %ld KB\n",
      checks, claims.size(), errors, output_bytes, warmup, warm.rss_kb, checks,
      end.rss_kb, ratio, (ratio - 1) * 100, warm.heap_kb, end.heap_kb);
  bool stable = ratio <= 1.01 && end.heap_kb <= warm.heap_kb * 1.01 + 64;
  std::printf("soak: %s\n", stable ? "ok: equal within 1%"
                                    : "FAILED: memory grew by more than 1% after warm-up");
  return stable ? 0 : 1;
}
