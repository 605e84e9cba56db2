// Tests core/reader/quantity.h: what the words around a number make of its
// quantity. One table of sentences with each quantity expected as "text:
// value unit qualifier kind direction"; the error path is a number whose
// neighbours say nothing ("set up 20 firms": "up" is a particle, not a
// rise) and a phrase no word of the table reads.
#include "core/reader/quantity.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/reader/sentence_fixture.h"

namespace figcheck {
namespace reader {
namespace {

std::vector<std::string> Quantities(const std::string& text) {
  SentenceFixture fixture(text);
  std::vector<std::string> out;
  for (const Mention& m :
       ReadQuantities(fixture.sentence(),
                      FindMentions(fixture.sentence(), fixture.tokens()))) {
    const Quantity& q = m.q;
    std::string s = fixture.Quote(m.start, m.end) + ": " + Number(q.value) +
                    " " + q.unit.ToString() + " " + QualifierName(q.qualifier) +
                    " " + (q.kind == Kind::kChange ? "change" : "level") + " " +
                    std::to_string(q.direction);
    if (m.parenthetical) s += " parenthetical";
    out.push_back(s);
  }
  return out;
}

TEST(Quantity, ReadsWhatSurroundsANumber) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"There are more than 500 firms.", {"500: 500 count more than level 0"}},
      {"There are at least 30 firms.", {"30: 30 count at least level 0"}},
      {"There are at  least 30 firms.", {"30: 30 count at least level 0"}},
      {"It costs up to 40 yuan.", {"40 yuan: 40 CNY at most level 0"}},
      {"It employs just under 300 people.",
       {"300: 300 count approximately level 0"}},
      {"Income was US$24,087.", {"US$24,087: 24087 USD exact level 0"}},
      {"It raised RMB500 million.",
       {"RMB500 million: 500000000 CNY exact level 0"}},
      {"Sales rose 5 percent.", {"5 percent: 5 % exact change 1"}},
      {"Sales rose 5 pct.", {"5 pct: 5 % exact change 1"}},
      {"Sales fell by about 3%.", {"3%: 3 % approximately change -1"}},
      {"It posted a 12% increase.", {"12%: 12 % exact change 1"}},
      {"It was 5% lower than a year ago.", {"5%: 5 % exact change -1"}},
      {"Sales were up 3% year on year.", {"3%: 3 % exact change 1"}},
      // A plus sign alone before a percent is a rise; not before a code.
      {"Sales hit 9 million (+3.5% yoy).",
       {"9 million: 9000000 count exact level 0",
        "3.5%: 3.5 % exact change 1"}},
      {"Exports +12 pct in 2023.", {"12 pct: 12 % exact change 1"}},
      {"Dial +86 for China.", {}},
      {"It grew 2 percentage points year on year.",
       {"2 percentage points: 2 pp exact change 1"}},
      // A bound after the number is part of the figure's text.
      {"It hired 300 or more people.",
       {"300 or more: 300 count at least level 0"}},
      {"It hired 80-plus people.", {"80-plus: 80 count more than level 0"}},
      {"It has 24,000+ members.", {"24,000+: 24000 count more than level 0"}},
      {"It hired 7k+ people.", {"7k+: 7000 count more than level 0"}},
      // The bound between a glued scale and the unit.
      {"IPOs raised 900bn+ yuan.",
       {"900bn+ yuan: 9e+11 CNY more than level 0"}},
      // "N more … than …": a difference, not a level.
      {"It hired 1,800 more nurses in 2023 than in 2022.",
       {"1,800: 1800 count exact change 1"}},
      {"It had 40 fewer branches than last year.",
       {"40: 40 count exact change -1"}},
      {"It hired 1,800 more nurses.", {"1,800: 1800 count exact level 0"}},
      // A rate's base before its number, in the same clause only.
      {"The number of patents per 10,000 people rose to 50.2.",
       {"50.2: 0.00502 count/person exact level 0"}},
      {"Income per capita reached 84,834 yuan.",
       {"84,834 yuan: 84834 CNY/person exact level 0"}},
      {"Income per capita rose, and exports reached 3 trillion yuan.",
       {"3 trillion yuan: 3e+12 CNY exact level 0"}},
      // Per a time: after the things counted, or an adjective before.
      {"Shoppers made 37,000 card payments a day.",
       {"37,000 card payments a day: 37000 count/day exact level 0"}},
      {"Games with a monthly income of over 10 million yuan sold well.",
       {"10 million yuan: 10000000 CNY/month more than level 0"}},
      {"Games earning 10 million yuan a month sold well.",
       {"10 million yuan a month: 10000000 CNY/month exact level 0"}},
      // Error path: a time that is the period, not a base.
      {"Sales reached 10 million yuan last month.",
       {"10 million yuan: 10000000 CNY exact level 0"}},
      {"Output per person rose 5 percent.", {"5 percent: 5 % exact change 1"}},
      {"Output tripled.", {"tripled: 3 x exact change 1"}},
      {"Output was 4.72\xC3\x97"
       "10^12 yuan.",
       {"4.72\xC3\x97"
        "10^12 yuan: 4.72e+12 CNY exact level 0"}},
      {"Turnover reached 3.9 trillion yuan (about $540 billion).",
       {"3.9 trillion yuan: 3.9e+12 CNY exact level 0",
        "$540 billion: 5.4e+11 USD approximately level 0 parenthetical"}},
      // Error path: nothing around the number says more.
      {"They set up 20 factories.", {"20: 20 count exact level 0"}},
      {"The plant has 20 workers.", {"20: 20 count exact level 0"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
