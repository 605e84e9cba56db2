// After each figure of a claim sentence is decided: the rules that read
// the sentence's figures together. A figure left unverifiable beside one
// the same source sentence confirms (ConfirmBeside); a from-to pair told
// the other way round (TurnedAround); a figure decided against the fact
// another figure is confirmed by (TakenBeside).
// Tested by tests/frames_test.cc and tests/check_test.cc.
#include <vector>

#include "core/agreement.h"
#include "core/decide.h"

namespace figcheck {

bool ConfirmBeside(const FactBase& base, const std::vector<FigureResult>& mates,
                   FigureResult* unsure) {
  if (unsure->verdict != Verdict::kUnverifiable) return false;
  const Figure& c = unsure->claimed;
  for (const FigureResult& mate : mates) {
    // The count a confirmed share is of ("30 percent of the 33 actions"):
    // the share's whole, a fact the sources state.
    if (mate.verdict == Verdict::kSupported &&
        mate.reason == Reason::kDerivedShare && mate.facts.size() == 2 &&
        mate.claimed.of_count > 0 && c.quantity.unit.IsCount() &&
        c.quantity.value == mate.claimed.of_count &&
        c.target == base.facts[mate.facts[1]].figure.target &&
        (c.period.empty() ||
         PeriodsMatch(c.period, base.facts[mate.facts[1]].figure.period)) &&
        Compare(c.quantity, base.facts[mate.facts[1]].figure.quantity) ==
            Agreement::kAgree) {
      unsure->verdict = Verdict::kSupported;
      unsure->reason = Reason::kStated;
      unsure->rule = "the whole of a share confirmed beside it";
      unsure->facts = {mate.facts[1]};
      unsure->named = -1;
      return true;
    }
    if (mate.verdict != Verdict::kSupported || mate.reason != Reason::kStated ||
        mate.facts.empty())
      continue;
    const Fact& told = base.facts[mate.facts[0]];
    for (uint32_t id :
         base.FactsOfDocument(base.sentences[told.sentence].doc)) {
      const Fact& f = base.facts[id];
      // A time base the claim tells once for two figures ("10 million
      // yuan, or roughly US$1.4 million, a month") is this one's too.
      Quantity cq = c.quantity;
      const Unit per = f.figure.quantity.unit.Denominator();
      if (!cq.unit.IsRate() && per.dimension() == Dimension::kDuration)
        cq.unit = cq.unit.Per(per);
      if (f.sentence != told.sentence || id == mate.facts[0] ||
          f.figure.target != c.target ||
          !UnitsComparable(cq, f.figure.quantity) ||
          (!c.period.empty() && !PeriodsMatch(c.period, f.figure.period)) ||
          Compare(cq, f.figure.quantity) != Agreement::kAgree)
        continue;
      unsure->verdict = Verdict::kSupported;
      unsure->reason = Reason::kStated;
      unsure->rule = "stated beside a confirmed figure";
      unsure->facts = {id};
      unsure->named = -1;
      return true;
    }
  }
  return false;
}

namespace {

// Both ends of a claim's pair refuted by the sources' pair, earlier first.
void TurnAround(uint32_t early_id, uint32_t late_id, FigureResult* from,
                FigureResult* to) {
  for (FigureResult* r : {from, to}) {
    r->verdict = Verdict::kRefuted;
    r->reason = Reason::kTurnedAround;
    r->rule = "a pair turned around";
    r->facts = {early_id, late_id};
    r->named = -1;
  }
}

}  // namespace

void TurnedAround(const FactBase& base, std::vector<FigureResult>* figures) {
  for (FigureResult& from : *figures) {
    const Figure& c = from.claimed;
    if (c.pair < 0 || !c.pair_from ||
        static_cast<size_t>(c.pair) >= figures->size())
      continue;
    FigureResult& to = (*figures)[static_cast<size_t>(c.pair)];
    // Each end confirmed, the claim's first by a source pair's last end and
    // its last by that pair's first: "slumped from 75.93 billion to 24.13
    // billion" where the sources went from 24.13 billion to 75.93 billion.
    // (The last end may be unsure yet: confirmed beside the first later.)
    if (from.verdict == Verdict::kSupported &&
        to.verdict != Verdict::kRefuted && from.facts.size() == 1) {
      const uint32_t late_id = from.facts[0];
      const Figure& late = base.facts[late_id].figure;
      if (late.pair >= 0 && !late.pair_from) {
        const uint32_t early_id = static_cast<uint32_t>(late.pair);
        const Figure& early = base.facts[early_id].figure;
        if (early.pair_from &&
            Compare(to.claimed.quantity, early.quantity) == Agreement::kAgree &&
            Compare(c.quantity, early.quantity) != Agreement::kAgree) {
          TurnAround(early_id, late_id, &from, &to);
          continue;
        }
      }
    }
    if (!c.period.empty() || from.verdict != Verdict::kUnverifiable ||
        to.verdict != Verdict::kUnverifiable || !to.claimed.period.empty())
      continue;
    // The sources' pair among the facts the claim's ends were held
    // against, so of its subject; its ends in time order.
    std::vector<uint32_t> near = from.facts;
    near.insert(near.end(), to.facts.begin(), to.facts.end());
    for (int64_t named : {from.named, to.named})
      if (named >= 0) near.push_back(static_cast<uint32_t>(named));
    for (uint32_t id : near) {
      const Figure& a = base.facts[id].figure;
      if (a.pair < 0) continue;
      const Figure& b = base.facts[static_cast<size_t>(a.pair)].figure;
      const Figure& early = a.period.to <= b.period.from ? a : b;
      const Figure& late = &early == &a ? b : a;
      const uint32_t early_id =
          &early == &a ? id : static_cast<uint32_t>(a.pair);
      const uint32_t late_id =
          &early == &a ? static_cast<uint32_t>(a.pair) : id;
      if (!early.period.stated || !late.period.stated ||
          early.period.to >= late.period.from ||
          Compare(c.quantity, late.quantity) != Agreement::kAgree ||
          Compare(to.claimed.quantity, early.quantity) != Agreement::kAgree ||
          Compare(c.quantity, early.quantity) == Agreement::kAgree)
        continue;
      TurnAround(early_id, late_id, &from, &to);
      break;
    }
  }
}

void TakenBeside(std::vector<FigureResult>* figures) {
  for (FigureResult& taken : *figures) {
    const bool moved = taken.verdict == Verdict::kMisleading &&
                       taken.reason == Reason::kOtherPeriod;
    const bool contradicted = taken.verdict == Verdict::kRefuted &&
                              taken.reason == Reason::kContradicted;
    if ((!moved && !contradicted) || taken.facts.size() != 1) continue;
    for (const FigureResult& other : *figures)
      if (&other != &taken && other.verdict == Verdict::kSupported &&
          other.reason == Reason::kStated && other.facts == taken.facts) {
        // (The closest fact, named as such, for the one it contradicted.)
        taken.named = moved ? -1 : static_cast<int64_t>(taken.facts[0]);
        taken.verdict = Verdict::kUnverifiable;
        taken.reason = moved ? Reason::kNoneForPeriod : Reason::kWeakMatch;
        taken.rule = "its fact another figure's, confirmed beside it";
        taken.facts.clear();
        break;
      }
  }
}

}  // namespace figcheck
