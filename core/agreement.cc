// Agreement of quantities, periods and aspects. Method: values are
// compared in the claim's terms (a change the source gives as a multiple is
// read as a percentage when the claim says one), with a tolerance from the
// claim's stated precision (rounded or truncated to it) or approximation;
// bounds compare as intervals, the source's value as the interval its own
// precision allows, and a bare value against a source bound is only
// confirmed by the same number. Tested by tests/check_test.cc
// (AgreementRules and its siblings).
#include "core/agreement.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace figcheck {
namespace {

double Tolerance(const Quantity& c, const Quantity& f, double cv, double fv) {
  double tol = c.step > 0 ? std::min(c.step / 2, 0.05 * std::fabs(cv)) : 0;
  if (c.qualifier == Qualifier::kApprox || f.qualifier == Qualifier::kApprox)
    tol = std::max(tol, 0.05 * std::fabs(fv));
  return tol + 1e-9 * std::max(std::fabs(cv), std::fabs(fv));
}

bool Lower(Qualifier q) {
  return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast;
}
bool Upper(Qualifier q) {
  return q == Qualifier::kLessThan || q == Qualifier::kAtMost;
}
// Half the source's own precision: "4.72 trillion" is 4.715–4.725
// trillion. A whole count or amount ("6,017", "300 yuan") is exact; a
// percentage is rounded even when whole ("5%").
double SourceSlack(const Quantity& f) {
  if (f.step <= 0 || (f.step == 1 && !f.unit.IsPercent())) return 0;
  return f.step / 2;
}

// Compares values already in the same unit.
Agreement CompareValues(const Quantity& c, double cv, const Quantity& f,
                        double fv) {
  double tol = Tolerance(c, f, cv, fv);
  const double exact = 1e-9 * std::max(std::fabs(cv), std::fabs(fv));
  const double slack = SourceSlack(f);
  Qualifier cq = c.qualifier, fq = f.qualifier;
  if (IsPoint(cq) && IsPoint(fq)) {
    if (std::fabs(cv - fv) <= tol) return Agreement::kAgree;
    // Truncated to the claim's precision, as journalists write ("49.15
    // million" for 49.158 million): agrees, within the approximation cap.
    // Only decimals: "6,010" is no truncation of 6,017.
    if (c.step > 0 && c.decimals && std::fabs(fv) >= std::fabs(cv) &&
        std::fabs(fv) <
            std::fabs(cv) + std::min(c.step, 0.05 * std::fabs(cv)) &&
        (cv >= 0) == (fv >= 0))
      return Agreement::kAgree;
    return Agreement::kContradict;
  }
  if (Lower(cq)) {
    if (IsPoint(fq)) {
      if (cq == Qualifier::kMoreThan) {
        // The source's value may lie anywhere in its precision.
        if (fv - slack > cv + exact) return Agreement::kAgree;
        if (fv + slack <= cv + exact) return Agreement::kContradict;
        return Agreement::kUndetermined;
      }
      // "At least 1,800" is a bound: no rounding of its own number.
      return fv + slack >= cv - exact
                 ? (fv - slack >= cv - exact ? Agreement::kAgree
                                             : Agreement::kUndetermined)
                 : Agreement::kContradict;
    }
    // Bound against bound: no rounding slack ("more than 7 million" is not
    // confirmed by "more than 6.75 million").
    if (Lower(fq))
      return fv >= cv - exact ? Agreement::kAgree : Agreement::kUndetermined;
    return fv <= cv + exact ? Agreement::kContradict : Agreement::kUndetermined;
  }
  if (Upper(cq)) {
    if (IsPoint(fq)) {
      if (cq == Qualifier::kLessThan) {
        if (fv + slack < cv - exact) return Agreement::kAgree;
        if (fv - slack >= cv - exact) return Agreement::kContradict;
        return Agreement::kUndetermined;
      }
      return fv - slack <= cv + exact
                 ? (fv + slack <= cv + exact ? Agreement::kAgree
                                             : Agreement::kUndetermined)
                 : Agreement::kContradict;
    }
    if (Upper(fq))
      return fv <= cv + exact ? Agreement::kAgree : Agreement::kUndetermined;
    return fv >= cv - exact ? Agreement::kContradict : Agreement::kUndetermined;
  }
  // A point claim against a source bound: the same number as the source
  // states agrees; one the bound rules out contradicts; anything else is
  // not confirmed.
  if (std::fabs(cv - fv) <= exact) return Agreement::kAgree;
  if (Lower(fq))
    return cv + tol < fv ? Agreement::kContradict : Agreement::kUndetermined;
  return cv - tol > fv ? Agreement::kContradict : Agreement::kUndetermined;
}

}  // namespace

bool IsPoint(Qualifier q) {
  return q == Qualifier::kExact || q == Qualifier::kApprox;
}

bool UnitsComparable(const Quantity& c, const Quantity& f) {
  return c.kind == f.kind &&
         c.unit.ComparableTo(f.unit, c.kind == Kind::kChange);
}

bool BareAmount(const Figure& f) {
  constexpr double kScaled = 1e6;  // "million" and up
  return f.quantity.unit.IsCount() && f.nouns.empty() &&
         std::fabs(f.quantity.value) >= kScaled;
}

bool BareMeetsMoney(const Figure& c, const Figure& f) {
  // (Within an order of magnitude: "employs 1.3 million" is no slip of 1.3
  // trillion yuan, it counts other things.)
  constexpr double kSameMagnitude = 10;
  const Quantity& cq = c.quantity;
  const Quantity& fq = f.quantity;
  if (cq.value == 0 || fq.value == 0 ||
      std::fabs(cq.value / fq.value) >= kSameMagnitude ||
      std::fabs(fq.value / cq.value) >= kSameMagnitude)
    return false;
  return cq.kind == fq.kind &&
         ((BareAmount(c) && fq.unit.IsCurrency() && !fq.unit.IsRate()) ||
          (BareAmount(f) && cq.unit.IsCurrency() && !cq.unit.IsRate()));
}

// Relative change as a multiplier: "up 38.3%" → 1.383, "declined by 42%" →
// 0.58, "tripled" → 3.
double AsMultiplier(const Quantity& q) {
  if (q.unit.IsMultiple()) return q.value;
  int dir = q.direction == 0 ? 1 : q.direction;
  return 1 + dir * q.value / 100;
}

Agreement Compare(const Quantity& c, const Quantity& f) {
  // One dimension in another scale: the source's figure in the claim's.
  if (c.unit != f.unit && c.unit.SameDimension(f.unit)) {
    Quantity in_claims = f;
    in_claims.unit = c.unit;
    in_claims.value = f.value * f.unit.scale() / c.unit.scale();
    in_claims.step = f.step * f.unit.scale() / c.unit.scale();
    return Compare(c, in_claims);
  }
  // A position has no rounding: third is not "about second".
  if (c.unit.IsRank() || f.unit.IsRank())
    return c.value == f.value ? Agreement::kAgree : Agreement::kContradict;
  if (c.unit.IsCurrency() && f.unit.IsCurrency() && c.unit != f.unit)
    return Agreement::kContradict;
  if (c.kind == Kind::kChange) {
    if (c.direction != 0 && f.direction != 0 && c.direction != f.direction)
      return Agreement::kContradict;
    if (c.unit != f.unit && (c.unit.IsMultiple() || f.unit.IsMultiple())) {
      // Compare as the claim states it.
      if (c.unit.IsMultiple())
        return CompareValues(c, c.value, f, AsMultiplier(f));
      double fpct = (f.value - 1) * 100;
      Quantity cc = c;
      return CompareValues(cc, c.value, f, std::fabs(fpct));
    }
  }
  return CompareValues(c, c.value, f, f.value);
}

bool PeriodsMatch(const Period& c, const Period& f) {
  if (c.from == 0 && c.years != 0)  // a span with no anchor: "in three years"
    return f.years == c.years;
  if (!f.stated) {
    // The source gave no period: it holds up to its date.
    if (c.is_year()) return c.from <= f.to && c.from >= f.to - 1;
    return c.to <= f.to;
  }
  if (c.is_year() && f.is_year()) return c.from == f.from;
  if (c.years != 0 && f.years != 0)
    return c.years == f.years && std::abs(c.to - f.to) <= 1;
  return c.from == f.from && c.to == f.to;
}

// Whether two aspects can describe one figure: equal, or one plain and the
// other a new-in-period count or running total (a bare "6,017 firms were set
// up in 2023" is the new ones). Part of a year, several things added up and
// averages only ever match their own kind.
bool AspectsMeet(Aspect c, Aspect f) {
  if (c == f) return true;
  // A claim of several things added up, against a fact that adds up
  // without saying so; never a claim of one thing against a group's sum.
  if (c == Aspect::kCombined && (f == Aspect::kPlain || f == Aspect::kTotal))
    return true;
  auto open = [](Aspect a) {
    return a == Aspect::kPlain || a == Aspect::kNew || a == Aspect::kTotal;
  };
  return open(c) && open(f) && (c == Aspect::kPlain || f == Aspect::kPlain);
}

bool SameDigits(double a, double b) {
  if (b == 0) return false;
  double lg = std::log10(std::fabs(a / b));
  return std::fabs(lg - std::round(lg)) < 1e-6;
}

}  // namespace figcheck
