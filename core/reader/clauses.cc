// Splits a sentence into words and clauses. Method: one pass over the bytes;
// a word is a run of ASCII letters and inner hyphens (an invisible format
// character inside it does not end it), a cut is a clause mark outside a
// number; then a comma of a list is no cut (ListCommaAt: an "and" or "or"
// within the next four words, and no subject of its own after the comma).
// Tested by tests/reader/clauses_test.cc and through
// tests/reader/clause_frame_test.cc.
#include "core/reader/clauses.h"

#include <algorithm>
#include <cctype>

namespace figcheck {
namespace {

using clause::In;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

// Bytes of an invisible format character at `k` (zero-width and bidi
// controls, the BOM, the soft hyphen, the Arabic letter mark), or 0: inside
// a word they do not end it ("G\u200bDP"), as FoldForMatching reads them.
size_t InvisibleAt(std::string_view t, size_t k) {
  auto u = [&](size_t i) {
    return i < t.size() ? static_cast<unsigned char>(t[i]) : 0;
  };
  if (u(k) == 0xE2 && u(k + 1) == 0x80 &&
      ((u(k + 2) >= 0x8B && u(k + 2) <= 0x8F) ||
       (u(k + 2) >= 0xAA && u(k + 2) <= 0xAE)))
    return 3;
  if (u(k) == 0xE2 && u(k + 1) == 0x81 && u(k + 2) >= 0xA0 && u(k + 2) <= 0xA9)
    return 3;
  if (u(k) == 0xEF && u(k + 1) == 0xBB && u(k + 2) == 0xBF) return 3;
  if ((u(k) == 0xC2 && u(k + 1) == 0xAD) || (u(k) == 0xD8 && u(k + 1) == 0x9C))
    return 2;
  return 0;
}

}  // namespace

namespace clause {

Clauses Split(std::string_view text, Span s) {
  Clauses out;
  uint32_t i = s.start;
  while (i < s.end) {
    char c = text[i];
    if (IsAsciiLetter(c)) {
      uint32_t j = i;
      std::string lower;
      bool all_capitals = true;
      while (j < s.end) {
        if (size_t skip = InvisibleAt(text, j);
            skip != 0 && j + skip < s.end && IsAsciiLetter(text[j + skip])) {
          j += static_cast<uint32_t>(skip);
          continue;
        }
        // "low-carbon", "R&D": one word, as the reader reads them.
        if (!(IsAsciiLetter(text[j]) ||
              ((text[j] == '-' || text[j] == '&') && j + 1 < s.end &&
               IsAsciiLetter(text[j + 1]))))
          break;
        lower += static_cast<char>(
            std::tolower(static_cast<unsigned char>(text[j])));
        if (!IsUpper(text[j]) && text[j] != '-') all_capitals = false;
        ++j;
      }
      Word w{i, j, lower};
      // ("R&D" and "M&A" are words, not names.)
      const bool ampersand = lower.find('&') != std::string::npos;
      w.capital = IsUpper(c) && !ampersand;
      w.acronym = lower.size() >= 2 && all_capitals && !ampersand;
      w.possessive = PossessiveAt(text.substr(0, s.end), j);
      out.words.push_back(std::move(w));
      i = j;
      continue;
    }
    bool digits_around =
        i > s.start && i + 1 < s.end &&
        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]));
    // A hyphen typed for a dash: "--", or one after a space and before no
    // digit, past spaces ("rose 5% - officials", a headline's "-mayor";
    // not "-5%", "growth of - 0.5%", "2021 - 2023").
    auto next_after_spaces = [&] {
      size_t k = i + 1;
      while (k < s.end && std::isspace(static_cast<unsigned char>(text[k])))
        ++k;
      return k < s.end ? text[k] : '\0';
    };
    const bool typed_dash =
        c == '-' && i + 1 < s.end &&
        (text[i + 1] == '-' ||
         (i > s.start &&
          std::isspace(static_cast<unsigned char>(text[i - 1])) &&
          !std::isdigit(static_cast<unsigned char>(next_after_spaces()))));
    if ((c == ',' && !digits_around) || c == ';' || c == ':' || c == '(' ||
        c == ')' || c == '|' || c == '\n' || typed_dash)
      out.cuts.push_back(i);
    // Em and en dashes: E2 80 94, E2 80 93.
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < s.end &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x94 ||
         static_cast<unsigned char>(text[i + 2]) == 0x93))
      out.cuts.push_back(i);
    ++i;
  }
  // A comma in a list does not end a clause (ListCommaAt).
  std::vector<uint32_t> cuts;
  for (size_t n = 0; n < out.cuts.size(); ++n) {
    uint32_t cut = out.cuts[n];
    uint32_t next = n + 1 < out.cuts.size() ? out.cuts[n + 1] : s.end;
    if (!ListCommaAt(text, cut, next)) cuts.push_back(cut);
  }
  out.cuts = std::move(cuts);
  return out;
}

// Whether words [a, b) hold the phrase `p` (words separated by spaces).
bool HasPhrase(const std::vector<Word>& words, size_t a, size_t b,
               std::string_view p) {
  // The phrase's first word screens each start; the rest are compared in
  // place (no copies: this runs some thirty times a figure).
  const size_t space = p.find(' ');
  const std::string_view first = p.substr(0, space);
  for (size_t i = a; i < b; ++i) {
    if (words[i].lower != first) continue;
    size_t k = i + 1;
    size_t at = space;
    bool all = true;
    while (all && at != std::string_view::npos) {
      size_t next = p.find(' ', at + 1);
      std::string_view part = p.substr(at + 1, next == std::string_view::npos
                                                   ? std::string_view::npos
                                                   : next - at - 1);
      all = k < b && words[k].lower == part;
      ++k;
      at = next;
    }
    if (all) return true;
  }
  return false;
}

}  // namespace clause

bool ListCommaAt(std::string_view text, size_t comma, size_t next_mark) {
  if (comma >= text.size() || text[comma] != ',') return false;
  next_mark = std::min(next_mark, text.size());
  // The first four words after the comma, lower case.
  std::string words[4];
  size_t n = 0;
  for (size_t i = comma + 1; i < next_mark && n < 4;) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < next_mark && IsAsciiLetter(text[j])) ++j;
    for (size_t k = i; k < j; ++k)
      words[n] +=
          static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    ++n;
    i = j;
  }
  // "…, we introduced and attracted …": a clause with its own subject.
  if (n > 0 && In(words[0], {"we", "it", "they", "he", "she", "i", "you",
                             "this", "that", "which", "who", "there"}))
    return false;
  // "…, and the software industry posted …": so is one after "and".
  if (n > 1 && (words[0] == "and" || words[0] == "or") &&
      In(words[1],
         {"the", "its", "it", "we", "they", "this", "these", "there"}))
    return false;
  for (size_t k = 1; k < n; ++k)
    if (words[k] == "and" || words[k] == "or") return true;
  return false;
}

}  // namespace figcheck
