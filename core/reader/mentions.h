// Stage 1 of the reader: a sentence → its mentions, every number in it
// (digits, number words, fractions, multipliers) with its span and the
// quantity read so far. Dates, codes, list numbers and years are skipped.
// Tested by tests/reader/mentions_test.cc.
#ifndef FIGCHECK_CORE_READER_MENTIONS_H_
#define FIGCHECK_CORE_READER_MENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/figure.h"
#include "core/reader/sentence.h"
#include "core/text.h"

namespace figcheck {
namespace reader {

// A number found in the text, before its context is read.
struct Mention {
  uint32_t start = 0, end = 0;  // the whole figure text
  uint32_t num_start = 0, num_end = 0;
  Quantity q;
  bool word = false;      // spelled out
  bool fraction = false;  // a share written as a fraction
  bool parenthetical = false;
  // A rank of being first to do something: "took the lead in releasing
  // …", "the first in the country to roll out …".
  bool first_to = false;
  bool is_years = false;
  int since_year = 0;  // "every year since 2010": 2010; the value is 0
  uint32_t qualifier_start =
      0;  // "north of 4.7": where "north" starts; 0: none
  std::vector<std::string> unit_terms;  // "teu" for TEUs, etc.
  // What a rate counts, inside the figure's text: "robots" of "2.6 robots
  // for every 100 people". Words of the subject, not of the figure.
  uint32_t counted_start = 0, counted_end = 0;
};

// Spans of dates and times in the whole folded text: fenced, never figures.
std::vector<Span> FenceDates(const std::string& lower);

// Whether the digits at [a, b) of `lower` are a rise told by a plus sign:
// "(+21% yoy)", "exports +12 pct" (a "+" alone before them, a percent
// after); not "+86 21", "4+5" nor "C++17".
bool PlusSignedPercent(std::string_view lower, uint32_t a, uint32_t b);

// Parses "24,087" or "49.158"; step is the place value of the last digit.
bool ParseDigits(std::string_view raw, double* value, double* step);

// The mentions of one sentence, digits first, then words, each in text
// order; `tokens` are the sentence's (offsets from its start).
std::vector<Mention> FindMentions(const SentenceText& sentence,
                                  const std::vector<Token>& tokens);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_MENTIONS_H_
