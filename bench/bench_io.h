// What the benchmark programs share: reading a file, reading JSONL request
// lines ({"id"?, "claim", "as_of"?}, the CLI's batch format, so dev claims,
// generated claims and labelled sentences all come in the same way), the
// process's resident memory, and percentiles of timed samples. Header-only;
// exercised by bench_smoke (CTest) through the programs that include it.
#ifndef FIGCHECK_BENCH_BENCH_IO_H_
#define FIGCHECK_BENCH_BENCH_IO_H_

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/request.h"

namespace figcheck {
namespace bench {

inline bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Every non-blank line of a JSONL file as a Request; `default_as_of` fills
// lines without a date. False (and `*error` set) on the first bad line.
inline bool ReadRequests(const std::string& path, Date default_as_of,
                         std::vector<Request>* out, std::string* error) {
  std::string text;
  if (!ReadFile(path, &text)) {
    *error = "cannot read " + path;
    return false;
  }
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Request r;
    Status s = ParseRequest(line, &r);
    if (!s.ok()) {
      *error = path + ":" + std::to_string(number) + ": " + s.message();
      return false;
    }
    if (!r.as_of.ok()) r.as_of = default_as_of;
    out->push_back(std::move(r));
  }
  return true;
}

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 when unknown.
inline long ProcStatusKb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string key;
  long kb = 0;
  while (in >> key) {
    if (key == std::string(field) + ":") {
      in >> kb;
      return kb;
    }
    in.ignore(1 << 12, '\n');
  }
  return 0;
}

// The q-quantile (0..1) of `samples`, nearest rank; sorts a copy.
inline double Quantile(std::vector<double> samples, double q) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  size_t rank = static_cast<size_t>(q * (samples.size() - 1) + 0.5);
  return samples[std::min(rank, samples.size() - 1)];
}

}  // namespace bench
}  // namespace figcheck

#endif  // FIGCHECK_BENCH_BENCH_IO_H_
