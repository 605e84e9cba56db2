// Tests core/reader/frame.h: each figure's frame (its strongest subject
// terms, period, goal, what a count counts, "from X to Y" pairs), read in
// source mode as of 2024-03-28 with the real lexicon. The error path: a
// figure whose sentence names no subject has no strong term, and a
// sentence with no figure still gives its terms as context.
#include "core/reader/frame.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/reader/quantity.h"
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

TEST(Frame, FramesEachFigure) {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  } const kCases[] = {
      {"Turnover reached 3.9 trillion yuan in 2022.",
       {"3.9 trillion yuan | turnover | 2022 | |"}},
      {"The city aims to attract 5 million visitors by 2025.",
       {"5 million | visitor | 2025 | target | visitor"}},
      {"Exports rose from 300 to 450 tonnes.",
       {"300 | export | - | | | pair from",
        "450 tonnes | export | - | | | pair to"}},
      {"The zone added 2,418 new foreign-owned factories.",
       {"2,418 | add factor foreign invest new zone | - | | new foreign invest "
        "factor"}},
      // Error path.
      {"It was 5%.", {"5% | | - | |"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Frames(c.text), c.expected) << c.text;
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

}  // namespace
}  // namespace reader
}  // namespace figcheck
