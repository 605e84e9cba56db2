// Tests core/reader/mentions.h: which spans of a sentence are numbers, and
// what each reads before its context (value, and the scale and unit after
// it). One table of sentences with the mentions expected, as "text=value
// unit"; the rows with no mention are the error path (dates, codes, labels,
// durations, years, list numbers). ParseDigits has its own table.
#include "core/reader/mentions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/reader/sentence_fixture.h"

namespace figcheck {
namespace reader {
namespace {

std::vector<std::string> Mentions(const std::string& text) {
  SentenceFixture fixture(text);
  std::vector<std::string> out;
  for (const Mention& m : FindMentions(fixture.sentence(), fixture.tokens()))
    out.push_back(fixture.Quote(m.start, m.end) + "=" + Number(m.q.value) +
                  " " + m.q.unit);
  return out;
}

TEST(Mentions, FindsNumbersAndWhatFollowsThem) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"Exports reached 2.61 trillion yuan.",
       {"2.61 trillion yuan=2.61e+12 CNY"}},
      {"The port handled 24,087 containers.", {"24,087=24087 count"}},
      {"Revenue was US$1.5m last year.", {"1.5m=1500000 count"}},
      {"Sales hit 4.72e12 in total.", {"4.72e12=4.72e+12 count"}},
      {"It raised RMB500 million.", {"500 million=500000000 count"}},
      {"It raised USD24bn.", {"24bn=2.4e+10 count"}},
      {"The ABC500 chip.", {}},
      {"It covers 300 square kilometres.", {"300 square kilometres=300 km2"}},
      {"Income was 300 yuan per capita.",
       {"300 yuan per capita=300 CNY/person"}},
      {"There are 5 units per 1,000 people.",
       {"5 units per 1,000 people=5 count/1k-people"}},
      {"Output was 4.72\xC3\x97"
       "10^12 yuan.",
       {"4.72\xC3\x97"
        "10^12 yuan=4.72e+12 CNY",
        "10=10 count", "12 yuan=12 CNY"}},  // overlaps go in ReadQuantities
      {"It handled 40 million TEUs.", {"40 million TEUs=40000000 count"}},
      {"Its share was 38.3 percent.", {"38.3 percent=38.3 %"}},
      {"It won for 9 consecutive years.", {"9 consecutive years=9 years"}},
      // Words.
      {"One in five residents cycles.", {"One in five=20 %"}},
      {"Two thirds of firms export.", {"Two thirds=66.66666667 %"}},
      {"Sales tripled.", {"tripled=3 x"}},
      {"A dozen ports opened.", {"A dozen=12 count"}},
      {"Seven ports opened.", {"Seven=7 count"}},
      // Not figures.
      {"The C919 and 5G projects.", {}},
      {"On 2023-05-01 at 10:30 the port opened.", {}},
      {"Phase 2 began.", {}},
      {"It expanded during the last 12 years.", {}},
      {"Prices rose in 2023.", {}},
      {"COVID-19 cases fell.", {}},
      {"See the note [1] below.", {}},
      {"A five-year plan.", {}},
      {"Dozens of ports opened.", {}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Mentions(c.text), c.expected) << c.text;
}

TEST(Mentions, ParsesDigitsWithTheirPrecision) {
  struct Case {
    const char* raw;
    bool ok;
    double value, step;
  } const kCases[] = {
      {"24,087", true, 24087, 1},
      {"49.158", true, 49.158, 0.001},
      {"2,300", true, 2300, 100},
      {"100", true, 100, 100},
      {"0.5", true, 0.5, 0.1},
      {"6\x1F"
       "017",
       true, 6017, 1},
      {"60,17", false, 0, 0},
      {"6,0170", false, 0, 0},
      {"1.2.3", false, 0, 0},
      {",123", false, 0, 0},
  };
  for (const Case& c : kCases) {
    double value = 0, step = 0;
    EXPECT_EQ(ParseDigits(c.raw, &value, &step), c.ok) << c.raw;
    if (!c.ok) continue;
    EXPECT_DOUBLE_EQ(value, c.value) << c.raw;
    EXPECT_DOUBLE_EQ(step, c.step) << c.raw;
  }
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
