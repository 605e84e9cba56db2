// Whether a claimed quantity agrees with a source's, and whether two
// periods and two aspects can be one: the rules of design.md ("When a figure
// agrees"). Rounding to the precision the claim states (never looser than
// 5%), 5% for approximations, bounds on either side, currency and scale
// normalised first, changes as percentages or multiples. Plain functions of
// plain values. Tested by tests/check_test.cc.
#ifndef FIGCHECK_CORE_AGREEMENT_H_
#define FIGCHECK_CORE_AGREEMENT_H_

#include "core/figure.h"

namespace figcheck {

enum class Agreement { kAgree, kContradict, kUndetermined };

// The claim's figure against the fact's, as the claim states it.
Agreement Compare(const Quantity& claim, const Quantity& fact);
// The same kind of unit: a change with a change, yuan with dollars (per
// the same thing), a count with a count.
bool UnitsComparable(const Quantity& claim, const Quantity& fact);
// An amount with a scale and nothing after it ("GDP reached 4.72 trillion",
// "a transaction value at 100 billion each"): read as a count, it may be
// money the writer left unnamed.
bool BareAmount(const Figure& f);
// One figure of money, the other a bare amount of the same kind: the bare
// one is compared in the other's unit.
bool BareMeetsMoney(const Figure& claim, const Figure& fact);
// The claim's period can be the fact's (a fact with no stated period holds
// up to its document's date).
bool PeriodsMatch(const Period& claim, const Period& fact);
// Two aspects that can describe one figure (figure.h).
bool AspectsMeet(Aspect claim, Aspect fact);
// The same digits, another scale: a / b is a power of ten (1 included).
bool SameDigits(double a, double b);
// "exact" or "about": a value, not a bound.
bool IsPoint(Qualifier q);
// A relative change as a multiplier: "up 38.3%" → 1.383, "tripled" → 3.
double AsMultiplier(const Quantity& q);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_AGREEMENT_H_
