// Reads the quantity of each mention. Method: anchored RE2 patterns, each
// behind a word screen (core/reader/patterns.h), read forwards from the
// number's end (scale, "×10^12", unit, "per …", "or more") and backwards
// from its start (currency, minus sign, qualifier, change verb); the words
// they capture are looked up in the figure-word table
// (core/reader/words.h). Tested by tests/reader/quantity_test.cc and
// tests/reader_test.cc.
#include "core/reader/quantity.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <string>

#include "core/reader/patterns.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

// What a rate's base words ("capita", "square kilometers") divide the unit
// by; none when the words name nothing.
Unit PerUnitOf(std::string_view words) {
  Unit per;
  Unit::Parse(UnitOf(WordRole::kPerUnit, words), &per);
  return per;
}

// Mentions in text order; one comparator for both sorts of Read, so the
// module holds one copy of the sort.
bool ByStart(const Mention& x, const Mention& y) { return x.start < y.start; }

class QuantityReader : SentenceStage {
 public:
  QuantityReader(const SentenceText& t, std::vector<Mention> mentions)
      : SentenceStage(t), mentions_(std::move(mentions)) {}
  explicit QuantityReader(const SentenceText& t) : SentenceStage(t) {}

  std::vector<Mention> Read();
  void ReadAfter(Mention* m) const;

 private:
  void ReadBefore(Mention* m) const;
  void ReadMark(Mention* m) const;

  std::vector<Mention> mentions_;
};

// Reads scale, unit, "per …", change nouns and trailing qualifiers.
void QuantityReader::ReadAfter(Mention* m) const {
  const Patterns& p = P();
  StringPiece rest = After(m->end, 90);
  std::string w;
  double scale = 1;
  const Screens& x = S();
  if (x.scale.MayOpen(rest) && RE2::Consume(&rest, p.scale, &w)) {
    scale = ScaleOf(w);
    m->end = Off(lower_, rest.data());
  } else if (double glued =
                 GluedScaleAt(std::string_view(lower_).substr(0, s_.end),
                              m->end, Before(m->start, 12));
             glued != 1) {
    // "$1.5m", "35k": glued.
    scale = glued;
    while (m->end < s_.end && IsLetter(lower_[m->end])) ++m->end;
    rest = After(m->end, 90);
  }
  // "4.72×10^12", "4.72 x 10^12", "4.72×10¹²".
  std::string power;
  if (scale == 1 && x.power_of_ten.MayOpen(rest) &&
      RE2::Consume(&rest, p.power_of_ten, &power)) {
    int e = 0;
    static const char* const kSuperscripts[] = {"⁰", "¹", "²", "³", "⁴",
                                                "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (size_t k = 0; k < power.size();) {
      if (std::isdigit(static_cast<unsigned char>(power[k]))) {
        e = e * 10 + (power[k] - '0');
        ++k;
        continue;
      }
      bool matched = false;
      for (int d = 0; d < 10 && !matched; ++d) {
        size_t len = std::strlen(kSuperscripts[d]);
        if (power.compare(k, len, kSuperscripts[d]) == 0) {
          e = e * 10 + d;
          k += len;
          matched = true;
        }
      }
      if (!matched) ++k;
    }
    if (e > 0 && e <= 300) scale = std::pow(10.0, e);
    m->end = Off(lower_, rest.data());
  }
  m->q.value *= scale;
  m->q.step *= scale;
  // "900bn+ yuan": the bound before the unit.
  bool plus = false;
  if (rest.size() > 1 && rest[0] == '+' && rest[1] == ' ') {
    StringPiece after_plus = rest;
    after_plus.remove_prefix(1);
    if (x.unit.MayOpen(after_plus) && RE2::PartialMatch(after_plus, p.unit)) {
      rest = after_plus;
      plus = true;
    }
  }
  if (plus)
    m->q.qualifier =
        QualifierOf(WordRole::kTrailingBound, "+", Qualifier::kAtLeast);
  if (x.unit.MayOpen(rest) && RE2::Consume(&rest, p.unit, &w)) {
    std::string_view tag = UnitOf(WordRole::kUnit, w);
    Unit unit;
    if (!Unit::Parse(tag, &unit)) {
      // A tag that names no unit names what is counted ("teu").
      m->q.unit = Unit::Count();
      m->unit_terms.emplace_back(tag);
    } else if (unit.IsYears()) {
      // "14 consecutive years", "for three years": a count of years
      // ("three decades": 30).
      m->q.unit = unit;
      m->is_years = true;
      const double factor = UnitFactorOf(w);
      m->q.value *= factor;
      m->q.step *= factor;
    } else if (unit.IsMultiple()) {
      m->q.unit = unit;
      m->q.kind = Kind::kChange;
    } else {
      m->q.unit = unit;
      double factor = UnitFactorOf(w);  // "12.3 hectares" in square metres
      m->q.value *= factor;
      m->q.step *= factor;
    }
    m->end = Off(lower_, rest.data());
  }
  // "yuan per person", "billion yuan per square kilometer", "260 units per
  // 10,000 people", "2.6 robots for every 100 residents": a rate, read
  // per one of its base ("per 10,000 people" and "per 100 people" compare).
  StringPiece noun;
  std::string count;
  StringPiece rate = rest;
  if ((x.per.MayOpen(rate) ||
       (m->q.unit.empty() && x.counted_per.MayHold(rate))) &&
      RE2::Consume(&rate, p.per, &noun, &count, &w) &&
      (noun.empty() || m->q.unit.empty())) {
    rest = rate;
    if (!noun.empty()) {
      m->counted_start = Off(lower_, noun.data());
      m->counted_end = m->counted_start + static_cast<uint32_t>(noun.size());
    }
    Unit base = m->q.unit.empty() ? Unit::Count() : m->q.unit;
    m->q.unit = base.Per(PerUnitOf(w));
    double per = 1, step = 0;
    // "per 10k people": thousands glued on.
    const bool thousands = !count.empty() && count.back() == 'k';
    if (thousands) count.pop_back();
    if (!count.empty() && !ParseDigits(count, &per, &step))
      per = NumberWordsValue(count);  // "for every ten thousand people"
    if (thousands) per *= 1000;
    if (per > 0) {
      m->q.value /= per;
      m->q.step /= per;
    }
    m->end = Off(lower_, rest.data());
  }
  StringPiece bound;
  if (x.or_more_after.MayOpen(rest) &&
      RE2::PartialMatch(rest, p.or_more_after, &bound)) {
    m->q.qualifier = QualifierOf(WordRole::kTrailingBound, bound.as_string(),
                                 Qualifier::kAtLeast);
    // "80-plus", "24,000+": the bound is the figure's, not a word of what
    // it counts.
    m->end = Off(lower_, bound.data() + bound.size());
  }
  if (m->q.unit.empty()) m->q.unit = Unit::Count();
}

// "broke the 4 trillion yuan mark", "nearing the 5 trillion mark": a
// threshold, passed or not as the verb before it says (the figure-word
// table's mark verbs); with another verb, a round number the claim is near:
// approximate.
void QuantityReader::ReadMark(Mention* m) const {
  if (m->q.qualifier != Qualifier::kExact || m->end >= s_.end) return;
  std::string_view after(After(m->end, 16).data(), After(m->end, 16).size());
  size_t k = after.find_first_not_of(" \x1e");
  if (k == std::string_view::npos) return;
  after = after.substr(k);
  bool mark = false;
  for (std::string_view w : {"mark", "threshold", "milestone"})
    if (after.substr(0, w.size()) == w &&
        (after.size() == w.size() ||
         !std::isalpha(static_cast<unsigned char>(after[w.size()]))))
      mark = true;
  if (!mark) return;
  StringPiece window = Before(m->start, 40);
  std::string_view before(window.data(), window.size());
  size_t end = before.find_last_not_of(" \x1e");
  before = end == std::string_view::npos ? "" : before.substr(0, end + 1);
  std::string_view verb;
  if (before.size() > 4 && before.substr(before.size() - 4) == " the") {
    before = before.substr(0, before.size() - 4);
    size_t from = before.find_last_of(' ');
    verb = from == std::string_view::npos ? before : before.substr(from + 1);
  }
  m->q.qualifier = QualifierOf(WordRole::kMarkVerb, verb, Qualifier::kApprox);
}

void QuantityReader::ReadBefore(Mention* m) const {
  const Patterns& p = P();
  uint32_t a = m->start;
  // Currency symbol glued before the number: "US$24,087", "$663.7".
  StringPiece before = Before(a, 12);
  std::string cur;
  if (MayCloseWithCurrency(before) &&
      RE2::PartialMatch(before, p.currency_before, &cur)) {
    std::string c = cur;
    while (!c.empty() && c.back() == ' ') c.pop_back();
    // The sign makes a count money; a dollar sign, yuan dollars too.
    Unit sign;
    if (Unit::Parse(UnitOf(WordRole::kCurrency, c), &sign) &&
        sign == Unit::Yuan()) {
      if (m->q.unit.IsCount()) m->q.unit = Unit::Yuan();
    } else {
      if (m->q.unit.IsCount() || m->q.unit == Unit::Yuan())
        m->q.unit = Unit::Dollars();
    }
    // Whole words only: "rmb" must not end another word.
    a -= static_cast<uint32_t>(cur.size());
    m->start = a;
  }
  // A minus sign directly before the number: "−4.72 trillion", "(-3%)".
  {
    uint32_t k = a;
    while (k > s_.start && lower_[k - 1] == kIgnorable)
      --k;  // "−" is '-' + fillers
    if (k > s_.start && lower_[k - 1] == '-' &&
        (k - 1 == s_.start || lower_[k - 2] == ' ' || lower_[k - 2] == '(')) {
      m->q.value = -m->q.value;
      a = k - 1;
      m->start = a;
    }
  }
  // A rate's base before the number ("the number of patents per 10,000
  // people rose to 50.2"), when nothing after it gave one; not across a
  // clause ("per capita income rose, and exports reached 3 trillion").
  {
    StringPiece window = Before(a, 96);
    std::string count, base, gap;
    if (m->q.kind == Kind::kLevel && !m->q.unit.IsRate() &&
        (m->q.unit.IsCount() || m->q.unit.IsCurrency()) &&
        std::string_view(window.data(), window.size()).find("per ") !=
            std::string_view::npos &&
        RE2::PartialMatch(window, p.per_before, &count, &base, &gap) &&
        gap.find(" and ") == std::string::npos &&
        gap.find(" while ") == std::string::npos) {
      double per = 1, step = 0;
      if (!count.empty() && ParseDigits(count, &per, &step) && per > 0) {
        m->q.value /= per;
        m->q.step /= per;
      }
      m->q.unit = m->q.unit.Per(PerUnitOf(base));
    }
  }
  {
    StringPiece window = Before(a, 64);
    std::string adjective;
    if (m->q.kind == Kind::kLevel && !m->q.unit.IsRate() &&
        (m->q.unit.IsCount() || m->q.unit.IsCurrency()) &&
        std::string_view(window.data(), window.size()).find("ly ") !=
            std::string_view::npos &&
        RE2::PartialMatch(window, p.rate_adjective_before, &adjective)) {
      Unit per;
      Unit::Parse(UnitOf(WordRole::kRateAdjective, adjective), &per);
      m->q.unit = m->q.unit.Per(per);
    }
  }
  std::string q;
  StringPiece window = Before(a, 48);
  if (S().qualifier_before.MayClose(window) &&
      RE2::PartialMatch(window, p.qualifier_before, &q)) {
    // Its words say how the figure compares, not what it counts.
    size_t at = std::string_view(window.data(), window.size()).rfind(q);
    if (at != std::string_view::npos)
      m->qualifier_start = Off(lower_, window.data() + at);
    m->q.qualifier = QualifierOf(WordRole::kQualifier, q, Qualifier::kMoreThan);
    // "added up to 1.6 trillion" totals, it bounds nothing.
    if (q == "up to" && RE2::PartialMatch(window, p.add_up_before)) {
      m->q.qualifier = Qualifier::kExact;
      m->qualifier_start = 0;
    }
  }
  std::string verb;
  StringPiece change_window = Before(a, 64);
  if (S().change_before.MayClose(change_window) &&
      RE2::PartialMatch(change_window, p.change_before, &verb) &&
      !((verb == "up" || verb == "down") &&
        RE2::PartialMatch(change_window, p.phrasal_up))) {
    m->q.kind = Kind::kChange;
    m->q.direction = DirectionOf(WordRole::kChangeVerb, verb);
  } else if (m->q.unit.IsPercent() && PlusSignedPercent(lower_, a, a)) {
    m->q.kind = Kind::kChange;  // "(+21% yoy)"
    m->q.direction = 1;
  } else if (!m->q.unit.IsCount() &&
             RE2::PartialMatch(Before(a, 16), p.by_before) &&
             RE2::PartialMatch(Before(a, 96), p.change_verb_before, &verb) &&
             verb != "up" && verb != "down") {
    // The verb's object between: "cut energy use … by 42 percent".
    m->q.kind = Kind::kChange;
    m->q.direction = DirectionOf(WordRole::kChangeVerb, verb);
  }
}

std::vector<Mention> QuantityReader::Read() {
  const Patterns& p = P();
  std::sort(mentions_.begin(), mentions_.end(), ByStart);
  for (Mention& m : mentions_) {
    ReadBefore(&m);
    ReadMark(&m);
  }
  // Figures never share bytes ("4 USD 4", "1e-4"): the first one keeps them.
  std::sort(mentions_.begin(), mentions_.end(), ByStart);
  {
    std::vector<Mention> kept;
    for (Mention& m : mentions_)
      if (kept.empty() || m.start >= kept.back().end)
        kept.push_back(std::move(m));
    mentions_ = std::move(kept);
  }
  // Change nouns after the figure: "a 6.7-percent surge", "a 12% increase".
  for (Mention& m : mentions_) {
    StringPiece after = After(m.end, 50);
    std::string noun;
    const Screens& x = S();
    if (x.change_after.MayOpen(after) &&
        RE2::PartialMatch(after, p.change_after, &noun)) {
      m.q.kind = Kind::kChange;
      m.q.direction = DirectionOf(WordRole::kChangeNoun, noun);
    } else if (x.more_than_after.MayOpen(after) &&
               RE2::PartialMatch(after, p.more_than_after, &noun)) {
      // "5% more than a year ago", "300 billion yuan more than the year
      // before": a difference in any unit.
      m.q.kind = Kind::kChange;
      m.q.direction = DirectionOf(WordRole::kComparative, noun);
    } else if (x.more_than_after.MayOpen(after) &&
               RE2::PartialMatch(After(m.end, 120), p.more_than_later, &noun)) {
      m.q.kind = Kind::kChange;
      m.q.direction = DirectionOf(WordRole::kComparative, noun);
    } else if (x.yoy_after.MayOpen(after) &&
               RE2::PartialMatch(after, p.yoy_after) &&
               (m.q.unit.IsPercent() || m.q.unit.IsPoints())) {
      m.q.kind = Kind::kChange;
    }
    if (m.q.kind == Kind::kChange && m.q.value < 0) {  // "−5%": down 5%
      m.q.value = -m.q.value;
      m.q.direction = -1;
    }
    if (m.q.unit.IsMultiple()) {
      m.q.kind = Kind::kChange;
      if (m.q.direction == 0) m.q.direction = m.q.value >= 1 ? 1 : -1;
    }
    // A share written as a fraction after a change verb is a change:
    // "grew by nearly half".
    if (m.fraction && m.q.kind == Kind::kChange && m.q.direction == 0)
      m.q.direction = 1;
  }
  // A range or a change told once with its unit: "from 3.38 trillion to
  // 4.2 trillion yuan", "between 20 and 25 billion yuan", "40.6 to 43.9%".
  // The first number has the second's unit when nothing but the joining
  // word stands between them and it has no unit of its own.
  for (size_t i = 1; i < mentions_.size(); ++i) {
    Mention& first = mentions_[i - 1];
    const Mention& second = mentions_[i];
    if (!first.q.unit.IsCount() || second.q.unit.IsCount() || first.fraction ||
        second.fraction || second.qualifier_start != 0 ||
        first.counted_end != 0 || !first.unit_terms.empty())
      continue;
    std::string_view gap(lower_.data() + first.end, second.start - first.end);
    while (!gap.empty() && IsSpace(gap.front())) gap.remove_prefix(1);
    while (!gap.empty() && IsSpace(gap.back())) gap.remove_suffix(1);
    if (gap == "to" || gap == "and" || gap == "-" || gap == "\xE2\x80\x93") {
      // And its scale when it has none ("from 24.13 to 75.93 billion").
      auto scale_of = [&](const Mention& x) {
        double scale = 1;
        uint32_t k = x.num_end;
        while (k < x.end) {
          while (k < x.end && !IsLetter(lower_[k])) ++k;
          uint32_t e = k;
          while (e < x.end && IsLetter(lower_[e])) ++e;
          if (e > k) scale = std::max(scale, ScaleOf(lower_.substr(k, e - k)));
          k = e;
        }
        return scale;
      };
      const double first_scale = scale_of(first);
      const double second_scale = scale_of(second);
      if (first_scale == 1 && second_scale > 1) {
        first.q.value *= second_scale;
        first.q.step *= second_scale;
      } else if (first_scale != second_scale && first_scale != 1) {
        continue;  // "3,000 to 4 billion": not one range
      }
      first.q.unit = second.q.unit;
      first.unit_terms = second.unit_terms;
    }
  }
  // Parenthetical conversions: "4.72 trillion yuan (about $663.7 billion)".
  for (size_t i = 1; i < mentions_.size(); ++i) {
    std::string_view between(lower_.data() + mentions_[i - 1].end,
                             mentions_[i].start - mentions_[i - 1].end);
    if (RE2::FullMatch(StringPiece(between.data(), between.size()),
                       p.parenthetical_gap))
      mentions_[i].parenthetical = true;
  }
  return std::move(mentions_);
}

}  // namespace

void ReadScaleAndUnit(const SentenceText& sentence, Mention* m) {
  QuantityReader(sentence).ReadAfter(m);
}

std::vector<Mention> ReadQuantities(const SentenceText& sentence,
                                    std::vector<Mention> mentions) {
  return QuantityReader(sentence, std::move(mentions)).Read();
}

}  // namespace reader
}  // namespace figcheck
