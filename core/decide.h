// Stage 2b: one claim figure × the fact base → its verdict, by an ordered
// list of named rules (kDecisionRules in decide.cc); the first that applies
// decides, with its reason. The facts the figure is about come from
// match.h, the agreement of two figures from agreement.h; the words of the
// explanation from render.h. Tested by tests/check_test.cc,
// tests/frames_test.cc and tests/self_check_test.cc.
#ifndef FIGCHECK_CORE_DECIDE_H_
#define FIGCHECK_CORE_DECIDE_H_

#include <vector>

#include "core/check.h"
#include "core/factbase.h"
#include "core/text.h"

namespace figcheck {

// The date a claim is read as of, and whether it is the claim's own (an
// article's, --as-of) rather than today's (check.h).
struct ClaimDate {
  Date as_of;
  bool dated = false;
};

FigureResult Decide(const FactBase& base, const Figure& claimed,
                    ClaimDate date);

// A figure left unverifiable that the claim states beside another it
// confirmed, in one sentence, told in the same source sentence as that one
// ("one in four mobile games making more than 10 million yuan a month"):
// that sentence confirms it too. `mates`: the results of the claim
// sentence's figures. Returns whether `unsure` was confirmed.
bool ConfirmBeside(const FactBase& base, const std::vector<FigureResult>& mates,
                   FigureResult* unsure);

// A claim's "from X to Y" with no period whose ends are the sources' pair
// the other way round ("shrank from 4.2 trillion to 3.4 trillion" for a
// rise from 3.38 trillion in 2011 to 4.2 trillion in 2021): both ends are
// refuted, each with the pair. `figures`: one claim sentence's results.
void TurnedAround(const FactBase& base, std::vector<FigureResult>* figures);

// A figure decided against a fact that another figure of its sentence is
// confirmed by: that fact is the other figure's, so this one is
// unverifiable. Misleading as that fact's other period ("hit US$24.09
// billion in 2023, up from about US$24 billion in 2022": the claim put the
// fact in its year already, nothing was moved), or refuted by it ("1,771
// institutions, incl. 648 foreign" is no contradiction of the 1,771).
// `figures`: one claim sentence's results.
void TakenBeside(std::vector<FigureResult>* figures);

// A figure not confirmed that is the difference of a figure the claim states
// beside it (and the sources confirm) and another fact of that source
// sentence or the next ("891 headquarters before the 65 added in 2023", of
// 956; "480 of the 570 firms", 90 being Shanghai's): supported, with both
// facts. The difference must be the claim's number to its precision, and
// neither fact the claim's own number; the claim's sentence (`lower`,
// folded) must say it is a remainder ("not", "outside", "before",
// "excluding": kRemainder words). `figures`: one claim sentence's results.
void DifferenceOfMates(const FactBase& base, std::string_view lower,
                       std::vector<FigureResult>* figures);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_DECIDE_H_
