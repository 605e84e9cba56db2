// Units as values. Method: a unit is a pair of names from one table (its
// numerator and, for a rate, its denominator); the table gives each name
// its string, dimension and scale, so parsing, formatting and comparing
// read the same rows. Tested by tests/unit_test.cc.
#include "core/unit.h"

namespace figcheck {
namespace {

struct NamedUnit {
  std::string_view text;  // as in the fact base's JSON
  Dimension dimension;
  double scale;      // how many of the dimension's base unit one is
  bool denominator;  // may follow "/": what the reader reads a rate per
};

// Indexed by Unit::Name.
constexpr NamedUnit kNamedUnits[] = {
    {"", Dimension::kNone, 1, false},
    {"count", Dimension::kCount, 1, false},
    {"CNY", Dimension::kCurrency, 1, false},
    {"USD", Dimension::kCurrency, 1, false},
    {"%", Dimension::kPercent, 1, false},
    {"pp", Dimension::kPoints, 1, false},
    {"x", Dimension::kMultiple, 1, false},
    {"rank", Dimension::kRank, 1, false},
    {"years", Dimension::kDuration, 1, false},
    {"km", Dimension::kLength, 1e3, false},  // base: metres
    {"m2", Dimension::kArea, 1, true},
    {"km2", Dimension::kArea, 1e6, true},
    {"t", Dimension::kMass, 1e3, false},  // base: kilograms
    {"tce", Dimension::kCoalEnergy, 1, false},
    {"person", Dimension::kPeople, 1, true},
    // Time as what a rate is per ("37,000 payments a day"), in years.
    {"day", Dimension::kDuration, 1.0 / 365, true},
    {"week", Dimension::kDuration, 7.0 / 365, true},
    {"month", Dimension::kDuration, 1.0 / 12, true},
    {"hour", Dimension::kDuration, 1.0 / 8760, true},
};
constexpr size_t kNameCount = sizeof(kNamedUnits) / sizeof(kNamedUnits[0]);

const NamedUnit& Named(uint8_t name) { return kNamedUnits[name]; }

// The index of the row whose text is `text`; false when none.
bool FindName(std::string_view text, uint8_t* name) {
  for (size_t i = 0; i < kNameCount; ++i)
    if (kNamedUnits[i].text == text) {
      *name = static_cast<uint8_t>(i);
      return true;
    }
  return false;
}

}  // namespace

bool Unit::Parse(std::string_view text, Unit* out) {
  size_t slash = text.find('/');
  uint8_t head = 0, per = 0;
  if (!FindName(text.substr(0, slash), &head)) return false;
  if (slash != std::string_view::npos &&
      (head == kNoName || !FindName(text.substr(slash + 1), &per) ||
       !Named(per).denominator))
    return false;
  *out = Unit(static_cast<Name>(head), static_cast<Name>(per));
  return true;
}

std::string Unit::ToString() const {
  std::string s(Named(head_).text);
  if (IsRate()) s.append("/").append(Named(per_).text);
  return s;
}

Unit Unit::Per(Unit denominator) const {
  if (denominator.IsRate() || !Named(denominator.head_).denominator)
    return *this;
  return Unit(head_, denominator.head_);
}

Dimension Unit::dimension() const { return Named(head_).dimension; }

std::string_view Unit::currency() const {
  return IsCurrency() ? Named(head_).text : std::string_view();
}

double Unit::scale() const { return Named(head_).scale / Named(per_).scale; }

bool Unit::SameDimension(Unit other) const {
  if (dimension() != other.dimension() ||
      Named(per_).dimension != Named(other.per_).dimension)
    return false;
  return !IsCurrency() || head_ == other.head_;
}

bool Unit::ComparableTo(Unit other, bool changes) const {
  if (SameDimension(other)) return true;
  if (IsCurrency() && other.IsCurrency()) return per_ == other.per_;
  return changes && IsRelative() && other.IsRelative();
}

}  // namespace figcheck
