// Finds the periods of a sentence. Method: RE2 patterns for year ranges,
// "since", spans and relative years run only when a byte screen finds
// "19"/"20" or "year"/"decade" in the sentence; bare years are found by a
// byte scan (YearsIn). A relative year after a baseline word ("from the
// same period last year") is a comparison, not a period. Tested by
// tests/reader/period_test.cc and tests/reader_test.cc.
#include "core/reader/period.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "core/reader/patterns.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

// "since it opened in …", "since its launch five years ago" in the text
// just before a time, in the same clause: from then on. Not when "since"
// has a year of its own ("every year since 2018 as of 2022").
bool SinceLeads(std::string_view lead) {
  size_t since = lead.rfind("since ");
  return since != std::string_view::npos &&
         lead.find_first_of(",;:0123456789", since) == std::string_view::npos &&
         (since == 0 ||
          !std::isalpha(static_cast<unsigned char>(lead[since - 1])));
}

class PeriodFinder : SentenceStage {
 public:
  PeriodFinder(const SentenceText& t, const std::vector<Mention>& mentions,
               Date date, bool source)
      : SentenceStage(t), mentions_(mentions), date_(date), source_(source) {}

  std::vector<PeriodMention> Find() {
    FindPeriods();
    return std::move(periods_);
  }

 private:
  void FindPeriods();
  // Whether a date follows "as of", "by", "at the end of", "through".
  bool AsOfDate(const Span& date) const {
    std::string_view lead(Before(date.start, 16).data(),
                          Before(date.start, 16).size());
    for (std::string_view w :
         {"as of ", "by ", "end of ", "through ", "until "})
      if (lead.size() >= w.size() && lead.substr(lead.size() - w.size()) == w)
        return true;
    return false;
  }
  // Whether a date is the day something was said or reported: a word of
  // saying just before it ("said on March 28, 2024"), or between it and
  // the next figure ("On March 28, 2024, the mayor said GDP reached …",
  // "the briefing took place on March 28, 2024, and officials said …"), or
  // a dateline's dash after it ("SHANGHAI, March 28, 2024 - …").
  bool SaidOn(const Span& date) const {
    static const RE2 kSaying(
        R"(\b(?:said|says|told|tells|announced|noted|stated|reported|added)\b)");
    if (RE2::PartialMatch(Before(date.start, 32), kSaying)) return true;
    uint32_t next = s_.end;
    for (const Mention& m : mentions_)
      if (m.start >= date.end) next = std::min(next, m.start);
    if (next < s_.end && RE2::PartialMatch(Piece(date.end, next), kSaying))
      return true;
    std::string_view after(lower_.data() + date.end, s_.end - date.end);
    const size_t at = after.find_first_not_of(" )");
    return at != std::string_view::npos &&
           (after.substr(at, 1) == "-" ||
            after.substr(at, 3) == "\xE2\x80\x93" ||
            after.substr(at, 3) == "\xE2\x80\x94");
  }

  const std::vector<Mention>& mentions_;
  Date date_;
  bool source_;
  std::vector<PeriodMention> periods_;
};

void PeriodFinder::FindPeriods() {
  const Patterns& p = P();
  StringPiece sentence = Piece(s_.start, s_.end);
  auto taken = [&](uint32_t a, uint32_t b) {
    for (const Mention& m : mentions_)
      if (Overlaps(a, b, m.start, m.end)) return true;
    return Fenced(a, b);
  };
  auto push = [&](uint32_t a, uint32_t b, Period per) {
    for (const PeriodMention& pm : periods_)
      if (Overlaps(a, b, pm.start, pm.end)) return;
    periods_.push_back({a, b, per});
  };
  std::string_view text(sentence.data(), sentence.size());
  bool has_year = false;
  for (size_t k = 0; k + 1 < text.size(); ++k)
    if ((text[k] == '1' && text[k + 1] == '9') ||
        (text[k] == '2' && text[k + 1] == '0')) {
      has_year = true;
      break;
    }
  bool has_span = text.find("year") != std::string_view::npos ||
                  text.find("yr") != std::string_view::npos ||
                  text.find("decade") != std::string_view::npos;
  if (!ScreensOn()) has_year = has_span = true;
  StringPiece in = sentence;
  std::string y1, y2;
  StringPiece whole;
  if (has_year) {
    while (RE2::FindAndConsume(&in, p.year_range, &whole, &y1, &y2)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      if (taken(a, b)) continue;
      Period per;
      per.from = std::atoi(y1.c_str());
      per.to = std::atoi(y2.c_str());
      per.years = per.to - per.from;
      per.stated = true;
      if (per.to > per.from) push(a, b, per);
    }
  }
  in = sentence;
  if (has_year) {
    while (RE2::FindAndConsume(&in, p.since, &whole, &y1)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      Period per;
      per.from = std::atoi(y1.c_str());
      per.to = date_.year;
      per.years = per.to - per.from;
      per.stated = true;
      if (per.to >= per.from) push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string which, what, n, unit;
    while (RE2::FindAndConsume(&in, p.span, &whole, &which, &what, &n, &unit)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = what == "decade" ? 10 : WordNumber(n);
      if (unit == "decades") years *= 10;
      if (years <= 0) continue;
      if (DirectionOf(WordRole::kSpanLead, which) > 0) {
        push(a, b, Period{});  // future span: fenced, no period
        continue;
      }
      // In a claim, "the previous five years" end at a time its story
      // tells ("By 2022, … Over the previous five years, …"), not today.
      if (!source_ && (which == "previous" || which == "preceding")) {
        push(a, b, Period{});
        continue;
      }
      Period per;
      per.to = date_.year;
      per.from = date_.year - years;
      per.years = years;
      per.stated = true;
      per.relative = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string what, n, unit;
    while (RE2::FindAndConsume(&in, p.bare_span, &whole, &what, &n, &unit)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = what == "a decade" ? 10 : WordNumber(n);
      if (unit == "decades") years *= 10;
      if (years <= 0) continue;
      Period per;
      per.years = years;
      per.stated = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string n;
    while (RE2::FindAndConsume(&in, p.years_ago, &whole, &n)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      // "up 12% from a year ago": a change's baseline, no period.
      StringPiece before = Before(a, 30);
      int years = WordNumber(n);
      // "2.5 years ago" is no whole number of years.
      const bool fraction =
          a > 0 && (lower_[a - 1] == '.' ||
                    std::isdigit(static_cast<unsigned char>(lower_[a - 1])));
      static const RE2 kComparedWith(
          R"(\b(?:from|than|on|over|versus|with)\s*$)");
      if (RE2::PartialMatch(before, p.baseline_before) ||
          RE2::PartialMatch(before, kComparedWith) || years <= 0 || fraction) {
        push(a, b, Period{});
        continue;
      }
      // "since its launch five years ago": all of it to date, as a figure
      // with no period of its own is.
      if (SinceLeads(std::string_view(before.data(), before.size()))) {
        push(a, b, Period{});
        continue;
      }
      Period per;
      per.from = per.to = date_.year - years;
      per.stated = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string which, before_last;
    while (RE2::FindAndConsume(&in, p.relative_year, &whole, &which,
                               &before_last)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      // "up 0.5 percent from the same period last year": a baseline.
      StringPiece before = Before(a, 30);
      if (RE2::PartialMatch(before, p.baseline_before)) continue;
      int offset = before_last.empty()
                       ? DirectionOf(WordRole::kRelativeYear, which)
                       : -2;
      Period per;
      per.from = per.to = date_.year + offset;
      per.stated = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string n, unit;
    while (RE2::FindAndConsume(&in, p.years_earlier, &whole, &n, &unit)) {
      while (!whole.empty() &&
             std::string_view(" ,.;:)").find(whole[whole.size() - 1]) !=
                 std::string_view::npos)
        whole.remove_suffix(1);  // the mark that ends "… two years before."
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = WordNumber(n) * (unit[0] == 'd' ? 10 : 1);
      // "up 12% from a year earlier", "12 percent more than the number a
      // year earlier": a change's baseline (a word of comparing with no
      // figure between it and the time), no period.
      static const RE2 kComparing(
          R"(\b(?:from|than|on|over|versus|with|to|against)\b[^0-9]*$)");
      const bool baseline = RE2::PartialMatch(Before(a, 40), kComparing) ||
                            RE2::PartialMatch(Before(a, 30), p.baseline_before);
      // "10.5 years earlier" is no whole number of years.
      const bool fraction =
          a > 0 && (lower_[a - 1] == '.' ||
                    std::isdigit(static_cast<unsigned char>(lower_[a - 1])));
      // "rose to 1.07 trillion yuan in 2021 from 723.1 billion yuan a
      // decade earlier": back from the last year a period of the text's
      // figures told before it ("in 2021", "last year"; not "a 2022
      // report"). With none, back from a time the sentence does not give:
      // no period.
      static const RE2 kYearLead(R"(\b(?:in|by|of|for|end|since)\s*$)");
      int anchor = 0;
      uint32_t anchor_at = 0;
      for (size_t at : YearsIn(text)) {
        const uint32_t y = Off(lower_, text.data() + at);
        if (y + 4 <= a && RE2::PartialMatch(Before(y, 12), kYearLead)) {
          anchor = std::atoi(std::string(text.substr(at, 4)).c_str());
          anchor_at = y;
        }
      }
      for (const PeriodMention& pm : periods_)  // "last year"
        if (pm.end <= a && pm.start >= anchor_at && pm.period.is_year()) {
          anchor = pm.period.from;
          anchor_at = pm.start;
        }
      Period per;
      if (anchor > 0 && years > 0 && !baseline && !fraction &&
          !SinceLeads(
              std::string_view(Before(a, 30).data(), Before(a, 30).size()))) {
        per.from = per.to = anchor - years;
        per.stated = true;
      }
      push(a, b, per);
    }
  }
  if (has_year) {
    for (size_t at : YearsIn(text)) {
      uint32_t a = Off(lower_, text.data() + at);
      uint32_t b = a + 4;
      // The year of a day's date ("on July 26, 2022", "26 July 2022") is
      // the period of what the clause tells; the date stays no figure.
      const Span* date = FencedAt(a, b);
      if (date != nullptr && (date->start < s_.start || date->end > s_.end))
        date = nullptr;  // a fence across sentences is no day's date here
      if (date != nullptr && !source_ && !AsOfDate(*date) && SaidOn(*date))
        date = nullptr;
      if (date != nullptr && (date->end == b || date->start == a)) {
        bool figure = false;
        for (const Mention& m : mentions_)
          figure = figure || Overlaps(date->start, date->end, m.start, m.end);
        if (!figure) {
          Period per;
          per.from = per.to =
              std::atoi(std::string(text.substr(at, 4)).c_str());
          per.stated = true;
          push(date->start, date->end, per);
        }
        continue;
      }
      if (taken(a, b)) continue;
      // Part of a longer number ("2,023") or glued to letters.
      if (a > 0 && (std::isalnum(static_cast<unsigned char>(lower_[a - 1])) ||
                    lower_[a - 1] == ',' || lower_[a - 1] == '.'))
        continue;
      if (b < lower_.size() && lower_[b] == ',' && b + 1 < lower_.size() &&
          std::isdigit(static_cast<unsigned char>(lower_[b + 1])))
        continue;
      Period per;
      per.from = per.to = std::atoi(std::string(text.substr(at, 4)).c_str());
      per.stated = true;
      std::string_view lead(
          lower_.data() + (a > s_.start + 40 ? a - 40 : s_.start),
          a - (a > s_.start + 40 ? a - 40 : s_.start));
      // "before 2023", "before 2023's additions", "before the additions of
      // 2023": as of the year before.
      static const RE2 kBeforeAdditions(
          R"(\bbefore\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?additions?\s+(?:of|in)\s*$)");
      if ((lead.size() >= 7 && lead.substr(lead.size() - 7) == "before ") ||
          RE2::PartialMatch(StringPiece(lead.data(), lead.size()),
                            kBeforeAdditions))
        per.from = per.to = per.from - 1;
      // "an increase of 12% from 2022", "up 5% over 2022", "12 percent
      // more than in 2022": a change's baseline, no period (a range "from
      // 2011 to 2021" was read above).
      static const RE2 kBaselineYear(
          R"(\b(?:from|than|over|versus|against|with|compared\s+to)\s*(?:in\s+)?$)");
      if (RE2::PartialMatch(StringPiece(lead.data(), lead.size()),
                            kBaselineYear)) {
        push(a, b, Period{});
        continue;
      }
      // "since it opened in 2019", "since its launch in 2019": from then on.
      if (SinceLeads(lead) && per.from <= date_.year) {
        per.to = date_.year;
        per.years = per.to - per.from;
      }
      push(a, b, per);
    }
  }
  std::sort(periods_.begin(), periods_.end(),
            [](const PeriodMention& x, const PeriodMention& y) {
              return x.start < y.start;
            });
}

}  // namespace

std::vector<PeriodMention> FindPeriods(const SentenceText& sentence,
                                       const std::vector<Mention>& mentions,
                                       Date date, bool source) {
  return PeriodFinder(sentence, mentions, date, source).Find();
}

}  // namespace reader
}  // namespace figcheck
