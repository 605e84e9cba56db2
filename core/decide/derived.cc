// The rules of the decider (decider.h) that compute a figure the sources
// do not state and hold the claim against it: a change from two levels, or
// from a level and its rate, or from a year's new ones and their total; the
// level before those new ones; a share as part / whole; a sum of two parts
// or a ratio of two counts. Method: the facts of the claim's subject, paired
// within one sentence or across the claimed period's ends, the figure
// computed in the claim's unit, then Compare (agreement.h). Tested by
// tests/check_test.cc and tests/frames_test.cc.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/agreement.h"
#include "core/decide/decider.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace decide {

// A change the sources do not state, computed from two levels: the ends of
// the claimed period, or a "from X to Y" pair.
std::optional<FigureResult> Decider::DerivedChange() {
  const Figure& c = claimed_;
  if (cq_.kind != Kind::kChange) return std::nullopt;
  Figure level = c;
  level.quantity.kind = Kind::kLevel;
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<Candidate> subject = Candidates(level, true);
  for (const Candidate& a : subject) {
    const Figure& fa = base_.facts[a.fact].figure;
    if (fa.target || fa.quantity.kind != Kind::kLevel ||
        !IsPoint(fa.quantity.qualifier))
      continue;
    if (fa.pair >= 0 && fa.pair_from) {
      const Figure& fb = base_.facts[fa.pair].figure;
      bool span_ok =
          c.period.empty() || (c.period.from == 0 && c.period.years != 0) ||
          (fa.period.from == c.period.from && fb.period.to == c.period.to);
      if (span_ok) pairs.emplace_back(a.fact, static_cast<uint32_t>(fa.pair));
      continue;
    }
    if (c.period.from == 0 || c.period.from == c.period.to) continue;
    if (!(fa.period.stated && fa.period.is_year() &&
          fa.period.from == c.period.from))
      continue;
    for (const Candidate& b : subject) {
      const Figure& fb = base_.facts[b.fact].figure;
      if (fb.target || fb.quantity.kind != Kind::kLevel) continue;
      if (fb.quantity.unit != fa.quantity.unit ||
          !IsPoint(fb.quantity.qualifier))
        continue;
      if (!(fb.period.is_year() && fb.period.from == c.period.to)) continue;
      pairs.emplace_back(a.fact, b.fact);
    }
  }
  for (const auto& [ia, ib] : pairs) {
    const Quantity& qa = base_.facts[ia].figure.quantity;
    const Quantity& qb = base_.facts[ib].figure.quantity;
    if (qa.unit != qb.unit || qa.value == 0) continue;
    Quantity derived;
    derived.kind = Kind::kChange;
    derived.qualifier = Qualifier::kExact;
    derived.unit = cq_.unit;
    double diff = qb.value - qa.value;
    derived.direction = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
    if (cq_.unit.IsMultiple()) {
      derived.value = qb.value / qa.value;
    } else if (cq_.unit.IsPercent() && c.aspect == Aspect::kAverage) {
      // "4 percent a year on average from 2011 to 2021": the compound
      // annual rate over the years between the two levels.
      const int years =
          base_.facts[ib].figure.period.to - base_.facts[ia].figure.period.from;
      if (qa.unit.IsPercent() || years <= 0 || qb.value / qa.value <= 0)
        continue;
      derived.value =
          std::fabs((std::pow(qb.value / qa.value, 1.0 / years) - 1) * 100);
    } else if (cq_.unit.IsPercent()) {
      derived.value = std::fabs(diff / qa.value * 100);
      // A share's change in percent: told only when it is the relative
      // change, or refuted when the claim's number is the points ("rose
      // from 40.6% to 43.9%": 3.3 points, 8.1 percent); any other number
      // may mean either.
      if (qa.unit.IsPercent()) {
        if (!c.of_share) continue;  // "output grew 3.3%" is no share's
        Quantity points = derived;
        points.value = std::fabs(diff);
        if (Compare(cq_, derived) != Agreement::kAgree &&
            Compare(cq_, points) != Agreement::kAgree)
          continue;
      }
    } else if (cq_.unit.IsPoints()) {
      if (!qa.unit.IsPercent()) continue;
      derived.value = std::fabs(diff);
    } else if (cq_.unit == qa.unit) {
      derived.value = std::fabs(diff);
    } else {
      continue;
    }
    Agreement a = Compare(cq_, derived);
    if (a == Agreement::kUndetermined) continue;
    // Refuting a change needs the span on both sides: the claim's, and the
    // years the sources give the two levels. A "from X to Y" with no years
    // may be over another span, or another measure the claim only names.
    if (a == Agreement::kContradict &&
        (c.period.empty() || !(base_.facts[ia].figure.period.stated &&
                               base_.facts[ib].figure.period.stated)))
      continue;
    FigureResult r =
        Result(a == Agreement::kAgree ? Verdict::kSupported : Verdict::kRefuted,
               Reason::kDerivedChange, {ib, ia});
    r.derived = derived.value;
    r.derived_quantity = derived;
    return r;
  }
  if (std::optional<FigureResult> r = FromNewAndTotal(subject)) return r;
  return FromLevelAndRate(subject);
}

// A year's growth in percent ("the stock of labs grew 10% in 2023") from
// the year's new ones and the total they bring about, in one sentence ("30
// new labs …, bringing the total to 561"): new / (total − new). The total
// is the closest match of its sentence's totals, about as close as the new
// ones ("…, bringing the totals to 956 and 561, respectively").
std::optional<FigureResult> Decider::FromNewAndTotal(
    const std::vector<Candidate>& subject) {
  // (Not of the year's intake itself: "new headquarters increased 20%".)
  if (!cq_.unit.IsPercent() || cq_.direction < 0 ||
      !claimed_.period.is_year() || !claimed_.period.stated ||
      claimed_.aspect == Aspect::kNew)
    return std::nullopt;
  auto usable = [&](const Candidate& x, Aspect aspect) {
    const Figure& f = base_.facts[x.fact].figure;
    return !f.target && f.aspect == aspect && f.quantity.unit.IsCount() &&
           f.quantity.kind == Kind::kLevel && IsPoint(f.quantity.qualifier) &&
           f.period.stated && f.period.is_year() &&
           f.period.from == claimed_.period.from && x.same_things &&
           x.names_back;
  };
  for (const Candidate& a : subject) {
    // All of the claim's measure in the fact: "revenue at the headquarters
    // rose 12%" is no growth of their number.
    if (!usable(a, Aspect::kNew) || a.score < kRefuteThreshold ||
        a.measure_cover < kRefuteMeasureCover)
      continue;
    const Fact& fa = base_.facts[a.fact];
    const Candidate* total = nullptr;
    for (const Candidate& b : subject)
      if (base_.facts[b.fact].sentence == fa.sentence &&
          usable(b, Aspect::kTotal) &&
          (total == nullptr || b.score > total->score))
        total = &b;
    if (total == nullptr || total->score < kSameSubjectRatio * a.score)
      continue;
    const double added = fa.figure.quantity.value;
    const double before =
        base_.facts[total->fact].figure.quantity.value - added;
    if (!(before > 0)) continue;
    Quantity derived;
    derived.kind = Kind::kChange;
    derived.unit = Unit::Percent();
    derived.direction = 1;
    derived.value = added / before * 100;
    const Agreement agreement = Compare(cq_, derived);
    if (agreement == Agreement::kUndetermined) return std::nullopt;
    FigureResult r = Result(agreement == Agreement::kAgree ? Verdict::kSupported
                                                           : Verdict::kRefuted,
                            Reason::kDerivedFromNew, {total->fact, a.fact});
    r.derived = derived.value;
    r.derived_quantity = derived;
    return r;
  }
  return std::nullopt;
}

// The level before a year's new ones ("before 2023's additions, 531
// centres"; "at the end of 2022"), from the total they brought and their
// number in one sentence ("30 … were newly established in 2023, bringing
// the total to 561"): the total less the new.
std::optional<FigureResult> Decider::LevelBeforeNew() {
  // (What there was at a year's end: "had", "at the end of", a total.)
  if (!cq_.unit.IsCount() || cq_.kind != Kind::kLevel ||
      !claimed_.period.is_year() || !claimed_.period.stated ||
      claimed_.aspect != Aspect::kTotal || claimed_.target)
    return std::nullopt;
  Figure later = claimed_;
  later.period.from = later.period.to = claimed_.period.to + 1;
  const std::vector<Candidate> subject = Candidates(later, true);
  auto usable = [&](const Candidate& x, Aspect aspect) {
    const Figure& f = base_.facts[x.fact].figure;
    return !f.target && f.aspect == aspect && f.quantity.unit.IsCount() &&
           f.quantity.kind == Kind::kLevel && IsPoint(f.quantity.qualifier) &&
           f.period.stated && f.period.is_year() &&
           f.period.from == later.period.from && x.same_things &&
           x.names_back && x.score >= kRefuteThreshold &&
           x.measure_cover >= kRefuteMeasureCover;
  };
  for (const Candidate& t : subject) {
    if (!usable(t, Aspect::kTotal)) continue;
    const Fact& total = base_.facts[t.fact];
    for (const Candidate& n : subject) {
      const Fact& added = base_.facts[n.fact];
      if (added.sentence != total.sentence || !usable(n, Aspect::kNew) ||
          n.score < kSameSubjectRatio * t.score)
        continue;
      Quantity derived;
      derived.unit = Unit::Count();
      derived.value = total.figure.quantity.value - added.figure.quantity.value;
      if (!(derived.value > 0)) continue;
      const Agreement agreement = Compare(cq_, derived);
      if (agreement == Agreement::kUndetermined) return std::nullopt;
      FigureResult r =
          Result(agreement == Agreement::kAgree ? Verdict::kSupported
                                                : Verdict::kRefuted,
                 Reason::kDerivedBeforeNew, {t.fact, n.fact});
      r.derived = derived.value;
      r.derived_quantity = derived;
      return r;
    }
  }
  return std::nullopt;
}

// A change in the level's own unit ("18,000 more professionals in 2023")
// from a level and its rate of change in the same sentence ("172,000, a 12%
// year-on-year increase"): the level less the level before, L·p/(100+p).
std::optional<FigureResult> Decider::FromLevelAndRate(
    const std::vector<Candidate>& subject) {
  if (cq_.unit.IsRelative() || cq_.unit.IsPoints()) return {};
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    const Quantity& level = fa.figure.quantity;
    if (fa.figure.target || level.kind != Kind::kLevel ||
        level.unit != cq_.unit || !IsPoint(level.qualifier) ||
        !fa.figure.period.is_year() || !InClaimedPeriod(fa.figure.period))
      continue;
    // The level's own rate: the first figure after it in its sentence,
    // a change in percent ("172,000 …, a 12% year-on-year increase"); not
    // another level's ("imports rose 10% to 800 billion yuan, exports
    // reached 1.2 trillion, up 5%").
    constexpr uint32_t kNone = static_cast<uint32_t>(-1);
    uint32_t id = kNone;
    for (uint32_t x : base_.FactsOfDocument(base_.sentences[fa.sentence].doc)) {
      const Figure& g = base_.facts[x].figure;
      if (base_.facts[x].sentence == fa.sentence && g.start >= fa.figure.end &&
          (id == kNone || g.start < base_.facts[id].figure.start))
        id = x;
    }
    if (id == kNone) continue;
    const Fact& fb = base_.facts[id];
    const Quantity& rate = fb.figure.quantity;
    if (rate.kind != Kind::kChange || !rate.unit.IsPercent() ||
        !IsPoint(rate.qualifier) || rate.direction == 0 || !(rate.value > 0) ||
        !PeriodsMatch(fb.figure.period, fa.figure.period))
      continue;
    // The rate is rounded ("12%" is 11.5–12.5%): the change lies in the
    // range its rounding allows, and agrees with any claim in it.
    auto change_at = [&](double p) {
      return level.value * p / (100 + rate.direction * p);
    };
    const double half = rate.step > 0 ? rate.step / 2 : 0;
    Quantity derived;
    derived.kind = Kind::kChange;
    derived.unit = cq_.unit;
    derived.direction = rate.direction;
    derived.value = change_at(rate.value);
    if (cq_.direction != 0 && cq_.direction != derived.direction) continue;
    Agreement agreement = Agreement::kContradict;
    for (double p : {rate.value, rate.value - half, rate.value + half}) {
      Quantity at = derived;
      at.value = change_at(p);
      Agreement here = Compare(cq_, at);
      if (here == Agreement::kAgree) {
        agreement = here;
        break;
      }
      if (here == Agreement::kUndetermined) agreement = here;
    }
    if (agreement == Agreement::kContradict) {
      // Within the range, the claim agrees though no end of it does.
      const double lo = change_at(std::max(0.0, rate.value - half));
      const double hi = change_at(rate.value + half);
      if (cq_.value >= std::min(lo, hi) && cq_.value <= std::max(lo, hi))
        agreement = Agreement::kAgree;
    }
    if (agreement == Agreement::kUndetermined) continue;
    // Refuting needs the claim's year and the level's, stated.
    if (agreement == Agreement::kContradict &&
        (claimed_.period.empty() || !fa.figure.period.stated))
      continue;
    FigureResult r = Result(agreement == Agreement::kAgree ? Verdict::kSupported
                                                           : Verdict::kRefuted,
                            Reason::kDerivedFromRate, {a.fact, id});
    r.derived = derived.value;
    r.derived_quantity = derived;
    return r;
  }
  return std::nullopt;
}

// A share the sources do not state, computed as part / whole from two facts
// of one sentence. Only ever confirms: a failed division proves nothing about
// which two figures the claim meant.
std::optional<FigureResult> Decider::DerivedShare() {
  if (cq_.kind != Kind::kLevel || !cq_.unit.IsPercent()) return std::nullopt;
  Figure level = claimed_;
  level.quantity.unit = Unit::Count();
  level.nouns.clear();  // the whole's, for the part and the whole alike
  std::vector<Candidate> subject = Candidates(level, true);
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    if (fa.figure.quantity.unit.IsPercent() || fa.figure.target) continue;
    for (const Candidate& b : subject) {
      const Fact& fb = base_.facts[b.fact];
      // The whole in the part's sentence, or in the one before when the
      // part's opens on it: "570 companies listed. Among these, 90 …".
      if (a.fact == b.fact ||
          !(fb.sentence == fa.sentence ||
            (fb.sentence + 1 == fa.sentence && OpensOnTheOneBefore(fa))))
        continue;
      if (fb.figure.quantity.unit != fa.figure.quantity.unit) continue;
      if (!(fa.figure.quantity.value < fb.figure.quantity.value)) continue;
      Quantity share;
      share.unit = Unit::Percent();
      share.value = fa.figure.quantity.value / fb.figure.quantity.value * 100;
      if (Compare(cq_, share) != Agreement::kAgree) continue;
      FigureResult r =
          Result(Verdict::kSupported, Reason::kDerivedShare, {a.fact, b.fact});
      r.derived = share.value;
      r.derived_quantity = share;
      return r;
    }
  }
  // "30 percent of the 33 actions …": the whole is the count the claim
  // states, wherever the part's document tells it (a package's actions in
  // its summary, those of one area in a paragraph of their own).
  if (claimed_.of_count > 0) {
    const Quantity whole = StatedWhole();
    // The part is of the whole's things, which its own sentence may name
    // otherwise ("the 10 measures" of "33 specific actions"): it is found
    // by the rest of the claim's words.
    Figure part = claimed_;
    part.quantity.unit = Unit::Count();
    part.nouns.clear();
    part.terms.erase(
        std::remove_if(part.terms.begin(), part.terms.end(),
                       [&](const std::pair<std::string, float>& t) {
                         return std::find(claimed_.nouns.begin(),
                                          claimed_.nouns.end(),
                                          t.first) != claimed_.nouns.end();
                       }),
        part.terms.end());
    // Both achieved counts (AchievedCount); the whole counts what the
    // claim's whole does ("33 actions", not "33 countries").
    auto counts_the_whole = [&](const Figure& f) {
      return claimed_.nouns.empty() ||
             std::any_of(claimed_.nouns.begin(), claimed_.nouns.end(),
                         [&](const std::string& n) {
                           return std::find(f.nouns.begin(), f.nouns.end(),
                                            n) != f.nouns.end();
                         });
    };
    for (const Candidate& a : Candidates(part, false)) {
      const Fact& fa = base_.facts[a.fact];
      if (!AchievedCount(fa.figure)) continue;
      for (uint32_t b :
           base_.FactsOfDocument(base_.sentences[fa.sentence].doc)) {
        const Figure& fb = base_.facts[b].figure;
        const Quantity& qb = fb.quantity;
        if (b == a.fact || !AchievedCount(fb) || !counts_the_whole(fb) ||
            !(fa.figure.quantity.value < qb.value) ||
            Compare(whole, qb) != Agreement::kAgree)
          continue;
        Quantity share;
        share.unit = Unit::Percent();
        share.value = fa.figure.quantity.value / qb.value * 100;
        if (Compare(cq_, share) != Agreement::kAgree) continue;
        FigureResult r =
            Result(Verdict::kSupported, Reason::kDerivedShare, {a.fact, b});
        r.derived = share.value;
        r.derived_quantity = share;
        return r;
      }
    }
  }
  return RefutedShare(subject);
}

// A share the claim gives of a whole it names ("foreign-funded ones make up
// half of the licensed institutions"), against the one pair of facts of one
// sentence that is that part and that whole: the part counts what the claim
// names besides the whole, the whole counts the whole and not the part. Only
// one such pair, in the claim's period: else the share may be of another.
std::optional<FigureResult> Decider::RefutedShare(
    const std::vector<Candidate>& subject) {
  const std::vector<std::string>& whole = claimed_.nouns;
  if (whole.empty() || claimed_.target) return std::nullopt;
  std::vector<std::string> part;
  for (const auto& [term, weight] : claimed_.terms)
    if (weight >= kOwnTermWeight &&
        std::find(whole.begin(), whole.end(), term) == whole.end() &&
        std::find(claimed_.names.begin(), claimed_.names.end(), term) ==
            claimed_.names.end())
      part.push_back(term);
  if (part.empty()) return std::nullopt;
  auto weight_of = [&](uint32_t fact, const std::string& stem) {
    const uint32_t id = base_.TermId(stem);
    for (const TermWeight& t : base_.TermsOf(fact))
      if (t.term == id) return t.weight;
    return 0.0f;
  };
  auto holds = [&](uint32_t fact, const std::vector<std::string>& stems,
                   float at_least) {
    return std::all_of(stems.begin(), stems.end(), [&](const std::string& s) {
      return weight_of(fact, s) >= at_least;
    });
  };
  auto counts = [&](const Figure& f, const std::vector<std::string>& stems) {
    return std::all_of(stems.begin(), stems.end(), [&](const std::string& s) {
      return std::find(f.nouns.begin(), f.nouns.end(), s) != f.nouns.end();
    });
  };
  std::optional<std::pair<uint32_t, uint32_t>> found;
  for (const Candidate& cand : subject) {
    const uint32_t a = cand.fact;
    const Fact& fa = base_.facts[a];
    // (Never a figure published after the claim's date.)
    if (claimed_.period.empty() && base_.DocumentOf(fa).date > as_of_) continue;
    if (!AchievedCount(fa.figure) || !counts(fa.figure, part) ||
        !holds(a, whole, kSubjectThreshold))
      continue;
    // The whole is any fact of the same sentence (stored in sentence order).
    uint32_t first = a, last = a;
    while (first > 0 && base_.facts[first - 1].sentence == fa.sentence) --first;
    while (last + 1 < base_.facts.size() &&
           base_.facts[last + 1].sentence == fa.sentence)
      ++last;
    for (uint32_t b = first; b <= last; ++b) {
      const Fact& fb = base_.facts[b];
      // A whole the claim states must be this one ("40% of the 120
      // clinics" is no share of 150).
      if (claimed_.of_count > 0 &&
          Compare(StatedWhole(), fb.figure.quantity) != Agreement::kAgree)
        continue;
      if (!AchievedCount(fb.figure) ||
          fb.figure.quantity.value <= fa.figure.quantity.value ||
          !holds(b, whole, kRefuteThreshold) || holds(b, part, kOwnTermWeight))
        continue;
      // The source says the one is part of the other ("1,771 …, including
      // 548 …"): two items of one list are no part and whole.
      if (fb.figure.end > fa.figure.start) continue;
      const Sentence& text = base_.sentences[fa.sentence];
      const std::string between = AsciiLower(std::string_view(text.text).substr(
          fb.figure.end - text.start, fa.figure.start - fb.figure.end));
      if (between.find("of which") == std::string::npos &&
          between.find("includ") == std::string::npos &&
          between.find("among") == std::string::npos)
        continue;
      if (found) return std::nullopt;  // two could be meant
      found = std::make_pair(a, b);
    }
  }
  if (!found) return std::nullopt;
  Quantity share;
  share.unit = Unit::Percent();
  share.value = base_.facts[found->first].figure.quantity.value /
                base_.facts[found->second].figure.quantity.value * 100;
  if (Compare(cq_, share) != Agreement::kContradict) return std::nullopt;
  FigureResult r = Result(Verdict::kRefuted, Reason::kDerivedShare,
                          {found->first, found->second});
  r.derived = share.value;
  r.derived_quantity = share;
  return r;
}

// A total (marked, "in total", "combined"; or an amount left unmarked)
// computed as the sum of two parts of one sentence in its unit ("2,000 and
// 3,000 square meters"), or an average the claim marks ("16 firms each on
// average") as one count per another ("200 advisers covering 3,200
// firms"). Only ever confirms; tried before any contradiction (one part is
// not the sum), so the parts must be parts (Parts) and, unmarked, each
// about as close a match to the claim (CloseMatch).
std::optional<FigureResult> Decider::DerivedSumOrRatio() {
  const Aspect aspect = claimed_.aspect;
  // An amount that is no share may be the sum of two parts the sources
  // list without adding them up (housing renovated, as so many square
  // meters of one kind and so many of another): only its own unit's facts,
  // the subject already found, each part about as close a match.
  const bool unmarked = aspect == Aspect::kPlain && !cq_.unit.IsPercent() &&
                        !cq_.unit.IsCount() && !claimed_.target;
  const bool sum =
      aspect == Aspect::kCombined || aspect == Aspect::kTotal || unmarked;
  const bool ratio = aspect == Aspect::kAverage && cq_.unit.IsCount();
  // A bound is met by sums of many figures: only a point can be one.
  if (cq_.kind != Kind::kLevel || (!sum && !ratio) || !IsPoint(cq_.qualifier))
    return std::nullopt;
  Figure level = claimed_;
  level.aspect = Aspect::kPlain;
  std::vector<Candidate> subject =
      unmarked ? subject_ : Candidates(level, true);
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    if (!AchievedPoint(fa.figure)) continue;
    // The other fact is any of the same sentence (facts are stored in
    // sentence order): "commissioners" need not match a claim about firms.
    uint32_t first = a.fact, last = a.fact;
    while (first > 0 && base_.facts[first - 1].sentence == fa.sentence) --first;
    while (last + 1 < base_.facts.size() &&
           base_.facts[last + 1].sentence == fa.sentence)
      ++last;
    for (uint32_t other = first; other <= last; ++other) {
      const Fact& fb = base_.facts[other];
      if (other == a.fact || !AchievedPoint(fb.figure)) continue;
      const Quantity& qa = fa.figure.quantity;
      const Quantity& qb = fb.figure.quantity;
      if (qa.unit != qb.unit) continue;
      if (sum && !(Parts(fa, fb) && (!unmarked || CloseMatch(a, other))))
        continue;
      Quantity derived;
      derived.unit = cq_.unit;
      Reason why;
      if (sum && a.fact < other && qa.unit == cq_.unit) {
        derived.value = qa.value + qb.value;
        derived.step = std::max(qa.step, qb.step);
        why = Reason::kDerivedSum;
      } else if (ratio && qa.unit.IsCount() && qa.value > qb.value) {
        derived.value = qa.value / qb.value;
        why = Reason::kDerivedRatio;
      } else {
        continue;
      }
      if (Compare(cq_, derived) != Agreement::kAgree) continue;
      FigureResult r = Result(Verdict::kSupported, why, {a.fact, other});
      r.derived = derived.value;
      r.derived_quantity = derived;
      return r;
    }
  }
  return std::nullopt;
}

bool Decider::OpensOnTheOneBefore(const Fact& f) const {
  const Sentence& s = base_.sentences[f.sentence];
  if (f.sentence == 0 || base_.sentences[f.sentence - 1].doc != s.doc)
    return false;
  const std::string lower = FoldForMatching(s.text.substr(0, 24));
  for (std::string_view phrase : reader::WordsOf(reader::WordRole::kPartOf))
    if (lower.compare(0, phrase.size(), phrase) == 0) return true;
  return false;
}

// Two facts of one sentence that may be added up: of one period, neither
// an end of "from X to Y", and not a whole and its part ("700 billion yuan,
// of which 170 billion …", "including").
bool Decider::Parts(const Fact& x, const Fact& y) const {
  const Figure& fx = x.figure;
  const Figure& fy = y.figure;
  if (fx.pair >= 0 || fy.pair >= 0 || fx.period.from != fy.period.from ||
      fx.period.to != fy.period.to)
    return false;
  // A running total already holds the new ones of its period, and another
  // total is of other things.
  if (fx.aspect == Aspect::kTotal || fy.aspect == Aspect::kTotal) return false;
  const Sentence& sentence = base_.sentences[x.sentence];
  uint32_t from = std::min(fx.end, fy.end);
  uint32_t to = std::max(fx.start, fy.start);
  if (to <= from || from < sentence.start) return true;
  std::string between = AsciiLower(
      std::string_view(sentence.text).substr(from - sentence.start, to - from));
  for (const char* whole : {"of which", "includ", "among"})
    if (between.find(whole) != std::string::npos) return false;
  return true;
}

// Whether the second fact is about as close a match to the claim as the
// first.
bool Decider::CloseMatch(const Candidate& a, uint32_t b) const {
  for (const Candidate& x : subject_)
    if (x.fact == b)
      return std::min(x.score, a.score) >=
             kSameSubjectRatio * std::max(x.score, a.score);
  return false;
}

}  // namespace decide

namespace {

// In source sentence `s`: a fact agreeing with `mate` and another fact of
// `s` or the next whose difference from it agrees with `claimed` (and
// which is not itself the claim's number). The facts, larger first.
std::optional<std::pair<uint32_t, uint32_t>> DifferenceIn(
    const FactBase& base, uint32_t s, const Quantity& mate,
    const Quantity& claimed, Quantity* difference) {
  const ArrayView<uint32_t> in_doc =
      base.FactsOfDocument(base.sentences[s].doc);
  for (uint32_t y_id : in_doc) {
    const Figure& y = base.facts[y_id].figure;
    if (base.facts[y_id].sentence != s || y.quantity.unit != claimed.unit ||
        !IsPoint(y.quantity.qualifier) ||
        Compare(mate, y.quantity) != Agreement::kAgree)
      continue;
    for (uint32_t t_id : in_doc) {
      const Figure& t = base.facts[t_id].figure;
      const uint32_t ts = base.facts[t_id].sentence;
      if (t_id == y_id || ts < s || ts > s + 1 || t.target != y.target ||
          t.quantity.unit != claimed.unit || !IsPoint(t.quantity.qualifier) ||
          Compare(claimed, t.quantity) == Agreement::kAgree)
        continue;
      Quantity d = t.quantity;
      d.value = std::fabs(t.quantity.value - y.quantity.value);
      d.step = std::max(t.quantity.step, y.quantity.step);
      if (Compare(claimed, d) != Agreement::kAgree) continue;
      *difference = d;
      return t.quantity.value > y.quantity.value ? std::make_pair(t_id, y_id)
                                                 : std::make_pair(y_id, t_id);
    }
  }
  return std::nullopt;
}

// Whether the folded sentence holds a word that tells a remainder.
bool TellsRemainder(std::string_view lower) {
  for (size_t i = 0; i < lower.size();) {
    size_t j = i;
    while (j < lower.size() && lower[j] >= 'a' && lower[j] <= 'z') ++j;
    if (j > i &&
        reader::Is(reader::WordRole::kRemainder, lower.substr(i, j - i)))
      return true;
    i = j + 1;
  }
  return false;
}

}  // namespace

void DifferenceOfMates(const FactBase& base, std::string_view lower,
                       std::vector<FigureResult>* figures) {
  // Below this a difference of two counts matches a claim by chance.
  constexpr double kMinDifference = 20;
  if (!TellsRemainder(lower)) return;
  // The source sentences the claim's figures were held against.
  std::vector<uint32_t> near;
  for (const FigureResult& r : *figures) {
    for (uint32_t id : r.facts) near.push_back(base.facts[id].sentence);
    if (r.named >= 0) near.push_back(base.facts[r.named].sentence);
  }
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  for (FigureResult& r : *figures) {
    const Quantity& cq = r.claimed.quantity;
    if (!(r.verdict == Verdict::kUnverifiable ||
          (r.verdict == Verdict::kRefuted &&
           r.reason == Reason::kContradicted)) ||
        !IsPoint(cq.qualifier) || cq.kind != Kind::kLevel ||
        std::fabs(cq.value) < kMinDifference)
      continue;
    std::optional<std::pair<uint32_t, uint32_t>> found;
    Quantity d;
    for (const FigureResult& mate : *figures) {
      const Quantity& mq = mate.claimed.quantity;
      if (&mate == &r || mate.verdict == Verdict::kRefuted ||
          mq.unit != cq.unit || mq.kind != Kind::kLevel ||
          !IsPoint(mq.qualifier))
        continue;
      for (uint32_t s : near)
        if (!found) found = DifferenceIn(base, s, mq, cq, &d);
      if (found) break;
    }
    if (!found) continue;
    r.verdict = Verdict::kSupported;
    r.reason = Reason::kDerivedDifference;
    r.rule = "the difference of a figure beside it";
    r.facts = {found->first, found->second};
    r.named = -1;
    r.derived = d.value;
    r.derived_quantity = d;
  }
}

}  // namespace figcheck
