// Telling English from other languages, with two cheap cues:
// 1. Script: when fewer than half of the letters are Latin, the text is in
//    another script (a Chinese or Russian claim).
// 2. Function words: in Latin script, the very common little words of the
//    languages figcheck's readers most often paste (kFunctionWords) are
//    counted against English ones. Content words are no evidence: English
//    borrows them ("café", "Bund") and names are in every language. A word
//    between capitalised words is part of a name ("Banco de la Nación",
//    "Charles de Gaulle"), a word joined by a hyphen part of a compound
//    ("tête-à-tête", "e-commerce") and an all-capital word an acronym
//    ("UN"): none of them counts. Not English needs at least
//    kMinForeignWords words of one language and more of them than English
//    ones, so one foreign phrase in an English sentence stays English.
// Tested by tests/language_test.cc.
#include "core/language.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text.h"

namespace figcheck {
namespace {

// Each language's very common function words, lower case, separated by
// spaces; a word ending in an apostrophe is an elision ("l'économie"). A
// word also common in English text ("a", "in", "as", "do", "no", "per",
// "so", "an") is left out of every list: it would tell nothing.
struct FunctionWords {
  std::string_view language;
  std::string_view words;
};
constexpr FunctionWords kFunctionWords[] = {
    {"English",
     "the of and to is was were for with by that from on at has have had "
     "its it this which be been are than into their said will would"},
    {"French",
     "le la les des du au aux et est sont une un dans avec pour par sur qui "
     "que pas ont été en de ce cette ces leur selon entre depuis l' d' qu'"},
    {"Spanish",
     "el los las del al y es son una un con para por que en de la se su sus "
     "fue según más entre desde hasta como pero este esta"},
    {"German",
     "der die das und ist sind mit für von den dem des im auf ein eine einen "
     "wurde nicht zu sich auch bei nach vom zum zur über laut hat wie um rund"},
    {"Portuguese",
     "o os da dos das em um uma com para por que não foi na ao à é e de se "
     "sua seu pelo pela entre desde"},
    {"Italian",
     "il lo gli la le della delle dei del di e è un una con che nel nella "
     "sono ha ai alla al da dal anche secondo tra dell' nell' all'"},
};
constexpr size_t kEnglish = 0;
constexpr size_t kLanguages = std::size(kFunctionWords);

// At least this many function words of one language before a text is taken
// for it: one is a name or a borrowed phrase.
constexpr int kMinForeignWords = 2;

// word → bit per language (bit i: kFunctionWords[i]).
const std::unordered_map<std::string, uint32_t>& WordLanguages() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, uint32_t>;
    for (size_t i = 0; i < kLanguages; ++i) {
      std::string_view words = kFunctionWords[i].words;
      size_t at = 0;
      while (at < words.size()) {
        size_t end = words.find(' ', at);
        if (end == std::string_view::npos) end = words.size();
        (*t)[std::string(words.substr(at, end - at))] |= 1u << i;
        at = end + 1;
      }
    }
    return t;
  }();
  return *table;
}

// The code point at `i` (valid UTF-8), and its length in `len`.
uint32_t CodePoint(std::string_view s, size_t i, size_t* len) {
  const auto b = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
  uint8_t c = b(0);
  if (c < 0x80) return *len = 1, c;
  if (c < 0xE0) return *len = 2, ((c & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  if (c < 0xF0)
    return *len = 3,
           ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  return *len = 4, ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) |
                       ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
}

bool IsLatinLetter(uint32_t c) {
  return (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c <= 0x1EFF) ||  // Latin Extended Additional
         (c >= 0xFF21 && c <= 0xFF5A && (c & 0x1F) <= 0x1A);  // fullwidth
}

// Letters of other scripts, by block: Greek to Mongolian, CJK, kana,
// Hangul, Yi, Arabic forms and the CJK extensions. Punctuation, symbols,
// digits and emoji are in none of these.
bool IsOtherLetter(uint32_t c) {
  return (c >= 0x370 && c <= 0x1DFF) || (c >= 0x2E80 && c <= 0x2FDF) ||
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA6FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFF66 && c <= 0xFFDC) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// Capitalised: an ASCII capital or a Latin-1 one (À to Þ) first.
bool Capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<uint8_t>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && word.size() > 1 &&
         static_cast<uint8_t>(word[1]) >= 0x80 &&
         static_cast<uint8_t>(word[1]) <= 0x9E;
}

bool AllCapitals(std::string_view word) {
  if (word.size() < 2) return false;
  for (char ch : word)
    if (ch >= 'a' && ch <= 'z') return false;
  return true;
}

bool IsApostrophe(std::string_view p) { return p == "'" || p == "\u2019"; }

}  // namespace

LanguageGuess GuessLanguage(std::string_view text) {
  LanguageGuess guess;
  // 1. Script.
  size_t latin = 0, other = 0, first_other = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    uint32_t c = CodePoint(text, i, &len);
    if (IsLatinLetter(c)) {
      ++latin;
    } else if (IsOtherLetter(c)) {
      if (other++ == 0) first_other = i;
    }
    i += len;
  }
  if (latin + other >= 2 && latin < other) {
    guess.english = false;
    guess.offset = first_other;
    return guess;
  }
  if (other == 0 && latin < 2) return guess;

  // 2. Function words. A word's languages, or 0 when it tells nothing here.
  struct Word {
    std::string_view text;
    uint32_t languages = 0;
    bool joined = false;  // no space or line between it and the next word
    size_t start = 0;
  };
  const auto& table = WordLanguages();
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Word> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.type != TokenType::kWord) {
      // Anything but a space between two words parts them (see below).
      if (t.type != TokenType::kSpace && !words.empty())
        words.back().joined = true;
      continue;
    }
    Word w;
    w.text = text.substr(t.start, t.end - t.start);
    w.start = t.start;
    auto piece = [&](size_t k) {
      return k < tokens.size()
                 ? text.substr(tokens[k].start, tokens[k].end - tokens[k].start)
                 : std::string_view();
    };
    const bool hyphen_before = i > 0 && piece(i - 1) == "-";
    const bool hyphen_after = piece(i + 1) == "-";
    const bool apostrophe_before = i > 0 && IsApostrophe(piece(i - 1));
    const bool apostrophe_after = IsApostrophe(piece(i + 1));
    // Glued to a number, a letter is an exponent or a unit ("9.9e9",
    // "5e", "3m"), not a word.
    const bool by_number =
        (i > 0 && tokens[i - 1].type == TokenType::kNumber) ||
        (i + 1 < tokens.size() && tokens[i + 1].type == TokenType::kNumber);
    if (!hyphen_before && !hyphen_after && !apostrophe_before && !by_number &&
        !AllCapitals(w.text)) {
      std::string key = AsciiLower(w.text);
      if (apostrophe_after) key += '\'';
      auto it = table.find(key);
      if (it != table.end()) w.languages = it->second;
    }
    words.push_back(w);
  }
  // A run of function words between two capitalised words, with nothing
  // but spaces around them, is part of a name.
  for (size_t i = 0; i < words.size();) {
    if (words[i].languages == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    bool spaced = true;  // only spaces inside the run
    while (j < words.size() && words[j].languages != 0) {
      if (words[j].joined) spaced = false;
      ++j;
    }
    const bool named = spaced && i > 0 && !words[i - 1].joined &&
                       Capitalised(words[i - 1].text) && j < words.size() &&
                       Capitalised(words[j].text);
    if (named)
      for (size_t k = i; k < j; ++k) words[k].languages = 0;
    i = j;
  }
  int count[kLanguages] = {};
  size_t first[kLanguages] = {};
  for (const Word& w : words)
    for (size_t l = 0; l < kLanguages; ++l)
      if (w.languages & (1u << l))
        if (count[l]++ == 0) first[l] = w.start;
  size_t best = kEnglish + 1;
  for (size_t l = best + 1; l < kLanguages; ++l)
    if (count[l] > count[best]) best = l;
  if (count[best] >= kMinForeignWords && count[best] > count[kEnglish]) {
    guess.english = false;
    guess.looks_like = kFunctionWords[best].language;
    guess.offset = first[best];
  }
  return guess;
}

}  // namespace figcheck
