// Stage 3: draft → findings. The draft is reduced to text (document.h),
// split into sentences, and every sentence that may hold a figure is checked
// as a claim, with its reference numbers (phone, page, version, citation
// markers, addresses) blanked; each figure the reader finds becomes one
// finding located at its bytes in the original file (line and column,
// 1-based, columns in code points). Renderers turn findings into text, JSON,
// SARIF 2.1.0 and GitHub workflow commands. Tested by tests/scan_test.cc and
// tests/golden_test.sh (fixtures under tests/fixtures/scan/).
#ifndef FIGCHECK_CORE_SCAN_H_
#define FIGCHECK_CORE_SCAN_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/document.h"
#include "core/render.h"

namespace figcheck {

// Why a finding is not held against its draft: a figcheck comment in it
// (core/scan/directives.h).
struct Suppression {
  int line = 0;        // of the comment
  std::string figure;  // the figure it names; empty: every figure it covers
  std::string reason;  // as written; may be empty
};

struct Finding {
  uint32_t start = 0, end = 0;  // the figure's bytes in the original
  LineCol at;                   // of `start`
  LineCol end_at;               // of `end`: the position after the figure
  // The sentence's check, shared by the findings of its figures;
  // result->claim is the sentence as extracted.
  std::shared_ptr<const Result> result;
  size_t figure = 0;  // which of result->figures this finding is
  const FigureResult& figure_result() const { return result->figures[figure]; }
  const std::string& sentence() const { return result->claim; }
  std::shared_ptr<const Suppression> suppression;  // null: not suppressed
};

// A problem with a draft rather than a figure in it: the file could not be
// read (not located; the report then has no findings), or a figcheck comment
// is malformed (at the comment).
struct ScanProblem {
  Status status;
  bool located = false;
  LineCol at;
};

struct ScanReport {
  std::string file;               // as given ("-" for standard input)
  Date as_of;                     // the date the draft was read against
  std::vector<Finding> findings;  // in the order of the file
  std::vector<ScanProblem> problems;
  // What the bytes were read as, when not UTF-8 ("windows-1252", "latin-1").
  std::string encoding;
  int baselined = 0;  // findings left out because the baseline holds them
  int unchanged = 0;  // findings left out because no change touched them
  // Findings of verdict `v`, suppressed ones not counted.
  int Count(Verdict v) const;
  int Suppressed() const;
};

// `as_of` wins when ok(); else the Markdown front matter's date; else
// `today`. Sentences are checked on up to `threads` threads (natively; the
// WebAssembly module uses one); the report is the same for any number.
// Errors: kInputTooLarge, kInvalidUtf8.
StatusOr<ScanReport> Scan(const FactBase& base, std::string_view bytes,
                          DraftFormat format, Date as_of, Date today,
                          std::string file, unsigned threads = 1);

// A cheap screen run before the reader: false only when `sentence` holds
// neither a digit (ASCII or fullwidth) nor a number word the reader reads
// ("twenty", "half", "doubled", …), so the reader would find no figure.
bool MayHoldFigure(std::string_view sentence);

enum class FailOn { kRefuted, kMisleading, kNever };
// Suppressed findings never fail a scan.
bool ShouldFail(const ScanReport& report, FailOn fail_on);

// Text: one "file:line:col: verdict: figure: explanation [source]" line per
// finding, one "file[:line:col]: error: message" line per problem, and a
// summary line. Suppressed findings are counted in the summary and listed
// (text, JSON, GitHub) only with `show_suppressed`; SARIF always lists them,
// with a `suppressions` entry (kind inSource), and puts problems in the
// invocation's toolExecutionNotifications. JSON: one object per report. SARIF:
// one run, one rule per verdict; artifact URIs are the paths as given (relative
// ones resolve against the repository root, as GitHub code scanning expects),
// absolute paths become file:// URIs. GitHub: one workflow command per
// finding (refuted: error, misleading: warning, else notice) and the
// summary line.
std::string ScanToText(const FactBase& base,
                       const std::vector<ScanReport>& reports,
                       bool show_suppressed = false);
// How ScanToJson writes citations (CitationStyle, render.h): kShared gives
// each finding's `facts` as fact numbers and one top-level `"citations"`;
// an article cites the same few sentences again and again.
std::string ScanToJson(const FactBase& base, const ScanReport& report,
                       CitationStyle citations = CitationStyle::kInline,
                       bool show_suppressed = false);
std::string ScanToSarif(const FactBase& base,
                        const std::vector<ScanReport>& reports);
std::string ScanToGithub(const FactBase& base,
                         const std::vector<ScanReport>& reports,
                         bool show_suppressed = false);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_H_
