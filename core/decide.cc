// Deciding one claim figure. Method: the facts about its subject (match.h)
// are narrowed to those of its frame (the same kind of statement, goal or
// achieved; an aspect that can be the claim's; its period, or the latest
// one at its date when it names none), weighed in order of closeness, and
// the rules of kDecisionRules are tried in turn: the first that applies
// decides, with its reason. Refuting asks for a complete frame
// (CompleteFrame); any doubt leaves the figure unverifiable, since calling a
// true figure false is the worst error. The class and its thresholds are in
// decide/decider.h, the rules that derive a figure in decide/derived.cc,
// how a fact holds a figure and the rule of a goal or another period in
// decide/agree.cc, which facts are weighed in decide/candidates.cc.
// Tested by tests/check_test.cc, tests/frames_test.cc and
// tests/self_check_test.cc.
#include "core/decide.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include "core/agreement.h"
#include "core/decide/decider.h"
#include "core/match.h"
#include "core/reader.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace decide {
namespace {

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
    // (A bound is no slip of a number: "less than 4.72 trillion yuan" is
    // not told of the dollar figure it happens to bound.)
    if (!IsPoint(cq.qualifier)) return false;
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

using RuleFn = std::optional<FigureResult> (Decider::*)();
struct DecisionRule {
  const char* name;
  RuleFn apply;
};

// The rules, in the order they are tried; the first that applies decides.
constexpr DecisionRule kDecisionRules[] = {
    // The agreeing fact counts things in several states ("either
    // completed, under construction, or planned"), the claim all in one.
    {"a state narrowed", &Decider::StateNarrowed},
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
    // The level before a year's new ones, from the total they brought.
    {"level before the new ones", &Decider::LevelBeforeNew},
    // The same figure as a goal, or for another stated period.
    {"goal or other period", &Decider::GoalOrOtherPeriod},
    // A share the sources do not state, computed as part / whole.
    {"derived share", &Decider::DerivedShare},
    // Nothing firm enough: unverifiable, with what was closest.
    {"nothing firm", &Decider::NothingFirm},
};

}  // namespace

Decider::Decider(const FactBase& base, const Figure& claimed, ClaimDate date)
    : base_(base),
      claimed_(claimed),
      cq_(claimed.quantity),
      date_(date),
      as_of_(date.as_of.ToString()),
      matcher_(base),
      timeless_(claimed.spelled && claimed.quantity.unit.IsCount() &&
                claimed.quantity.value <= 12) {
  subject_ = Candidates(claimed, false, &set_best_);
  // The figures of another edition ("the 7th CIIE", the sources' sixth)
  // are about another event.
  subject_.erase(std::remove_if(subject_.begin(), subject_.end(),
                                [&](const Candidate& x) {
                                  return !EditionHeld(base_.facts[x.fact]);
                                }),
                 subject_.end());
  // A run of years from a first year ("every year since 2010") is told
  // only by the sources' runs ("for 14 consecutive years").
  if (claimed.streak_from > 0)
    subject_.erase(std::remove_if(subject_.begin(), subject_.end(),
                                  [&](const Candidate& x) {
                                    const Figure& f =
                                        base_.facts[x.fact].figure;
                                    return !f.quantity.unit.IsYears() ||
                                           !reader::TellsRun(f.text) ||
                                           x.measure_cover < kRunMeasureCover;
                                  }),
                   subject_.end());
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
  const bool span_start = f.period.years > 0 && claimed_.period.is_year() &&
                          claimed_.period.from == f.period.from;
  if (UndatedFrom(f) && !claimed_.pair_from && !span_start) return false;
  if (!AspectsMeet(claimed_.aspect, f.aspect)) return false;
  // The new ones of a period are no bare claim's that names no period
  // ("fewer than 9,000 firms have been set up" is all of them).
  if (claimed_.aspect == Aspect::kPlain && f.aspect == Aspect::kNew &&
      claimed_.period.empty() && !timeless_)
    return false;
  return (InClaimedPeriod(f.period) || SpanEnd(f) ||
          (UndatedFrom(f) && span_start)) &&
         !TotalToDateForPeriod(f);
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
  // claim's kind and period, of any aspect, are about something else. One
  // of the aspect the claim marks ("in total": a running total) may be a
  // little further off: the aspect says what the claim is about.
  const bool marked = claimed_.aspect != Aspect::kPlain;
  if (!same_.empty()) {
    double best = 0;
    for (const Candidate& x : same_) best = std::max(best, x.score);
    for (const Candidate& x : subject_) {
      const Figure& f = base_.facts[x.fact].figure;
      if (f.target == claimed_.target && InClaimedPeriod(f.period))
        best = std::max(best, x.score);
    }
    same_.erase(
        std::remove_if(same_.begin(), same_.end(),
                       [&](const Candidate& x) {
                         const bool aspect =
                             marked && base_.facts[x.fact].figure.aspect ==
                                           claimed_.aspect;
                         return x.score < best * (aspect ? kRefuteRatio
                                                         : kSameSubjectRatio);
                       }),
        same_.end());
  }
  // A claim's "from X to Y" with no period: each end is of its time, the
  // sources' ends of the same side, when the subject has any ("climbed to
  // 4.2 trillion from 3.38 trillion": X is the earlier level).
  bool by_end = false;
  if (claimed_.pair >= 0 && claimed_.period.empty()) {
    auto same_end = [&](const Candidate& x) {
      const Figure& f = base_.facts[x.fact].figure;
      return f.pair >= 0 && f.pair_from == claimed_.pair_from;
    };
    by_end = std::any_of(same_.begin(), same_.end(), same_end);
    if (by_end)
      same_.erase(
          std::remove_if(same_.begin(), same_.end(),
                         [&](const Candidate& x) { return !same_end(x); }),
          same_.end());
  }
  // No period claimed: read it against the latest period the sources state
  // for the subject. Only stated periods make a series; a period inferred
  // from a document's date says nothing about which figure is newer.
  if (claimed_.period.empty() && !same_.empty() && !timeless_ &&
      !(by_end && claimed_.pair_from)) {
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
  overall_best_ = std::max(overall_best_, set_best_);
  // The closest match decides; a fact in the claim's own unit first (the
  // claim in dollars is about the dollar figure beside the yuan one), then
  // one of the aspect the claim marks (a running total for "over the
  // years"). same_ comes closest first (Find's order, which Candidates
  // keeps), so moving the facts that pass a test ahead of the rest, each
  // part in its order, sorts it by both tests and then closeness: a stable
  // sort, without one's code in the WebAssembly module.
  auto first_if = [&](auto passes) {
    std::vector<Candidate> ahead, behind;
    for (const Candidate& x : same_) (passes(x) ? ahead : behind).push_back(x);
    ahead.insert(ahead.end(), behind.begin(), behind.end());
    same_ = std::move(ahead);
  };
  first_if([&](const Candidate& x) {
    return marked && base_.facts[x.fact].figure.aspect == claimed_.aspect;
  });
  first_if([&](const Candidate& x) {
    return base_.facts[x.fact].figure.quantity.unit == cq_.unit;
  });
}

// The frame's facts, closest first: the first that agrees, unless a firm
// contradiction came clearly closer; else the contradictions, firm or weak.
void Decider::Weigh() {
  double decisive_score = -1;
  for (const Candidate& cand : same_) {
    const Fact& f = base_.facts[cand.fact];
    Agreement a = AgreesWith(f.figure);
    // Past a firm contradiction, only a near-tie may still agree: "below
    // $300 billion" is not confirmed by some smaller figure further off.
    if (a == Agreement::kAgree && decisive_score >= 0 &&
        cand.score < decisive_score - kTieMargin)
      continue;
    // A count of other things ("248 foreign professionals" against "248
    // human resources companies") confirms nothing, however close.
    // Nor does a share of which the claim holds none of the fact's own
    // words: it is a share of something else (the drugs' one-fourth of
    // the country's, beside the industry the claim shares out).
    const bool other_share =
        cq_.unit.IsPercent() && cq_.kind == Kind::kLevel && cand.own_cover <= 0;
    if (a == Agreement::kAgree && ((!cand.shares_things && cq_.unit.IsCount() &&
                                    !NamesTheThings(cand.fact)) ||
                                   !HoldsTheWhole(cand.fact) || other_share)) {
      if (evidence_.weak == nullptr) evidence_.weak = &f;
      continue;
    }
    if (a == Agreement::kAgree) {
      evidence_.agrees = &f;
      // A bound the sources state in the claim's own terms ("surpassed $24
      // billion") says it better than a value within it (US$24.087
      // billion), if about as close a match.
      if (!IsPoint(cq_.qualifier))
        for (const Candidate& other : subject_) {
          const Figure& of = base_.facts[other.fact].figure;
          const Quantity& oq = of.quantity;
          // (In the very sentence of the value, any score: "… to 4.2014
          // trillion yuan, breaking the 4 trillion-yuan mark".)
          if ((other.score >= cand.score * kRefuteRatio ||
               (base_.facts[other.fact].sentence == f.sentence &&
                (of.period.stated || claimed_.period.empty()))) &&
              InFrame(of) && oq.qualifier == cq_.qualifier &&
              oq.unit == cq_.unit &&
              std::fabs(oq.value - cq_.value) <= 1e-9 * std::fabs(cq_.value) &&
              (other.shares_things || !cq_.unit.IsCount() ||
               NamesTheThings(other.fact)) &&
              HoldsTheWhole(other.fact)) {
            evidence_.agrees = &base_.facts[other.fact];
            break;
          }
        }
      return;
    }
    // The same digits in another scale, currency or direction: the claim
    // restates this very figure wrongly, so a looser subject match will do.
    const bool same_digits = SameDigits(cq_.value, f.figure.quantity.value);
    // A dated claim with no period means the latest figure at its date: one
    // more than a year older does not contradict it (the sources may lack
    // the year it means).
    // (Not the length of something that ended, "a three-decade-long
    // campaign", which no later year changes; a run of years grows.)
    const bool ended_length = f.figure.quantity.unit.IsYears() &&
                              !reader::TellsRun(f.figure.text) &&
                              !f.figure.target && TellsEnd(f);
    const bool stale = date_.dated && claimed_.period.empty() && !timeless_ &&
                       !ended_length &&
                       f.figure.period.to < date_.as_of.year - 1;
    // A firm match: the subject as a whole, or (its names being held, in
    // context too) all of its measure; and the whole frame.
    const bool firm =
        (cand.score >= kRefuteThreshold || same_digits ||
         cand.measure_cover >= kRefuteMeasureCover) &&
        !stale && cand.same_things && cand.same_kind && cand.names_back &&
        (!cand.lacks_rarest || same_digits) &&
        (!f.figure.quantity.unit.IsPercent() ||
         f.figure.quantity.kind != Kind::kLevel ||
         cand.own_cover >= kRefuteOwnCover) &&
        (!f.figure.quantity.unit.IsRank() ||
         cand.own_cover_any >= kRefuteOwnCover) &&
        CompleteFrame(claimed_, f.figure, same_digits, cand.measure_cover) &&
        (!claimed_.each || SaysEach(f)) && SameRun(f);
    if (a == Agreement::kContradict &&
        !(firm && cand.score >= kRefuteRatio * overall_best_ &&
          !UndatedFrom(f.figure) &&
          !(SpanEnd(f.figure) && !InClaimedPeriod(f.figure.period)))) {
      if (evidence_.weak == nullptr) evidence_.weak = &f;
      continue;
    }
    if (a == Agreement::kContradict) {
      if (decisive_score < 0) decisive_score = cand.score;
      // Prefer the fact that explains the error; but not a rounded
      // conversion over the figure in the claim's own currency ("663.7
      // billion yuan" is told against the yuan GDP, not "about $663.7
      // billion").
      const bool own_unit =
          evidence_.contradicts != nullptr &&
          evidence_.contradicts->figure.quantity.unit == cq_.unit &&
          f.figure.quantity.unit != cq_.unit &&
          f.figure.quantity.qualifier == Qualifier::kApprox;
      if (evidence_.contradicts == nullptr || (same_digits && !own_unit)) {
        evidence_.contradicts = &f;
        evidence_.contradiction_score = cand.score;
      }
    } else if (evidence_.undetermined == nullptr) {
      evidence_.undetermined = &f;
    }
  }
}

std::optional<FigureResult> Decider::StateNarrowed() {
  const Fact* agrees = evidence_.agrees;
  const int claimed = claimed_.states;
  // One state, told without "or" ("have all been completed").
  if (agrees == nullptr || claimed == 0 || (claimed & (claimed - 1)) != 0)
    return std::nullopt;
  const Sentence& s = base_.sentences[agrees->sentence];
  const uint32_t from = agrees->figure.start - s.start;
  if (from > s.text.size()) return std::nullopt;
  const int held = reader::StatesIn(AsciiLower(s.text.substr(from)));
  if ((held & reader::kStateEither) == 0 || (held & claimed) == 0)
    return std::nullopt;
  return Result(Verdict::kMisleading, Reason::kStateNarrowed, {Id(agrees)});
}

std::optional<FigureResult> Decider::SameFrameAgrees() {
  if (evidence_.agrees == nullptr) return std::nullopt;
  // A firm contradiction of the aspect the claim marks ("in total"), where
  // the agreeing fact has another: two facts could be meant and they
  // disagree about the claim.
  const Aspect marked = claimed_.aspect;
  if (evidence_.contradicts != nullptr && marked != Aspect::kPlain &&
      evidence_.contradicts->figure.aspect == marked &&
      evidence_.agrees->figure.aspect != marked)
    return Result(Verdict::kUnverifiable, Reason::kCloseDisagree,
                  {Id(evidence_.agrees), Id(evidence_.contradicts)});
  // "Shrank last year to about $24 billion" where the sentence of that
  // very figure says it rose: the level agrees, the change it was told by
  // does not.
  if (claimed_.toward != 0) {
    // Its change: the figure right after it ("US$24,087 million, up 0.5
    // percent"), or right before it ("up 0.5 percent to …").
    const uint32_t id = Id(evidence_.agrees);
    for (uint32_t k : {id + 1, id - 1}) {
      if (k >= base_.facts.size() ||
          base_.facts[k].sentence != evidence_.agrees->sentence)
        continue;
      const Figure& g = base_.facts[k].figure;
      if (g.quantity.kind == Kind::kChange && !g.target &&
          g.quantity.direction == -claimed_.toward &&
          PeriodsMatch(g.period, evidence_.agrees->figure.period))
        return Result(Verdict::kRefuted, Reason::kWentOtherWay, {id, k});
    }
  }
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
  // So does a source bound of the claim's own unit that cannot tell it
  // ("more than 1 trillion yuan" against "exceeding 900 billion"), about as
  // close and near its number: the claim may be of that figure.
  // (Only when the contradiction is far from the claim's number: a near
  // one, "more than $30 billion" against US$24.087 billion, says more.)
  // A count of one of several sets of the same things the document counts
  // ("the 10 measures include …" among a package's five, seven and six):
  // unless the claim names which, as closely as the one that contradicts
  // it, it may mean another (or the whole).
  if (const Fact* other = OtherSetOfSameThings(*contradiction))
    return Result(Verdict::kUnverifiable, Reason::kCloseDisagree,
                  {Id(contradiction), Id(other)});
  const double off = contradiction->figure.quantity.value != 0
                         ? cq_.value / contradiction->figure.quantity.value
                         : 0;
  const bool far_off = off > 2 || off < 0.5;
  if (!IsPoint(cq_.qualifier))
    for (const Candidate& cand : subject_) {
      const Figure& f = base_.facts[cand.fact].figure;
      if (&base_.facts[cand.fact] != contradiction &&
          cand.score >= kRefuteRatio * evidence_.contradiction_score &&
          !IsPoint(f.quantity.qualifier) && f.quantity.unit == cq_.unit &&
          f.quantity.value != 0 && cq_.value / f.quantity.value <= 2 &&
          cq_.value / f.quantity.value >= 0.5 && far_off && InFrame(f) &&
          AgreesWith(f) == Agreement::kUndetermined)
        return Result(Verdict::kUnverifiable, Reason::kCloseDisagree,
                      {cand.fact, Id(contradiction)});
    }
  for (const Candidate& cand : subject_) {
    const Figure& f = base_.facts[cand.fact].figure;
    // ("In total, 65 were set up in 2023" may be the year's new ones.)
    const bool year_total = claimed_.aspect == Aspect::kTotal &&
                            f.aspect == Aspect::kNew &&
                            claimed_.period.stated && claimed_.period.is_year();
    if (cand.score < kRefuteRatio * evidence_.contradiction_score ||
        f.target != claimed_.target ||
        !(AspectsMeet(claimed_.aspect, f.aspect) || year_total) ||
        !InClaimedPeriod(f.period) || TotalToDateForPeriod(f) ||
        AgreesWith(f) != Agreement::kAgree)
      continue;
    // Not one year's new ones against the running total, for a bound on
    // all to date far from them ("fewer than 50,000 have been set up", no
    // year); the very number of a year's ("has opened 6,017") or a bound
    // close to it ("fewer than 7,000") may be that year's, told undated.
    if (!IsPoint(cq_.qualifier) && claimed_.perfect &&
        claimed_.period.empty() &&
        std::fabs(cq_.value) > kFarBoundRatio * std::fabs(f.quantity.value) &&
        f.aspect == Aspect::kNew &&
        contradiction->figure.aspect == Aspect::kTotal)
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
        AgreesWith(f) == Agreement::kContradict) {
      contradiction = &base_.facts[cand.fact];
      break;
    }
  }
  return Result(Verdict::kRefuted, Reason::kContradicted, {Id(contradiction)});
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
      // A name in the claim's sentence that no source uses ("The capital,
      // Beijing, reported GDP of …"): the figure may be that one's, so
      // the sources' figure neither refutes it nor makes it misleading.
      // Nor, as its subject, confirms it: "Wuhan gained 30 labs" is no
      // figure of Shanghai's.
      const bool other_subject =
          r->verdict == Verdict::kSupported && !claimed_.subject_name.empty() &&
          base_.TermId(claimed_.subject_name) == FactBase::kNoTerm;
      if (!r->facts.empty() && (((r->verdict == Verdict::kRefuted ||
                                  r->verdict == Verdict::kMisleading) &&
                                 NamesOtherThanSources()) ||
                                other_subject)) {
        FigureResult weak = Result(Verdict::kUnverifiable, Reason::kWeakMatch);
        weak.named = r->facts.front();
        weak.rule = "a name the sources never use";
        return weak;
      }
      return std::move(*r);
    }
  }
  return Result(Verdict::kUnverifiable,
                Reason::kNoSubject);  // NothingFirm always applies
}

}  // namespace decide

FigureResult Decide(const FactBase& base, const Figure& claimed,
                    ClaimDate date) {
  return decide::Decider(base, claimed, date).Run();
}

}  // namespace figcheck
