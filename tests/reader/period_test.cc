// Tests core/reader/period.h: the periods a sentence states, as "text:
// from-to/years" (an empty period, a future span, as "text: none"), read
// as of 2024-03-28. The error path: a baseline ("the same period last
// year"), a year inside a larger number, a sentence with no period.
#include "core/reader/period.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/reader/quantity.h"
#include "tests/reader/sentence_fixture.h"
#include "tests/test_data.h"

namespace figcheck {
namespace reader {
namespace {

std::vector<std::string> Periods(const std::string& text) {
  SentenceFixture fixture(text);
  std::vector<Mention> mentions = ReadQuantities(
      fixture.sentence(), FindMentions(fixture.sentence(), fixture.tokens()));
  std::vector<std::string> out;
  for (const PeriodMention& p :
       FindPeriods(fixture.sentence(), mentions, test_data::D("2024-03-28"))) {
    std::string s = fixture.Quote(p.start, p.end) + ": ";
    if (p.period.empty()) {
      s += "none";
    } else {
      s += std::to_string(p.period.from) + "-" + std::to_string(p.period.to) +
           "/" + std::to_string(p.period.years);
    }
    out.push_back(s);
  }
  return out;
}

TEST(Period, FindsThePeriodsOfASentence) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"Exports rose 5% in 2023.", {"2023: 2023-2023/0"}},
      {"Ridership doubled between 2012 and 2022.",
       {"2012 and 2022: 2012-2022/10"}},
      {"Prices rose 5% in 2019\xE2\x80\x93"
       "2023.",
       {"2019\xE2\x80\x93"
        "2023: 2019-2023/4"}},
      {"Sales have tripled since 2015.", {"since 2015: 2015-2024/9"}},
      {"Sales tripled over the past five years.",
       {"past five years: 2019-2024/5"}},
      {"Output doubled in the past decade.", {"past decade: 2014-2024/10"}},
      {"Sales grew 4% last year.", {"last year: 2023-2023/0"}},
      // The level before a year's additions: the year before.
      {"Before 2023's additions it had 531 labs.", {"2023: 2022-2022/0"}},
      {"Before the additions of 2023 it had 531 labs.", {"2023: 2022-2022/0"}},
      {"Before the end of 2023 it had 531 labs.", {"2023: 2023-2023/0"}},
      {"Sales grew 4% the year before last.",
       {"the year before last: 2022-2022/0"}},
      {"Sales will grow 4% this year.", {"this year: 2024-2024/0"}},
      {"It doubled in three years.", {"in three years: 0-0/3"}},
      {"Three years ago, sales were 4 million.",
       {"Three years ago: 2021-2021/0"}},
      {"Sales were 4 million a year ago.", {"a year ago: 2023-2023/0"}},
      // A baseline, and "since … ago" (all of it to date): no period.
      {"Sales rose 4% from a year ago.", {"a year ago: none"}},
      {"Sales since its launch two years ago reached 4 million.",
       {"two years ago: none"}},
      {"Sales were 4 million 2.5 years ago.", {"5 years ago: none"}},
      {"It will double in the next five years.", {"next five years: none"}},
      // Counted back from the year told before it: the level a decade
      // earlier is 2013's; with no year before it, no period.
      {"Sales reached 9 million in 2023, against 4 million a decade earlier.",
       {"2023: 2023-2023/0", "a decade earlier: 2013-2013/0"}},
      {"Sales grew to 9 million last year from 5 million two years before.",
       {"last year: 2023-2023/0", "two years before: 2021-2021/0"}},
      {"Sales were 4 million a decade earlier.", {"a decade earlier: none"}},
      // Not from a year that dates no figure ("a 2022 report"), nor a
      // fraction of years, nor a baseline further back.
      {"Sales, says a 2022 report, were 4 million a decade earlier.",
       {"2022: 2022-2022/0", "a decade earlier: none"}},
      {"Sales reached 9 million in 2023, against 4 million 10.5 years "
       "earlier.",
       {"2023: 2023-2023/0", "5 years earlier: none"}},
      {"In 2023 sales were 12 percent more than the number a year earlier.",
       {"2023: 2023-2023/0", "a year earlier: none"}},
      {"In 2023 sales rose 4% from a year earlier.",
       {"2023: 2023-2023/0", "a year earlier: none"}},
      // "Than in 2022": a change's baseline, no period.
      {"Sales were 9 million last year, 12 percent more than in 2022.",
       {"last year: 2023-2023/0", "2022: none"}},
      // Error path.
      {"Sales rose 4% from the same period last year.", {}},
      {"Sales were 2,023 units.", {}},
      {"Sales rose 4%.", {}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Periods(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
