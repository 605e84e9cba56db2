// Stage 3 of the reader: a sentence → the periods it states, each with its
// span: years ("2023"), ranges ("2011-2021"), "since 2015", spans ("over
// the past decade", "in five years") and years relative to the text's date
// ("last year"). A future span ("the next five years") is kept as an empty
// period, so no figure takes a period from it. Tested by
// tests/reader/period_test.cc.
#ifndef FIGCHECK_CORE_READER_PERIOD_H_
#define FIGCHECK_CORE_READER_PERIOD_H_

#include <cstdint>
#include <vector>

#include "core/figure.h"
#include "core/reader/mentions.h"
#include "core/reader/sentence.h"
#include "core/text.h"

namespace figcheck {
namespace reader {

struct PeriodMention {
  uint32_t start = 0, end = 0;
  Period period;
};

// The periods of a sentence in text order; none overlaps a mention or a
// fenced date. `date` resolves "last year" and spans up to now. With
// `source` (a source's sentence), the year of a day's date is a period too: an
// event's ("On July 26, 2022, we completed …"); in a claim that tells who
// said it, only after "as of", "by", "at the end of" (else it is as often
// the day it was said: "the mayor said on March 28, 2024 that …"), and
// "the previous five years" end when its story is, not at its date.
std::vector<PeriodMention> FindPeriods(const SentenceText& sentence,
                                       const std::vector<Mention>& mentions,
                                       Date date, bool source = false);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_PERIOD_H_
