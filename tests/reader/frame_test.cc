// Tests core/reader/frame.h: each figure's frame (its strongest subject
// terms, period, goal, what a count counts, "from X to Y" pairs), read in
// source mode as of 2024-03-28 with the real lexicon. The error path: a
// figure whose sentence names no subject has no strong term, and a
// sentence with no figure still gives its terms as context.
#include "core/reader/frame.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/reader/quantity.h"
#include "core/text.h"
#include "tests/reader/sentence_fixture.h"
#include "tests/test_data.h"

namespace figcheck {
namespace reader {
namespace {

FramedSentence Frame(const std::string& text) {
  SentenceFixture fixture(text);
  const SentenceText sentence = fixture.sentence();
  Date date = test_data::D("2024-03-28");
  std::vector<Mention> mentions =
      ReadQuantities(sentence, FindMentions(sentence, fixture.tokens()));
  std::vector<PeriodMention> periods = FindPeriods(sentence, mentions, date);
  SentenceWords words =
      CollectWords(sentence, fixture.tokens(), mentions, periods);
  return FrameFigures(sentence, mentions, periods, words, date,
                      test_data::RealLexicon(), ReadMode::kSource);
}

// "text | terms weighing 0.9 or more | period | target | nouns | pair".
std::vector<std::string> Frames(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : Frame(text).figures) {
    std::string s = f.text + " |";
    for (const auto& [term, weight] : f.terms)
      if (weight >= 0.9f) s += " " + term;
    s += " | " + (f.period.empty() ? std::string("-") : f.period.ToString());
    s += f.target ? " | target |" : " | |";
    for (const std::string& n : f.nouns) s += " " + n;
    if (f.pair >= 0)
      s += std::string(" | pair ") + (f.pair_from ? "from" : "to");
    out.push_back(s);
  }
  return out;
}

// The stems of `words`, in order, joined by spaces: cases name words, so
// they hold whatever the stemmer makes of them.
std::string Stems(const std::vector<const char*>& words) {
  std::string out;
  for (const char* w : words) out += (out.empty() ? "" : " ") + Stem(w);
  return out;
}

TEST(Frame, FramesEachFigure) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"Turnover reached 3.9 trillion yuan in 2022.",
       {"3.9 trillion yuan | " + Stem("turnover") + " | 2022 | |"}},
      {"The city aims to attract 5 million visitors by 2025.",
       {"5 million | visitor | 2025 | target | visitor"}},
      {"Exports rose from 300 to 450 tonnes.",
       {"300 | export | - | | | pair from",
        "450 tonnes | export | - | | | pair to"}},
      // The same pair, told end first.
      {"Exports rose to 450 tonnes from 300 tonnes.",
       {"450 tonnes | export | - | | | pair to",
        "300 tonnes | export | - | | | pair from"}},
      {"The zone added 2,418 new foreign-owned factories.",
       {"2,418 | " +
        Stems({"added", "factories", "foreign", "invested", "new", "zone"}) +
        " | - | | " + Stems({"new", "foreign", "invested", "factories"})}},
      // What a plan holds is no goal of its own: "To cut costs, the plan
      // proposes 12 measures" counts the measures.
      {"To cut costs, the plan proposes 12 measures.",
       {"12 | " + Stems({"measures", "proposes"}) + " | - | | " +
        Stems({"measures"})}},
      // Error path.
      {"It was 5%.", {"5% | | - | |"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Frames(c.text), c.expected) << c.text;
}

// "text | period" for every figure.
std::vector<std::string> Periods(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : Frame(text).figures)
    out.push_back(f.text + " | " +
                  (f.period.empty() ? std::string("-") : f.period.ToString()));
  return out;
}

// A figure's period is of its own clause, of a clause that is only a
// period, or of a clause it goes on from; not of an aside after it nor of a
// lead-in about something else.
TEST(Frame, PeriodsOfTheFiguresClause) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"In 2023, exports reached 1.9 trillion yuan.",
       {"1.9 trillion yuan | 2023"}},
      {"Turnover hit a record in 2023, exceeding 3,300 trillion yuan.",
       {"3,300 trillion yuan | 2023"}},
      {"Exports rose 5 percent last year, the bureau said in March 2024.",
       {"5 percent | 2023"}},
      {"Capital reached 24 billion dollars last year, up 0.5 percent, at a "
       "fair "
       "which has been held every year since 2021.",
       {"24 billion dollars | 2023", "0.5 percent | 2023",
        "every year since 2021 | -"}},
      // Error paths: the lead-in's period is the release's, not the goal's;
      // "since … in 2019" is a span; "before 2023" is the year before.
      {"Under plans released this year, the city aims to reach 350 billion "
       "yuan by 2025.",
       {"350 billion yuan | 2025"}},
      {"The 570 firms listed since it opened in 2019 raised 900 billion yuan.",
       {"570 | 2019-2024", "900 billion yuan | 2019-2024"}},
      {"Before 2023's additions, the city had 531 centres.", {"531 | 2022"}},
      {"At the end of 2022, the city had 531 centres.", {"531 | 2022"}},
      // A word of the present ends what a past year before it says.
      {"Exports passed $24 billion last year and have now stayed above $20 "
       "billion for five straight years.",
       {"$24 billion | 2023", "$20 billion | -", "five straight years | -"}},
      // A run from a first year counts to the figure's period, else to the
      // text's date; "since" with a year of its own is no span to "as of".
      {"The fair has been held every year since 2018 as of 2022.",
       {"every year since 2018 | 2022"}},
      {"The fair has been held every year since 2018.",
       {"every year since 2018 | -"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Periods(c.text), c.expected) << c.text;
}

TEST(Frame, GivesTheSentenceTermsWithoutFigures) {
  FramedSentence framed = Frame("The port of Shanghai handles containers.");
  EXPECT_TRUE(framed.figures.empty());
  std::vector<std::string> terms;
  for (const auto& [term, weight] : framed.terms) {
    EXPECT_EQ(weight, 1.0f) << term;
    terms.push_back(term);
  }
  EXPECT_FALSE(terms.empty());
}

// A count before another figure of its clause, with nothing listing them,
// is that figure's subject: what it counts weighs fully for the later one.
TEST(Frame, ACountedSubjectNamesTheLaterFigure) {
  auto weight_of = [](const std::string& text, size_t figure,
                      const std::string& stem) {
    FramedSentence read = Frame(text);
    if (figure >= read.figures.size()) return -1.0f;
    for (const auto& [term, weight] : read.figures[figure].terms)
      if (term == stem) return weight;
    return 0.0f;
  };
  EXPECT_GE(weight_of("The 40 riverside parks in the district drew 9 million "
                      "visitors.",
                      1, Stem("parks")),
            0.8f);
  // A list is no subject: each figure keeps its own things.
  EXPECT_LE(weight_of("The district has 40 parks, and 9 million visitors came.",
                      1, Stem("parks")),
            0.5f);
  // … but for one that names the count's members, as many as it counts;
  // past the list, one clause still (not another one's figure).
  const std::pair<const char*, bool> kLists[] = {
      {"The three riverside parks of Ayr, Troon and Largs drew 9 million "
       "visitors.",
       true},
      {"The four riverside parks of Ayr, Troon, Largs, and Irvine drew 9 "
       "million visitors.",
       true},
      {"The four riverside parks of Ayr, Troon and Largs drew 9 million "
       "visitors.",
       false},
      {"The two riverside parks of Ayr and Troon were shut, and the city drew "
       "9 million visitors.",
       false},
  };
  for (const auto& [text, subject] : kLists) {
    const float parks = weight_of(text, 1, Stem("parks"));
    if (subject)
      EXPECT_GE(parks, 0.8f) << text;
    else
      EXPECT_LE(parks, 0.5f) << text;
  }
}

// A run of years in the clause of the figure before is how long that figure
// held: it takes that figure's subject; past a comma it has its own.
TEST(Frame, ARunOfYearsTakesTheFigureItExtends) {
  auto weight_of = [](const std::string& text, const std::string& stem) {
    FramedSentence read = Frame(text);
    if (read.figures.size() != 2) return -1.0f;
    for (const auto& [term, weight] : read.figures[1].terms)
      if (term == stem) return weight;
    return 0.0f;
  };
  EXPECT_GE(weight_of("The county ranked first in the provincial survey of "
                      "farm incomes for three consecutive years.",
                      Stem("survey")),
            0.9f);
  EXPECT_LT(weight_of("The county ranked first in the provincial survey of "
                      "farm incomes, and exports rose for three consecutive "
                      "years.",
                      Stem("survey")),
            0.9f);
}

// A part's own words after "including" are not its whole's; a later
// figure's clause is no head the figures before it share ("… in 2023, and
// 480 were …").
TEST(Frame, APartAndAClauseAfterAFigure) {
  auto weight_of = [](const std::string& text, size_t figure,
                      const std::string& stem) {
    FramedSentence read = Frame(text);
    if (figure >= read.figures.size()) {
      ADD_FAILURE() << "no figure " << figure << " in " << text;
      return -1.0f;
    }
    for (const auto& [term, weight] : read.figures[figure].terms)
      if (term == stem) return weight;
    return 0.0f;
  };
  const std::string parts =
      "Registered charities kept growing in the province, with the total "
      "reaching 3,120 by the end of last year, including 410 faith-based "
      "ones.";
  EXPECT_GE(weight_of(parts, 1, Stem("faith")), 0.9f);
  EXPECT_LE(weight_of(parts, 0, Stem("faith")), 0.5f);
  // "including" far back, past a list, is not the figure's: its clause
  // names its own subject.
  const std::string far =
      "The county named four pillars including tea, timber, and tourism, "
      "with farm output to reach 90 billion yuan in 2027.";
  EXPECT_LT(weight_of(far, 1, Stem("pillars")), 0.9f);
  EXPECT_GT(weight_of(far, 1, Stem("pillars")), 0.0f);  // a term, though
  const std::string clause =
      "Sales reached 2,400 in 2023, and 480 were electric trucks.";
  EXPECT_LE(weight_of(clause, 0, Stem("trucks")), 0.5f);
  EXPECT_GE(weight_of(clause, 1, Stem("trucks")), 0.9f);
}

// In a goal's sentence, a count after "of the" names things there are; the
// goal's own object ("to establish the four platforms") is the goal's.
TEST(Frame, WhatAGoalAimsAt) {
  auto target = [](const std::string& text) {
    FramedSentence read = Frame(text);
    return !read.figures.empty() && read.figures[0].target;
  };
  EXPECT_FALSE(target(
      "The county aims to promote the renewal of the five old market towns."));
  EXPECT_TRUE(target("Our goal is to establish the five new market towns."));
  EXPECT_TRUE(target("The county aims to build five new market towns."));
}

// What a count counts: "and" between the words before a shared noun goes
// on to that noun; a list of plural nouns, or "and" before a verb, ends
// at the first; a bound after the number is not among them.
TEST(Frame, CountedNouns) {
  auto nouns = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Figure& f : Frame(text).figures) {
      std::string s;
      for (const std::string& n : f.nouns) s += (s.empty() ? "" : " ") + n;
      out.push_back(s);
    }
    return out;
  };
  std::vector<std::string> shared =
      nouns("The fair drew 3,400 domestic and foreign exhibitors.");
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_EQ(shared[0].substr(shared[0].rfind(' ') + 1), Stem("exhibitors"))
      << shared[0];
  EXPECT_EQ(nouns("Wallets from 18 countries and regions pay here."),
            std::vector<std::string>{Stem("countries")});
  EXPECT_EQ(nouns("The district has 80-plus research platforms."),
            std::vector<std::string>{Stems({"research", "platforms"})});
  // Each count of a list with one head ends with that head; a list whose
  // counts name heads of their own does not.
  std::vector<std::string> tiers =
      nouns("The city has 12 state-owned, 40 private and 300 foreign-owned banks.");
  ASSERT_EQ(tiers.size(), 3u);
  for (const std::string& t : tiers)
    EXPECT_EQ(t.substr(t.rfind(' ') + 1), Stem("banks")) << t;
  std::vector<std::string> heads = nouns("The city has 12 banks and 40 insurers.");
  ASSERT_EQ(heads.size(), 2u);
  EXPECT_EQ(heads[0], Stem("banks"));
  // Part of a set counts what the set holds.
  EXPECT_EQ(nouns("Four of the new bridges opened in May."),
            std::vector<std::string>{Stems({"new", "bridges"})});
  EXPECT_EQ(nouns("Four of its bridges opened."),
            std::vector<std::string>{Stem("bridges")});
  // A participle after the things ends them; "charging" in a compound does
  // not.
  EXPECT_EQ(nouns("The fair drew 72 exhibitors showcasing their crafts."),
            std::vector<std::string>{Stem("exhibitors")});
  std::vector<std::string> compound =
      nouns("The city built 300 vehicle charging stations.");
  ASSERT_EQ(compound.size(), 1u);
  EXPECT_EQ(compound[0].substr(compound[0].rfind(' ') + 1), Stem("stations"));
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
