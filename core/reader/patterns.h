// The reader's RE2 patterns, and the cheap screens run before them. A
// screen answers "cannot match" only where its pattern cannot match, so it
// makes reading faster and changes nothing: tests/reader_screens_test.cc
// reads every text with screens on and off (core/reader_testing.h).
#ifndef FIGCHECK_CORE_READER_PATTERNS_H_
#define FIGCHECK_CORE_READER_PATTERNS_H_

#include <re2/re2.h>
#ifndef __EMSCRIPTEN__
#include <re2/set.h>
#endif

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace reader {

using re2::RE2;
using re2::StringPiece;

// All patterns are compiled once; RE2 objects are thread-safe for matching.
struct Patterns {
  Patterns();
  // Every pattern, for tests that sample them.
  std::vector<const RE2*> All() const;

  RE2 date, fraction, one_in, digit_in, half, dozen, count_word;
  RE2 rank, running_year, yearly_since, edition_count, mixed_lead, group_before,
      multiplier;
  RE2 scale, unit, per, per_before, rate_adjective_before, currency_before,
      qualifier_before;
  RE2 change_before, from_before, change_after, more_than_after,
      more_than_later, yoy_after;
  RE2 or_more_after, duration_before, duration_after, ago_after;
  RE2 consecutive_after, label_before, year_range, year, relative_year, span;
  RE2 bare_span, years_ago, years_earlier, since, target, anaphor, count_back,
      respectively, part_of_year;
  RE2 share_after, of_a_scale, half_point_after, half_percent_after,
      period_part_after;
  RE2 baseline_before, parenthetical_gap, list_gap, power_of_ten, phrasal_up,
      topic;
  RE2 top_as_label, of_after, lead_after, by_before, change_verb_before,
      first_to_after, add_up_before;

  // The patterns that find word mentions, in the order the reader runs
  // them, and all of them in one set: one pass over a sentence tells which
  // can match anywhere in it, so the others are not run at all.
  enum WordPass {
    kRankPass,
    kRunningYearPass,
    kYearlySincePass,
    kEditionCountPass,
    kOneInPass,
    kFractionPass,
    kHalfPass,
    kDozenPass,
    kMultiplierPass,
    kCountWordPass,
    kWordPasses
  };
  // Bit k set: pass k may match in `sentence`. All bits when the set
  // cannot tell (its DFA out of memory).
  unsigned WordPassesIn(StringPiece sentence) const;

 private:
#ifdef __EMSCRIPTEN__
  // The page's module has no room for RE2's set matching (2.9 KB gzipped,
  // over its budget): there one pattern of every word a mention can open
  // with tells whether all the passes run or none.
  RE2 any_word_number_;
#else
  RE2::Set word_passes_;
#endif
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
  // `words`: what a match opens (or closes) with; `marks`: the bytes other
  // than letters a match may open with. `then`: words that count only
  // before one of their words ("to" before "reach": the "to" of "to
  // reach").
  explicit WordScreen(
      const std::vector<std::string_view>& words, std::string_view marks = {},
      bool adverbs = false,
      std::vector<std::pair<std::string_view, std::vector<std::string_view>>>
          then = {})
      : marks_(marks), adverbs_(adverbs), then_(std::move(then)) {
    for (std::string_view w : words)
      if (!Has(w) && !w.empty() && IsLetter(w[0]))
        buckets_[Bucket(w)].push_back(w);
  }
  // For a pattern anchored with ^: its first word, or one of `marks`.
  bool MayOpen(StringPiece s) const {
    if (!ScreensOn()) return true;
    size_t i = 0;
    while (i < s.size() &&
           (IsSpace(s[i]) || s[i] == kIgnorable || s[i] == '-' || s[i] == ','))
      ++i;
    if (i == s.size()) return false;
    if (!IsLetter(s[i])) return marks_.find(s[i]) != std::string::npos;
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
  // For an unanchored pattern: any of its first words, anywhere.
  bool MayHold(StringPiece s) const {
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
        const std::vector<std::string_view>* next = nullptr;
        for (const auto& [first, seconds] : then_)
          if (first == word) next = &seconds;
        if (next == nullptr) return true;
        size_t a = j;
        while (a < s.size() && IsSpace(s[a])) ++a;
        size_t b = a;
        while (b < s.size() && IsLetter(s[b])) ++b;
        std::string_view second(s.data() + a, b - a);
        for (std::string_view w : *next)
          if (w == second) return true;
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
  std::string marks_;
  bool adverbs_;
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> then_;
};

// The screens, pattern by pattern (see Patterns for the patterns). Those
// of word patterns are made from the figure-word table with the patterns.
struct Screens {
  Screens();
  WordScreen scale, unit, per, counted_per, power_of_ten, or_more_after;
  WordScreen duration_after;  // ago_after's words too
  WordScreen change_after, more_than_after, yoy_after, label_before;
  WordScreen qualifier_before, change_before, from_before, duration_before;
  WordScreen topic, target, number_word;
};

const Screens& S();

// Where p.year matches in `s`, left to right, without RE2: "19dd" or
// "20dd" between ASCII word boundaries (a match ends at a boundary, so
// matches never overlap and the next search starts after one).
std::vector<size_t> YearsIn(std::string_view s);

// currency_before: "$" or "¥" last, or "rmb", "usd", "cny" before spaces.
bool MayCloseWithCurrency(StringPiece s);

// The scale of a letter glued after a number ending at `end` of `lower`
// ("35k", "$1.5m", "7k+"), or 1: "k" alone, "m" only after a currency sign
// (`before`, the text before the number) or before "+" ("5m" may be
// metres), and never with a letter or digit after it.
double GluedScaleAt(std::string_view lower, size_t end, StringPiece before);

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
