// core/unit.h: every unit the reader produces parses from and formats to
// its fact-base string, with its dimension, currency and scale; which units
// compare, and in which scale; and the strings that name no unit.
#include "core/unit.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/reader/words.h"

namespace figcheck {
namespace {

Unit Parsed(std::string_view text) {
  Unit u;
  EXPECT_TRUE(Unit::Parse(text, &u)) << text;
  return u;
}

TEST(UnitTest, ParseAndFormatRoundTrip) {
  const struct {
    const char* text;
    Dimension dimension;
    const char* currency;
    double scale;
  } kCases[] = {
      {"", Dimension::kNone, "", 1},
      {"count", Dimension::kCount, "", 1},
      {"CNY", Dimension::kCurrency, "CNY", 1},
      {"USD", Dimension::kCurrency, "USD", 1},
      {"%", Dimension::kPercent, "", 1},
      {"pp", Dimension::kPoints, "", 1},
      {"x", Dimension::kMultiple, "", 1},
      {"rank", Dimension::kRank, "", 1},
      {"years", Dimension::kDuration, "", 1},
      {"km", Dimension::kLength, "", 1e3},
      {"m2", Dimension::kArea, "", 1},
      {"km2", Dimension::kArea, "", 1e6},
      {"t", Dimension::kMass, "", 1e3},
      {"tce", Dimension::kCoalEnergy, "", 1},
      {"person", Dimension::kPeople, "", 1},
      // Rates: the numerator's dimension, scaled per the denominator.
      {"count/person", Dimension::kCount, "", 1},
      {"CNY/person", Dimension::kCurrency, "CNY", 1},
      {"USD/person", Dimension::kCurrency, "USD", 1},
      {"CNY/km2", Dimension::kCurrency, "CNY", 1e-6},
      {"USD/km2", Dimension::kCurrency, "USD", 1e-6},
      {"CNY/m2", Dimension::kCurrency, "CNY", 1},
      {"count/km2", Dimension::kCount, "", 1e-6},
      {"km2/person", Dimension::kArea, "", 1e6},
      {"%/person", Dimension::kPercent, "", 1},
      // Per a time, in years: "37,000 payments a day".
      {"count/day", Dimension::kCount, "", 365},
      {"CNY/month", Dimension::kCurrency, "CNY", 12},
  };
  for (const auto& c : kCases) {
    Unit u = Parsed(c.text);
    EXPECT_EQ(u.ToString(), c.text);
    EXPECT_EQ(u.dimension(), c.dimension) << c.text;
    EXPECT_EQ(u.currency(), c.currency) << c.text;
    EXPECT_DOUBLE_EQ(u.scale(), c.scale) << c.text;
    EXPECT_EQ(u.IsRate(),
              std::string_view(c.text).find('/') != std::string_view::npos)
        << c.text;
    EXPECT_EQ(u.empty(), *c.text == '\0') << c.text;
  }
}

// Every unit tag of the figure-word table is a unit, except a thing that
// is counted ("teu"), which the reader reads as a count of it.
TEST(UnitTest, EveryTagOfTheWordTableParses) {
  using reader::WordRole;
  for (const reader::FigureWord& w : reader::FigureWords()) {
    if (w.role != WordRole::kUnit && w.role != WordRole::kPerUnit &&
        w.role != WordRole::kCurrency)
      continue;
    Unit u;
    bool ok = Unit::Parse(w.tag, &u);
    if (w.tag == "teu") {
      EXPECT_FALSE(ok);
      continue;
    }
    EXPECT_TRUE(ok) << w.surface << ": " << w.tag;
    EXPECT_FALSE(u.empty()) << w.surface;
    EXPECT_FALSE(u.IsRate()) << w.surface;
    if (w.role == WordRole::kCurrency) {
      EXPECT_TRUE(u.IsCurrency()) << w.tag;
    }
    if (w.role == WordRole::kPerUnit) {
      EXPECT_EQ(Unit::Count().Per(u).ToString(), "count/" + std::string(w.tag));
    }
  }
}

TEST(UnitTest, StringsThatNameNoUnit) {
  for (const char* text :
       {"cny", "Yuan", " CNY", "CNY ", "teu", "furlongs", "CNY/", "/person",
        "/", "CNY/count", "CNY/USD", "count/10k-people", "CNY/km2/person",
        "CNY//km2", "%%"}) {
    Unit u = Unit::Rank();
    EXPECT_FALSE(Unit::Parse(text, &u)) << text;
    EXPECT_EQ(u, Unit::Rank()) << text << ": unchanged on failure";
  }
}

TEST(UnitTest, Predicates) {
  const struct {
    const char* text;
    bool count, currency, relative, percent, points, multiple, rank, years;
  } kCases[] = {
      {"count", true, false, false, false, false, false, false, false},
      {"count/person", false, false, false, false, false, false, false, false},
      {"CNY", false, true, false, false, false, false, false, false},
      {"CNY/person", false, true, false, false, false, false, false, false},
      {"USD/km2", false, true, false, false, false, false, false, false},
      {"%", false, false, true, true, false, false, false, false},
      {"%/person", false, false, false, false, false, false, false, false},
      {"pp", false, false, false, false, true, false, false, false},
      {"x", false, false, true, false, false, true, false, false},
      {"rank", false, false, false, false, false, false, true, false},
      {"years", false, false, false, false, false, false, false, true},
      {"", false, false, false, false, false, false, false, false},
      {"km2", false, false, false, false, false, false, false, false},
  };
  for (const auto& c : kCases) {
    Unit u = Parsed(c.text);
    EXPECT_EQ(u.IsCount(), c.count) << c.text;
    EXPECT_EQ(u.IsCurrency(), c.currency) << c.text;
    EXPECT_EQ(u.IsRelative(), c.relative) << c.text;
    EXPECT_EQ(u.IsPercent(), c.percent) << c.text;
    EXPECT_EQ(u.IsPoints(), c.points) << c.text;
    EXPECT_EQ(u.IsMultiple(), c.multiple) << c.text;
    EXPECT_EQ(u.IsRank(), c.rank) << c.text;
    EXPECT_EQ(u.IsYears(), c.years) << c.text;
  }
}

TEST(UnitTest, NamedUnitsAreTheirStrings) {
  const struct {
    Unit unit;
    const char* text;
  } kCases[] = {
      {Unit(), ""},
      {Unit::Count(), "count"},
      {Unit::Yuan(), "CNY"},
      {Unit::Dollars(), "USD"},
      {Unit::Percent(), "%"},
      {Unit::Points(), "pp"},
      {Unit::Multiple(), "x"},
      {Unit::Rank(), "rank"},
      {Unit::Years(), "years"},
      {Unit::SquareKilometers(), "km2"},
      {Unit::Yuan().Per(Unit::SquareKilometers()), "CNY/km2"},
      {Unit::Count().Per(Unit()), "count"},
      {Unit::Yuan().Per(Unit::Count()), "CNY"},
      {Unit::Yuan().Per(Unit::Yuan().Per(Unit::SquareKilometers())), "CNY"},
      {Parsed("CNY/km2").Per(Parsed("person")), "CNY/person"},
      {Parsed("CNY/km2").Numerator(), "CNY"},
      {Parsed("CNY/km2").Denominator(), "km2"},
      {Unit::Count().Denominator(), ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(c.unit.ToString(), c.text);
    EXPECT_EQ(c.unit, Parsed(c.text)) << c.text;
  }
}

TEST(UnitTest, Comparability) {
  const struct {
    const char* a;
    const char* b;
    bool same_dimension;  // and so convertible by scale()
    bool levels;          // ComparableTo(b, false)
    bool changes;         // ComparableTo(b, true)
  } kCases[] = {
      {"CNY", "CNY", true, true, true},
      {"km2", "m2", true, true, true},
      {"m2", "km2", true, true, true},
      {"CNY/km2", "CNY/m2", true, true, true},
      {"count/km2", "count/m2", true, true, true},
      // Another currency compares, to be told apart, never converted.
      {"CNY", "USD", false, true, true},
      {"CNY/km2", "USD/km2", false, true, true},
      {"CNY/person", "USD/person", false, true, true},
      {"CNY/km2", "USD/m2", false, false, false},
      {"CNY", "CNY/person", false, false, false},
      // Percentages and multiples are both relative changes.
      {"%", "x", false, false, true},
      {"x", "%", false, false, true},
      {"%", "pp", false, false, false},
      {"%", "%", true, true, true},
      {"count", "rank", false, false, false},
      {"count", "count/person", false, false, false},
      {"count", "count/day", false, false, false},
      {"count/day", "count/week", true, true, true},
      {"count", "years", false, false, false},
      {"t", "tce", false, false, false},
      {"km", "km2", false, false, false},
      {"count", "CNY", false, false, false},
      {"", "", true, true, true},
      {"", "count", false, false, false},
  };
  for (const auto& c : kCases) {
    Unit a = Parsed(c.a), b = Parsed(c.b);
    std::string both = std::string(c.a) + " vs " + c.b;
    EXPECT_EQ(a.SameDimension(b), c.same_dimension) << both;
    EXPECT_EQ(a.ComparableTo(b, false), c.levels) << both;
    EXPECT_EQ(a.ComparableTo(b, true), c.changes) << both;
    EXPECT_EQ(a == b, std::string_view(c.a) == c.b) << both;
  }
}

// A value in one unit, in another of its dimension: value · from / to.
TEST(UnitTest, Scaling) {
  const struct {
    double value;
    const char* from;
    const char* to;
    double want;
  } kCases[] = {
      {12.5, "km2", "m2", 12.5e6},
      {123000, "m2", "km2", 0.123},
      {1.41e10, "CNY/km2", "CNY/m2", 1.41e4},
      {1.41e4, "CNY/m2", "CNY/km2", 1.41e10},
      {300, "count/km2", "count/m2", 3e-4},
      {7, "count/person", "count/person", 7},
  };
  for (const auto& c : kCases) {
    Unit from = Parsed(c.from), to = Parsed(c.to);
    ASSERT_TRUE(from.SameDimension(to)) << c.from << " " << c.to;
    EXPECT_DOUBLE_EQ(c.value * from.scale() / to.scale(), c.want)
        << c.from << " → " << c.to;
  }
}

}  // namespace
}  // namespace figcheck
