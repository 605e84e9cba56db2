// Tests core/reader/subject.h: the words of a sentence that may name a
// subject, as "word" with "@" when it only attributes and "^" when it sits
// in a "per …" phrase. Figures and periods are never words; the error path
// is a sentence of figures only, and a clause that quotes a speaker but
// holds the figure (its words stay subject words).
#include "core/reader/subject.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/reader/period.h"
#include "core/reader/quantity.h"
#include "tests/reader/sentence_fixture.h"
#include "tests/test_data.h"

namespace figcheck {
namespace reader {
namespace {

std::string Words(const std::string& text) {
  SentenceFixture fixture(text);
  const SentenceText sentence = fixture.sentence();
  std::vector<Mention> mentions =
      ReadQuantities(sentence, FindMentions(sentence, fixture.tokens()));
  std::vector<PeriodMention> periods =
      FindPeriods(sentence, mentions, test_data::D("2024-03-28"));
  std::string out;
  for (const Word& w :
       CollectWords(sentence, fixture.tokens(), mentions, periods).words) {
    if (!out.empty()) out += ' ';
    out += w.lower;
    if (w.attribution) out += '@';
    if (w.modifier) out += '^';
  }
  return out;
}

TEST(Subject, CollectsWordsAndMarksAttribution) {
  struct Case {
    const char* text;
    const char* expected;
  } const kCases[] = {
      {"GDP grew 5% in 2023, the bureau said.",
       "gdp grew in the@ bureau@ said@"},
      {"According to the city government, exports rose 5%.",
       "according@ to@ the@ city@ government@ exports rose"},
      {"Water use per unit of land fell 3%.",
       "water use per unit^ of^ land^ fell"},
      {"Exports rose 5% (Xinhua).", "exports rose xinhua@"},
      {"The four largest harbours grew.", "the #4 largest harbours grew"},
      {"Officials said the port handled 40 million TEUs.",
       "officials@ said@ the port handled"},
      {"The mayor spoke, adding that the port handled 40 million TEUs.",
       "the mayor spoke adding@ that the port handled"},
      {"We have noticed that the city installed 30,000 terminals.",
       "we@ have@ noticed@ that the city installed terminals"},
      // What was said, after an aside: a figure follows in its clause.
      {"The mayor, speaking at a briefing, said the port handled 40 million "
       "TEUs.",
       "the mayor speaking at a briefing said@ the port handled"},
      {"Although it has fewer firms, its output rose 5%.",
       "although@ it@ has@ fewer@ firms@ its output rose"},
      {"Exports rose 5%, despite weak demand.",
       "exports rose despite@ weak@ demand@"},
      // Error path.
      {"5% in 2023.", "in"},
      // A contrast that holds the figure names its subject.
      {"Although exports rose 5%, imports fell.",
       "although exports rose imports fell"},  // "in" is a word, "2023" a period
  };
  for (const Case& c : kCases) EXPECT_EQ(Words(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
