// How a fact holds the claim's figure (AgreesWith: the claim's run of
// years counted to the fact's, a bare amount in the money's unit, a count
// that grows a year at a time), the checks on runs, editions and "each",
// and the rule of the very figure as a goal told as achieved or at another
// time (GoalOrOtherPeriod). Members of the decider (decider.h); tested by
// tests/check_test.cc and tests/frames_test.cc.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "core/agreement.h"
#include "core/decide/decider.h"
#include "core/reader.h"
#include "core/reader/words.h"

namespace figcheck {
namespace decide {

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
    if (!passes_goal && AgreesWith(f.figure) != Agreement::kAgree) continue;
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
    // The whole year's very figure told as part of it ("… in the first
    // half of 2023" for 2023's).
    if (part_for_whole && f.figure.target == claimed_.target &&
        f.figure.period.stated && IsPoint(cq_.qualifier) &&
        cand.score >= kRefuteThreshold &&
        PeriodsMatch(claimed_.period, f.figure.period))
      return Result(Verdict::kMisleading, Reason::kOtherPeriod, {cand.fact});
    // The reverse: what was achieved, told as what is planned ("aims to
    // attract 172,000 professionals in 2025" for last year's intake).
    // (A year's: a change over a span is no intake a plan repeats.)
    if (!f.figure.target && claimed_.target && !timeless_ &&
        !claimed_.period.empty() && f.figure.period.years == 0 &&
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
    // (A match firm enough to refute: a period moved is an error too.)
    // (Nor a year or two before a date the source only takes from its
    // document: its figure may be of that year.)
    const bool maybe_then = !f.figure.period.stated &&
                            claimed_.period.to < f.figure.period.from &&
                            claimed_.period.to >= f.figure.period.from - 2;
    // (Nor a span counted back from today for a claim with no date of its
    // own, "over the past decade": the writer's decade may be the
    // sources'. A year is told exactly: "last year" is today's last year.)
    const bool undated_relative = claimed_.period.relative && !date_.dated;
    if (f.figure.target == claimed_.target && !period_has_own && !timeless_ &&
        !undated_relative && !claimed_.period.empty() &&
        cand.score >= kRefuteThreshold &&
        !PeriodsMatch(claimed_.period, f.figure.period)) {
      if (InStreak(f))
        return Result(Verdict::kSupported, Reason::kStated, {cand.fact});
      // (A bound meets many figures: only its very number is this one
      // moved, "more than 2.87 trillion" is not 2011's 3.38 trillion.)
      const bool very = IsPoint(cq_.qualifier) ||
                        std::fabs(cq_.value - f.figure.quantity.value) <=
                            1e-9 * std::fabs(f.figure.quantity.value);
      if (!maybe_then && very)
        return Result(Verdict::kMisleading, Reason::kOtherPeriod, {cand.fact});
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

// A run the claim starts later than the fact's claims less, and holds.
Quantity Decider::ClaimedFor(const Figure& f) const {
  Quantity q = cq_;
  if (claimed_.streak_from == 0) return q;
  const double run = f.period.to - claimed_.streak_from + 1;
  q.value = run <= f.quantity.value ? f.quantity.value : run;
  return q;
}

// A run of years refutes another only when both tell the run of the same
// kind of figure ("ranking first for 14 consecutive years" against "first
// … for 15"): "set a record every year since 2005" or "growing for ten
// years" is no run of ranking first.
bool Decider::SameRun(const Fact& f) const {
  if (!f.figure.quantity.unit.IsYears() || !reader::TellsRun(f.figure.text))
    return true;
  const uint32_t id = Id(&f);
  const Unit told = id > 0 && base_.facts[id - 1].sentence == f.sentence
                        ? base_.facts[id - 1].figure.quantity.unit
                        : Unit();
  // (A run from a first year, "every year since 2005", names what held
  // only by a figure: with none, nothing can refute it.)
  if (claimed_.streak_from > 0 && claimed_.run_of.empty()) return false;
  return told == claimed_.run_of;
}

// A count that grows a year at a time (the 34th edition, a run of years)
// may be one more for each year the claim is later than the fact.
Agreement Decider::AgreesWith(const Figure& f) const {
  // A source that leaves its year to its date may count its run to the
  // year before (a March briefing's "for four consecutive years"): one
  // year more cannot be told.
  if (claimed_.streak_from > 0 &&
      (f.period.to == 0 ||
       (!f.period.stated &&
        f.period.to - claimed_.streak_from + 1 == f.quantity.value + 1)))
    return Agreement::kUndetermined;
  Quantity q = ClaimedFor(f);
  Quantity fq = f.quantity;
  if (BareMeetsMoney(claimed_, f)) {
    if (q.unit.IsCount()) q.unit = fq.unit;
    fq.unit = q.unit;
  }
  const Agreement a = Compare(q, fq);
  if (a != Agreement::kContradict || !reader::GrowsYearly(f)) return a;
  // (A run counts whole years: one dated in a year has the year before's.)
  const int year = claimed_.period.empty()
                       ? date_.as_of.year - (f.quantity.unit.IsYears() ? 1 : 0)
                       : claimed_.period.to;
  const int later = year - f.period.to;
  if (later > 0 && q.value > f.quantity.value &&
      q.value <= f.quantity.value + later)
    return Agreement::kUndetermined;
  return a;
}

// Whether the fact's sentence gives a figure of each one of a set ("each
// with a scale of 1 trillion yuan", "respectively"): only such a figure
// can refute a claim about each ("each of the four clusters has reached 1
// trillion yuan" is no claim about the six industries' total).
bool Decider::SaysEach(const Fact& f) const {
  std::string lower = base_.sentences[f.sentence].text;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(ch));
  for (const char* word : {"each", "apiece", "respectively"}) {
    const size_t n = std::strlen(word);
    for (size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
      const bool starts =
          at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const bool ends =
          at + n >= lower.size() ||
          !std::isalpha(static_cast<unsigned char>(lower[at + n]));
      if (starts && ends) return true;
    }
  }
  return false;
}

// Whether the fact's sentence names the edition the claim does, or none.
bool Decider::EditionHeld(const Fact& f) const {
  if (claimed_.edition == 0) return true;
  std::vector<int> editions =
      reader::EditionsIn(base_.sentences[f.sentence].text);
  return editions.empty() || std::find(editions.begin(), editions.end(),
                                       claimed_.edition) != editions.end();
}

}  // namespace decide
}  // namespace figcheck
