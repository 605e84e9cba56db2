// A document about a subject data/lexicon.json knows nothing of (a city's
// tourism and energy bulletin, written for this test), compiled with
// WordNet's related words (core/lexical/oracles.h): claims that name its
// measures in other words — synonyms, derived and irregular forms found
// only through WordNet — meet its figures with no lexicon edit; claims
// about another subject still do not; compiled without WordNet, the same
// claims find nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/check.h"
#include "core/compile.h"
#include "core/lexical/oracles.h"
#include "core/lexical/wordnet.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

const char kBulletin[] =
    "Statistical Bulletin on Tourism and Energy of Qingdao, 2023\n\n"
    "In 2023, Qingdao received 98.6 million tourists, up 12.4 percent from "
    "the previous year. Tourism revenue reached 158.2 billion yuan.\n\n"
    "The city's electricity consumption totalled 42.3 billion kilowatt hours "
    "in 2023, up 5.1 percent.\n\n"
    "Hotels and scenic areas employed 85,000 workers at the end of 2023.\n\n"
    "The city built 14 cruise terminals by the end of 2023.\n\n"
    "Primary schools enrolled 620,000 pupils in 2023.\n\n"
    "Labor productivity in tourism reached 210,000 yuan per person.\n";

// A document of 2024-03-20, in English.
SourceText Document(const char* file, const char* title,
                    const char* publisher, const char* text) {
  SourceText s;
  s.meta.file = file;
  s.meta.title = title;
  s.meta.publisher = publisher;
  s.meta.date = "2024-03-20";
  s.meta.language = "en";
  s.text = text;
  return s;
}

FactBase Compile(bool with_wordnet) {
  SourceText s = Document(
      "bulletin.txt", "Statistical Bulletin on Tourism and Energy of Qingdao, 2023",
      "Qingdao Municipal Bureau of Statistics", kBulletin);
  static WordNet* wordnet = new WordNet();
  EXPECT_TRUE(wordnet->ok()) << wordnet->status().message();
  StatusOr<FactBase> base =
      with_wordnet
          ? CompileFactBase({s}, test_data::RealLexicon(), PlacesFrom(*wordnet),
                            RelatedFrom(*wordnet))
          : CompileFactBase({s}, test_data::RealLexicon(),
                            PlacesFrom(*wordnet));
  EXPECT_TRUE(base.ok()) << base.status().message();
  return base.ok() ? std::move(base).value() : FactBase();
}

struct Case {
  const char* claim;
  Verdict expected;
};

std::string VerdictOf(const FactBase& base, const char* claim) {
  StatusOr<Result> r = Check(base, claim, Date{2024, 6, 1}, true);
  return r.ok() ? VerdictName(r.value().verdict) : r.status().message();
}

TEST(Aliases, ClaimsInWordNetsWordsMeetTheFigures) {
  const FactBase base = Compile(true);
  const Case kCases[] = {
      // "students": a synonym of the first meaning of "pupils".
      {"Qingdao's primary schools had 620,000 students in 2023.",
       Verdict::kSupported},
      {"Qingdao's primary schools had 260,000 students in 2023.",
       Verdict::kRefuted},
      // "consumed": derived from "consumption".
      {"Qingdao consumed 42.3 billion kilowatt hours of electricity in 2023.",
       Verdict::kSupported},
      // "employees": derived from "employed".
      {"Hotels and scenic areas in Qingdao had 85,000 employees at the end "
       "of 2023.",
       Verdict::kSupported},
      // "receipts": a synonym of "revenue".
      {"Qingdao's tourism receipts came to 158.2 billion yuan in 2023.",
       Verdict::kSupported},
      // "labour": another spelling.
      {"Labour productivity in Qingdao's tourism is 210,000 yuan per person.",
       Verdict::kSupported},
      {"Labour productivity in Qingdao's tourism is 120,000 yuan per person.",
       Verdict::kRefuted},
      // Another subject, in WordNet's words too: not these figures.
      {"Qingdao's airport served 98.6 million air travellers in 2023.",
       Verdict::kUnverifiable},
      {"Qingdao's shipyards employed 85,000 welders in 2023.",
       Verdict::kUnverifiable},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(VerdictOf(base, c.claim), VerdictName(c.expected)) << c.claim;
}

TEST(Aliases, WithoutWordNetTheSameClaimsFindNothing) {
  const FactBase base = Compile(false);
  EXPECT_TRUE(base.lexicon.aliases().empty());
  for (const char* claim :
       {"Qingdao's primary schools had 620,000 students in 2023.",
        "Qingdao's tourism receipts came to 158.2 billion yuan in 2023."})
    EXPECT_EQ(VerdictOf(base, claim), "unverifiable") << claim;
}

TEST(Aliases, OnlyWordsNoSourceUsesLeadingToOneWord) {
  const FactBase base = Compile(true);
  ASSERT_FALSE(base.lexicon.aliases().empty());
  for (const auto& [word, canonical] : base.lexicon.aliases()) {
    // Never a word of the document: that would change what it says. (The
    // bulletin has no two forms of a word the stemmer keeps apart; those
    // are the next test's.)
    EXPECT_EQ(std::string(kBulletin).find(" " + word + " "), std::string::npos)
        << word;
    EXPECT_FALSE(base.lexicon.IsStopword(word)) << word;
    EXPECT_NE(word, canonical);
  }
}

// Two forms of one word the stemmer leaves apart ("priority" →
// "prioriti", "prioritized" → "priorit"), both in the sources and related
// in WordNet, are one term for the sources and the claims.
TEST(Aliases, TheStemmersVariantsOfOneWordAreOneTerm) {
  const SourceText s = Document(
      "plan.txt", "Qingdao port plan", "Qingdao Port Authority",
      "Green shipping is a priority of the plan. The three prioritized "
      "sectors of shipping, logistics and tourism employed 85,000 workers in "
      "2023.\n");
  static WordNet* wordnet = new WordNet();
  ASSERT_TRUE(wordnet->ok());
  for (bool with_wordnet : {true, false}) {
    StatusOr<FactBase> base =
        with_wordnet ? CompileFactBase({s}, test_data::RealLexicon(),
                                       PlacesFrom(*wordnet),
                                       RelatedFrom(*wordnet))
                     : CompileFactBase({s}, test_data::RealLexicon(),
                                       PlacesFrom(*wordnet));
    ASSERT_TRUE(base.ok()) << base.status().message();
    const Lexicon& lexicon = base.value().lexicon;
    const std::vector<Lexicon::Term> a = lexicon.Canonicalize({"priority"});
    const std::vector<Lexicon::Term> b = lexicon.Canonicalize({"prioritized"});
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(a[0].stem == b[0].stem, with_wordnet);
    const char* claim =
        "Qingdao's three priority sectors employed fewer than 50,000 workers "
        "in 2023.";
    EXPECT_EQ(VerdictOf(base.value(), claim),
              with_wordnet ? "refuted" : "unverifiable")
        << claim;
    // The three's figure is none of one of them.
    EXPECT_EQ(VerdictOf(base.value(),
                        "Qingdao's shipping sector employed 85,000 workers in "
                        "2023."),
              "unverifiable");
  }
}

}  // namespace
}  // namespace figcheck
