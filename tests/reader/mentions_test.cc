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
                  " " + m.q.unit.ToString());
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
      {"The park drew 35k visitors.", {"35k=35000 count"}},
      {"Some 7k+ firms and 1.5m+ users signed up.",
       {"7k+=7000 count", "1.5m+=1500000 count"}},
      {"It has 24,000+ members.", {"24,000+=24000 count"}},
      {"The wall is 5m tall.", {}},
      // Millions, not metres: decimals, or things counted in the plural.
      {"The port moved 49m TEUs.", {"49m TEUs=49000000 count"}},
      {"The pool tops 6.75m in 2020.", {"6.75m=6750000 count"}},
      {"The 632m tower opened.", {}},
      {"The '4+5' plan.", {}},
      {"Sales hit 4.72e12 in total.", {"4.72e12=4.72e+12 count"}},
      {"It raised RMB500 million.", {"500 million=500000000 count"}},
      {"It raised USD24bn.", {"24bn=2.4e+10 count"}},
      {"The ABC500 chip.", {}},
      {"It covers 300 square kilometres.", {"300 square kilometres=300 km2"}},
      {"It covers 12.3 hectares.", {"12.3 hectares=123000 m2"}},
      {"Parks yield 14.1bn yuan per sq km.",
       {"14.1bn yuan per sq km=1.41e+10 CNY/km2"}},
      {"Rent is 90 yuan per square metre.",
       {"90 yuan per square metre=90 CNY/m2"}},
      {"Income was 300 yuan per capita.",
       {"300 yuan per capita=300 CNY/person"}},
      {"There are 5 units per 1,000 people.",
       {"5 units per 1,000 people=0.005 count/person"}},
      {"Use fell by 1.2 million tonnes of standard coal.",
       {"1.2 million tonnes of standard coal=1200000 tce"}},
      {"It is now a one-trillion-yuan industry.",
       {"one-trillion-yuan=1e+12 CNY"}},
      {"It has 26 robots for every ten thousand people.",
       {"26 robots for every ten thousand people=0.0026 count/person"}},
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
      {"It sold two-thirds of a million cars.",
       {"two-thirds of a million=666666.6667 count"}},
      {"Half a dozen ports opened.", {"Half a dozen=6 count"}},
      {"A half-trillion-yuan industry.", {"A half-trillion-yuan=5e+11 CNY"}},
      {"A quarter of a million people came.",
       {"A quarter of a million=250000 count"}},
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
      // A short quoted label in lower case names a policy; quoted speech
      // opens with a capital and counts.
      {"It speeds up the 'two old houses and one village' work.", {}},
      {"It sped up \xE2\x80\x9Cthree zones and two districts\xE2\x80\x9D work.", {}},
      {"It has \"six manufacturing enterprises\" in the list.",
       {"six=6 count"}},
      {"\"Two hundred firms signed,\" he said.", {"Two hundred=200 count"}},
      {"It speeds up the two old houses' renovation.", {"two=2 count"}},
      // A deadline is the length of a plan.
      {"It aims to finish within 10 years.", {"10 years=10 years"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Mentions(c.text), c.expected) << c.text;
}

// Numbers as people write them: number words as one number, ranks, runs
// of years and rates with their base. The rows with no mention, or fewer
// than the words suggest, are the error path: names with numbers in them.
TEST(Mentions, ReadsQuantitiesAsPeopleWriteThem) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      // Number words as one number; a scale after them as after digits.
      {"The town opened five hundred and forty-eight stalls.",
       {"five hundred and forty-eight=548 count"}},
      // "a" for "one" before a scale.
      {"A hundred and five routes opened.", {"A hundred and five=105 count"}},
      {"A thousand firms moved in.", {"A thousand=1000 count"}},
      {"A million visitors came.", {"A million=1000000 count"}},
      {"Profits quadrupled, and half a million accounts were opened.",
       {"half a million=500000 count", "quadrupled=4 x"}},
      {"It is a million-dollar question.", {}},
      // "top" names a list ("top 10"), or tops an amount.
      {"It is among the top 10 cities.", {}},
      {"Both clusters now top 1tn yuan.", {"1tn yuan=1e+12 CNY"}},
      {"Firms in the top 10% of the list grew.", {}},
      {"Its top 5 firms grew.", {}},
      {"Nearly two hundred thousand runners took part.",
       {"two hundred thousand=200000 count"}},
      {"The metro carries forty-nine million riders.",
       {"forty-nine million=49000000 count"}},
      {"The fair drew six and three-quarter million guests.",
       {"six and three-quarter million=6750000 count"}},
      {"The county built three thousand five hundred homes.",
       {"three thousand five hundred=3500 count"}},
      {"It hired twenty-one engineers.", {"twenty-one=21 count"}},
      {"The lab has one hundred desks.", {"one hundred=100 count"}},
      {"Farms sold two and a half million melons.",
       {"two and a half million=2500000 count"}},
      // Ranks: the position is the value.
      {"The harbour ranked third among the coastal ports.", {"third=3 rank"}},
      {"Its output came fifth this season.", {"fifth=5 rank"}},
      {"The bank ranked No. 2 in assets.", {"No. 2=2 rank"}},
      {"The brand is No. 1 in Japan by sales.", {"No. 1=1 rank"}},
      {"The town has remained No.1 nationwide.", {"No.1=1 rank"}},
      {"The airport ranked 4th for punctuality.", {"4th=4 rank"}},
      {"The mill was first globally in yarn output.", {"first=1 rank"}},
      {"The plant is second in the world by capacity.", {"second=2 rank"}},
      {"It runs the world's busiest rail hub.", {"world's busiest=1 rank"}},
      {"It is the nation's third-largest lender.",
       {"nation's third-largest=3 rank"}},
      {"The county is the second-largest producer of tea.",
       {"second-largest=2 rank"}},
      {"The province kept the top spot for exports.", {"top spot=1 rank"}},
      {"The port keeps world No. 1 spot.", {"world No. 1 spot=1 rank"}},
      {"The city took the lead nationwide to publish a map.",
       {"took the lead=1 rank"}},
      {"The home side took the lead early.", {}},
      {"It is the busiest container port in the world.", {"busiest=1 rank"}},
      {"Its output is the largest in the country.", {"largest=1 rank"}},
      {"It is the largest park in Pudong.", {}},
      {"It held the No. 2 position in sales.", {"No. 2 position=2 rank"}},
      {"It is now the country's No. 3 for trade.",
       {"country's No. 3=3 rank"}},
      {"The team finished in second place.", {"second=2 rank"}},
      {"The squad took second place.", {"second place=2 rank"}},
      {"It holds the world's most advanced foundry.",
       {"world's most advanced=1 rank"}},
      // Runs of years: a count of years.
      {"Profits grew for the 12th straight year.",
       {"12th straight year=12 years"}},
      {"Imports fell for a fourth consecutive year.",
       {"fourth consecutive year=4 years"}},
      {"It topped the list for the twenty-first year in a row.",
       {"twenty-first year in a row=21 years"}},
      {"The school led the table two years running.", {"two years=2 years"}},
      // A run from a first year: its count is the framer's, once its end
      // is known.
      {"The fair has been held every year since 2011.",
       {"every year since 2011=0 years"}},
      {"It has sold out annually since 1998.", {"annually since 1998=0 years"}},
      // A length of time: decades in years, an adjective ending "-long".
      {"The drive ran for three decades.", {"three decades=30 years"}},
      {"It ended a three-decade-long drive.", {"three-decade=30 years"}},
      {"It ended a 30-year-long drive.", {"30-year=30 years"}},
      // An event's editions: the ordinal alone.
      {"The festival is now in its 34th edition.", {"34th=34 count"}},
      {"The expo opened its thirty-first session.", {"thirty-first=31 count"}},
      // Error path: a first year alone, an edition no event holds.
      {"Sales have risen since 2011.", {}},
      {"The first edition sold out.", {}},
      // Rates, read per one of their base.
      {"The city has 320 robots per 10,000 workers.", {"320=320 count"}},
      {"There are 260 units per 10,000 people.",
       {"260 units per 10,000 people=0.026 count/person"}},
      // A share with its numerator in digits.
      {"1 in 4 games comes from the city.", {"1 in 4=25 %"}},
      {"3 out of every 10 firms export.", {"3 out of every 10=30 %"}},
      {"1 in 2023 was big.", {"1=1 count"}},
      // A social post's base: thousands glued on, "ppl".
      {"Robot density: 260 per 10k ppl.", {"260 per 10k ppl=0.026 count/person"}},
      {"There are 2.6 robots for every 100 residents.",
       {"2.6 robots for every 100 residents=0.026 count/person",
        "100=100 count"}},  // overlaps go in ReadQuantities
      {"There are 3.1 service robots for every 100 people.",
       {"3.1 service robots for every 100 people=0.031 count/person",
        "100=100 count"}},
      {"The county has 4 doctors for each 1,000 inhabitants.",
       {"4 doctors for each 1,000 inhabitants=0.004 count/person",
        "1,000=1000 count"}},
      {"Spending was 900 yuan per 10 people.",
       {"900 yuan per 10 people=90 CNY/person"}},
      // Error path: names, groups and words that are not figures.
      {"She teaches at No. 1 Middle School.", {}},
      {"Leaders of the G20 met in the spring.", {}},
      // The number of a name, after a capitalised word.
      {"Five firms joined the Fortune Global 500 list.", {"Five=5 count"}},
      {"Metro Line 14 carries 500,000 riders.", {"500,000=500000 count"}},
      // Not at a sentence's start, a month's day, nor in a headline.
      {"Shanghai 2023: exports rose 5%.", {"5%=5 %"}},
      {"It rose 5% on March 29.", {"5%=5 %"}},
      {"Shanghai Port Handles 49 Million Boxes", {"49 Million=49000000 count"}},
      {"Five Shanghai makers are now Fortune Global 500 companies.",
       {"Five=5 count"}},
      // Nor after a place a preposition leads, nor with a unit or a comma.
      {"In Pudong 300 firms opened.", {"300=300 count"}},
      {"GDP growth: Shanghai 5%, Beijing 5.2%.", {"5%=5 %", "5.2%=5.2 %"}},
      {"Firms in Shanghai 6,017 strong met.", {"6,017=6017 count"}},
      {"Delegates gathered for the Two Sessions in March.", {}},
      {"The 14th Five-Year Plan sets new goals.", {}},
      {"The Fourteenth Five-Year Plan sets new goals.", {}},
      {"The book explains Xi Jinping Thought.", {}},
      {"It is one of the world's largest ports.", {}},
      {"It is among the country's busiest airports.", {}},
      {"One of the engineers left.", {}},
      {"It was the thirty-fourth session of the council.", {}},
      {"In the first place, the plan was late.", {}},
      {"The first phase finished early.", {}},
      {"They came first-class.", {}},
      {"He lives in the second house.", {}},
      {"The plan has a five-year horizon.", {}},
      {"Profits fell 5 percent ahead of the vote.", {"5 percent=5 %"}},
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
