// Stage 3: draft → findings. The draft is reduced to text (document.h),
// split into sentences, and every sentence holding a checkable figure is
// checked as a claim; each figure becomes one finding located at its bytes in
// the original file (line and column, 1-based, columns in code points).
// Renderers turn findings into text, JSON, SARIF 2.1.0 and GitHub workflow
// commands. Tested by tests/scan_test.cc.
#ifndef FIGCHECK_CORE_SCAN_H_
#define FIGCHECK_CORE_SCAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/document.h"

namespace figcheck {

struct Finding {
  uint32_t start = 0, end = 0;  // the figure's bytes in the original
  LineCol at;
  std::string sentence;         // the sentence checked, as extracted
  Result result;                // the sentence's check (all its figures)
  size_t figure = 0;            // which of result.figures this finding is
  const FigureResult& figure_result() const { return result.figures[figure]; }
};

struct ScanReport {
  std::string file;  // as given ("-" for standard input)
  Date as_of;        // the date the draft was read against
  std::vector<Finding> findings;
  int Count(Verdict v) const;
};

// `as_of` wins when ok(); else the Markdown front matter's date; else
// `today`. Errors: kInputTooLarge, kInvalidUtf8.
StatusOr<ScanReport> Scan(const FactBase& base, std::string_view bytes,
                          DraftFormat format, Date as_of, Date today,
                          std::string file);

enum class FailOn { kRefuted, kMisleading, kNever };
bool ShouldFail(const ScanReport& report, FailOn fail_on);

std::string ScanToText(const FactBase& base, const std::vector<ScanReport>& reports);
std::string ScanToJson(const FactBase& base, const ScanReport& report);
std::string ScanToSarif(const FactBase& base, const std::vector<ScanReport>& reports);
std::string ScanToGithub(const FactBase& base, const std::vector<ScanReport>& reports);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_H_
