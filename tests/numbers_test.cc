// core/numbers.h against the C library it replaces: printf's "%g" at the
// shortest round-trip precision and "%.*f", on a table and on many values
// drawn from a fixed seed.
#include "core/numbers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace figcheck {
namespace {

// What the JSON writer printed with printf: the first precision from 6 up
// that reads back exactly.
std::string PrintfShortest(double v) {
  char buf[40];
  for (int precision = 6; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

TEST(FormatShortestTest, Table) {
  const struct {
    double v;
    const char* want;
  } kCases[] = {
      {4.72e12, "4.72e+12"},
      {0.383, "0.383"},
      {1e-5, "1e-05"},
      {123456, "123456"},
      {1234567, "1234567"},
      {-2.5, "-2.5"},
      {0.0001, "0.0001"},
      {49.158e6, "4.9158e+07"},
      {1e21, "1e+21"},
      {0.1 + 0.2, "0.30000000000000004"},
      {0, "0"},
  };
  for (const auto& c : kCases) EXPECT_EQ(FormatShortest(c.v), c.want) << c.v;
  EXPECT_EQ(FormatShortest(NAN), "nan");
  EXPECT_EQ(FormatShortest(-INFINITY), "-inf");
}

TEST(FormatShortestTest, ReadsBackAndMatchesPrintf) {
  std::mt19937_64 rng(20261202);
  std::uniform_real_distribution<double> mantissa(1, 10);
  std::uniform_int_distribution<int> power(-12, 20);
  int same = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    double v = mantissa(rng) * std::pow(10.0, power(rng));
    // Figures as sources write them: a few significant digits.
    if (i % 2 == 0) {
      double scale = std::pow(10.0, 3 - std::floor(std::log10(v)));
      v = std::round(v * scale) / scale;
    }
    std::string got = FormatShortest(v);
    ASSERT_EQ(std::strtod(got.c_str(), nullptr), v) << got;
    std::string want = PrintfShortest(v);
    if (got == want) {
      ++same;
      continue;
    }
    // Only at the limit of a double's precision (another last digit of
    // 17), never for the figures of a text.
    size_t digits = 0;
    for (char c : want.substr(0, want.find('e')))
      digits += c >= '0' && c <= '9';
    EXPECT_GE(digits, 16u) << got << " vs printf's " << want;
  }
  EXPECT_GE(same, n * 99 / 100);
}

TEST(FormatFixedTest, Table) {
  const struct {
    double v;
    int decimals;
    const char* want;
  } kCases[] = {
      {4.72, 2, "4.72"},
      {4.7, 2, "4.70"},
      {2.5, 0, "3"},
      {0.125, 2, "0.13"},
      {9.996, 2, "10.00"},
      {0.0004, 3, "0.000"},
      {-0.0004, 3, "0.000"},
      {-1.25, 1, "-1.3"},
      {1e15, 1, "1000000000000000.0"},
      {0, 2, "0.00"},
      {24087e6, 0, "24087000000"},
      {0.00123, 4, "0.0012"},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(FormatFixed(c.v, c.decimals), c.want) << c.v << " " << c.decimals;
}

TEST(FormatFixedTest, MatchesPrintfAwayFromTies) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> value(0, 1e7);
  for (int i = 0; i < 20000; ++i) {
    double v = value(rng);
    int decimals = i % 5;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    EXPECT_EQ(FormatFixed(v, decimals), buf) << v;
  }
}

TEST(ParseDecimalTest, Table) {
  EXPECT_EQ(ParseDecimal("4.72"), 4.72);
  EXPECT_EQ(ParseDecimal("6017"), 6017);
  EXPECT_EQ(ParseDecimal(".5"), 0.5);
  EXPECT_EQ(ParseDecimal("7."), 7);
  EXPECT_EQ(ParseDecimal("0.30000000000000004"), 0.1 + 0.2);
  for (const char* bad : {"", ".", "1.2.3", "12a", "-3", "1e5", " 1"})
    EXPECT_TRUE(std::isnan(ParseDecimal(bad))) << bad;
}

TEST(FormatHexTest, Table) {
  EXPECT_EQ(FormatHex(0, 4), "0000");
  EXPECT_EQ(FormatHex(0x1f, 4), "001f");
  EXPECT_EQ(FormatHex(0xFFFFFFFFFFFFFFFFull, 16), "ffffffffffffffff");
  EXPECT_EQ(FormatHex(0xABC, 1), "abc");
}

}  // namespace
}  // namespace figcheck
