// Stage 2 of the reader: mentions → quantities. Reads what surrounds each
// number: scale, unit and "per …" after it; currency, sign, qualifier and
// change verb before it; change nouns and "year on year" after it. Figures
// never share bytes, and a figure in brackets after another is marked as
// its conversion. Tested by tests/reader/quantity_test.cc.
#ifndef FIGCHECK_CORE_READER_QUANTITY_H_
#define FIGCHECK_CORE_READER_QUANTITY_H_

#include <vector>

#include "core/reader/mentions.h"
#include "core/reader/sentence.h"

namespace figcheck {
namespace reader {

// Scale, unit, "per …" and "or more" after the number; moves `m->end` past
// what it reads. Mentions are found with it (a year is a year only with no
// unit after it).
void ReadScaleAndUnit(const SentenceText& sentence, Mention* m);

// The mentions of FindMentions, sorted, each with what precedes and follows
// it read, overlaps dropped (the first one keeps its bytes).
std::vector<Mention> ReadQuantities(const SentenceText& sentence,
                                    std::vector<Mention> mentions);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_QUANTITY_H_
