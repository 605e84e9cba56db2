// The reader's RE2 patterns, and the cheap screens run before them. A
// screen answers "cannot match" only where its pattern cannot match, so it
// makes reading faster and changes nothing: tests/reader_screens_test.cc
// reads every text with screens on and off (core/reader_testing.h).
#ifndef FIGCHECK_CORE_READER_PATTERNS_H_
#define FIGCHECK_CORE_READER_PATTERNS_H_

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.h"

namespace figcheck {
namespace reader {

using re2::RE2;
using re2::StringPiece;

// All patterns are compiled once; RE2 objects are thread-safe for matching.
struct Patterns {
  Patterns();

  RE2 date, fraction, one_in, half, dozen, count_word, multiplier;
  RE2 scale, unit, per, units_per, currency_before, qualifier_before;
  RE2 change_before, from_before, change_after, more_than_after, yoy_after;
  RE2 or_more_after, duration_before, duration_after, ago_after;
  RE2 consecutive_after, label_before, year_range, year, relative_year, span;
  RE2 bare_span, since, target, anaphor, respectively, part_of_year;
  RE2 share_after, half_point_after, half_percent_after, period_part_after;
  RE2 baseline_before, parenthetical_gap, list_gap, power_of_ten,
      any_word_number, phrasal_up, topic;
};

const Patterns& P();

// False only in tests (reader_testing.h): then every screen says "may
// match", so RE2 alone decides and the two readings can be compared.
bool ScreensOn();

inline bool IsSpace(char c) {  // a superset of RE2's \s
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}
inline bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// A screen run before a pattern anchored at one end: the words a match
// can open with (past spaces, fillers, hyphens and commas) or close with
// (before spaces and full stops), each a whole run of letters. A text that
// fails the screen cannot match, so RE2 is not asked: most numbers are
// followed by no unit and preceded by no qualifier, and a screen costs a
// few comparisons where a match costs a pass of RE2. Screens only make the
// reader faster; what it reads is RE2's answer.
class WordScreen {
 public:
  // A vector, not an initializer list, so that {{"x"}, "*"} reads as words
  // and marks rather than as two words.
  WordScreen(std::vector<std::string_view> words, std::string_view marks = {},
             bool adverbs = false)
      : marks_(marks), adverbs_(adverbs) {
    for (std::string_view w : words) buckets_[Bucket(w)].push_back(w);
  }
  // For a pattern anchored with ^: its first word, or one of `marks`.
  bool MayOpen(StringPiece s) const {
    if (!ScreensOn()) return true;
    size_t i = 0;
    while (i < s.size() &&
           (IsSpace(s[i]) || s[i] == kIgnorable || s[i] == '-' || s[i] == ','))
      ++i;
    if (i == s.size()) return false;
    if (!IsLetter(s[i])) return marks_.find(s[i]) != std::string_view::npos;
    size_t j = i;
    while (j < s.size() && IsLetter(s[j])) ++j;
    return Has(std::string_view(s.data() + i, j - i));
  }
  // For a pattern anchored with $: its last word ("an …ly" adverb too when
  // `adverbs`).
  bool MayClose(StringPiece s) const {
    if (!ScreensOn()) return true;
    size_t j = s.size();
    while (j > 0 && (IsSpace(s[j - 1]) || s[j - 1] == '.')) --j;
    size_t i = j;
    while (i > 0 && IsLetter(s[i - 1])) --i;
    std::string_view word(s.data() + i, j - i);
    if (adverbs_ && word.size() > 2 && word.substr(word.size() - 2) == "ly")
      return true;
    return Has(word);
  }
  // For an unanchored pattern: any of its first words, anywhere. A word
  // in `then` only counts when the next word is in it (the "to" of "to
  // reach").
  bool MayHold(
      StringPiece s,
      const std::pair<std::string_view, const WordScreen*>* then = nullptr,
      size_t thens = 0) const {
    if (!ScreensOn()) return true;
    for (size_t i = 0; i < s.size();) {
      if (!IsLetter(s[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < s.size() && IsLetter(s[j])) ++j;
      std::string_view word(s.data() + i, j - i);
      if (Has(word)) {
        const WordScreen* next = nullptr;
        for (size_t k = 0; k < thens; ++k)
          if (then[k].first == word) next = then[k].second;
        if (next == nullptr) return true;
        size_t a = j;
        while (a < s.size() && IsSpace(s[a])) ++a;
        size_t b = a;
        while (b < s.size() && IsLetter(s[b])) ++b;
        if (next->Has(std::string_view(s.data() + a, b - a))) return true;
      }
      i = j;
    }
    return false;
  }
  bool Has(std::string_view word) const {
    if (word.empty() || !IsLetter(word[0])) return false;
    for (std::string_view w : buckets_[Bucket(word)])
      if (w == word) return true;
    return false;
  }

 private:
  // Words by first letter and length (longer ones share the last length),
  // so most words of prose are ruled out by one empty bucket.
  static constexpr size_t kLengths = 16;
  static size_t Bucket(std::string_view w) {
    return static_cast<size_t>(w[0] - 'a') * kLengths +
           std::min(w.size(), kLengths) - 1;
  }
  std::vector<std::string_view> buckets_[26 * kLengths];
  std::string_view marks_;
  bool adverbs_;
};

// The screens, pattern by pattern (see Patterns for the patterns).
struct Screens {
  WordScreen scale{{"thousand", "million", "billion", "trillion", "bn", "bln",
                    "mn", "mln", "tn", "trn"}};
  WordScreen unit{
      {"percent",     "per",       "percentage", "yuan",      "rmb",
       "renminbi",    "us",        "u",          "american",  "dollar",
       "dollars",     "usd",       "twenty",     "teu",       "teus",
       "square",      "kilometer", "kilometers", "kilometre", "kilometres",
       "km",          "ton",       "tons",       "tonne",     "tonnes",
       "consecutive", "year",      "years",      "times",     "fold"},
      "%"};
  WordScreen per{{"of", "per", "a"}, "/"};
  WordScreen units_per{{"unit", "units"}};
  WordScreen power_of_ten{{"x"}, "*\xC3"};  // "×" opens with 0xC3
  WordScreen or_more_after{{"or", "plus"}};
  WordScreen duration_after{{"year", "years", "decade", "decades", "month",
                             "months", "week", "weeks", "day",
                             "days"}};  // ago_after's words too
  WordScreen change_after{
      {"year",    "annual",      "yearly",   "surge",     "surges",
       "jump",    "jumps",       "increase", "increases", "rise",
       "rises",   "growth",      "gain",     "gains",     "hike",
       "rebound", "expansion",   "decline",  "declines",  "drop",
       "drops",   "fall",        "falls",    "decrease",  "decreases",
       "dip",     "contraction", "slump",    "reduction", "cut"}};
  WordScreen more_than_after{{"more", "higher", "less", "lower", "fewer"}};
  WordScreen yoy_after{{"year", "yoy", "from", "on", "over"}};
  WordScreen label_before{
      {"class",   "no",       "nos",   "phase",   "type",    "article",
       "chapter", "section",  "grade", "line",    "page",    "pages",
       "version", "tier",     "room",  "route",   "gate",    "item",
       "figure",  "table",    "level", "batch",   "act",     "ranked",
       "rank",    "ranking",  "top",   "number",  "vol",     "per",
       "step",    "building", "floor", "suite",   "exit",    "p",
       "pp",      "tel",      "phone", "fax",     "ext",     "v",
       "release", "python",   "ios",   "android", "windows", "iso"}};
  WordScreen qualifier_before{
      {"than",      "of",        "over",          "exceeding", "exceeded",
       "exceeds",   "exceed",    "above",         "topped",    "tops",
       "surpassed", "surpasses", "surpassing",    "passed",    "beyond",
       "least",     "under",     "below",         "to",        "most",
       "about",     "around",    "approximately", "approx",    "roughly",
       "nearly",    "almost",    "some",          "estimated", "circa",
       "a",         "an"},
      {},
      /*adverbs=*/true};
  WordScreen change_before{
      {"up",        "down",      "rose",      "rise",
       "rises",     "risen",     "rising",    "grew",
       "grow",      "grows",     "grown",     "growing",
       "increased", "increase",  "increases", "increasing",
       "jumped",    "jump",      "jumps",     "surged",
       "surge",     "surges",    "soared",    "soar",
       "soars",     "climbed",   "climb",     "climbs",
       "gained",    "gain",      "gains",     "expanded",
       "expand",    "expands",   "fell",      "fall",
       "falls",     "fallen",    "falling",   "dropped",
       "drop",      "drops",     "declined",  "decline",
       "declines",  "declining", "decreased", "decrease",
       "decreases", "slipped",   "slip",      "slips",
       "slid",      "slumped",   "plunged",   "plummeted",
       "eased",     "ease",      "eases",     "contracted",
       "shrank",    "shrunk",    "dipped",    "dip",
       "dips",      "of",        "by",        "than",
       "over",      "about",     "around",    "approximately",
       "roughly",   "nearly",    "almost",    "some",
       "to",        "under",     "least",     "a",
       "an"}};
  WordScreen from_before{
      {"from", "about", "around", "nearly", "some", "than", "over"}};
  WordScreen duration_before{{"over", "in", "within", "during", "the", "past",
                              "last", "next", "coming", "following", "recent",
                              "first", "previous"}};
  WordScreen topic{{"in", "regarding", "as", "with", "when"}};
  // target: "to" and "is"/"are" only before the words that make a goal.
  WordScreen target{
      {"will",      "shall",   "aim",       "aims",       "aimed",
       "aiming",    "target",  "targets",   "targeted",   "targeting",
       "goal",      "goals",   "objective", "objectives", "plan",
       "plans",     "planned", "planning",  "strive",     "strives",
       "striving",  "seek",    "seeks",     "expect",     "expects",
       "expected",  "is",      "are",       "projected",  "forecast",
       "forecasts", "intend",  "intends",   "to",         "propose",
       "proposes",  "proposed"}};
  // any_word_number ("three-fold" opens with "three").
  WordScreen number_word{
      {"one",       "third",      "thirds",      "quarter",   "quarters",
       "fourth",    "fourths",    "fifth",       "fifths",    "sixth",
       "sixths",    "seventh",    "sevenths",    "eighth",    "eighths",
       "ninth",     "ninths",     "tenth",       "tenths",    "two",
       "three",     "four",       "five",        "six",       "seven",
       "eight",     "nine",       "ten",         "eleven",    "twelve",
       "thirteen",  "fourteen",   "fifteen",     "sixteen",   "seventeen",
       "eighteen",  "nineteen",   "twenty",      "thirty",    "forty",
       "fifty",     "sixty",      "seventy",     "eighty",    "ninety",
       "half",      "halves",     "dozen",       "doubled",   "doubling",
       "double",    "twice",      "tripled",     "tripling",  "triple",
       "threefold", "quadrupled", "quadrupling", "quadruple", "fourfold",
       "fivefold",  "tenfold"}};
  WordScreen target_to{
      {"reach", "hit", "exceed", "achieve", "surpass", "top", "double"}};
  WordScreen target_set{{"set"}};
};

const Screens& S();

// Where p.year matches in `s`, left to right, without RE2: "19dd" or
// "20dd" between ASCII word boundaries (a match ends at a boundary, so
// matches never overlap and the next search starts after one).
std::vector<size_t> YearsIn(std::string_view s);

// currency_before: "$" or "¥" last, or "rmb", "usd", "cny" before spaces.
bool MayCloseWithCurrency(StringPiece s);

// topic_re: past the non-word bytes that open the sentence, its first word.
bool MayOpenTopic(StringPiece s);

bool MayHoldTarget(StringPiece s);

// The date pattern needs a digit, separator and digit ("2023-05-01"), a
// month's name at the start of a word, a colon ("10:30") or a digit before
// "am"/"pm"/"a.m.".
bool MayHoldDate(std::string_view s);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_PATTERNS_H_
