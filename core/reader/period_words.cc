// The figure-word table, second part: the words of periods (durations,
// relative years, baselines, parts of a year, spans), one line each,
// grouped by what they do. Patterns try a role's words in this order
// (core/reader/patterns.cc). Tested by tests/reader/words_test.cc and
// tests/reader_screens_test.cc.
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

using R = WordRole;

}  // namespace

std::vector<FigureWord> PeriodWords() {
  return {
      // Durations: "over the past 10 years" is a period, not a figure.
      {"over", R::kDurationLead},
      {"in", R::kDurationLead},
      {"within", R::kDurationLead},
      {"during", R::kDurationLead},
      {"for the", R::kDurationLead},
      {"the", R::kDurationLead},
      {"past", R::kDurationLead},
      {"last", R::kDurationLead},
      {"next", R::kDurationLead},
      {"coming", R::kDurationLead},
      {"following", R::kDurationLead},
      {"recent", R::kDurationLead},
      {"first", R::kDurationLead},
      {"past", R::kDurationOrder},
      {"last", R::kDurationOrder},
      {"next", R::kDurationOrder},
      {"coming", R::kDurationOrder},
      {"following", R::kDurationOrder},
      {"previous", R::kDurationOrder},
      {"first", R::kDurationOrder},
      {"years", R::kDurationUnit, 1},
      {"year", R::kDurationUnit, 1},
      {"yrs", R::kDurationUnit, 1},
      {"yr", R::kDurationUnit, 1},
      {"decades", R::kDurationUnit, 10},
      {"decade", R::kDurationUnit, 10},
      {"months", R::kDurationUnit, 1.0 / 12},
      {"month", R::kDurationUnit, 1.0 / 12},
      {"weeks", R::kDurationUnit, 7.0 / 365},
      {"week", R::kDurationUnit, 7.0 / 365},
      {"days", R::kDurationUnit, 1.0 / 365},
      {"day", R::kDurationUnit, 1.0 / 365},
      // Periods: "last year", "the past five years".
      {"last", R::kRelativeYear, -1},
      {"this", R::kRelativeYear, 0},
      {"next", R::kRelativeYear, 1},
      {"the current", R::kRelativeYear, 0},
      {"the previous", R::kRelativeYear, -1},
      {"previous", R::kRelativeYear, -1},
      {"the past", R::kRelativeYear, -1},
      // "up 5% from the same period last year": a comparison, not a period.
      {"same period", R::kBaseline},
      {"from", R::kBaseline},
      {"than", R::kBaseline},
      {"on", R::kBaseline},
      {"over", R::kBaseline},
      {"compared with", R::kBaseline},
      {"versus", R::kBaseline},
      {"vs.", R::kBaseline},
      {"vs", R::kBaseline},
      // "the first three quarters", "the second half": parts of a year.
      {"first", R::kPeriodPart},
      {"second", R::kPeriodPart},
      {"third", R::kPeriodPart},
      {"fourth", R::kPeriodPart},
      {"last", R::kPeriodPart},
      {"past", R::kPeriodPart},
      {"latter", R::kPeriodPart},
      {"final", R::kPeriodPart},
      {"early", R::kPeriodPart},
      {"late", R::kPeriodPart},
      {"next", R::kPeriodPart},
      {"previous", R::kPeriodPart},
      {"past", R::kSpanLead, -1},
      {"last", R::kSpanLead, -1},
      {"previous", R::kSpanLead, -1},
      {"recent", R::kSpanLead, -1},
      {"next", R::kSpanLead, 1},
      {"coming", R::kSpanLead, 1},
      {"following", R::kSpanLead, 1},
      {"two", R::kSpanCount, 2},
      {"three", R::kSpanCount, 3},
      {"four", R::kSpanCount, 4},
      {"five", R::kSpanCount, 5},
      {"six", R::kSpanCount, 6},
      {"seven", R::kSpanCount, 7},
      {"eight", R::kSpanCount, 8},
      {"nine", R::kSpanCount, 9},
      {"ten", R::kSpanCount, 10},
      {"twenty", R::kSpanCount, 20},
  };
}

}  // namespace reader
}  // namespace figcheck
