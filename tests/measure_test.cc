// Tests of core/measure.h: sentences written for this test, each figure's
// measure as a reader would name it, and no name where the sentence gives
// none. Claims and source sentences go through the same reader here.
#include "core/measure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/reader.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

struct MeasureCase {
  const char* text;
  const char* figure;   // the figure's text, as the reader reads it
  const char* measure;  // "" for none
};

const MeasureCase kCases[] = {
    {"Shanghai's GDP reached 4.9 trillion yuan in 2024.", "4.9 trillion yuan",
     "GDP"},
    {"GDP grew 5.2% in 2024.", "5.2%", "GDP"},
    {"The city's actual use of foreign capital was US$19 billion in 2024.",
     "US$19 billion", "foreign capital"},
    {"Container throughput at the port reached 51.5 million TEUs in 2024.",
     "51.5 million TEUs", "TEUs"},
    {"The district's industrial added value rose to 880 billion yuan.",
     "880 billion yuan", "industrial added value"},
    {"The import-export value of the zone has surged from 20 billion yuan to "
     "31 billion yuan.",
     "20 billion yuan", "import-export value"},
    {"The city's robotics industry has reached a size of 90 billion yuan.",
     "90 billion yuan", "robotics industry"},
    {"Retail sales cumulatively exceeded 1.8 trillion yuan.",
     "1.8 trillion yuan", "Retail sales"},
    {"In 2024, the city added 5,800 new foreign-invested enterprises.", "5,800",
     "new foreign-invested enterprises"},
    {"Research spending accounted for 4.5% of GDP.", "4.5%",
     "Research spending"},
    // No name: the words before the figure are another clause's.
    {"This remarkable result marks a 7-percent rise.", "7-percent", ""},
    {"Breaking the 3 trillion-yuan mark, output kept rising.",
     "3 trillion-yuan", ""},
    {"30 billion yuan", "30 billion yuan", ""},
};

TEST(MeasureTest, NamesWhatTheFigureMeasures) {
  const FactBase& base = test_data::RealFactBase();
  for (const MeasureCase& c : kCases) {
    bool seen = false;
    for (const SentenceFigures& sf : ReadFigures(
             c.text, Date{2025, 1, 1}, base.lexicon, ReadMode::kClaim)) {
      for (const Figure& f : sf.figures) {
        if (f.text != c.figure) continue;
        seen = true;
        std::string_view sentence(c.text);
        EXPECT_EQ(MeasureName(base.lexicon, sentence, 0, f), c.measure)
            << c.text;
      }
    }
    EXPECT_TRUE(seen) << "no figure " << c.figure << " in " << c.text;
  }
}

TEST(MeasureTest, AFigureOutsideItsSentenceHasNoName) {
  const FactBase& base = test_data::RealFactBase();
  Figure f;
  f.start = 500;
  f.end = 510;
  f.quantity.unit = Unit::Yuan();
  EXPECT_EQ(MeasureName(base.lexicon, "GDP reached 5 yuan.", 0, f), "");
  EXPECT_EQ(MeasureName(base.lexicon, "GDP reached 5 yuan.", 600, f), "");
}

// Every source figure's name, if it has one, is words of its own sentence.
TEST(MeasureTest, SourceNamesAreTheirSentencesWords) {
  const FactBase& base = test_data::RealFactBase();
  int named = 0;
  for (const Fact& fact : base.facts) {
    const Sentence& s = base.sentences[fact.sentence];
    std::string m = MeasureName(base.lexicon, s.text, s.start, fact.figure);
    if (m.empty()) continue;
    ++named;
    EXPECT_NE(s.text.find(m), std::string::npos) << m << " | " << s.text;
  }
  EXPECT_GT(named, static_cast<int>(base.facts.size()) / 2);
}

}  // namespace
}  // namespace figcheck
