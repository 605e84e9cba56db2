// The aspect of a figure, from the words of its clause: what kind of amount
// it is (core/figure.h's Aspect: plain, new in a period, running total, part
// of a year, combined, average), and the verbs that tell an event ("opened
// 30 labs in 2023", "has issued 90,000 permits") rather than a level reached
// or held. Words come from the clause split (clauses.h); ReadFrames
// (clause_frame.h) calls these for each figure. Internal to the reader.
// Tested through tests/reader/clause_frame_test.cc (Aspects,
// SourcesPresentPerfectIsARunningTotal) and tests/frames_test.cc.
#ifndef FIGCHECK_CORE_READER_ASPECT_H_
#define FIGCHECK_CORE_READER_ASPECT_H_

#include <cstddef>
#include <vector>

#include "core/figure.h"
#include "core/reader/clauses.h"

namespace figcheck {
namespace clause {

// Whether the sentence says part of a year ("first half", "so far this
// year").
bool PartOfYear(const std::vector<Word>& words);

// Whether the words [a, figure) lead to the figure as a running total:
// "…, bringing the total to 956", "taking its tally to 965".
bool LeadsToTotal(const std::vector<Word>& words, size_t a, size_t figure);

// The aspect of the figure whose clause is words [a, b), `first_after` the
// first word after it; `part_of_year`: PartOfYear of its sentence; `count`:
// the figure counts things.
Aspect AspectOf(const std::vector<Word>& words, size_t a, size_t b,
                size_t first_after, bool part_of_year, bool count);

// Whether words[k] opens an event in the present perfect ("has issued",
// "have been set up"), not a level reached or held.
bool PerfectEventAt(const std::vector<Word>& words, size_t k);

// Whether an event participle tells figure `f` of clause [a, b): right
// before the figure's words, or shortly after them.
bool TellsEvent(const std::vector<Word>& words, size_t a, size_t b,
                size_t first_after, const Figure& f);

}  // namespace clause
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_ASPECT_H_
