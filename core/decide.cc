// Deciding one claim figure. Method: the facts about its subject (match.h)
// are narrowed to those of its frame (the same kind of statement, goal or
// achieved; an aspect that can be the claim's; its period, or the latest
// one at its date when it names none), weighed in order of closeness, and
// the rules of kDecisionRules are tried in turn: the first that applies
// decides, with its reason. Refuting asks for a complete frame
// (CompleteFrame); any doubt leaves the figure unverifiable, since calling a
// true figure false is the worst error. Tested by tests/check_test.cc,
// tests/frames_test.cc and tests/self_check_test.cc.
#include "core/decide.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "core/agreement.h"
#include "core/match.h"
#include "core/reader.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace {

// Facts within this fraction of the best score count as the same subject.
constexpr double kSameSubjectRatio = 0.9;
// Calling a claim false needs a firmer match than confirming it.
constexpr double kRefuteThreshold = 0.6;
// … or, the claim's names held by the fact or its context, this much of
// the rest of its subject (its measure) held by the fact itself.
constexpr double kRefuteMeasureCover = 0.9;
// … and a contradicting fact must be nearly as close a match as the best
// fact of any period or kind: otherwise the claim is about that one.
constexpr double kRefuteRatio = 0.8;
// Scores this close count as the same match.
constexpr double kTieMargin = 0.03;
// A count orders of magnitude off another, in other digits, is another
// measure, not a slip.
constexpr double kOtherMeasureRatio = 100;

// Calling a figure false needs the whole frame to agree: a unit the claim
// could have slipped in, the same measure, the same aspect, a period both
// sides pin down. Short of that, a different figure may be about something
// else, and the verdict is unverifiable.
bool CompleteFrame(const Figure& c, const Figure& f, bool same_digits,
                   double measure_cover) {
  const Quantity& cq = c.quantity;
  const Quantity& fq = f.quantity;
  // Another currency is a slip only when the number is the source's own
  // ("24 billion yuan" for US$24.087 billion); any other number in another
  // currency may be a conversion, or another figure.
  if (cq.unit.IsCurrency() && fq.unit.IsCurrency() && cq.unit != fq.unit &&
      !same_digits) {
    Quantity as_source = cq;
    as_source.unit = fq.unit;
    if (Compare(as_source, fq) != Agreement::kAgree) return false;
  }
  // "from 3.38 trillion to 4.2 trillion yuan" against "six key industries".
  if (cq.unit.IsCount() && !same_digits && fq.value != 0 &&
      (cq.value / fq.value > kOtherMeasureRatio ||
       cq.value / fq.value < 1 / kOtherMeasureRatio))
    return false;
  // A scale slip in the very digits is the same figure, however marked.
  // Several things added up, against a fact that adds up without saying
  // so: only when the fact holds every one of them, not one of the list.
  const bool combined_whole = c.aspect == Aspect::kCombined &&
                              f.aspect == Aspect::kPlain &&
                              measure_cover >= kRefuteMeasureCover;
  if (c.aspect != f.aspect && !same_digits && !combined_whole) {
    bool plain_total =
        (c.aspect == Aspect::kPlain && f.aspect == Aspect::kTotal) ||
        (c.aspect == Aspect::kTotal && f.aspect == Aspect::kPlain);
    bool plain_new = (c.aspect == Aspect::kPlain && f.aspect == Aspect::kNew) ||
                     (c.aspect == Aspect::kNew && f.aspect == Aspect::kPlain);
    // A running total refutes a bare level only when the claim names no
    // year of its own ("draws 172,000 in 2024" may be the year's intake).
    if (plain_total && !(c.period.empty() || f.period.stated)) return false;
    // "6,500 firms were set up in 2023" is the year's new ones.
    if (plain_new &&
        !(c.period.is_year() && f.period.is_year() && f.period.stated))
      return false;
    if (!plain_total && !plain_new) return false;
  }
  // A claim that may be a running total ("has trained 3,000 nurses") is not
  // ruled out by one period's figure.
  if (c.perfect && f.period.stated && f.aspect != Aspect::kTotal) return false;
  // A year the claim states against a period the source leaves to its
  // date: the figure may be of another year.
  if (c.period.stated && !c.period.empty() && !f.period.stated) return false;
  return true;
}

class Decider;
using RuleFn = std::optional<FigureResult> (Decider::*)();
struct DecisionRule {
  const char* name;
  RuleFn apply;
};

// What weighing the facts of the claim's frame found (Decider::Weigh).
struct Evidence {
  const Fact* agrees = nullptr;       // the closest fact that agrees
  const Fact* contradicts = nullptr;  // a firm contradiction
  double contradiction_score = 0;
  const Fact* undetermined = nullptr;  // neither confirms nor rules out
  const Fact* weak = nullptr;  // contradicts, but may be another subject
};

class Decider {
 public:
  Decider(const FactBase& base, const Figure& claimed, ClaimDate date);
  FigureResult Run();

  std::optional<FigureResult> SameFrameAgrees();
  std::optional<FigureResult> SameFrameContradicts();
  std::optional<FigureResult> DerivedChange();
  std::optional<FigureResult> FromLevelAndRate(
      const std::vector<Candidate>& subject);
  std::optional<FigureResult> GoalOrOtherPeriod();
  std::optional<FigureResult> DerivedShare();
  std::optional<FigureResult> DerivedSumOrRatio();
  std::optional<FigureResult> NothingFirm();

 private:
  FigureResult Result(Verdict v, Reason why,
                      std::vector<uint32_t> facts = {}) const;
  uint32_t Id(const Fact* f) const {
    return static_cast<uint32_t>(f - base_.facts.data());
  }
  bool InClaimedPeriod(const Period& p) const {
    return claimed_.period.empty() || timeless_ ||
           PeriodsMatch(claimed_.period, p);
  }
  // A running total to the source's date, against one year's figure:
  // "issued 90,000 permits in 2023" for "has issued 90,000 permits".
  bool TotalToDateForPeriod(const Figure& f) const {
    return f.aspect == Aspect::kTotal && !f.period.stated &&
           (claimed_.aspect == Aspect::kPlain ||
            claimed_.aspect == Aspect::kNew) &&
           claimed_.period.stated && claimed_.period.is_year() && !timeless_;
  }
  // The claim's frame: the same kind of statement (goal or achieved), an
  // aspect that can be the claim's, its period.
  bool InFrame(const Figure& f) const;
  // "from 3.38 trillion yuan to 4.2 trillion yuan" with one period for
  // both, or none: the first is of an earlier time the sentence does not
  // give. It can neither contradict a claim nor be moved to another year.
  bool UndatedFrom(const Figure& f) const {
    return f.pair_from && f.pair >= 0 &&
           base_.facts[static_cast<size_t>(f.pair)].figure.period.from ==
               f.period.from;
  }
  // The end of "over the past three years, from X to Y", dated by the
  // span: of its last year, or the year before when the span runs to the
  // source's own (a full year's figure, given late in the next).
  bool SpanEnd(const Figure& f) const {
    return f.pair >= 0 && !f.pair_from && f.period.years > 0 &&
           claimed_.period.is_year() && claimed_.period.stated &&
           claimed_.period.from <= f.period.to &&
           claimed_.period.from >= f.period.to - 1;
  }
  // Whether the fact's sentence names the edition the claim does ("the
  // fifth CIIE" is not refuted by the sixth's figures), or none.
  bool EditionHeld(const Fact& f) const {
    if (claimed_.edition == 0) return true;
    std::vector<int> editions =
        reader::EditionsIn(base_.sentences[f.sentence].text);
    return editions.empty() || std::find(editions.begin(), editions.end(),
                                         claimed_.edition) != editions.end();
  }
  bool Parts(const Fact& x, const Fact& y) const;
  bool InStreak(const Fact& f) const;
  bool CloseMatch(const Candidate& a, uint32_t b) const;
  void NarrowToFrame();
  void Weigh();

  const FactBase& base_;
  const Figure& claimed_;
  const Quantity& cq_;
  ClaimDate date_;
  std::string as_of_;  // YYYY-MM-DD
  SubjectMatcher matcher_;
  // A small count in words ("three leading industries", "five key areas")
  // names a set, not a time series: its period does not matter.
  bool timeless_;
  std::vector<Candidate> subject_;  // about the claim's subject
  std::vector<Candidate> same_;     // … and of its frame, closest first
  double overall_best_ = 0;         // the best match of the claimed period
  Evidence evidence_;
};

// The rules, in the order they are tried; the first that applies decides.
constexpr DecisionRule kDecisionRules[] = {
    // A fact of the claim's frame and period agrees with it.
    {"same frame agrees", &Decider::SameFrameAgrees},
    // A total or an average the claim marks, from two facts of one
    // sentence: before any contradiction, since one of the parts is not
    // the sum ("5,000 square meters in total" of 2,000 and 3,000).
    {"derived sum or ratio", &Decider::DerivedSumOrRatio},
    // A fact of the complete frame, firmly matched, contradicts it (unless
    // an about as close fact agrees: then it is unverifiable).
    {"same frame contradicts", &Decider::SameFrameContradicts},
    // A change the sources do not state, computed from two levels.
    {"derived change", &Decider::DerivedChange},
    // The same figure as a goal, or for another stated period.
    {"goal or other period", &Decider::GoalOrOtherPeriod},
    // A share the sources do not state, computed as part / whole.
    {"derived share", &Decider::DerivedShare},
    // Nothing firm enough: unverifiable, with what was closest.
    {"nothing firm", &Decider::NothingFirm},
};

Decider::Decider(const FactBase& base, const Figure& claimed, ClaimDate date)
    : base_(base),
      claimed_(claimed),
      cq_(claimed.quantity),
      date_(date),
      as_of_(date.as_of.ToString()),
      matcher_(base),
      timeless_(claimed.spelled && claimed.quantity.unit.IsCount() &&
                claimed.quantity.value <= 12) {
  subject_ = matcher_.Find(claimed, false);
  // A claim with no period of its own means the latest one at its date:
  // never a period the sources published later ("43.9 percent" in a
  // mid-2023 article is not the 2023 share a 2024 briefing gave).
  if (claimed.period.empty()) {
    subject_.erase(std::remove_if(subject_.begin(), subject_.end(),
                                  [&](const Candidate& x) {
                                    const Fact& f = base_.facts[x.fact];
                                    return base_.DocumentOf(f).date > as_of_ &&
                                           f.figure.period.to >=
                                               date_.as_of.year;
                                  }),
                   subject_.end());
  }
  NarrowToFrame();
  Weigh();
}

FigureResult Decider::Result(Verdict v, Reason why,
                             std::vector<uint32_t> facts) const {
  FigureResult r;
  r.claimed = claimed_;
  r.verdict = v;
  r.reason = why;
  r.facts = std::move(facts);
  return r;
}

bool Decider::InFrame(const Figure& f) const {
  if (f.target != claimed_.target) return false;
  // (Of a span, "over the past three years, from X to Y": X is of its
  // first year.)
  if (UndatedFrom(f) && !claimed_.pair_from &&
      !(f.period.years > 0 && claimed_.period.is_year() &&
        claimed_.period.from == f.period.from))
    return false;
  if (!AspectsMeet(claimed_.aspect, f.aspect)) return false;
  // The new ones of a period are no bare claim's that names no period
  // ("fewer than 9,000 firms have been set up" is all of them).
  if (claimed_.aspect == Aspect::kPlain && f.aspect == Aspect::kNew &&
      claimed_.period.empty() && !timeless_)
    return false;
  return (InClaimedPeriod(f.period) || SpanEnd(f)) && !TotalToDateForPeriod(f);
}

// Facts of the same subject and the claim's frame (InFrame), closest
// first; the latest period when the claim names none.
void Decider::NarrowToFrame() {
  for (const Candidate& cand : subject_)
    if (InFrame(base_.facts[cand.fact].figure)) same_.push_back(cand);
  auto stated = [&](const Candidate& x) {
    return base_.facts[x.fact].figure.period.stated;
  };
  // A period the source states beats one inferred from its date.
  if (!claimed_.period.empty() && !timeless_ &&
      std::any_of(same_.begin(), same_.end(), stated))
    same_.erase(std::remove_if(same_.begin(), same_.end(),
                               [&](const Candidate& x) { return !stated(x); }),
                same_.end());
  // Only the closest subjects: facts well below the best match of the
  // claim's kind and period, of any aspect, are about something else.
  if (!same_.empty()) {
    double best = 0;
    for (const Candidate& x : same_) best = std::max(best, x.score);
    for (const Candidate& x : subject_) {
      const Figure& f = base_.facts[x.fact].figure;
      if (f.target == claimed_.target && InClaimedPeriod(f.period))
        best = std::max(best, x.score);
    }
    same_.erase(std::remove_if(same_.begin(), same_.end(),
                               [&](const Candidate& x) {
                                 return x.score < best * kSameSubjectRatio;
                               }),
                same_.end());
  }
  // No period claimed: read it against the latest period the sources state
  // for the subject. Only stated periods make a series; a period inferred
  // from a document's date says nothing about which figure is newer.
  if (claimed_.period.empty() && !same_.empty() && !timeless_) {
    Candidate top = same_[0];
    for (const Candidate& x : same_)
      if (x.score > top.score) top = x;
    if (stated(top)) {
      int latest = 0;
      for (const Candidate& x : same_)
        if (stated(x))
          latest = std::max(latest, base_.facts[x.fact].figure.period.to);
      same_.erase(std::remove_if(same_.begin(), same_.end(),
                                 [&](const Candidate& x) {
                                   const Period& p =
                                       base_.facts[x.fact].figure.period;
                                   return p.stated && p.to != latest;
                                 }),
                  same_.end());
    }
  }
  for (const Candidate& cand : subject_)
    if (InClaimedPeriod(base_.facts[cand.fact].figure.period))
      overall_best_ = std::max(overall_best_, cand.score);
  // The closest match decides; a fact in the claim's own unit first (the
  // claim in dollars is about the dollar figure beside the yuan one), then
  // one of the aspect the claim marks (a running total for "over the
  // years").
  const bool marked = claimed_.aspect != Aspect::kPlain;
  std::stable_sort(same_.begin(), same_.end(),
                   [&](const Candidate& x, const Candidate& y) {
                     const Figure& fx = base_.facts[x.fact].figure;
                     const Figure& fy = base_.facts[y.fact].figure;
                     bool ux = fx.quantity.unit == cq_.unit;
                     bool uy = fy.quantity.unit == cq_.unit;
                     if (ux != uy) return ux;
                     bool ax = marked && fx.aspect == claimed_.aspect;
                     bool ay = marked && fy.aspect == claimed_.aspect;
                     if (ax != ay) return ax;
                     return x.score > y.score;
                   });
}

// The frame's facts, closest first: the first that agrees, unless a firm
// contradiction came clearly closer; else the contradictions, firm or weak.
void Decider::Weigh() {
  double decisive_score = -1;
  for (const Candidate& cand : same_) {
    const Fact& f = base_.facts[cand.fact];
    Agreement a = Compare(cq_, f.figure.quantity);
    // Past a firm contradiction, only a near-tie may still agree: "below
    // $300 billion" is not confirmed by some smaller figure further off.
    if (a == Agreement::kAgree && decisive_score >= 0 &&
        cand.score < decisive_score - kTieMargin)
      continue;
    if (a == Agreement::kAgree) {
      evidence_.agrees = &f;
      return;
    }
    // The same digits in another scale, currency or direction: the claim
    // restates this very figure wrongly, so a looser subject match will do.
    const bool same_digits = SameDigits(cq_.value, f.figure.quantity.value);
    // A dated claim with no period means the latest figure at its date: one
    // more than a year older does not contradict it (the sources may lack
    // the year it means).
    const bool stale = date_.dated && claimed_.period.empty() && !timeless_ &&
                       f.figure.period.to < date_.as_of.year - 1;
    // A firm match: the subject as a whole, or (its names being held, in
    // context too) all of its measure; and the whole frame.
    const bool firm =
        (cand.score >= kRefuteThreshold || same_digits ||
         cand.measure_cover >= kRefuteMeasureCover) &&
        !stale && cand.same_things && cand.same_kind && cand.names_back &&
        EditionHeld(f) &&
        CompleteFrame(claimed_, f.figure, same_digits, cand.measure_cover);
    if (a == Agreement::kContradict &&
        !(firm && cand.score >= kRefuteRatio * overall_best_ &&
          !UndatedFrom(f.figure) &&
          !(SpanEnd(f.figure) && !InClaimedPeriod(f.figure.period)))) {
      if (evidence_.weak == nullptr) evidence_.weak = &f;
      continue;
    }
    if (a == Agreement::kContradict) {
      if (decisive_score < 0) decisive_score = cand.score;
      // Prefer the fact that explains the error.
      if (evidence_.contradicts == nullptr || same_digits) {
        evidence_.contradicts = &f;
        evidence_.contradiction_score = cand.score;
      }
    } else if (evidence_.undetermined == nullptr) {
      evidence_.undetermined = &f;
    }
  }
}

std::optional<FigureResult> Decider::SameFrameAgrees() {
  if (evidence_.agrees == nullptr) return std::nullopt;
  return Result(Verdict::kSupported, Reason::kStated, {Id(evidence_.agrees)});
}

std::optional<FigureResult> Decider::SameFrameContradicts() {
  const Fact* contradiction = evidence_.contradicts;
  if (contradiction == nullptr) return std::nullopt;
  // A fact that agrees, about nearly as close a subject, leaves the claim
  // open: two figures of one list ("95 national, 713 municipal …"), a part
  // and its whole, the two ends of "from X to Y" (the first of an earlier
  // time too: a claim of it may be of that time). Refuting a true claim is
  // the worst error; it is unverifiable instead.
  // Any aspect that can describe the claim's figure counts, the new ones of
  // a period too: "opened 12 labs" may be the year's 12.
  for (const Candidate& cand : subject_) {
    const Figure& f = base_.facts[cand.fact].figure;
    if (cand.score < kRefuteRatio * evidence_.contradiction_score ||
        f.target != claimed_.target ||
        !AspectsMeet(claimed_.aspect, f.aspect) || !InClaimedPeriod(f.period) ||
        TotalToDateForPeriod(f) ||
        Compare(cq_, f.quantity) != Agreement::kAgree)
      continue;
    // A bound meets any figure on its side; one orders of magnitude off it
    // ("fewer than 9,000 firms" and some 40 labs) is another measure.
    if (!IsPoint(cq_.qualifier) && f.quantity.value != 0 &&
        std::fabs(cq_.value / f.quantity.value) > kOtherMeasureRatio)
      continue;
    return Result(Verdict::kUnverifiable, Reason::kCloseDisagree,
                  {cand.fact, Id(contradiction)});
  }
  // A fact with the claim's very digits in another scale or currency
  // explains the error best, even if a little less close a match.
  for (const Candidate& cand : subject_) {
    const Figure& f = base_.facts[cand.fact].figure;
    if (f.target != claimed_.target || f.quantity.value == 0) continue;
    if (cand.score < kRefuteRatio * evidence_.contradiction_score) continue;
    if (!claimed_.period.empty() && !PeriodsMatch(claimed_.period, f.period))
      continue;
    if (SameDigits(cq_.value, f.quantity.value) &&
        std::round(std::log10(std::fabs(cq_.value / f.quantity.value))) != 0 &&
        Compare(cq_, f.quantity) == Agreement::kContradict) {
      contradiction = &base_.facts[cand.fact];
      break;
    }
  }
  return Result(Verdict::kRefuted, Reason::kContradicted, {Id(contradiction)});
}

// A change the sources do not state, computed from two levels: the ends of
// the claimed period, or a "from X to Y" pair.
std::optional<FigureResult> Decider::DerivedChange() {
  const Figure& c = claimed_;
  if (cq_.kind != Kind::kChange) return std::nullopt;
  Figure level = c;
  level.quantity.kind = Kind::kLevel;
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<Candidate> subject = matcher_.Find(level, true);
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
      if (qa.unit.IsPercent()) continue;  // a share's change is in points
      derived.value = std::fabs(diff / qa.value * 100);
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
  return FromLevelAndRate(subject);
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

// The same figure as a goal told as achieved, or at another stated time.
std::optional<FigureResult> Decider::GoalOrOtherPeriod() {
  for (const Candidate& cand : subject_) {
    const Fact& f = base_.facts[cand.fact];
    if (UndatedFrom(f.figure)) continue;
    // "Each cluster now tops 1 trillion yuan" for a goal of 1 trillion:
    // passing a goal's own mark is claiming it achieved.
    const Quantity& fq = f.figure.quantity;
    const bool passes_goal =
        f.figure.target && !claimed_.target &&
        (cq_.qualifier == Qualifier::kMoreThan ||
         cq_.qualifier == Qualifier::kAtLeast) &&
        cq_.unit == fq.unit && cq_.kind == fq.kind &&
        std::fabs(cq_.value - fq.value) <= 1e-9 * std::fabs(fq.value);
    if (!passes_goal && Compare(cq_, fq) != Agreement::kAgree) continue;
    // Misleading says the claim moved this very figure: it must be the
    // same measure and aspect.
    // A year's figure told as part of a year's ("so far this year") is
    // this very figure moved too.
    const bool part_for_whole =
        claimed_.aspect == Aspect::kPartYear &&
        (f.figure.aspect == Aspect::kPlain || f.figure.aspect == Aspect::kNew);
    // The very number as one year's: a bound ("more than 9,000 firms
    // operated in 2023") may be true of the year too.
    if (cand.same_things && TotalToDateForPeriod(f.figure) &&
        IsPoint(cq_.qualifier))
      return Result(Verdict::kMisleading, Reason::kRunningTotal, {cand.fact});
    if (!cand.same_things ||
        !(AspectsMeet(claimed_.aspect, f.figure.aspect) || part_for_whole))
      continue;
    if (f.figure.target && !claimed_.target)
      return Result(Verdict::kMisleading, Reason::kGoal, {cand.fact});
    // The reverse: what was achieved, told as what is planned ("aims to
    // attract 172,000 professionals in 2025" for last year's intake).
    if (!f.figure.target && claimed_.target && !timeless_ &&
        !claimed_.period.empty() &&
        !PeriodsMatch(claimed_.period, f.figure.period))
      return Result(Verdict::kMisleading, Reason::kAchievedAsGoal, {cand.fact});
    // A bound of the claimed period ("more than $20 billion") is no figure
    // of its own: the very figure of another period says more.
    bool period_has_own = false;
    for (const Candidate& x : same_)
      if (x.score >= cand.score * kSameSubjectRatio &&
          IsPoint(base_.facts[x.fact].figure.quantity.qualifier))
        period_has_own = true;
    // A source with no period of its own holds up to its date: a claim
    // outside that (a later year, or one long before) moved the figure;
    // unless the source says it held for years ("has exceeded $20 billion
    // for four consecutive years") and the claim's year is one of them.
    if (f.figure.target == claimed_.target && !period_has_own && !timeless_ &&
        !claimed_.period.empty() &&
        !PeriodsMatch(claimed_.period, f.figure.period)) {
      if (InStreak(f))
        return Result(Verdict::kSupported, Reason::kStated, {cand.fact});
      return Result(Verdict::kMisleading, Reason::kOtherPeriod, {cand.fact});
    }
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
  std::vector<Candidate> subject = matcher_.Find(level, true);
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    if (fa.figure.quantity.unit.IsPercent() || fa.figure.target) continue;
    for (const Candidate& b : subject) {
      const Fact& fb = base_.facts[b.fact];
      if (a.fact == b.fact || fb.sentence != fa.sentence) continue;
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
  return std::nullopt;
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
      unmarked ? subject_ : matcher_.Find(level, true);
  auto usable = [&](const Figure& f) {
    return !f.target && f.quantity.kind == Kind::kLevel &&
           IsPoint(f.quantity.qualifier) && f.quantity.value > 0 &&
           InClaimedPeriod(f.period);
  };
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    if (!usable(fa.figure)) continue;
    // The other fact is any of the same sentence (facts are stored in
    // sentence order): "commissioners" need not match a claim about firms.
    uint32_t first = a.fact, last = a.fact;
    while (first > 0 && base_.facts[first - 1].sentence == fa.sentence) --first;
    while (last + 1 < base_.facts.size() &&
           base_.facts[last + 1].sentence == fa.sentence)
      ++last;
    for (uint32_t other = first; other <= last; ++other) {
      const Fact& fb = base_.facts[other];
      if (other == a.fact || !usable(fb.figure)) continue;
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

// Whether a bound of a fact held for a run of years ending at its period
// that covers the claim's year: the fact's next figure, in its sentence,
// counts the years ("has exceeded $20 billion for four consecutive
// years"). A point value is one year's.
bool Decider::InStreak(const Fact& f) const {
  if (!claimed_.period.is_year() || claimed_.period.from > f.figure.period.to ||
      IsPoint(f.figure.quantity.qualifier))
    return false;
  uint32_t next = Id(&f) + 1;
  if (next >= base_.facts.size() || base_.facts[next].sentence != f.sentence)
    return false;
  const Quantity& q = base_.facts[next].figure.quantity;
  return q.unit.IsYears() && q.kind == Kind::kLevel && IsPoint(q.qualifier) &&
         q.value >= 2 && claimed_.period.from > f.figure.period.to - q.value;
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

std::optional<FigureResult> Decider::NothingFirm() {
  FigureResult r = Result(Verdict::kUnverifiable, Reason::kNoSubject);
  if (evidence_.undetermined != nullptr) {
    r.reason = Reason::kUndetermined;
    r.named = Id(evidence_.undetermined);
  } else if (evidence_.weak != nullptr) {
    r.reason = Reason::kWeakMatch;
    r.named = Id(evidence_.weak);
  } else if (!subject_.empty()) {
    r.reason = Reason::kNoneForPeriod;
  }
  return r;
}

FigureResult Decider::Run() {
  for (const DecisionRule& rule : kDecisionRules) {
    std::optional<FigureResult> r = (this->*rule.apply)();
    if (r.has_value()) {
      r->rule = rule.name;
      return std::move(*r);
    }
  }
  return Result(Verdict::kUnverifiable,
                Reason::kNoSubject);  // NothingFirm always applies
}

}  // namespace

FigureResult Decide(const FactBase& base, const Figure& claimed,
                    ClaimDate date) {
  return Decider(base, claimed, date).Run();
}

}  // namespace figcheck
