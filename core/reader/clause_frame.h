// The reader's last stage: figures → frames. After the reader has found each
// figure and its subject terms, reads what else its frame needs from the
// sentence: the proper names of the figure's own clause (the place or
// organisation the figure is about, without attributions such as "…, Mayor Li
// told a press conference in Beijing") and its aspect (new in a period, running
// total, part of a year, combined, average). Sources and claims are read alike.
// Tested by tests/frame_test.cc.
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

// The distinct capitalised words of a text past the first of each
// sentence, lower case: the candidates for place names.
std::vector<std::string> CapitalisedWords(std::string_view text);

// The capitalised words a capitalised place noun follows, maybe past "New"
// ("Pudong New Area", "Minhang District"), lower case, sorted, once each:
// names the text itself calls places.
std::vector<std::string> DesignatedNames(std::string_view text);

// In a claim, the most a subject word outside the figure's own clause
// weighs: at or below kSentenceWeight, so a word the sources do not know
// there does not count against the match.
constexpr float kOtherClauseWeight = 0.05f;

// Whether the comma at text[comma] is one of a list ("integrated circuit,
// biomedicine and AI industries": an "and" or "or" within the next four
// words, before `next_mark`, the next clause mark) and so ends no clause.
// A comma before a subject of its own ("…, we introduced and …", "…, and
// the industry posted …") is not.
bool ListCommaAt(std::string_view text, size_t comma, size_t next_mark);

// Weight of a name from a source figure's context among its subject terms.
constexpr float kContextNameWeight = 0.2f;

// A source's figures take the names of their context: the document's title
// and the sentences just before ("The CBD has attracted …" after a
// paragraph on Hongqiao), as faint subject terms, so a claim that names the
// place finds them.
void AddContextNames(std::string_view text, std::string_view title,
                     const Lexicon& lexicon,
                     std::vector<SentenceFigures>* sentences);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_CLAUSE_FRAME_H_
