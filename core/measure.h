// After reading: a figure in its sentence → the name of what it measures,
// in the sentence's own words ("GDP", "industrial added value", "new
// foreign-invested enterprises"), for people: the claim page's coverage
// list and the "compared" row of a result. The same function names a
// claim's figure and a source's, so both sides of a comparison are named
// alike. Presentation only: no verdict depends on it.
// Tested by tests/measure_test.cc.
#ifndef FIGCHECK_CORE_MEASURE_H_
#define FIGCHECK_CORE_MEASURE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/figure.h"
#include "core/lexicon.h"

namespace figcheck {

// What a count counts, as its sentence writes it: the words after the
// number up to the last noun the reader took as counted ("new
// foreign-invested enterprises"). `sentence_start`: the offset of
// `sentence` in the text the figure's offsets point into. Empty for other
// units or when the sentence does not say.
std::string CountedWords(const Lexicon& lexicon, std::string_view sentence,
                         uint32_t sentence_start, const Figure& figure);

// The measure a figure quantifies: for a count, what it counts; else the
// noun phrase that leads to it ("the actual use of foreign capital was
// US$24 billion" → "foreign capital"; "the industry has reached a size of
// 250 billion yuan" → "industry"), at most kMeasureWords words, not
// crossing a verb the lexicon does not know as a link. Empty when the
// sentence names none.
std::string MeasureName(const Lexicon& lexicon, std::string_view sentence,
                        uint32_t sentence_start, const Figure& figure);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_MEASURE_H_
