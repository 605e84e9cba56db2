// Finds the numbers of a sentence. Method: dates and times are fenced
// first (FenceDates); each digit token not glued to letters, not a range,
// footnote, list number or label ("No. 5") becomes a mention, and RE2
// patterns find number words, fractions ("two thirds", "one in five"),
// "half", "dozen" and multipliers ("tripled"). What follows a number
// (scale, unit) is read here too (ReadAfter), since a bare year or a
// duration is told from a figure by it. Tested by
// tests/reader/mentions_test.cc and tests/reader_test.cc.
#include "core/reader/mentions.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/numbers.h"
#include "core/reader/names.h"
#include "core/reader/patterns.h"
#include "core/reader/quantity.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

// The currencies written as letters ("rmb", "usd"): glued to digits they
// still make a figure.
const std::vector<std::string_view>& CurrencyCodes() {
  static const auto* const kCodes = [] {
    auto* codes = new std::vector<std::string_view>();
    for (std::string_view w : WordsOf(WordRole::kCurrency))
      if (std::all_of(w.begin(), w.end(), IsLetter)) codes->push_back(w);
    return codes;
  }();
  return *kCodes;
}

class MentionFinder : SentenceStage {
 public:
  MentionFinder(const SentenceText& t, const std::vector<Token>& tokens)
      : SentenceStage(t), sentence_(t), tokens_(tokens) {}

  std::vector<Mention> Find() {
    FindDigitMentions();
    FindWordMentions();
    return std::move(mentions_);
  }

 private:
  void FindDigitMentions();
  void FindWordMentions();
  void ReadAfter(Mention* m) const { ReadScaleAndUnit(sentence_, m); }
  // Whether the number at [a, b) is a duration, a period rather than a
  // figure: "ten years ago", "over the past 10 years" (not "for 14
  // consecutive years").
  bool IsDuration(uint32_t a, uint32_t b) const {
    const Patterns& p = P();
    StringPiece after = After(b, 40);
    if (Lasting(b)) return false;
    if (!S().duration_after.MayOpen(after)) return false;
    if (RE2::PartialMatch(after, p.ago_after)) return true;
    if (!RE2::PartialMatch(after, p.duration_after) ||
        RE2::PartialMatch(after, p.consecutive_after) ||
        !S().duration_before.MayClose(Before(a, 24)) ||
        !RE2::PartialMatch(Before(a, 24), p.duration_before))
      return false;
    // A plan's deadline is its length, a figure: "aims to complete the
    // project within 10 years".
    StringPiece lead = Before(a, 8);
    return !(std::string_view(lead.data(), lead.size()).find("within") !=
                 std::string_view::npos &&
             RE2::PartialMatch(Before(a, 80), p.target));
  }

  // Whether the number word at [a, b) is in a short quoted label in lower
  // case with another number word: "two old houses and one village" names
  // a policy, it counts nothing (a partial quote, "six manufacturing
  // enterprises", 'for fourteen consecutive years', still counts).
  bool InQuotedLabel(uint32_t a, uint32_t b) const {
    constexpr uint32_t kMaxLabel = 60;
    auto label_byte = [&](uint32_t k) {
      char c = lower_[k];
      return IsLetter(c) || c == ' ' || c == '-' || c == ',';
    };
    auto opens = [&](uint32_t k) {  // a quote ends right before k
      if (k >= s_.start + 3 && (lower_.compare(k - 3, 3, "\xE2\x80\x9C") == 0 ||
                                lower_.compare(k - 3, 3, "\xE2\x80\x98") == 0))
        return true;
      if (k <= s_.start || (lower_[k - 1] != '"' && lower_[k - 1] != '\''))
        return false;
      return k - 1 == s_.start || lower_[k - 2] == ' ' || lower_[k - 2] == '(';
    };
    auto closes = [&](uint32_t k) {  // a quote starts at k
      if (k + 3 <= s_.end && (lower_.compare(k, 3, "\xE2\x80\x9D") == 0 ||
                              lower_.compare(k, 3, "\xE2\x80\x99") == 0))
        return k + 3 == s_.end || !IsLetter(lower_[k + 3]);
      if (k >= s_.end || (lower_[k] != '"' && lower_[k] != '\'')) return false;
      return k + 1 == s_.end || !IsLetter(lower_[k + 1]);
    };
    uint32_t k = a;
    while (k > s_.start && a - k < kMaxLabel && label_byte(k - 1)) --k;
    if (!opens(k) || !(original_[k] >= 'a' && original_[k] <= 'z'))
      return false;
    uint32_t e = b;
    while (e < s_.end && e - b < kMaxLabel && label_byte(e)) ++e;
    if (!closes(e)) return false;
    int numbers = 0;
    for (uint32_t i = k; i < e;) {
      uint32_t j = i;
      while (j < e && IsLetter(lower_[j])) ++j;
      if (j > i && Lookup(WordRole::kCardinal, lower_.substr(i, j - i)))
        ++numbers;
      i = j + 1;
    }
    return numbers >= 2;
  }

  // Whether "-decade-long" (a time unit, then "-long") follows offset b:
  // "an over three-decade-long campaign" tells a length of time.
  bool Lasting(uint32_t b) const {
    if (b >= s_.end || lower_[b] != '-') return false;
    uint32_t e = b + 1;
    while (e < s_.end && IsLetter(lower_[e])) ++e;
    return UnitOf(WordRole::kUnit, lower_.substr(b + 1, e - b - 1)) ==
               "years" &&
           lower_.compare(e, 5, "-long") == 0;
  }

  const SentenceText& sentence_;
  const std::vector<Token>& tokens_;
  std::vector<Mention> mentions_;
};

void MentionFinder::FindDigitMentions() {
  const Patterns& p = P();
  uint32_t taken_to = 0;  // the end of "1 in 3": its 3 is read
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (t.type != TokenType::kNumber) continue;
    uint32_t a = s_.start + t.start, b = s_.start + t.end;
    if (Fenced(a, b) || a < taken_to) continue;
    std::string_view digits = text_.substr(a, t.end - t.start);
    // Glued to letters: "5G", "C919", "14nm", "34th", "7x24".
    auto alpha = [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    };
    // A currency code glued on ("RMB500 million", "USD24bn") is not a code.
    bool glued_currency = false;
    for (std::string_view code : CurrencyCodes()) {
      uint32_t n = static_cast<uint32_t>(code.size());
      if (a >= n && lower_.compare(a - n, n, code) == 0 &&
          (a == n || !alpha(text_[a - n - 1])))
        glued_currency = true;
    }
    if (a > 0 && !glued_currency &&
        (alpha(text_[a - 1]) || text_[a - 1] == '#' ||
         (text_[a - 1] == '+' && !PlusSignedPercent(lower_, a, b))))
      continue;
    // Scientific notation: "4.72e12", "1.5E+9".
    int exponent = 0;
    if (b + 1 < text_.size() && text_[b] == 'e') {
      size_t k = b + 1;
      bool negative = false;
      if (k < text_.size() && (text_[k] == '+' || text_[k] == '-'))
        negative = text_[k++] == '-';
      size_t d = k;
      while (k < text_.size() && k - d < 3 &&
             std::isdigit(static_cast<unsigned char>(text_[k])))
        exponent = exponent * 10 + (text_[k++] - '0');
      if (k > d && (k >= text_.size() ||
                    !std::isalnum(static_cast<unsigned char>(text_[k])))) {
        if (negative) exponent = -exponent;
        b = static_cast<uint32_t>(k);
      } else {
        exponent = 0;
      }
    }
    // Glued to a scale: "4.72tn", "$664bn", "35k".
    bool glued_scale = GluedScaleAt(text_, b, Before(a, 24)) != 1;
    // "4+5" is a name; "24,000+" is a bound.
    auto plus_then_word = [&](size_t k) {
      return k + 1 < text_.size() && text_[k] == '+' &&
             std::isalnum(static_cast<unsigned char>(text_[k + 1]));
    };
    if (b < text_.size() && !glued_scale &&
        (alpha(text_[b]) || plus_then_word(b)))
      continue;
    // A code with a hyphen: "COVID-19", "ARJ-21".
    if (a >= 2 && text_[a - 1] == '-' && alpha(text_[a - 2])) continue;
    // Inside quotes: "the '3' refers to".
    if (a > 0 && b < text_.size() &&
        (text_[a - 1] == '\'' || text_[a - 1] == '"') &&
        (text_[b] == '\'' || text_[b] == '"'))
      continue;
    // Footnote "[1]".
    if (a > 0 && b < text_.size() && text_[a - 1] == '[' && text_[b] == ']')
      continue;
    // Ranges "5-10 years", "4.7–4.8 trillion" (the dash may carry fillers).
    {
      uint32_t k = b;
      if (k < text_.size() && text_[k] == '-') {
        ++k;
        while (k < text_.size() && text_[k] == kIgnorable) ++k;
        if (k < text_.size() &&
            std::isdigit(static_cast<unsigned char>(text_[k])))
          continue;
      }
      k = a;
      while (k > 0 && text_[k - 1] == kIgnorable) --k;
      if (k >= 2 && text_[k - 1] == '-' &&
          std::isdigit(static_cast<unsigned char>(text_[k - 2])))
        continue;
    }
    // List numbering: "1. The construction" at the start of a line.
    if (a == s_.start && b < s_.end && (text_[b] == '.' || text_[b] == ')') &&
        digits.size() <= 2)
      continue;
    if (clause::NumberEndsName(text_, original_, s_, a)) continue;
    std::string label;
    const bool labelled =
        S().label_before.MayClose(Before(a, 12)) &&
        RE2::PartialMatch(Before(a, 12), p.label_before, &label);
    // A label names what follows ("top 10", "Phase 2", "the top 10% of
    // firms"), but "top" as a verb before an amount of money or a share
    // passes it: "each top 1tn yuan".
    if (labelled && label != "top") continue;
    if (labelled && RE2::PartialMatch(Before(a, 12), P().top_as_label))
      continue;

    Mention m;
    m.start = a;
    m.end = b;
    m.num_start = a;
    m.num_end = b;
    double value = 0, step = 0;
    if (!ParseDigits(digits, &value, &step)) continue;
    // "1 in 3 games": a share, both numbers one figure.
    if (step == 1 && value >= 1 && value <= 9 && exponent == 0) {
      StringPiece after = After(b, 24);
      std::string den;
      if (RE2::Consume(&after, p.digit_in, &den)) {
        int d = std::isdigit(static_cast<unsigned char>(den[0]))
                    ? std::atoi(den.c_str())
                    : WordNumber(den);
        if (d > value && d <= 100) {
          m.end = m.num_end = Off(lower_, after.data());
          m.q.value = 100.0 * value / d;
          m.q.step = 1;
          m.q.unit = Unit::Percent();
          m.fraction = true;
          mentions_.push_back(m);
          taken_to = m.end;
          continue;
        }
      }
    }
    if (exponent != 0) {
      value *= std::pow(10.0, exponent);
      step *= std::pow(10.0, exponent);
      if (!std::isfinite(value) || value > 1e300) continue;
    }
    std::string clean(digits);
    clean.erase(std::remove(clean.begin(), clean.end(), kIgnorable),
                clean.end());
    bool plain = clean.find_first_of(",.\x1F") == std::string::npos;
    if (IsDuration(a, b)) continue;
    m.q.value = value;
    m.q.step = step;
    m.q.decimals = clean.find('.') != std::string::npos;
    ReadAfter(&m);
    if (labelled && (m.q.unit.IsCount() || m.q.unit.empty())) continue;
    if (labelled &&
        RE2::PartialMatch(After(m.end, 8), P().of_after))  // "top 10% of"
      continue;
    // "Top" a round mark: reach or pass it; the sources round too.
    if (labelled) m.q.qualifier = Qualifier::kAtLeast;
    // A bare four-digit year is a period, not a figure.
    if (plain && clean.size() == 4 && value >= 1900 && value <= 2100 &&
        m.q.unit.IsCount() && m.end == b) {
      continue;
    }
    mentions_.push_back(m);
  }
}

void MentionFinder::FindWordMentions() {
  const Patterns& p = P();
  StringPiece sentence = Piece(s_.start, s_.end);
  // Most sentences hold no number word at all, and most that do, one kind
  // of word mention: one pass tells which patterns to run.
  const unsigned passes = !ScreensOn() ? ~0u
                          : S().number_word.MayHold(sentence)
                              ? p.WordPassesIn(sentence)
                              : 0u;
  if (passes == 0) return;
  auto may = [&](Patterns::WordPass k) { return ((passes >> k) & 1u) != 0; };
  auto add = [&](uint32_t a, uint32_t b, double value, double step, Unit unit,
                 Kind kind, bool fraction) {
    for (const Mention& m : mentions_)
      if (Overlaps(a, b, m.start, m.end)) return false;
    if (Fenced(a, b)) return false;
    Mention m;
    m.start = m.num_start = a;
    m.end = m.num_end = b;
    m.q.value = value;
    m.q.step = step;
    m.q.unit = unit;
    m.q.kind = kind;
    m.word = true;
    m.fraction = fraction;
    mentions_.push_back(m);
    return true;
  };
  // Ranks first: their ordinals are not fractions ("came fifth") and their
  // numbers not counts ("No. 1 in").
  StringPiece in = sentence;
  {
    StringPiece whole, by_verb, scoped, numbered, held_number, held,
        before_superlative, scoped_superlative, placed;
    while (may(Patterns::kRankPass) &&
           RE2::FindAndConsume(
               &in, p.rank, &whole, &by_verb, &scoped, &numbered, &held_number,
               &held, &before_superlative, &scoped_superlative, &placed)) {
      // The position as written: "third", "No. 1"; none for "the world's
      // busiest" and "top spot" (first), which are quoted whole.
      StringPiece said = !by_verb.empty()              ? by_verb
                         : !scoped.empty()             ? scoped
                         : !numbered.empty()           ? numbered
                         : !held_number.empty()        ? held_number
                         : !held.empty()               ? held
                         : !before_superlative.empty() ? before_superlative
                                                       : placed;
      StringPiece quoted =
          by_verb.empty() && scoped.empty() && numbered.empty() ? whole : said;
      // (The superlative alone: what it ranks and where stay words.)
      if (!scoped_superlative.empty()) quoted = scoped_superlative;
      uint32_t a = Off(lower_, quoted.data());
      uint32_t b = a + static_cast<uint32_t>(quoted.size());
      // "one of the world's largest": a member of the top, not its first.
      if (RE2::PartialMatch(Before(a, 24), p.group_before)) continue;
      // "in the first place" says nothing of a rank.
      std::string_view lead(Before(a, 12).data(), Before(a, 12).size());
      if (!placed.empty() && lead.size() >= 7 &&
          lead.substr(lead.size() - 7) == "in the ")
        continue;
      uint32_t end =
          Off(lower_, whole.data()) + static_cast<uint32_t>(whole.size());
      if (end < s_.end && lower_[end] == '-') continue;  // "first-tier"
      // "took the lead in/to …" is being first; "took the lead" of a race
      // or a team is not a rank of the city's.
      const bool took_lead =
          TellsLead(std::string_view(whole.data(), whole.size()));
      if (took_lead && !RE2::PartialMatch(After(end, 24), p.lead_after))
        continue;
      std::string position_text(said.data(), said.size());
      int position = 1;
      bool digits =
          position_text.find_first_of("0123456789") != std::string::npos;
      if (!said.empty()) {
        bool number = position_text.compare(0, 2, "no") == 0 ||
                      position_text.compare(0, 6, "number") == 0;
        if (number && digits) {
          position = std::atoi(position_text.c_str() +
                               position_text.find_first_of("0123456789"));
        } else if (number) {
          position = WordNumber(
              position_text.substr(position_text.find_last_of(" .") + 1));
        } else {
          position = OrdinalOf(position_text);
        }
      }
      if (position <= 0) continue;
      if (add(a, b, position, 0, Unit::Rank(), Kind::kLevel, false)) {
        mentions_.back().word = !digits;
        mentions_.back().first_to =
            took_lead || RE2::PartialMatch(After(end, 60), p.first_to_after);
      }
    }
  }
  // "the 14th straight year", "a fifth consecutive year": a count of years.
  in = sentence;
  {
    StringPiece whole;
    std::string ordinal;
    while (may(Patterns::kRunningYearPass) &&
           RE2::FindAndConsume(&in, p.running_year, &whole, &ordinal)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = OrdinalOf(ordinal);
      if (years <= 0) continue;
      if (add(a, b, years, 1, Unit::Years(), Kind::kLevel, false))
        mentions_.back().is_years = true;
    }
  }
  // "every year since 2010": a run of years, counted once its end is
  // known. Its year is fenced as a date, so the mention is made here.
  in = sentence;
  {
    StringPiece whole, year;
    while (may(Patterns::kYearlySincePass) &&
           RE2::FindAndConsume(&in, p.yearly_since, &whole, &year)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      bool taken = false;
      for (const Mention& m : mentions_)
        taken = taken || Overlaps(a, b, m.start, m.end);
      if (taken) continue;
      Mention m;
      m.start = m.num_start = a;
      m.end = m.num_end = b;
      m.q.step = 1;
      m.q.unit = Unit::Years();
      m.word = true;
      m.is_years = true;
      m.since_year = std::atoi(std::string(year.data(), year.size()).c_str());
      mentions_.push_back(m);
    }
  }
  // "now in its 34th edition": how many times it has been held.
  in = sentence;
  {
    StringPiece ordinal;
    while (may(Patterns::kEditionCountPass) &&
           RE2::FindAndConsume(&in, p.edition_count, &ordinal)) {
      uint32_t a = Off(lower_, ordinal.data());
      uint32_t b = a + static_cast<uint32_t>(ordinal.size());
      int count = OrdinalOf(std::string_view(ordinal.data(), ordinal.size()));
      if (count > 0 && add(a, b, count, 1, Unit::Count(), Kind::kLevel, false))
        mentions_.back().word =
            !std::isdigit(static_cast<unsigned char>(*ordinal.data()));
    }
  }
  // A share of a scale is a number: "two-thirds of a million", "half a
  // dozen", "a half-trillion-yuan industry".
  auto of_scale = [&](uint32_t a, uint32_t b, double share) {
    StringPiece rest = After(b, 40);
    std::string word;
    if (!RE2::Consume(&rest, p.of_a_scale, &word)) return false;
    double scale = word == "dozen" ? 12 : ScaleOf(word);
    Mention m;
    m.start = m.num_start = a;
    m.end = m.num_end = Off(lower_, rest.data());
    m.q.value = share * scale;
    m.q.step = scale / 100;
    m.word = true;
    for (const Mention& o : mentions_)
      if (Overlaps(m.start, m.end, o.start, o.end)) return false;
    if (Fenced(m.start, m.end)) return false;
    ReadAfter(&m);
    mentions_.push_back(m);
    return true;
  };
  in = sentence;
  std::string num, den;
  StringPiece whole_in;
  // "one out of every four", "one in five"
  while (may(Patterns::kOneInPass) &&
         RE2::FindAndConsume(&in, p.one_in, &whole_in, &num, &den)) {
    uint32_t a = Off(lower_, whole_in.data());
    uint32_t b = a + static_cast<uint32_t>(whole_in.size());
    int n = WordNumber(num), d = WordNumber(den);
    if (n > 0 && d > n)
      add(a, b, 100.0 * n / d, 1, Unit::Percent(), Kind::kLevel, true);
  }
  in = sentence;
  {
    StringPiece whole;
    while (may(Patterns::kFractionPass) &&
           RE2::FindAndConsume(&in, p.fraction, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      std::string w(whole);
      size_t split = w.find_first_of(" \t\r\n-");
      if (split == std::string::npos) continue;
      std::string n = w.substr(0, split);
      size_t dpos = w.find_first_not_of(" \t\r\n-", split);
      if (dpos == std::string::npos) continue;
      std::string d = w.substr(dpos);
      int num_v = WordNumber(n), den_v = FractionDenominator(d);
      if (num_v <= 0 || den_v <= 0 || num_v >= den_v) continue;
      // "the first three quarters of 2023", "the second half": a period.
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year)) continue;
      // "six and three-quarter million": part of a mixed number.
      if (RE2::PartialMatch(Before(a, 16), p.mixed_lead)) continue;
      if (of_scale(a, b, static_cast<double>(num_v) / den_v)) continue;
      // "a third" as an ordinal: "a third round" — a share needs "of" or
      // a change context; accept when followed by "of", end, or punctuation.
      StringPiece rest = After(b, 12);
      bool share = RE2::PartialMatch(rest, p.share_after) || n != "a" ||
                   RE2::PartialMatch(Before(a, 40), p.change_before) ||
                   RE2::PartialMatch(Before(a, 40), p.qualifier_before);
      if (!share) continue;
      add(a, b, 100.0 * num_v / den_v, 1, Unit::Percent(), Kind::kLevel, true);
    }
  }
  in = sentence;
  {
    StringPiece whole;
    while (may(Patterns::kHalfPass) &&
           RE2::FindAndConsume(&in, p.half, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + 4;
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year)) continue;
      // Not the half of "two and a half million", a mixed number: a number
      // before the "and" ("…, and half a million accounts" is no such).
      StringPiece lead = Before(a, 24);
      std::string_view l(lead.data(), lead.size());
      size_t cut = l.size() >= 6 && l.substr(l.size() - 6) == "and a " ? 6
                   : l.size() >= 4 && l.substr(l.size() - 4) == "and " ? 4
                                                                       : 0;
      bool mixed = false;
      if (cut > 0) {
        std::string_view before = l.substr(0, l.size() - cut);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        size_t from = before.find_last_of(" ,;:(");
        std::string word(
            before.substr(from == std::string_view::npos ? 0 : from + 1));
        mixed = !word.empty() &&
                (std::isdigit(static_cast<unsigned char>(word.back())) ||
                 WordNumber(word) != 0);
      }
      if (!mixed && of_scale(a, b, 0.5)) continue;
      StringPiece rest = After(b, 40);
      std::string unit;
      if (RE2::PartialMatch(rest, p.half_point_after, &unit)) {
        uint32_t e = b + static_cast<uint32_t>(rest.find(unit) + unit.size());
        add(a, e, 0.5, 0.1, Unit::Points(), Kind::kLevel, false);
      } else if (RE2::PartialMatch(rest, p.half_percent_after, &unit)) {
        uint32_t e = b + static_cast<uint32_t>(rest.find(unit) + unit.size());
        add(a, e, 0.5, 0.1, Unit::Percent(), Kind::kLevel, false);
      } else if (RE2::PartialMatch(rest, p.share_after) ||
                 RE2::PartialMatch(Before(a, 40), p.change_before) ||
                 RE2::PartialMatch(Before(a, 40), p.qualifier_before)) {
        add(a, b, 50, 1, Unit::Percent(), Kind::kLevel, true);
      }
    }
  }
  in = sentence;
  {
    StringPiece whole;
    while (may(Patterns::kDozenPass) &&
           RE2::FindAndConsume(&in, p.dozen, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      if (b < s_.end && lower_[b] == 's') continue;  // "dozens"
      add(a, b, 12, 1, Unit::Count(), Kind::kLevel, false);
    }
  }
  in = sentence;
  {
    std::string w;
    while (may(Patterns::kMultiplierPass) &&
           RE2::FindAndConsume(&in, p.multiplier, &w)) {
      uint32_t b = Off(lower_, in.data());
      uint32_t a = b - static_cast<uint32_t>(w.size());
      double v = MultipleOf(w);
      // "tripled" states a whole multiple; the 5% cap keeps it honest.
      add(a, b, v, 1, Unit::Multiple(), Kind::kChange, false);
    }
  }
  in = sentence;
  {
    std::string w;
    while (may(Patterns::kCountWordPass) &&
           RE2::FindAndConsume(&in, p.count_word, &w)) {
      uint32_t b = Off(lower_, in.data());
      uint32_t a = b - static_cast<uint32_t>(w.size());
      // Hyphenated compounds are adjectives: "five-year plan", "two-way";
      // not an amount's ("a one-trillion-yuan industry").
      const bool hyphened = b < s_.end && lower_[b] == '-';
      if (hyphened) {
        uint32_t e = b + 1;
        while (e < s_.end && IsLetter(lower_[e])) ++e;
        // "a three-decade-long campaign": a length of time, told as one.
        if (!Lasting(b) && ScaleOf(lower_.substr(b + 1, e - b - 1)) <= 1)
          continue;
      }
      if (b < s_.end && lower_[b] == '\'') continue;
      if (a > s_.start && lower_[a - 1] == '-') continue;
      if (IsDuration(a, b) || InQuotedLabel(a, b)) continue;
      // "the first three quarters", "the first two months": a period.
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year) &&
          RE2::PartialMatch(After(b, 40), p.period_part_after))
        continue;
      // "one of the two", "two of them": still a count; "the first two" too.
      Mention m;
      m.start = m.num_start = a;
      m.end = m.num_end = b;
      m.q.value = NumberWordsValue(w);
      if (m.q.value <= 0) continue;
      // Said in words, a number is as precise as its last word: "two
      // hundred thousand" as "200,000", "forty-eight" as "48".
      m.q.step = 1;
      for (double v = m.q.value; v >= 10 && std::fmod(v, 10) == 0; v /= 10)
        m.q.step *= 10;
      if (std::fmod(m.q.value, 1) != 0) m.q.step = 0.25;  // "six and a half"
      m.word = true;
      bool clash = false;
      for (const Mention& o : mentions_)
        if (Overlaps(a, b, o.start, o.end)) clash = true;
      if (clash || Fenced(a, b)) continue;
      // A capitalised number word between a word in lower case and a
      // capitalised one is a name: "the Two Sessions", "the Three Gorges"
      // (a headline capitalises every word: "Builds Six Lighthouse").
      auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
      size_t next = b, prev = a;
      while (next < s_.end && IsSpace(original_[next])) ++next;
      while (prev > s_.start && IsSpace(original_[prev - 1])) --prev;
      size_t prev_word = prev;
      while (prev_word > s_.start && IsLetter(lower_[prev_word - 1]))
        --prev_word;
      if (prev_word < prev && !upper(original_[prev_word]) &&
          upper(original_[a]) && next > b && next < s_.end &&
          upper(original_[next]))
        continue;
      ReadAfter(&m);
      // (Hyphened to its scale, an amount has a unit: "a one-hundred-day
      // drive" counts nothing.)
      if (hyphened && m.q.unit.IsCount()) continue;
      // "one" alone is an article ("one of the"); "one million" is a figure.
      if (m.q.value == 1) continue;
      mentions_.push_back(m);
    }
  }
}

}  // namespace

bool PlusSignedPercent(std::string_view lower, uint32_t a, uint32_t b) {
  if (a == 0 || lower[a - 1] != '+') return false;
  if (a >= 2 && lower[a - 2] != ' ' && lower[a - 2] != '(' &&
      lower[a - 2] != '[')
    return false;
  // Past the decimals of "+3.5%".
  while (b < lower.size() &&
         (std::isdigit(static_cast<unsigned char>(lower[b])) ||
          lower[b] == '.' || lower[b] == ','))
    ++b;
  std::string_view rest = lower.substr(std::min<size_t>(b, lower.size()));
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  for (std::string_view unit : {"%", "pct", "percent", "per cent"})
    if (rest.substr(0, unit.size()) == unit) return true;
  return false;
}

bool ParseDigits(std::string_view raw, double* value, double* step) {
  // Fillers go; a run of group separators ("6 017") reads as one ','.
  std::string norm;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == kIgnorable) continue;
    if (raw[i] == kGroupSeparator) {
      if (norm.empty() || norm.back() != ',') norm += ',';
      continue;
    }
    norm += raw[i];
  }
  std::string_view s = norm;
  std::string plain;
  int dots = 0;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') ++dots;
    plain += c;
  }
  if (dots > 1 || plain.empty() || plain.size() > 300) return false;
  // Grouping must be in threes: "6,017" yes, "60,17" no.
  size_t comma = s.find(',');
  if (comma != std::string_view::npos) {
    size_t dot = s.find('.');
    std::string_view intpart = s.substr(0, dot);
    size_t last = 0;
    for (size_t i = 0; i < intpart.size(); ++i)
      if (intpart[i] == ',') {
        if (i == 0 || (last != 0 && i - last != 4)) return false;
        last = i;
      }
    if (intpart.size() - last != 4) return false;
  }
  *value = ParseDecimal(plain);
  if (!std::isfinite(*value)) return false;
  size_t dot = plain.find('.');
  if (dot != std::string::npos) {
    *step = std::pow(10.0, -static_cast<double>(plain.size() - dot - 1));
  } else {
    size_t zeros = 0;
    for (size_t i = plain.size(); i > 1 && plain[i - 1] == '0'; --i) ++zeros;
    *step = std::pow(10.0, static_cast<double>(zeros));
  }
  return true;
}

std::vector<Span> FenceDates(const std::string& lower) {
  std::vector<Span> fenced;
  StringPiece in(lower);
  StringPiece whole;
  if (!MayHoldDate(lower)) return fenced;
  while (RE2::FindAndConsume(&in, P().date, &whole)) {
    if (whole.empty()) {
      if (in.empty()) break;
      in.remove_prefix(1);
      continue;
    }
    uint32_t a = Off(lower, whole.data());
    fenced.push_back({a, a + static_cast<uint32_t>(whole.size())});
  }
  return fenced;
}

std::vector<Mention> FindMentions(const SentenceText& sentence,
                                  const std::vector<Token>& tokens) {
  return MentionFinder(sentence, tokens).Find();
}

}  // namespace reader
}  // namespace figcheck
