// Accepted findings, recorded so that a scan reports only new ones. A
// finding is recorded as its file (as given, without "./"), its figure as
// written, a hash of its sentence (white space runs as one space) and its
// verdict: no line or column, so edits elsewhere in the file leave it
// matched, and an edit of its sentence or verdict makes it new again. The
// file is JSON:
//   {"format": "figcheck-baseline", "version": 1,
//    "findings": [{"file", "figure", "sentence": "16 hex digits", "verdict"}]}
// Each entry matches one finding (two equal findings need two entries).
// Tested by tests/scan_draft_test.cc (BaselineTest).
#ifndef FIGCHECK_CORE_SCAN_BASELINE_H_
#define FIGCHECK_CORE_SCAN_BASELINE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/scan.h"

namespace figcheck {

class Baseline {
 public:
  // Removes the unsuppressed findings the baseline holds from `report`,
  // counting them in report->baselined.
  void Apply(ScanReport* report);
  size_t size() const { return size_; }

 private:
  friend StatusOr<Baseline> ParseBaseline(std::string_view json);
  std::map<std::string, int> counts_;  // key → entries not yet matched
  size_t size_ = 0;
};

// Errors: kBadBaseline, naming the JSON path of the first problem.
StatusOr<Baseline> ParseBaseline(std::string_view json);

// The unsuppressed findings of `reports`, one entry per line, sorted.
std::string WriteBaseline(const std::vector<ScanReport>& reports);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_BASELINE_H_
