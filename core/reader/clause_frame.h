// The reader's last stage: figures → frames. After the reader has found each
// figure and its subject terms, reads what else its frame needs from the
// sentence: the proper names of the figure's own clause (the place or
// organisation the figure is about, without attributions such as "…, Mayor Li
// told a press conference in Beijing") and its aspect (new in a period, running
// total, part of a year, combined, average). Sources and claims are read alike.
// Its parts: the clause split (clauses.h), the aspect (aspect.h) and names
// (names.h, also a source's context names). Tested by
// tests/reader/clause_frame_test.cc.
#ifndef FIGCHECK_CORE_READER_CLAUSE_FRAME_H_
#define FIGCHECK_CORE_READER_CLAUSE_FRAME_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/reader.h"

namespace figcheck {

// Fills Figure::names and Figure::aspect of every figure in `sentences`
// (as ReadFigures returned them for `text`); ReadFigures calls it last.
void ReadFrames(std::string_view text, const Lexicon& lexicon, ReadMode mode,
                std::vector<SentenceFigures>* sentences);

// In a claim, the most a subject word outside the figure's own clause
// weighs: at or below kSentenceWeight, so a word the sources do not know
// there does not count against the match.
constexpr float kOtherClauseWeight = 0.05f;

}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_CLAUSE_FRAME_H_
