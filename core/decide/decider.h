// The decider of core/decide.h: one claim figure's facts, narrowed to its
// frame and weighed, and the rules of kDecisionRules as its members. The
// rules that compute a figure the sources do not state (a change, a share,
// a sum or a ratio) are in derived.cc, how a fact holds a figure in
// agree.cc, which facts are weighed in candidates.cc, the others in
// core/decide.cc. The
// thresholds of both are here, one line each on why. Private to core/: the
// API is core/decide.h. Tested through it by tests/check_test.cc,
// tests/frames_test.cc and tests/self_check_test.cc.
#ifndef FIGCHECK_CORE_DECIDE_DECIDER_H_
#define FIGCHECK_CORE_DECIDE_DECIDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/agreement.h"
#include "core/check.h"
#include "core/decide.h"
#include "core/factbase.h"
#include "core/match.h"

namespace figcheck {
namespace decide {

// Facts within this fraction of the best score count as the same subject.
constexpr double kSameSubjectRatio = 0.9;
// Calling a claim false needs a firmer match than confirming it.
constexpr double kRefuteThreshold = 0.6;
// … or, the claim's names held by the fact or its context, this much of
// the rest of its subject (its measure) held by the fact itself.
constexpr double kRefuteMeasureCover = 0.9;
// A run of years ("every year since 2018") is told only by runs whose
// subject holds most of the claim's measure; a side clause ("which opened
// on Thursday") may add a word the run's sentence lacks. Which kind of
// figure ran is SameRun's to tell.
constexpr double kRunMeasureCover = 0.7;
// A bound this many times a year's figure is not a bound on that year's.
constexpr double kFarBoundRatio = 2;
// … and, for a share or a rank, the match holds both ways: the claim names
// this much of the fact's own words ("the number of innovative drugs" is no
// share of an industry; "first for IPO funds" is no rank by number of
// firms listed). (A source's own words are too often another figure's for
// a count: "1,771 institutions, including 548 foreign-invested ones".)
constexpr double kRefuteOwnCover = 0.3;
// … and a contradicting fact must be nearly as close a match as the best
// fact of any period or kind: otherwise the claim is about that one.
constexpr double kRefuteRatio = 0.8;
// Another count of the same things in a fact's document (its own set:
// "the 10 measures include …" of a package's 33) leaves a claim open when it
// is matched within this fraction of the fact's score, as it would be a
// candidate (kSubjectRatio): both sets share most words.
constexpr double kOtherSetRatio = kSubjectRatio;
// Scores this close count as the same match.
constexpr double kTieMargin = 0.03;
// A count orders of magnitude off another, in other digits, is another
// measure, not a slip.
constexpr double kOtherMeasureRatio = 100;

// What weighing the facts of the claim's frame found (Decider::Weigh).
struct Evidence {
  const Fact* agrees = nullptr;       // the closest fact that agrees
  const Fact* contradicts = nullptr;  // a firm contradiction
  double contradiction_score = 0;
  const Fact* undetermined = nullptr;  // neither confirms nor rules out
  const Fact* weak = nullptr;  // contradicts, but may be another subject
};

// One claim figure against the fact base: its facts found, narrowed to its
// frame and weighed at construction; Run tries the rules in order.
class Decider {
 public:
  Decider(const FactBase& base, const Figure& claimed, ClaimDate date);
  FigureResult Run();

  bool NamesTheThings(uint32_t fact) const;
  bool HoldsTheWhole(uint32_t fact) const;
  std::optional<FigureResult> StateNarrowed();
  std::optional<FigureResult> SameFrameAgrees();
  std::optional<FigureResult> SameFrameContradicts();
  std::optional<FigureResult> DerivedChange();
  std::optional<FigureResult> FromNewAndTotal(
      const std::vector<Candidate>& subject);
  std::optional<FigureResult> FromLevelAndRate(
      const std::vector<Candidate>& subject);
  std::optional<FigureResult> LevelBeforeNew();
  std::optional<FigureResult> GoalOrOtherPeriod();
  std::optional<FigureResult> DerivedShare();
  // (Its refutation: derived.cc.)
  std::optional<FigureResult> RefutedShare(
      const std::vector<Candidate>& subject);
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
  // An achieved level of the claim's period, stated as a point above zero:
  // what a part, a whole or a summand of a derived figure must be.
  bool AchievedPoint(const Figure& f) const {
    return !f.target && f.quantity.kind == Kind::kLevel &&
           IsPoint(f.quantity.qualifier) && f.quantity.value > 0 &&
           InClaimedPeriod(f.period);
  }
  bool AchievedCount(const Figure& f) const {
    return f.quantity.unit.IsCount() && AchievedPoint(f);
  }
  // The count a claim's share is of ("of the 33 actions"), as a quantity.
  Quantity StatedWhole() const {
    Quantity q;
    q.value = claimed_.of_count;
    q.unit = Unit::Count();
    return q;
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
  bool EditionHeld(const Fact& f) const;
  bool SaysEach(const Fact& f) const;
  bool SameRun(const Fact& f) const;
  // The facts about a figure's subject (SubjectMatcher::Find), less those
  // of a set it is no figure of (the best score of which goes to
  // `set_best`).
  std::vector<Candidate> Candidates(const Figure& f, bool any_unit,
                                    double* set_best = nullptr) const;
  // Whether a fact's sentence tells that something ended ("concluding an
  // over three-decade-long campaign"): its length no later year changes.
  bool TellsEnd(const Fact& f) const;
  // Whether the claim's sentence names something no source does.
  bool NamesOtherThanSources() const;
  // Another count of the same things in the fact's document, of its
  // period and aspect but another number, that the claim matches nearly as
  // closely (kOtherSetRatio): the claim may be of that set instead.
  const Fact* OtherSetOfSameThings(const Fact& fact) const;
  // Whether the fact's sentence opens on the sentence before it as a part
  // of it ("Among these, 90 listed companies are from Shanghai").
  bool OpensOnTheOneBefore(const Fact& f) const;
  bool Parts(const Fact& x, const Fact& y) const;
  bool InStreak(const Fact& f) const;
  // The claim's quantity as told of this fact: "every year since 2010",
  // counted to the fact's last year.
  Quantity ClaimedFor(const Figure& f) const;
  Agreement AgreesWith(const Figure& f) const;
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
  double set_best_ = 0;  // the best match of a set the claim is no figure of
  Evidence evidence_;
};

}  // namespace decide
}  // namespace figcheck

#endif  // FIGCHECK_CORE_DECIDE_DECIDER_H_
