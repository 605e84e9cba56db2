// The clause split of the clause frame (clause_frame.h, aspect.h, names.h):
// a sentence's words, with their offsets in the whole text, lower case, and
// whether each is capitalised, an acronym or a possessive; and its clause
// cuts at , ; : ( ) | newlines and dashes. A comma inside a number cuts
// nothing, nor does one of a list (ListCommaAt, which frame.cc asks too).
// Internal to the reader (core/reader.h is the public API). Tested by
// tests/reader/clauses_test.cc and through tests/reader/clause_frame_test.cc.
#ifndef FIGCHECK_CORE_READER_CLAUSES_H_
#define FIGCHECK_CORE_READER_CLAUSES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace figcheck {

// Whether the comma at text[comma] is one of a list ("integrated circuit,
// biomedicine and AI industries": an "and" or "or" within the next four
// words, before `next_mark`, the next clause mark) and so ends no clause.
// A comma before a subject of its own ("…, we introduced and …", "…, and
// the industry posted …") is not.
bool ListCommaAt(std::string_view text, size_t comma, size_t next_mark);

namespace clause {

struct Word {
  uint32_t start, end;  // offsets in the whole text
  std::string lower;
  bool capital = false;     // opens with a capital letter
  bool acronym = false;     // two or more letters, all capitals
  bool possessive = false;  // followed by 's or ’s
};

// The words and clause cuts of one sentence.
struct Clauses {
  std::vector<Word> words;
  std::vector<uint32_t> cuts;  // offsets of clause boundaries
};

// The words and clause cuts of sentence `s` of `text`.
Clauses Split(std::string_view text, Span s);

// Whether `w` is the word `literal`, compared as it is read: no length
// taken first (a WebAssembly module built for size would call strlen for
// each word of each list at each call).
inline bool IsWord(std::string_view w, const char* literal) {
  for (size_t i = 0; i < w.size(); ++i)
    if (literal[i] == '\0' || literal[i] != w[i]) return false;
  return literal[w.size()] == '\0';
}

// Whether `w` is one of the words `list` ("In(w, {"and", "or"})").
template <size_t N>
bool In(std::string_view w, const char* const (&list)[N]) {
  for (const char* x : list)
    if (IsWord(w, x)) return true;
  return false;
}

// Whether "'s" or "’s" follows offset `end` of `text` (a word ending there
// is a possessive).
inline bool PossessiveAt(std::string_view text, size_t end) {
  std::string_view rest = text.substr(std::min(end, text.size()), 4);
  return rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
}

// Whether words [a, b) hold the phrase `p` (words separated by spaces).
bool HasPhrase(const std::vector<Word>& words, size_t a, size_t b,
               std::string_view p);

}  // namespace clause
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_CLAUSES_H_
