// The unit of a quantity: what it measures (its dimension), in which named
// unit of that dimension, and per what, if a rate ("CNY/km2", "count/person").
// Comes in as the reader's word-table tags or the fact base's unit strings
// (Parse); goes out as the same strings (ToString), so Parse(ToString(u)) is
// u and the fact base's JSON is unchanged. Comparisons and scaling of units
// live here, not in string tests. Tested by tests/unit_test.cc.
#ifndef FIGCHECK_CORE_UNIT_H_
#define FIGCHECK_CORE_UNIT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace figcheck {

// What a unit measures. Units of one dimension compare after scaling
// ("km2" and "m2"); of two, never.
enum class Dimension : uint8_t {
  kNone,        // no unit read (yet)
  kCount,       // things counted: "count" (TEU are counted containers)
  kCurrency,    // money: "CNY", "USD"; two currencies never convert
  kPercent,     // a share, or a relative change: "%"
  kPoints,      // a change of a share: "pp"
  kMultiple,    // a change as a factor: "x" ("tripled")
  kRank,        // a position: "rank"
  kDuration,    // "years" ("for 14 consecutive years")
  kLength,      // "km"
  kArea,        // "m2", "km2" (hectares are read as m2)
  kMass,        // "t"
  kCoalEnergy,  // energy as tonnes of standard coal: "tce"
  kPeople,      // what a per-capita rate is per: "person"
};

class Unit {
 public:
  constexpr Unit() = default;  // none: empty() and ToString() ""

  // The unit a string names, as ToString writes it: "count", "CNY",
  // "CNY/km2", "" (none). False for anything else, *out unchanged.
  static bool Parse(std::string_view text, Unit* out);
  std::string ToString() const;

  static constexpr Unit Count() { return Unit(kCountName); }
  static constexpr Unit Yuan() { return Unit(kYuanName); }
  static constexpr Unit Dollars() { return Unit(kDollarName); }
  static constexpr Unit Percent() { return Unit(kPercentName); }
  static constexpr Unit Points() { return Unit(kPointsName); }
  static constexpr Unit Multiple() { return Unit(kMultipleName); }
  static constexpr Unit Rank() { return Unit(kRankName); }
  static constexpr Unit Years() { return Unit(kYearsName); }
  static constexpr Unit SquareKilometers() { return Unit(kKm2Name); }

  // This unit per one of `denominator` ("CNY" per "km2"); a rate's
  // denominator is replaced. A denominator no rate is per (only "person",
  // "m2", "km2" and the times "day" to "hour" are), or none, leaves the
  // unit as it is, so that
  // Parse(ToString(u)) is u for every unit.
  Unit Per(Unit denominator) const;
  // What a rate counts ("CNY" of "CNY/km2"), and what it is per ("km2");
  // a unit that is no rate is its own numerator, and its denominator none.
  constexpr Unit Numerator() const { return Unit(head_); }
  constexpr Unit Denominator() const { return Unit(per_); }
  constexpr bool IsRate() const { return per_ != kNoName; }
  constexpr bool empty() const { return head_ == kNoName; }

  // The numerator's dimension and currency code ("CNY", "USD"; "" when it
  // is no money).
  Dimension dimension() const;
  std::string_view currency() const;
  // How many of its dimension's base unit one of it is: 1e6 for "km2"
  // (m2), 1e-6 for "CNY/km2" (CNY/m2).
  double scale() const;

  // Exactly these units; a rate of them is not one ("count/person" is no
  // count, "%/person" no percentage).
  constexpr bool IsCount() const { return Is(kCountName); }
  constexpr bool IsPercent() const { return Is(kPercentName); }
  constexpr bool IsPoints() const { return Is(kPointsName); }
  constexpr bool IsMultiple() const { return Is(kMultipleName); }
  constexpr bool IsRank() const { return Is(kRankName); }
  constexpr bool IsYears() const { return Is(kYearsName); }
  // A relative change's unit: "%" or "x", which convert into each other.
  constexpr bool IsRelative() const { return IsPercent() || IsMultiple(); }
  // Money, a rate of money too ("CNY/person").
  bool IsCurrency() const { return dimension() == Dimension::kCurrency; }

  // One dimension, perhaps in another scale: "km2" and "m2", "CNY/km2"
  // and "CNY/m2", a unit and itself; never two currencies.
  bool SameDimension(Unit other) const;
  // Whether figures in the two units can be held against each other: one
  // dimension; money of any currency per the same thing ("CNY/km2" and
  // "USD/km2", to be told apart as another currency); and, for changes,
  // "%" and "x".
  bool ComparableTo(Unit other, bool changes) const;

  friend constexpr bool operator==(Unit a, Unit b) {
    return a.head_ == b.head_ && a.per_ == b.per_;
  }
  friend constexpr bool operator!=(Unit a, Unit b) { return !(a == b); }

 private:
  // The named units, in the order of unit.cc's table.
  enum Name : uint8_t {
    kNoName,
    kCountName,
    kYuanName,
    kDollarName,
    kPercentName,
    kPointsName,
    kMultipleName,
    kRankName,
    kYearsName,
    kKmName,
    kM2Name,
    kKm2Name,
    kTonneName,
    kTceName,
    kPersonName,
    kDayName,
    kWeekName,
    kMonthName,
    kHourName,
  };
  constexpr explicit Unit(Name head, Name per = kNoName)
      : head_(head), per_(per) {}
  constexpr bool Is(Name name) const {
    return head_ == name && per_ == kNoName;
  }

  Name head_ = kNoName;
  Name per_ = kNoName;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_UNIT_H_
