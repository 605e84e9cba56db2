// The names of a text. For the fact-base compiler, a source's: the
// capitalised words it asks WordNet about (CapitalisedWords), the names the
// text itself calls places (DesignatedNames), and the names each figure
// takes from the document's title and the sentences before it
// (AddContextNames). For the clause frame (clause_frame.h), the helpers that
// read a figure's own names: a name's stems, month and day names, headlines
// in title case, places a figure inherits from the clause it follows on
// from. Tested by tests/reader/names_test.cc and
// tests/reader/clause_frame_test.cc (ClaimNames, ContextNames).
#ifndef FIGCHECK_CORE_READER_NAMES_H_
#define FIGCHECK_CORE_READER_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/reader.h"
#include "core/reader/clauses.h"

namespace figcheck {

// The distinct capitalised words of a text past the first of each
// sentence, lower case: the candidates for place names.
std::vector<std::string> CapitalisedWords(std::string_view text);

// The capitalised words a capitalised place noun follows, maybe past "New"
// ("Pudong New Area", "Minhang District"), or that follow a place noun and
// "of" ("the provinces of Jiangsu, Zhejiang and Anhui"), lower case, sorted,
// once each: names the text itself calls places.
std::vector<std::string> DesignatedNames(std::string_view text);

// Weight of a name from a source figure's context among its subject terms.
constexpr float kContextNameWeight = 0.2f;

// A source's figures take the names of their context: the document's title
// and the sentences just before ("The CBD has attracted …" after a
// paragraph on Hongqiao), as faint subject terms, so a claim that names the
// place finds them.
void AddContextNames(std::string_view text, std::string_view title,
                     const Lexicon& lexicon,
                     std::vector<SentenceFigures>* sentences);

namespace clause {

// Whether `w` names a month or a day of the week.
bool CalendarWord(std::string_view w);

// Whether the digits at offset `a` of sentence `s` end a name: right after
// a capitalised word that does not open the sentence ("Global 500
// companies", "Line 14", "Terminal 2"); not a month's day ("March 29"), a
// currency code or unit ("RMB 100"), nor in a headline in title case
// ("Exports Hit 5 Trillion"). `lower` is `original` folded.
bool NumberEndsName(std::string_view lower, std::string_view original, Span s,
                    uint32_t a);

// Whether the words are a headline or title in title case.
bool TitleCase(const std::vector<Word>& words);

// Adds the stems of the name `lower` (a word in lower case, split at
// hyphens) to `out`, once each; a place noun, a stopword and a place inside
// a longer name add nothing.
void AddStems(const std::string& lower, const Lexicon& lexicon,
              std::vector<std::string>* out);

// Gives each figure of sentence `s` (split into `c`) whose clause names
// nothing the places of the sentence's short opening clause, else those of
// the figure before it; with `all_names` (a claim's), its owners too, the
// names written possessive: "Jiangsu's chip industry is worth 250 billion
// yuan, about a quarter of the national total" names Jiangsu for both.
void InheritPlaces(const Clauses& c, Span s, const Lexicon& lexicon,
                   bool all_names, std::vector<Figure>* figures);

}  // namespace clause
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_NAMES_H_
