// Tests core/reader/clause_frame.h: each figure's names (the places and
// organisations of its own clause) and aspect, read through ReadFigures with
// the lexicon of the real fact base (its places from WordNet). Each kind is
// pinned both ways: what belongs to the figure's frame, and what does not
// (a speaker, a side clause, a comparison, a name inside a longer one, a
// headline in title case). Sentences are written for this test.
#include "core/reader/clause_frame.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/reader.h"
#include "core/reader/names.h"
#include "core/text.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

// "figure text | aspect | name name …" for every figure.
std::vector<std::string> Frames(const std::string& text, ReadMode mode) {
  std::vector<std::string> out;
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  for (const SentenceFigures& sf :
       ReadFigures(text, test_data::D("2024-03-28"), lexicon, mode))
    for (const Figure& f : sf.figures) {
      std::string s = f.text + " | " + AspectName(f.aspect) + " |";
      for (const std::string& n : f.names) s += " " + n;
      out.push_back(s);
    }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

TEST(ClauseFrame, ClaimNames) {
  const Case kCases[] = {
      // Another city, as possessive, as the subject of a verb, as a name of
      // several words (the place noun not a name of its own), before a
      // place noun.
      {"Tianjin's port handled 22 million TEUs in 2023.",
       {"22 million TEUs | plain | tianjin"}},
      {"Guangzhou has issued 150,000 work permits.",
       {"150,000 | plain | guangzhou"}},
      {"Hangzhou just passed 24,000 high-tech firms.",
       {"24,000 | plain | hangzhou"}},
      {"Shenzhen Port handled 29.9 million TEUs.",
       {"29.9 million TEUs | plain | shenzhen"}},
      {"Jiangsu province's output exceeded 15 trillion yuan.",
       {"15 trillion yuan | plain | jiangsu"}},
      // The whole country, in words; and a place the lexicon folds into it.
      // The change that follows on from a count takes its place.
      {"Nationwide, 53,766 new firms were set up, up 39.7 percent.",
       {"53,766 | new | " + Stem("country"),
        "39.7 percent | plain | " + Stem("country")}},
      {"China's R&D spending reached 2.65 percent of GDP.",
       {"2.65 percent | plain | " + Stem("country")}},
      // A speaker and a side remark are not the subject; the home place is
      // a stopword and names nothing.
      {"Shanghai's GDP reached 4.72 trillion yuan, the mayor told a briefing "
       "in Beijing.",
       {"4.72 trillion yuan | plain | gdp"}},
      {"Speaking in Beijing, Mayor Gong said exports rose 5 percent.",
       {"5 percent | plain |"}},
      // After the figure come scopes and comparisons, not its place.
      {"One in five new drugs approved in China came from the city.",
       {"One in five | new |"}},
      // An opening word that is only capitalised, a month, an acronym's
      // expansion holding a place ("CIIE": China International Import Expo).
      {"Update: exports reached 1.9 trillion yuan in 2023.",
       {"1.9 trillion yuan | plain |"}},
      {"Tentative deals rose 6.7 percent in November.",
       {"6.7 percent | plain |"}},
      {"Deals at the CIIE came to 78.41 billion dollars.",
       {"78.41 billion dollars | plain | foreign import expo"}},
      // A headline: every word capitalised, so no names from case.
      {"Shanghai Builds Six Lighthouse Factories In Digital Push",
       {"Six | plain |"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Frames(c.text, ReadMode::kClaim), c.expected) << c.text;
}

TEST(ClauseFrame, SourceNamesReachTheCountedThing) {
  const Case kCases[] = {
      // Names right after the figure are what it counts ("Costco stores").
      {"The city has two Costco stores and a dozen other supermarkets.",
       {"two | total | costco", "a dozen | total |"}},
      // A name after a preposition is not: the venue, the scope.
      {"Guests from 154 countries met at the National Exhibition Center.",
       {"154 | plain |"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Frames(c.text, ReadMode::kSource), c.expected) << c.text;
}

TEST(ClauseFrame, Aspects) {
  const Case kCases[] = {
      {"The city set up 6,017 new foreign firms in 2023.", {"6,017 | new |"}},
      {"In 2023, 30 research centres were newly established, bringing the "
       "total to 561.",
       {"30 | new |", "561 | total |"}},
      {"Accumulated foreign investment has exceeded 350 billion dollars.",
       {"350 billion dollars | total |"}},
      {"In the first half, exports reached 1.9 trillion yuan.",
       {"1.9 trillion yuan | part-year |"}},
      {"The three industries collectively reached 1.6 trillion yuan.",
       {"three | combined |", "1.6 trillion yuan | combined |"}},
      // One amount for a set the clause lists or counts is theirs added
      // up; not each one's, nor a change of a count before it.
      {"Chips, biomedicine and AI reached 1.6 trillion yuan.",
       {"1.6 trillion yuan | combined | artifici intellig"}},
      {"The three industries reached 1.6 trillion yuan.",
       {"three | plain |", "1.6 trillion yuan | combined |"}},
      {"Chips, biomedicine and AI all topped 300 billion yuan.",
       {"300 billion yuan | plain | artifici intellig"}},
      {"Chips, biomedicine and AI reached 390 billion and 980 billion "
       "yuan.",
       {"390 billion | plain | artifici intellig", "980 billion yuan | plain |"}},
      {"Chips, biomedicine and AI each reached 1.6 trillion yuan.",
       {"1.6 trillion yuan | plain | artifici intellig"}},
      {"It set up 6,017 firms, its GDP reached 5 trillion yuan.",
       {"6,017 | plain |", "5 trillion yuan | plain | gdp"}},
      {"It approved 6,017 new firms, up 33.8 percent.",
       {"6,017 | new |", "33.8 percent | new |"}},
      {"Output grew about 4 percent a year on average from 2011 to 2021.",
       {"4 percent | average |"}},
      {"Output grew 4 percent a year.", {"4 percent | average |"}},
      {"The average wage was 9,000 yuan.", {"9,000 yuan | average |"}},
      // "the (national) average" after the figure is what it is compared
      // with.
      {"Its density of 260 robots is twice the national average.",
       {"260 | plain |", "twice | plain |"}},
      // "a year earlier" is a change's baseline.
      {"Output grew 4 percent from a year earlier.", {"4 percent | plain |"}},
      {"Output grew 4 percent on a year ago.", {"4 percent | plain |"}},
      // Not an aspect: "New" inside a name, a plain level.
      {"Pudong New Area introduced 18 regulations.",
       {"18 | plain | pudong new"}},
      {"GDP reached 4.72 trillion yuan in 2023.",
       {"4.72 trillion yuan | plain | gdp"}},
      // What there is: all of it so far; "new" after the number then names
      // a kind of thing.
      {"The province is home to 1,200 new energy carmakers.",
       {"1,200 | total |"}},
      {"The province boasts 90 museums, 40 theatres and 12 new media "
       "studios.",
       {"90 | total |", "40 | total |", "12 | total |"}},
      {"About 300 new materials firms are based in the zone.",
       {"300 | total |"}},
      {"About 300 new materials firms opened in the zone last year.",
       {"300 | new |"}},
      {"The zone has nearly 300 new materials firms.", {"300 | total |"}},
      // An "-ed" word before a noun is no event that would make it new.
      {"The province is home to 90 advanced research institutes.",
       {"90 | total |"}},
      // "added N" is the new ones; "added value" is no adding.
      {"The county added 12 clinics in 2023.", {"12 | new |"}},
      // A count of one year told by an event is the year's new ones; an
      // "-ed" adjective of what is counted is no event.
      {"The county opened 12 clinics in 2023.", {"12 | new |"}},
      {"The county has 90 clinics after 12 opened in 2023.",
       {"90 | plain |", "12 | new |"}},
      {"The county had 1,200 licensed clinics in 2023.", {"1,200 | plain |"}},
      // A count at a point in time is what there is then.
      {"The county had 1,200 licensed clinics at the end of 2023.",
       {"1,200 | total |"}},
      {"Clinics in the county numbered 1,200 as of June.", {"1,200 | total |"}},
      // Not a count told by an event, before it or after it in the passive.
      {"The county opened 12 clinics as of June.", {"12 | plain |"}},
      {"As of June, 12 clinics had been opened in the county that year.",
       {"12 | plain |"}},
      {"The zone has set up nearly 300 new firms.", {"300 | new |"}},
      // "new" of a kind of thing: "new energy", "new materials".
      {"The zone has set up nearly 300 new materials firms.",
       {"300 | plain |"}},
      {"The zone had 300 new energy bus makers at the end of 2023.",
       {"300 | total |"}},
      {"The zone has 500 museums, and 12 new ones opened in 2023.",
       {"500 | total |", "12 | new |"}},
      {"The zone is home to 5,000 firms, and added 600 new firms in 2023.",
       {"5,000 | total |", "600 | new |"}},
      // "more" after the number: the new ones, unless "than" compares.
      {"The council will pass six more rules this year.", {"six | new |"}},
      {"Sales reached 2 million, 21% more than a year earlier.",
       {"2 million | plain | sale", "21% | plain |"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Frames(c.text, ReadMode::kClaim), c.expected) << c.text;
}

// In a claim, words outside the figure's own clause weigh at most
// kOtherClauseWeight; its own words keep their weight.
TEST(ClauseFrame, OtherClausesWeighLittle) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  std::vector<SentenceFigures> read = ReadFigures(
      "Exports reached 1.9 trillion yuan in 2023, despite a global "
      "slowdown.",
      test_data::D("2024-03-28"), lexicon, ReadMode::kClaim);
  ASSERT_EQ(read.size(), 1u);
  ASSERT_EQ(read[0].figures.size(), 1u);
  float exports = 0, slowdown = 0;
  for (const auto& [term, weight] : read[0].figures[0].terms) {
    if (term.rfind("export", 0) == 0) exports = weight;
    if (term.rfind("slowdown", 0) == 0) slowdown = weight;
  }
  EXPECT_GE(exports, 0.9f);
  EXPECT_GT(slowdown, 0.0f);
  EXPECT_LE(slowdown, kOtherClauseWeight);
}

// In a claim, the verb that tells the figure is noted as such (a verb no
// source uses then does not count against the match); the subject is not.
TEST(ClauseFrame, TheFiguresVerbIsNoted) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  const std::pair<const char*, const char*> kCases[] = {
      {"The county's ferry fleet churned out 4,000 crossings.", "churn"},
      {"The new ferry timetable runs to thirty pages.", "run"},
      {"Eight of the ferry routes are subsidised by the county.", "subsidis"},
      {"The county pairs four ferries with five buses.", "pair"},
      {"The county's ferries exported 300 tonnes of fish.", "export"},
  };
  for (const auto& [text, verb] : kCases) {
    std::vector<SentenceFigures> read = ReadFigures(
        text, test_data::D("2024-03-28"), lexicon, ReadMode::kClaim);
    ASSERT_FALSE(read.empty()) << text;
    ASSERT_FALSE(read[0].figures.empty()) << text;
    const Figure& f = read[0].figures[0];
    auto noted = [&](std::string_view prefix) {
      return std::any_of(f.verbs.begin(), f.verbs.end(), [&](const auto& v) {
        return v.rfind(prefix, 0) == 0;
      });
    };
    EXPECT_TRUE(noted(verb)) << text;
    EXPECT_FALSE(noted("ferri")) << text;
  }
}

// In a source, an event in the present perfect with no period counts all
// to date; not a level reached, a recent event or a year's. (A claim's
// "has attracted 65" may be a year's, told undated.)
TEST(ClauseFrame, SourcesPresentPerfectIsARunningTotal) {
  const Case kCases[] = {
      {"The agency has approved 3,400 licences.", {"3,400 | total |"}},
      {"Some 80 clinics have been built in the county.", {"80 | total |"}},
      {"Some 80 clinics have been built in the county since 2020, and the "
       "budget has been cut.",
       {"80 | plain |"}},
      {"The county has now built 80 clinics.", {"80 | total |"}},
      {"The county has recently opened 80 clinics.", {"80 | plain |"}},
      {"The county has approved 80 clinics this year.", {"80 | plain |"}},
      {"Visitor numbers have exceeded 9,000.", {"9,000 | plain |"}},
      {"The fleet has grown to 900 buses.", {"900 | plain |"}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Frames(c.text, ReadMode::kSource), c.expected) << c.text;
  EXPECT_EQ(Frames("The agency has approved 3,400 licences.", ReadMode::kClaim),
            std::vector<std::string>{"3,400 | plain |"});
}

// In a claim, what follows the things a count counts says what they are
// for: it weighs less than the things; a thing joined by "and" does not.
TEST(ClauseFrame, WhatCountedThingsAreForWeighsLess) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  auto weights = [&](const std::string& text) {
    std::vector<SentenceFigures> read = ReadFigures(
        text, test_data::D("2024-03-28"), lexicon, ReadMode::kClaim);
    std::map<std::string, float> out;
    if (read.size() == 1 && read[0].figures.size() == 1)
      for (const auto& [term, weight] : read[0].figures[0].terms)
        out[term] = weight;
    return out;
  };
  const std::string plan_text =
      "The city unveiled 40 steps to turn its gardens into a showcase.";
  std::map<std::string, float> plan = weights(plan_text);
  EXPECT_GE(plan[Stem("steps")], 0.9f);
  EXPECT_GT(plan[Stem("gardens")], 0.0f);
  EXPECT_LE(plan[Stem("gardens")], 0.5f);
  EXPECT_LE(plan[Stem("showcase")], 0.5f);
  std::map<std::string, float> joined =
      weights("The fair drew 90 exhibitors and buyers.");
  EXPECT_GE(joined[Stem("buyers")], 0.9f);
  // A source keeps the sentence's weights.
  std::vector<SentenceFigures> source = ReadFigures(
      plan_text, test_data::D("2024-03-28"), lexicon, ReadMode::kSource);
  ASSERT_EQ(source.size(), 1u);
  ASSERT_EQ(source[0].figures.size(), 1u);
  float gardens = 0;
  for (const auto& [term, weight] : source[0].figures[0].terms)
    if (term == Stem("gardens")) gardens = weight;
  EXPECT_GT(gardens, 0.5f);
}

// In a claim, a share of a count it states ("40 percent of the 25 ferry
// routes …") is of what that count counts, and the rest of the count's
// clause tells the share's part: its words weigh as the share's own.
TEST(ClauseFrame, AShareOfAStatedCount) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  struct Share {
    double of_count = 0;
    std::vector<std::string> nouns;
    float predicate = 0;  // the weight of `word` in the share's terms
  };
  auto share = [&](const std::string& text, const char* word) {
    Share out;
    std::vector<SentenceFigures> read = ReadFigures(
        text, test_data::D("2024-03-28"), lexicon, ReadMode::kClaim);
    if (read.size() != 1 || read[0].figures.empty()) return out;
    const Figure& f = read[0].figures[0];
    out.of_count = f.of_count;
    out.nouns = f.nouns;
    for (const auto& [term, weight] : f.terms)
      if (term == Stem(word)) out.predicate = weight;
    return out;
  };
  const Share routes =
      share("About 40 percent of the 25 ferry routes serve the islands.",
            "islands");
  EXPECT_EQ(routes.of_count, 25);
  EXPECT_NE(std::find(routes.nouns.begin(), routes.nouns.end(), Stem("routes")),
            routes.nouns.end());
  EXPECT_GE(routes.predicate, 0.8f);
  const Share clinics = share(
      "Roughly a quarter of its 120 clinics are in mountain villages, the "
      "county said.",
      "villages");
  EXPECT_EQ(clinics.of_count, 120);
  EXPECT_GE(clinics.predicate, 0.8f);
  // Not of a count the claim states: "of the" before a count that is a
  // bound or a year, or before what the counted things own; nor a count
  // further on in the clause.
  for (const char* text :
       {"About 40 percent of the over 25 ferry routes serve the islands.",
        "About 40 percent of the 2021 ferry routes serve the islands.",
        "About 40 percent of the 2,000 ferry firms' revenue came from the "
        "islands.",
        "About 40 percent of the ferry routes serve 25 islands."})
    EXPECT_EQ(share(text, "islands").of_count, 0) << text;
}

// In a claim as in a source, the things a count before the verb counts
// are the subject of the figure after it ("the city's three priority
// industries have drawn 800,000 …").
TEST(ClauseFrame, ACountedSubjectIsTheLaterFiguresSubject) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  std::vector<SentenceFigures> read = ReadFigures(
      "The county's three coastal ferry routes carried 9 million riders.",
      test_data::D("2024-03-28"), lexicon, ReadMode::kClaim);
  ASSERT_EQ(read.size(), 1u);
  ASSERT_EQ(read[0].figures.size(), 2u);
  const Figure& riders = read[0].figures[1];
  EXPECT_EQ(riders.counted, 3);
  float routes = 0;
  for (const auto& [term, weight] : riders.terms)
    if (term == Stem("routes")) routes = weight;
  EXPECT_GE(routes, 0.8f);
}

// A source's figure takes, faintly, the names of its title and of the
// sentences before it.
TEST(ClauseFrame, ContextNames) {
  const Lexicon& lexicon = test_data::RealFactBase().lexicon;
  const std::string text =
      "The Hongqiao CBD is a hub for trade. The district has drawn 2,000 "
      "trading firms.";
  std::vector<SentenceFigures> read =
      ReadFigures(text, test_data::D("2024-03-28"), lexicon, ReadMode::kSource);
  AddContextNames(text, "Briefing on the Lingang area", lexicon, &read);
  ASSERT_EQ(read.size(), 2u);
  ASSERT_EQ(read[1].figures.size(), 1u);
  auto weight_of = [&](const std::string& stem) {
    for (const auto& [term, weight] : read[1].figures[0].terms)
      if (term == stem) return weight;
    return 0.0f;
  };
  EXPECT_GT(weight_of("hongqiao"), 0.0f);
  EXPECT_GT(weight_of("lingang"), 0.0f);
  EXPECT_EQ(weight_of("lingang"), kContextNameWeight);
  // The sentence with no figure gets nothing; nor does text after.
  EXPECT_TRUE(read[0].figures.empty());
}

}  // namespace
}  // namespace figcheck
