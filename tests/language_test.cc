// Tests of core/language.h: sentences written for this test, English ones
// that name foreign things (places, firms, borrowed phrases) and the same
// kind of figure in five other languages and two other scripts; and Check's
// refusal of a claim that is not English.
#include "core/language.h"

#include <gtest/gtest.h>

#include <string>

#include "core/check.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

struct LanguageCase {
  const char* text;
  const char* looks_like;  // nullptr: English
};

const LanguageCase kCases[] = {
    // English, whatever it names.
    {"The Bund drew 3.2 million visitors over the autumn holiday in 2023.",
     nullptr},
    {"The carmaker set up a joint venture with Société Générale worth 2 "
     "billion yuan in 2022.",
     nullptr},
    {"Pudong's 'Lujiazui' area hosts more than 300 bank branches.", nullptr},
    {"Charles de Gaulle airport handled 67 million passengers last year.",
     nullptr},
    {"Banco de la Nación posts 5% profit rise", nullptr},
    {"Sales at the Café de Flore rose 12 percent in 2023.", nullptr},
    {"Le Monde reported that the city's output grew 5% in 2023.", nullptr},
    {"The mayor called the plan a 'joie de vivre' project worth 80 million "
     "yuan.",
     nullptr},
    {"A tête-à-tête between the two mayors produced 15 agreements.", nullptr},
    {"Die-casting output rose 8% as the UN agency counted 40 plants.", nullptr},
    {"Lujiazui (陆家嘴) hosts about 300 foreign banks.", nullptr},
    {"Port volume 49 million TEUs, 2023", nullptr},
    {"Shanghai GDP 4.7 trillion yuan", nullptr},
    {"4.72", nullptr},
    {"GDP rose to 9.9e9 yuan, up 1e4% in 2023.", nullptr},
    {"", nullptr},
    // Other languages in Latin script.
    {"En 2023, le port de Shanghai a traité 49 millions de conteneurs.",
     "French"},
    {"Le PIB a progressé de 5 % l'an dernier.", "French"},
    {"El puerto de Shanghái movió 49 millones de contenedores en 2023.",
     "Spanish"},
    {"El PIB de Shanghái crece un 5%", "Spanish"},
    {"Der Hafen von Shanghai hat 2023 rund 49 Millionen Container "
     "umgeschlagen.",
     "German"},
    {"Das BIP stieg um 5 Prozent.", "German"},
    {"O porto de Xangai movimentou 49 milhões de contêineres em 2023.",
     "Portuguese"},
    {"Il porto di Shanghai ha movimentato 49 milioni di container nel 2023.",
     "Italian"},
    // Other scripts.
    {"上海港2023年集装箱吞吐量达到4900万标准箱", ""},
    {"Порт Шанхая обработал 49 миллионов контейнеров в 2023 году.", ""},
};

TEST(LanguageTest, EnglishOrWhatItLooksLike) {
  for (const LanguageCase& c : kCases) {
    LanguageGuess g = GuessLanguage(c.text);
    if (c.looks_like == nullptr) {
      EXPECT_TRUE(g.english) << c.text << " → " << g.looks_like;
    } else {
      EXPECT_FALSE(g.english) << c.text;
      EXPECT_EQ(g.looks_like, c.looks_like) << c.text;
    }
  }
}

TEST(LanguageTest, OffsetPointsAtTheWordThatTold) {
  std::string text = "Rapport: le port a traité 49 millions de conteneurs.";
  LanguageGuess g = GuessLanguage(text);
  ASSERT_FALSE(g.english);
  EXPECT_EQ(text.substr(g.offset, 2), "le");
  std::string chinese = "GDP：上海达到4.72万亿元";
  g = GuessLanguage(chinese);
  ASSERT_FALSE(g.english);
  EXPECT_EQ(chinese.substr(g.offset, 3), "上");
}

// Every sentence the sources quote is English.
TEST(LanguageTest, EverySourceSentenceIsEnglish) {
  const FactBase& base = test_data::RealFactBase();
  ASSERT_FALSE(base.sentences.empty());
  for (const Sentence& s : base.sentences)
    EXPECT_TRUE(GuessLanguage(s.text).english) << s.text;
}

TEST(LanguageTest, CheckRefusesAClaimInAnotherLanguage) {
  const FactBase& base = test_data::RealFactBase();
  for (const char* claim :
       {"Le port de Shanghai a traité 49 millions de conteneurs en 2023.",
        "上海港2023年集装箱吞吐量达到4900万标准箱"}) {
    StatusOr<Result> r = Check(base, claim, Date{2024, 6, 1});
    ASSERT_FALSE(r.ok()) << claim;
    EXPECT_EQ(r.status().code(), ErrorCode::kNotEnglish);
    EXPECT_NE(r.status().message().find("figcheck reads English claims"),
              std::string::npos)
        << r.status().message();
  }
  // The English one is read.
  StatusOr<Result> r =
      Check(base, "Shanghai's port handled 49 million TEUs in 2023.",
            Date{2024, 6, 1});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().figures.empty());
}

}  // namespace
}  // namespace figcheck
