// Tests of core/check.h, core/request.h and core/render.h on the real fact
// base (data/sources compiled, written and loaded, as the command line sees
// it). The claims are written for these tests from design.md's agreement
// rules; none is taken from the dev claim set, which is kept for measuring.
#include "core/check.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/compile.h"
#include "core/render.h"
#include "core/request.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::D;
using test_data::RealFactBase;

constexpr Verdict kSupported = Verdict::kSupported;
constexpr Verdict kRefuted = Verdict::kRefuted;
constexpr Verdict kMisleading = Verdict::kMisleading;
constexpr Verdict kUnverifiable = Verdict::kUnverifiable;

struct CheckCase {
  const char* rule;  // the design.md rule the row exercises
  const char* claim;
  const char* as_of;
  Verdict verdict;
  // Text of the decisive figure's cited source figure; nullptr: not checked,
  // "": no citation at all.
  const char* cited;
};

const char kAsOf[] = "2024-11-01";

const CheckCase kCheckCases[] = {
    // Rounding: the source rounded to the claim's precision equals it.
    {"rounding", "Shanghai's GDP came to 4.7 trillion yuan in 2023.", kAsOf,
     kSupported, "4.72 trillion yuan"},
    {"rounding", "Shanghai's GDP was 4.72 trillion yuan in 2023.", kAsOf,
     kSupported, "4.72 trillion yuan"},
    {"rounding", "Shanghai's GDP came to 4.8 trillion yuan in 2023.", kAsOf,
     kRefuted, "4.72 trillion yuan"},
    {"rounding", "Shanghai's GDP totalled 5 trillion yuan in 2023.", kAsOf,
     kRefuted, "4.72 trillion yuan"},
    {"rounding",
     "Container throughput at Shanghai's port came to 49.2 million TEUs in "
     "2023.",
     kAsOf, kSupported, "49.158 million twenty-foot equivalent units"},
    // Truncation to the claim's precision agrees as rounding does; a figure
    // neither rounds nor truncates to does not.
    {"truncation",
     "Container throughput at Shanghai's port came to 49.1 million TEUs in "
     "2023.",
     kAsOf, kSupported, "49.158 million twenty-foot equivalent units"},
    {"truncation",
     "Container throughput at Shanghai's port came to 49.0 million TEUs in "
     "2023.",
     kAsOf, kRefuted, "49.158 million twenty-foot equivalent units"},
    // A bound at the source's own precision cannot be told: "4.72 trillion"
    // is 4.715 to 4.725 trillion.
    {"the source's precision",
     "Shanghai's GDP was more than 4.72 trillion yuan in 2023.", kAsOf,
     kUnverifiable, ""},
    {"the source's precision",
     "Shanghai's GDP was less than 4.72 trillion yuan in 2023.", kAsOf,
     kUnverifiable, ""},
    {"the source's precision",
     "Shanghai's GDP was more than 4.71 trillion yuan in 2023.", kAsOf,
     kSupported, "4.72 trillion yuan"},
    {"the source's precision",
     "Shanghai's GDP exceeded 4.73 trillion yuan in 2023.", kAsOf, kRefuted,
     "4.72 trillion yuan"},
    // "At least" and "at most" bound without rounding their own number:
    // 1,771 is not "at least 1,800", though it is "about 1,800".
    {"at least, not rounded",
     "There were at least 1,800 licensed financial institutions in Shanghai "
     "at the end of 2023.",
     kAsOf, kRefuted, "1,771"},
    {"at least",
     "There were at least 1,700 licensed financial institutions in Shanghai "
     "at the end of 2023.",
     kAsOf, kSupported, "1,771"},
    {"at most, not rounded",
     "There were no more than 1,750 licensed financial institutions in "
     "Shanghai at the end of 2023.",
     kAsOf, kRefuted, "1,771"},
    // Approximation words: within 5%.
    {"approximation", "Shanghai's GDP was roughly 4.9 trillion yuan in 2023.",
     kAsOf, kSupported, "4.72 trillion yuan"},
    {"approximation", "Shanghai's GDP was roughly 5.2 trillion yuan in 2023.",
     kAsOf, kRefuted, "4.72 trillion yuan"},
    // Scale and currency normalised first: "$24 billion" vs "US$24,087
    // million".
    {"scale normalised",
     "Shanghai's actual use of foreign capital came to $24 billion in 2023.",
     kAsOf, kSupported, nullptr},
    // Bounds.
    {"bound within bound",
     "Shanghai now counts more than 20,000 new high-tech enterprises.", kAsOf,
     kSupported, "24,000"},
    {"bound equal bound",
     "Shanghai now counts more than 24,000 new high-tech enterprises.", kAsOf,
     kSupported, "24,000"},
    {"bound beyond bound",
     "Shanghai has more than 30,000 new high-tech enterprises.", kAsOf,
     kUnverifiable, nullptr},
    {"bound on the wrong side",
     "Shanghai has fewer than 15,000 new high-tech enterprises.", kAsOf,
     kRefuted, "24,000"},
    {"bare value above a source bound",
     "The Hongqiao CBD is home to 2,500 companies engaged in international "
     "trade.",
     kAsOf, kUnverifiable, nullptr},
    // Currency and scale mismatches.
    {"currency mismatch",
     "Shanghai's GDP was 4.72 trillion US dollars in 2023.", kAsOf, kRefuted,
     "4.72 trillion yuan"},
    {"scale mismatch", "Shanghai's GDP was 4.72 billion yuan in 2023.", kAsOf,
     kRefuted, "4.72 trillion yuan"},
    // Targets: told as achieved is misleading; told as a target, checked.
    {"target as achieved",
     "Shanghai's metaverse industry has already reached 350 billion yuan.",
     kAsOf, kMisleading, "350 billion yuan"},
    {"target as achieved",
     "Shanghai's smart terminal industry reached 700 billion yuan in 2023.",
     kAsOf, kMisleading, "700 billion yuan"},
    {"target as target",
     "Shanghai's smart terminal industry is set to reach 700 billion yuan in "
     "2025.",
     kAsOf, kSupported, "700 billion yuan"},
    // A figure moved to a period the sources give no figure for.
    {"wrong period", "Shanghai's GDP was 4.72 trillion yuan in 2021.", kAsOf,
     kMisleading, "4.72 trillion yuan"},
    {"wrong period",
     "The port of Shanghai handled 49.158 million TEUs of containers in 2020.",
     kAsOf, kMisleading, "49.158 million twenty-foot equivalent units"},
    // Changes: direction matters.
    {"change",
     "The number of new foreign-invested enterprises in Shanghai rose 38.3 "
     "percent in 2023.",
     kAsOf, kSupported, "38.3 percent"},
    {"change the other way",
     "The number of new foreign-invested enterprises in Shanghai fell 38.3 "
     "percent in 2023.",
     kAsOf, kRefuted, "38.3 percent"},
    // Relative periods are read against the claim's date.
    {"last year", "Last year Shanghai's GDP reached 4.72 trillion yuan.",
     "2024-06-01", kSupported, "4.72 trillion yuan"},
    {"last year", "Last year Shanghai's GDP reached 4.72 trillion yuan.",
     "2025-06-01", kMisleading, "4.72 trillion yuan"},
    // No period: the latest the sources give.
    {"no period", "Shanghai's GDP reached 4.72 trillion yuan.", kAsOf,
     kSupported, "4.72 trillion yuan"},
    // Absent subjects, and a number the sources hold for another subject.
    {"absent subject",
     "The number of giant pandas at Shanghai Zoo reached 12 in 2023.", kAsOf,
     kUnverifiable, ""},
    {"absent subject",
     "Shanghai's tea exports reached 3.5 billion yuan in 2023.", kAsOf,
     kUnverifiable, ""},
    {"another subject's number", "Shanghai's GDP grew 38.3 percent in 2023.",
     kAsOf, kUnverifiable, ""},
    // design.md: a bare value the source bound rules out is refuted.
    {"bare value below a source bound",
     "The Hongqiao CBD is home to 1,500 companies engaged in international "
     "trade.",
     kAsOf, kRefuted, "2,000"},
    {"currency mismatch",
     "In 2023 Shanghai's actual use of foreign capital was 24 billion yuan.",
     kAsOf, kRefuted, nullptr},
    // Derived figures: 723.1 billion → 1.0739 trillion yuan is +48.5%; the
    // 42% fall in energy use *per unit of* industrial added value is another
    // subject.
    {"derived change",
     "Between 2011 and 2021 Shanghai's industrial added value rose by roughly "
     "48 percent.",
     kAsOf, kSupported, "1.0739 trillion yuan"},
    // 172,000 professionals in 2023, up 12%: 18,429 more than in 2022.
    {"derived from a level and its rate",
     "Shanghai brought in some 18,400 more domestic and overseas professionals "
     "in 2023 than a "
     "year earlier.",
     kAsOf, kSupported, "172,000"},
    {"derived from a level and its rate",
     "Shanghai drew 25,000 more professionals in 2023 than in 2022.", kAsOf,
     kRefuted, "172,000"},
    {"derived from a level and its rate, no year",
     "Shanghai drew 25,000 more professionals.", kAsOf, kUnverifiable, nullptr},
    // Passing a goal's own mark claims the goal achieved (350 billion yuan
    // is the metaverse industry's goal for 2025).
    {"a goal's mark passed",
     "Shanghai's metaverse industry now tops 350 billion yuan.", "2024-06-01",
     kMisleading, "350 billion yuan"},
    // "Smart devices" are the sources' "smart terminals" (a goal of 700
    // billion yuan for 2025).
    {"domain synonym",
     "The smart device industry of Shanghai has hit 700 billion yuan.",
     "2024-06-01", kMisleading, "700 billion yuan"},
    // A difference within the rounding of the rate it comes from: 172,000
    // up 12% (11.5–12.5%) is 17,700–19,100 more.
    {"derived from a level and its rounded rate",
     "Shanghai drew 19,000 more professionals in 2023 than in 2022.", kAsOf,
     kSupported, "172,000"},
    // "N more" with no base given is a change, never a level a total
    // contradicts; "N yuan more than the year before" too.
    {"a difference with no base",
     "Shanghai attracted 18,000 more professionals in 2023.", kAsOf, kSupported,
     "172,000"},
    {"a difference with no base",
     "Shanghai's GDP in 2023 was 300 billion yuan more than the year before.",
     kAsOf, kUnverifiable, nullptr},
    {"a compound: one chipmaker is a company, not the industry",
     "Shanghai's biggest chipmaker is worth 100 billion yuan.", "2022-09-15",
     kUnverifiable, nullptr},
    // Another edition of a recurring event: the sixth expo's deals say
    // nothing of the fifth's; the sixth's own are checked.
    {"another edition", "Tentative deals at the fifth CIIE came to about "
     "$70 billion.", "2023-12-20", kUnverifiable, nullptr},
    {"the same edition", "Tentative deals at the 6th CIIE came to about "
     "$70 billion.", "2023-12-20", kRefuted, "US$78.41 billion"},
    {"another edition, the same figure", "The seventh CIIE recorded "
     "tentative deals of about $78 billion.", "2024-12-01", kUnverifiable,
     nullptr},
    // One dimension in another scale: 14.1 billion yuan per square
    // kilometer is 14,100 yuan per square meter; square meters are not
    // square kilometers.
    {"an area's unit in another scale",
     "Shanghai's special industrial parks yield 14,100 yuan of output per "
     "square meter of land.",
     "2024-04-10", kSupported, "14.1 billion yuan per square kilometer"},
    {"an area's unit in another scale, a slip",
     "In 2023 Shanghai renovated 123,000 square kilometres of scattered "
     "dilapidated houses below the level-two standard.",
     "2024-04-10", kRefuted, "123,000 square meters"},
    // A compound of a thing and its makers is that thing's industry.
    {"a compound: chip + makers",
     "Shanghai's chipmakers turned over 250 billion yuan.", "2022-09-15",
     kSupported, "250-billion-yuan"},
    // "N% fewer X" is a fall, which a rise of N% refutes.
    {"a fall told as \"fewer\"",
     "Shanghai registered 38.3% fewer new foreign-invested firms in 2023.",
     kAsOf, kRefuted, "38.3 percent"},
    {"a rise told as \"more\"",
     "Shanghai registered 38.3% more new foreign-invested firms in 2023.",
     kAsOf, kSupported, "38.3 percent"},
    // Wire copy: "pct", and "FIEs" for foreign-invested enterprises.
    {"wire-copy abbreviations", "Shanghai's new FIEs jumped 38 pct in 2023.",
     kAsOf, kSupported, "38.3 percent"},
    // 30 is the count of new foreign R&D centers; 65 regional headquarters.
    {"another subject's number in a list",
     "In 2023, 30 new regional headquarters were set up in Shanghai.", kAsOf,
     kRefuted, "65"},
    // The IC industry is "about 25% of the country's total"; the 40% of IC
    // talents in a later document is another subject.
    {"no period, latest of the same subject",
     "The integrated circuit industry of Shanghai accounts for about 25% of "
     "the national total.",
     kAsOf, kSupported, "25%"},
    // A conversion is refuted by the sources' own conversion, in its currency.
    {"same-currency citation",
     "Shanghai's GDP reached 4.72 trillion yuan in 2023, about $800 billion.",
     kAsOf, kRefuted, "$663.7 billion"},
    // The dollar figure in brackets is a rounded conversion: a yuan claim
    // with its digits is told against the yuan figure.
    {"own currency before a conversion's digits",
     "Last year the city's economy grew to 663.7 billion yuan, officials "
     "said.",
     kAsOf, kRefuted, "4.72 trillion yuan"},
    // "… to 4.2014 trillion yuan, breaking the 4 trillion-yuan mark": the
    // bound of the value's own sentence is the one cited.
    {"a bound beside its value",
     "Industrial output in Shanghai has now passed the 4 trillion yuan mark.",
     kAsOf, kSupported, "4 trillion-yuan"},
    // One-fourth of the country's innovative drugs is no share of the
    // biopharma industry: the share is derived from its two figures.
    {"a share of something else",
     "Drug manufacturing is about one quarter of the city's biopharma "
     "industry.",
     kAsOf, kSupported, "170 billion yuan"},
    // The rank of the goods trade, not of container throughput.
    {"a rank of the amount beside it",
     "The city's ports held on to the world No. 1 spot in 2023 with goods "
     "trade of 10.7 trillion yuan.",
     kAsOf, kSupported, "first place"},
    // The bound beside the value carries no year of its own: the value's.
    {"a bound beside its value, a year named",
     "Industrial output in Shanghai passed the 4 trillion yuan mark in 2021.",
     kAsOf, kSupported, "4.2014 trillion yuan"},
    {"no figure", "The sky over the Bund is blue.", kAsOf, kUnverifiable, ""},
};

// A level's change is derived from its own rate only, not another level's
// of the same sentence.
TEST(CheckTest, ALevelsChangeComesFromItsOwnRate) {
  SourceText s;
  s.meta.file = "trade.txt";
  s.meta.title = "Port trade in 2023";
  s.meta.publisher = "A port authority";
  s.meta.date = "2024-02-01";
  s.meta.language = "en";
  s.text =
      "In 2023, the port's imports rose 10% to 800 billion yuan, while its "
      "exports reached 1.2 trillion yuan, up 5%.\n";
  StatusOr<FactBase> base = CompileFactBase({s}, test_data::RealLexicon());
  ASSERT_TRUE(base.ok()) << base.status().message();
  auto verdict = [&](const char* claim) {
    StatusOr<Result> r = Check(base.value(), claim, D("2024-06-01"), true);
    return r.ok() ? std::string(VerdictName(r.value().verdict))
                  : r.status().message();
  };
  // 1.2 trillion × 5/105 = 57.1 billion; with the import rate, 109 billion.
  EXPECT_EQ(verdict("The port's exports rose by 57 billion yuan in 2023."),
            "supported");
  EXPECT_EQ(verdict("The port's exports rose by 200 billion yuan in 2023."),
            "refuted");
}

StatusOr<Result> CheckAt(const std::string& claim, const char* as_of) {
  return Check(RealFactBase(), claim, D(as_of));
}

// A span counted back from today ("over the past decade") moves no figure
// for a claim with no date of its own: the writer's decade may be the
// sources'. With its own date, the same claim moved the figure of 2012-2022
// ("last year" is exact either way: AgreementRules).
TEST(CheckTest, AnUndatedClaimsSpanToDateMovesNoFigure) {
  for (const char* claim :
       {"Over the past decade Shanghai has cut total industrial energy "
        "consumption by 5.26 million tons of standard coal.",
        "Shanghai cut its total industrial energy consumption by 5.26 "
        "million tons of standard coal in the last ten years."}) {
    SCOPED_TRACE(claim);
    StatusOr<Result> undated = CheckAt(claim, "2026-06-01");
    ASSERT_TRUE(undated.ok());
    EXPECT_EQ(undated.value().verdict, Verdict::kUnverifiable);
    StatusOr<Result> dated =
        Check(RealFactBase(), claim, D("2026-06-01"), /*dated=*/true);
    ASSERT_TRUE(dated.ok());
    EXPECT_EQ(dated.value().verdict, Verdict::kMisleading);
  }
}

const char* CitedText(const Result& r) {
  if (r.decisive < 0 || r.figures[r.decisive].facts.empty()) return "";
  return RealFactBase()
      .facts[r.figures[r.decisive].facts[0]]
      .figure.text.c_str();
}

void ExpectCase(const CheckCase& c) {
  SCOPED_TRACE(std::string(c.rule) + ": " + c.claim + " @ " + c.as_of);
  StatusOr<Result> r = CheckAt(c.claim, c.as_of);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(VerdictName(r.value().verdict), std::string(VerdictName(c.verdict)))
      << r.value().explanation;
  if (c.cited != nullptr) {
    EXPECT_EQ(std::string(CitedText(r.value())), c.cited);
  }
}

TEST(CheckTest, AgreementRules) {
  for (const CheckCase& c : kCheckCases) ExpectCase(c);
}

// Edge cases of wording: "exactly" is not a subject word, and a whole
// multiple ("tripled") is held to the precision it states.
const CheckCase kWordingCases[] = {
    {"exactly", "Shanghai's GDP was exactly 4.72 trillion yuan in 2023.", kAsOf,
     kSupported, "4.72 trillion yuan"},
    // 24.13 → 75.93 billion yuan is 3.15 times: "tripled" within 5%.
    {"rounding a multiplier",
     "The import-export value of the Hongqiao CBD tripled over the past three "
     "years.",
     kAsOf, kSupported, nullptr},
    // A bound the sources state in the claim's own terms is the one cited,
    // not a value within it.
    {"a bound cites the bound",
     "Shanghai's actual use of foreign capital topped $24 billion in 2023, "
     "officials said.",
     kAsOf, kSupported, "$24 billion"},
    {"a value cites the value",
     "Shanghai's actual use of foreign capital was $24.09 billion in 2023.",
     kAsOf, kSupported, "US$24,087 million"},
};

TEST(CheckTest, Wording) {
  for (const CheckCase& c : kWordingCases) ExpectCase(c);
}

// A count names what it counts on both sides of an explanation, in the
// words of the cited sentence; money and shares carry their own units.
struct ExplanationCase {
  const char* claim;
  const char* explanation;
};
const ExplanationCase kExplanationCases[] = {
    {"Shanghai's port handled 30 million TEUs in 2023",
     "The sources say 49.158 million twenty-foot equivalent units for 2023, "
     "not 30 million "
     "twenty-foot equivalent units."},
    {"Shanghai attracted 80 regional headquarters of multinational companies "
     "in 2023",
     "The sources say 65 regional headquarters for 2023, not 80 regional "
     "headquarters."},
    {"Shanghai added 6,000 new foreign-invested enterprises in 2023",
     "The sources say 6,017 new foreign-invested enterprises for 2023."},
    {"Shanghai has 12 membership-only supermarkets",
     "The sources say 12 membership-only supermarkets for 2023."},
    {"Shanghai's GDP reached 5 trillion yuan in 2023",
     "The sources say 4.72 trillion yuan for 2023, not 5 trillion yuan."},
    // A share's change in points, told in percent: the explanation says so.
    {"Shanghai's share of strategic emerging industries in industrial output "
     "rose 3.3 percent from 2021 to 2023",
     "From 40.6% for 2021 to 43.9% for 2023 is up 8.1%, not up 3.3% (3.3 is "
     "the change in percentage points)."},
    // A pair turned around cites both ends, earlier first.
    {"Shanghai's total industrial output value fell from 4.2 trillion yuan to "
     "3.4 trillion yuan",
     "The sources say it went from 3.3834 trillion yuan for 2011 to 4.2014 "
     "trillion yuan for 2021; the claim tells it the other way round."},
};

TEST(CheckTest, ExplanationsGiveUnitsOnBothSides) {
  for (const ExplanationCase& c : kExplanationCases) {
    StatusOr<Result> r = CheckAt(c.claim, kAsOf);
    ASSERT_TRUE(r.ok()) << c.claim;
    EXPECT_EQ(r.value().explanation, c.explanation) << c.claim;
  }
}

// design.md "Derived figures": the change is computed from the two levels
// and the citation names both.
TEST(CheckTest, DerivedChangeCitesBothFigures) {
  StatusOr<Result> r = CheckAt(
      "Between 2011 and 2021 Shanghai's industrial added value rose by roughly "
      "48 percent.",
      kAsOf);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().figures.size(), 1u);
  const FigureResult& f = r.value().figures[0];
  EXPECT_EQ(f.verdict, kSupported) << f.explanation;
  ASSERT_EQ(f.facts.size(), 2u);
  std::set<std::string> cited;
  for (uint32_t id : f.facts)
    cited.insert(RealFactBase().facts[id].figure.text);
  EXPECT_EQ(cited, (std::set<std::string>{"723.1 billion yuan",
                                          "1.0739 trillion yuan"}));
  EXPECT_NEAR(f.derived, (1.0739e12 / 723.1e9 - 1) * 100, 0.01);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser
                .parse(simdjson::padded_string(
                    ResultToJson(RealFactBase(), r.value())))
                .get(root),
            simdjson::SUCCESS);
  simdjson::dom::array citations;
  ASSERT_EQ(root["citations"].get_array().get(citations), simdjson::SUCCESS);
  EXPECT_EQ(citations.size(), 2u);
}

// A claim with several figures takes the worst verdict; each figure keeps
// its own verdict and citation.
TEST(CheckTest, DifferenceCitesTheWholeAndThePart) {
  StatusOr<Result> r = CheckAt(
      "Of the 1,771 licensed financial institutions in Shanghai at the end of "
      "2023, 1,223 were not foreign-funded.",
      kAsOf);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().figures.size(), 2u);
  const FigureResult& f = r.value().figures[1];
  EXPECT_EQ(f.verdict, kSupported) << f.explanation;
  EXPECT_EQ(f.reason, Reason::kDerivedDifference);
  ASSERT_EQ(f.facts.size(), 2u);
  EXPECT_EQ(RealFactBase().facts[f.facts[0]].figure.text, "1,771");
  EXPECT_EQ(RealFactBase().facts[f.facts[1]].figure.text, "548");
  EXPECT_EQ(f.explanation, "1,771 less 548 leaves 1,223.");
}

TEST(CheckTest, SeveralFiguresTakeTheWorstVerdict) {
  StatusOr<Result> r = CheckAt(
      "Shanghai's GDP was 4.72 trillion yuan in 2023. Its port handled 60 "
      "million TEUs that year.",
      kAsOf);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Result& result = r.value();
  ASSERT_EQ(result.figures.size(), 2u);
  EXPECT_EQ(result.figures[0].verdict, kSupported)
      << result.figures[0].explanation;
  EXPECT_EQ(result.figures[1].verdict, kRefuted)
      << result.figures[1].explanation;
  EXPECT_EQ(result.verdict, kRefuted);
  EXPECT_EQ(result.decisive, 1);
  EXPECT_EQ(result.explanation, result.figures[1].explanation);
  ASSERT_FALSE(result.figures[0].facts.empty());
  ASSERT_FALSE(result.figures[1].facts.empty());
  EXPECT_NE(result.figures[0].facts[0], result.figures[1].facts[0]);
}

// BUG (reported): in one sentence of two clauses, the second clause's words
// ("container throughput of its port") still weigh 0.5 on the first figure
// and dilute its subject: the GDP figure, supported on its own, becomes
// unverifiable when a second figure shares its sentence.
TEST(CheckTest, EachFigureOfOneSentenceKeepsItsVerdict) {
  StatusOr<Result> r = CheckAt(
      "Shanghai's GDP reached 4.72 trillion yuan last year, and the container "
      "throughput of its port was 50 million TEUs.",
      "2024-06-01");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().figures.size(), 2u);
  EXPECT_EQ(r.value().figures[0].verdict, kSupported)
      << r.value().figures[0].explanation;
  EXPECT_EQ(r.value().figures[1].verdict, kSupported)
      << r.value().figures[1].explanation;
}

// "$25 billion in 2023" is refuted by the 2023 figure, not by the
// accumulated "$350 billion" (a different subject).
TEST(CheckTest, RefutationCitesTheSamePeriodFigure) {
  StatusOr<Result> r = CheckAt(
      "Shanghai's actual use of foreign capital reached $25 billion in 2023.",
      kAsOf);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().verdict, kRefuted);
  const std::string cited = CitedText(r.value());
  EXPECT_TRUE(cited == "US$24,087 million" || cited == "$24 billion") << cited;
}

// ------------------------------------------------------------- citations

// Every verdict but unverifiable carries the citation it rests on, and every
// citation quotes the document exactly at its offsets.
void ExpectCitationsQuoteTheSources(const Result& result) {
  const FactBase& base = RealFactBase();
  for (const FigureResult& f : result.figures) {
    SCOPED_TRACE(f.claimed.text);
    if (f.verdict != kUnverifiable) {
      EXPECT_FALSE(f.facts.empty()) << f.explanation;
    }
    EXPECT_FALSE(f.explanation.empty());
    for (uint32_t id : f.facts) {
      ASSERT_LT(id, base.facts.size());
      const Fact& fact = base.facts[id];
      const Sentence& s = base.sentences[fact.sentence];
      const std::string& doc =
          test_data::DocumentText(base.documents[s.doc].file);
      ASSERT_LE(s.end, doc.size());
      EXPECT_EQ(s.text, doc.substr(s.start, s.end - s.start));
      EXPECT_EQ(
          fact.figure.text,
          doc.substr(fact.figure.start, fact.figure.end - fact.figure.start));
    }
  }
}

// The same through the JSON contract: "quote" is the document's bytes between
// sentence_start and sentence_end, the figure's between figure_start and
// figure_end.
void ExpectJsonCitationQuotes(simdjson::dom::element citation) {
  std::string_view file, quote, figure_text;
  int64_t s0 = 0, s1 = 0, f0 = 0, f1 = 0;
  ASSERT_EQ(citation["source"]["file"].get_string().get(file),
            simdjson::SUCCESS);
  ASSERT_EQ(citation["quote"].get_string().get(quote), simdjson::SUCCESS);
  ASSERT_EQ(citation["sentence_start"].get_int64().get(s0), simdjson::SUCCESS);
  ASSERT_EQ(citation["sentence_end"].get_int64().get(s1), simdjson::SUCCESS);
  ASSERT_EQ(citation["figure_start"].get_int64().get(f0), simdjson::SUCCESS);
  ASSERT_EQ(citation["figure_end"].get_int64().get(f1), simdjson::SUCCESS);
  ASSERT_EQ(citation["figure"]["text"].get_string().get(figure_text),
            simdjson::SUCCESS);
  const std::string& doc = test_data::DocumentText(std::string(file));
  ASSERT_FALSE(doc.empty()) << file;
  ASSERT_TRUE(0 <= s0 && s0 <= f0 && f0 < f1 && f1 <= s1 &&
              s1 <= static_cast<int64_t>(doc.size()));
  EXPECT_EQ(quote, doc.substr(s0, s1 - s0));
  EXPECT_EQ(figure_text, doc.substr(f0, f1 - f0));
  for (const char* key : {"title", "publisher", "date"}) {
    std::string_view v;
    EXPECT_EQ(citation["source"][key].get_string().get(v), simdjson::SUCCESS)
        << key;
  }
  simdjson::dom::element url;
  ASSERT_EQ(citation["source"]["url"].get(url), simdjson::SUCCESS);
  EXPECT_TRUE(url.is_null() || url.is_string());
}

TEST(CheckTest, CitationsQuoteTheSources) {
  for (const CheckCase& c : kCheckCases) {
    SCOPED_TRACE(c.claim);
    StatusOr<Result> r = CheckAt(c.claim, c.as_of);
    ASSERT_TRUE(r.ok());
    ExpectCitationsQuoteTheSources(r.value());
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    ASSERT_EQ(parser
                  .parse(simdjson::padded_string(
                      ResultToJson(RealFactBase(), r.value())))
                  .get(root),
              simdjson::SUCCESS);
    simdjson::dom::element citation;
    ASSERT_EQ(root["citation"].get(citation), simdjson::SUCCESS);
    if (!citation.is_null()) ExpectJsonCitationQuotes(citation);
    simdjson::dom::array figures;
    ASSERT_EQ(root["figures"].get_array().get(figures), simdjson::SUCCESS);
    for (simdjson::dom::element f : figures) {
      simdjson::dom::array citations;
      ASSERT_EQ(f["citations"].get_array().get(citations), simdjson::SUCCESS);
      for (simdjson::dom::element cite : citations)
        ExpectJsonCitationQuotes(cite);
    }
  }
}

// ---------------------------------------------------------------- errors

TEST(CheckTest, InputErrors) {
  struct Case {
    const char* name;
    std::string claim;
    ErrorCode code;
  };
  const Case kCases[] = {
      {"empty", "", ErrorCode::kEmptyInput},
      {"whitespace only", " \t\n\r  ", ErrorCode::kEmptyInput},
      {"invalid UTF-8", "GDP \xFF reached 5 trillion yuan",
       ErrorCode::kInvalidUtf8},
      {"truncated UTF-8 at the end", "GDP reached 5 trillion yuan \xE4\xB8",
       ErrorCode::kInvalidUtf8},
      {"one byte over the limit", std::string(kMaxClaimBytes + 1, 'a'),
       ErrorCode::kInputTooLarge},
      {"far over the limit", std::string(4 * kMaxClaimBytes, ' '),
       ErrorCode::kInputTooLarge},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<Result> r = CheckAt(c.claim, kAsOf);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.code) << r.status().message();
    EXPECT_FALSE(r.status().message().empty());
  }
  StatusOr<Result> bad = CheckAt("GDP \xFF", kAsOf);
  EXPECT_EQ(bad.status().offset(), 4u);
}

TEST(CheckTest, ClaimAtTheLimitIsRead) {
  // The rest of the claim is filler in sentences of its own (a word the
  // sources never use, in the same sentence, would change the subject).
  std::string claim = "Shanghai's GDP reached 4.72 trillion yuan in 2023.\n";
  while (claim.size() < kMaxClaimBytes) claim += "The sky is blue.\n";
  claim.resize(kMaxClaimBytes);
  StatusOr<Result> r = CheckAt(claim, kAsOf);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().verdict, kSupported);
}

// Whatever a user pastes, Check answers, the verdict is the worst of the
// figures', and the JSON parses.
TEST(CheckTest, RandomClaimsGiveConsistentResults) {
  static const char* const kPieces[] = {
      "Shanghai's", "GDP",          "reached",     "4.72",
      "trillion",   "yuan",         "in",          "2023",
      "more than",  "24,000",       "high-tech",   "enterprises",
      "fell",       "rose",         "38.3%",       "last year",
      "will",       "reach",        "350 billion", "metaverse",
      "TEUs",       "49.2 million", "(",           ")",
      "$",          "about",        ".",           ",",
      "one-fifth",  "doubled",      "from",        "to",
      "\n",         "\xE2\x80\x9C", "<b>",         "&",
      "\""};
  std::mt19937 rng(4);
  simdjson::dom::parser parser;
  for (int round = 0; round < 300; ++round) {
    std::string claim = "x";
    size_t n = 1 + rng() % 20;
    for (size_t i = 0; i < n; ++i) {
      claim += ' ';
      claim += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
    }
    SCOPED_TRACE(claim);
    StatusOr<Result> r = CheckAt(claim, kAsOf);
    ASSERT_TRUE(r.ok()) << r.status().message();
    const Result& result = r.value();
    if (result.figures.empty()) {
      EXPECT_EQ(result.verdict, kUnverifiable);
      EXPECT_EQ(result.decisive, -1);
    } else {
      ASSERT_GE(result.decisive, 0);
      for (const FigureResult& f : result.figures)
        EXPECT_LE(VerdictSeverity(f.verdict), VerdictSeverity(result.verdict));
      EXPECT_EQ(result.verdict, result.figures[result.decisive].verdict);
    }
    ExpectCitationsQuoteTheSources(result);
    simdjson::dom::element root;
    ASSERT_EQ(parser
                  .parse(simdjson::padded_string(
                      ResultToJson(RealFactBase(), result)))
                  .get(root),
              simdjson::SUCCESS);
  }
}

// ------------------------------------------------------------- verdict order

TEST(VerdictTest, SeverityOrder) {
  EXPECT_GT(VerdictSeverity(kRefuted), VerdictSeverity(kMisleading));
  EXPECT_GT(VerdictSeverity(kMisleading), VerdictSeverity(kUnverifiable));
  EXPECT_GT(VerdictSeverity(kUnverifiable), VerdictSeverity(kSupported));
  EXPECT_STREQ(VerdictName(kSupported), "supported");
  EXPECT_STREQ(VerdictName(kRefuted), "refuted");
  EXPECT_STREQ(VerdictName(kMisleading), "misleading");
  EXPECT_STREQ(VerdictName(kUnverifiable), "unverifiable");
}

// ----------------------------------------------------------- FormatQuantity

TEST(FormatQuantityTest, Table) {
  struct Case {
    double value;
    const char* unit;
    Qualifier qualifier;
    Kind kind;
    int direction;
    const char* text;
  };
  const Case kCases[] = {
      {4.72e12, "CNY", Qualifier::kExact, Kind::kLevel, 0,
       "4.72 trillion yuan"},
      {723.1e9, "CNY", Qualifier::kExact, Kind::kLevel, 0,
       "723.1 billion yuan"},
      {24.087e9, "USD", Qualifier::kExact, Kind::kLevel, 0,
       "US$24.087 billion"},
      {10e6, "CNY", Qualifier::kMoreThan, Kind::kLevel, 0,
       "more than 10 million yuan"},
      {6017, "count", Qualifier::kExact, Kind::kLevel, 0, "6,017"},
      {24000, "count", Qualifier::kMoreThan, Kind::kLevel, 0,
       "more than 24,000"},
      {49.158e6, "count", Qualifier::kExact, Kind::kLevel, 0, "49.158 million"},
      {38.3, "%", Qualifier::kExact, Kind::kChange, 1, "up 38.3%"},
      {42, "%", Qualifier::kExact, Kind::kChange, -1, "down 42%"},
      {3.6, "%", Qualifier::kExact, Kind::kLevel, 0, "3.6%"},
      {4.4, "%", Qualifier::kApprox, Kind::kLevel, 0, "about 4.4%"},
      {0.5, "pp", Qualifier::kExact, Kind::kChange, 1,
       "up 0.5 percentage points"},
      {2, "x", Qualifier::kExact, Kind::kChange, 1, "2 times"},
      {400000, "CNY/person", Qualifier::kMoreThan, Kind::kLevel, 0,
       "more than 400,000 yuan per person"},
      {14, "years", Qualifier::kExact, Kind::kLevel, 0, "14 years"},
      {123000, "m2", Qualifier::kExact, Kind::kLevel, 0,
       "123,000 square meters"},
      {2, "rank", Qualifier::kExact, Kind::kLevel, 0, "No. 2"},
      {0.026, "count/person", Qualifier::kExact, Kind::kLevel, 0,
       "2.6 per 100 people"},
      {0.0005, "count/person", Qualifier::kExact, Kind::kLevel, 0,
       "5 per 10,000 people"},
  };
  for (const Case& c : kCases) {
    Quantity q;
    q.value = c.value;
    ASSERT_TRUE(Unit::Parse(c.unit, &q.unit)) << c.unit;
    q.qualifier = c.qualifier;
    q.kind = c.kind;
    q.direction = c.direction;
    EXPECT_EQ(FormatQuantity(q), c.text);
  }
}

// ------------------------------------------------------------ ParseRequest

struct RequestCase {
  const char* name;
  const char* line;
  bool ok;
  const char* id_json;  // nullptr: no id (also checked on errors: echoed back)
  // For good lines:
  const char* claim;
  const char* as_of;  // nullptr: not given
  // For bad lines: expected in the message.
  const char* message;
};

const RequestCase kRequestCases[] = {
    {"all fields",
     R"({"id": "a1", "claim": "GDP was 5 trillion yuan.", "as_of": "2024-03-28"})",
     true, R"("a1")", "GDP was 5 trillion yuan.", "2024-03-28", ""},
    {"number id", R"({"id": 7, "claim": "x"})", true, "7", "x", nullptr, ""},
    {"object id minified", R"({"id": {"k": [1, 2]}, "claim": "x"})", true,
     R"({"k":[1,2]})", "x", nullptr, ""},
    {"null id is still an id", R"({"id": null, "claim": "x"})", true, "null",
     "x", nullptr, ""},
    {"no id", R"({"claim": "x"})", true, nullptr, "x", nullptr, ""},
    {"as_of null", R"({"claim": "x", "as_of": null})", true, nullptr, "x",
     nullptr, ""},
    {"escapes decoded", R"({"claim": "caf\u00e9 \"4.72\"\n"})", true, nullptr,
     "caf\xC3\xA9 \"4.72\"\n", nullptr, ""},
    {"extra fields ignored", R"({"claim": "x", "source": "web"})", true,
     nullptr, "x", nullptr, ""},
    {"missing claim", R"({"id": 1})", false, "1", nullptr, nullptr, "claim"},
    {"claim a number", R"({"id": "q", "claim": 5})", false, R"("q")", nullptr,
     nullptr, "claim"},
    {"claim null", R"({"claim": null})", false, nullptr, nullptr, nullptr,
     "claim"},
    {"bad as_of", R"({"id": 2, "claim": "x", "as_of": "2024-13-01"})", false,
     "2", nullptr, nullptr, "2024-13-01"},
    {"as_of a number", R"({"claim": "x", "as_of": 20240328})", false, nullptr,
     nullptr, nullptr, "as_of"},
    {"an array", R"(["x"])", false, nullptr, nullptr, nullptr, "object"},
    {"a string", R"("x")", false, nullptr, nullptr, nullptr, "object"},
    {"invalid JSON", R"({"id": 3, "claim": "x")", false, nullptr, nullptr,
     nullptr, "not valid JSON"},
    {"empty line", "", false, nullptr, nullptr, nullptr, "not valid JSON"},
    {"two objects", R"({"claim": "x"} {"claim": "y"})", false, nullptr, nullptr,
     nullptr, "not valid JSON"},
};

TEST(ParseRequestTest, Table) {
  for (const RequestCase& c : kRequestCases) {
    SCOPED_TRACE(c.name);
    Request req;
    Status status = ParseRequest(c.line, &req);
    ASSERT_EQ(status.ok(), c.ok) << status.message();
    EXPECT_EQ(req.has_id, c.id_json != nullptr);
    if (c.id_json != nullptr) {
      EXPECT_EQ(req.id_json, c.id_json);
    }
    if (!c.ok) {
      EXPECT_EQ(status.code(), ErrorCode::kBadRequest);
      EXPECT_NE(status.message().find(c.message), std::string::npos)
          << status.message();
      continue;
    }
    EXPECT_EQ(req.claim, c.claim);
    EXPECT_EQ(req.as_of.ok(), c.as_of != nullptr);
    if (c.as_of != nullptr) {
      EXPECT_EQ(req.as_of.ToString(), c.as_of);
    }
  }
}

// A request object is reset, not merged into what the caller passed.
TEST(ParseRequestTest, StartsFromAnEmptyRequest) {
  Request req;
  req.has_id = true;
  req.id_json = "99";
  req.claim = "old";
  ASSERT_TRUE(ParseRequest(R"({"claim": "new"})", &req).ok());
  EXPECT_FALSE(req.has_id);
  EXPECT_EQ(req.claim, "new");
}

// ------------------------------------------------------------ ResultToJson

simdjson::dom::element ParseOrFail(simdjson::dom::parser& parser,
                                   const std::string& json) {
  simdjson::dom::element root;
  EXPECT_EQ(parser.parse(simdjson::padded_string(json)).get(root),
            simdjson::SUCCESS)
      << json;
  return root;
}

void ExpectFigureShape(simdjson::dom::element f) {
  std::string_view s;
  double v = 0;
  bool b = false;
  EXPECT_EQ(f["text"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(f["value"].get_double().get(v), simdjson::SUCCESS);
  EXPECT_EQ(f["unit"].get_string().get(s), simdjson::SUCCESS);
  simdjson::dom::element period;
  ASSERT_EQ(f["period"].get(period), simdjson::SUCCESS);
  EXPECT_TRUE(period.is_null() || period.is_string());
  EXPECT_EQ(f["qualifier"].get_string().get(s), simdjson::SUCCESS);
  Qualifier q;
  EXPECT_TRUE(ParseQualifier(std::string(s), &q)) << s;
  EXPECT_EQ(f["target"].get_bool().get(b), simdjson::SUCCESS);
}

// The contract fields of design.md: claim, verdict, citation (object or
// null), claimed, explanation; plus figures, one per claim figure.
TEST(ResultToJsonTest, ContractFields) {
  const std::string claim = "Shanghai's GDP came to 4.7 trillion yuan in 2023.";
  StatusOr<Result> r = CheckAt(claim, kAsOf);
  ASSERT_TRUE(r.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element root =
      ParseOrFail(parser, ResultToJson(RealFactBase(), r.value()));
  std::string_view s;
  ASSERT_EQ(root["claim"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, claim);
  ASSERT_EQ(root["verdict"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, "supported");
  ASSERT_EQ(root["explanation"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_FALSE(s.empty());
  simdjson::dom::object citation;
  ASSERT_EQ(root["citation"].get_object().get(citation), simdjson::SUCCESS);
  ExpectFigureShape(root["citation"]["figure"].value());
  simdjson::dom::element claimed;
  ASSERT_EQ(root["claimed"].get(claimed), simdjson::SUCCESS);
  ExpectFigureShape(claimed);
  ASSERT_EQ(claimed["text"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, "4.7 trillion yuan");
  simdjson::dom::array figures;
  ASSERT_EQ(root["figures"].get_array().get(figures), simdjson::SUCCESS);
  EXPECT_EQ(figures.size(), 1u);
  simdjson::dom::element id;
  EXPECT_NE(root["id"].get(id), simdjson::SUCCESS);  // no id unless given
}

TEST(ResultToJsonTest, NoFigureGivesNullCitation) {
  StatusOr<Result> r = CheckAt("The sky over the Bund is blue.", kAsOf);
  ASSERT_TRUE(r.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element root =
      ParseOrFail(parser, ResultToJson(RealFactBase(), r.value()));
  std::string_view s;
  ASSERT_EQ(root["verdict"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, "unverifiable");
  EXPECT_TRUE(root["citation"].is_null());
  simdjson::dom::element claimed;
  ASSERT_EQ(root["claimed"].get(claimed), simdjson::SUCCESS);  // present, null
  EXPECT_TRUE(claimed.is_null());
  ASSERT_EQ(root["explanation"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_FALSE(s.empty());
  simdjson::dom::array figures;
  ASSERT_EQ(root["figures"].get_array().get(figures), simdjson::SUCCESS);
  EXPECT_EQ(figures.size(), 0u);
}

TEST(ResultToJsonTest, IdIsEchoedAsGiven) {
  StatusOr<Result> r =
      CheckAt("Shanghai's GDP reached 4.72 trillion yuan.", kAsOf);
  ASSERT_TRUE(r.ok());
  simdjson::dom::parser parser;
  const std::string string_id = R"("claim-7")";
  simdjson::dom::element a =
      ParseOrFail(parser, ResultToJson(RealFactBase(), r.value(), &string_id));
  std::string_view s;
  ASSERT_EQ(a["id"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, "claim-7");
  const std::string number_id = "42";
  simdjson::dom::element b =
      ParseOrFail(parser, ResultToJson(RealFactBase(), r.value(), &number_id));
  int64_t n = 0;
  ASSERT_EQ(b["id"].get_int64().get(n), simdjson::SUCCESS);
  EXPECT_EQ(n, 42);
}

// Markup and quotes in a claim come back as the same text, escaped.
TEST(ResultToJsonTest, ClaimTextRoundTrips) {
  const std::string claim =
      "<script>alert(1)</script> Shanghai's \"GDP\" & more: 4.72 trillion "
      "yuan\t\xE2\x80\x9C";
  StatusOr<Result> r = CheckAt(claim, kAsOf);
  ASSERT_TRUE(r.ok());
  std::string json = ResultToJson(RealFactBase(), r.value());
  EXPECT_EQ(json.find('<'), std::string::npos);
  EXPECT_EQ(json.find('>'), std::string::npos);
  simdjson::dom::parser parser;
  std::string_view s;
  ASSERT_EQ(ParseOrFail(parser, json)["claim"].get_string().get(s),
            simdjson::SUCCESS);
  EXPECT_EQ(s, claim);
}

// The shared style holds what the inline one does: each figure's facts by
// number, each cited once under "citations" as the inline form writes it,
// and the decisive figure by index instead of again at the top.
TEST(ResultToJsonTest, SharedCitationsHoldTheInlineOnes) {
  for (const char* claim :
       {"Shanghai's GDP came to 4.72 trillion yuan in 2023 against 4.46 "
        "trillion yuan in 2022.",
        "Shanghai's GDP came to 5.2 trillion yuan in 2023.",
        "Shanghai's GDP came to 4.72 trillion yuan in 2023, and its "
        "economy 4.72 trillion yuan too.",
        "The sky over the Bund is blue."}) {
    SCOPED_TRACE(claim);
    StatusOr<Result> r = CheckAt(claim, kAsOf);
    ASSERT_TRUE(r.ok());
    simdjson::dom::parser inline_parser;
    simdjson::dom::parser shared_parser;
    simdjson::dom::element in =
        ParseOrFail(inline_parser, ResultToJson(RealFactBase(), r.value()));
    simdjson::dom::element sh = ParseOrFail(
        shared_parser, ResultToJson(RealFactBase(), r.value(), nullptr,
                                    CitationStyle::kShared));
    simdjson::dom::array in_figures;
    simdjson::dom::array sh_figures;
    ASSERT_EQ(in["figures"].get_array().get(in_figures), simdjson::SUCCESS);
    ASSERT_EQ(sh["figures"].get_array().get(sh_figures), simdjson::SUCCESS);
    ASSERT_EQ(in_figures.size(), sh_figures.size());
    ASSERT_EQ(in_figures.size(), r.value().figures.size());
    simdjson::dom::object citations;
    ASSERT_EQ(sh["citations"].get_object().get(citations), simdjson::SUCCESS);
    std::set<uint64_t> cited;
    for (size_t k = 0; k < in_figures.size(); ++k) {
      simdjson::dom::array in_cites;
      simdjson::dom::array facts;
      ASSERT_EQ(in_figures.at(k)["citations"].get_array().get(in_cites),
                simdjson::SUCCESS);
      ASSERT_EQ(sh_figures.at(k)["facts"].get_array().get(facts),
                simdjson::SUCCESS);
      ASSERT_EQ(in_cites.size(), facts.size());
      EXPECT_EQ(simdjson::minify(in_figures.at(k)["claimed"]),
                simdjson::minify(sh_figures.at(k)["claimed"]));
      for (size_t j = 0; j < facts.size(); ++j) {
        uint64_t id = 0;
        ASSERT_EQ(facts.at(j).get_uint64().get(id), simdjson::SUCCESS);
        EXPECT_EQ(id, r.value().figures[k].facts[j]);
        cited.insert(id);
        simdjson::dom::element shared;
        ASSERT_EQ(citations[std::to_string(id)].get(shared), simdjson::SUCCESS);
        EXPECT_EQ(simdjson::minify(shared), simdjson::minify(in_cites.at(j)));
      }
    }
    EXPECT_EQ(citations.size(), cited.size());  // each fact once
    simdjson::dom::element decisive;
    ASSERT_EQ(sh["decisive"].get(decisive), simdjson::SUCCESS);
    std::string_view verdict;
    ASSERT_EQ(in["verdict"].get_string().get(verdict), simdjson::SUCCESS);
    if (r.value().decisive < 0) {
      EXPECT_TRUE(decisive.is_null());
      std::string_view own;
      ASSERT_EQ(sh["verdict"].get_string().get(own), simdjson::SUCCESS);
      EXPECT_EQ(own, verdict);
    } else {
      int64_t index = -1;
      ASSERT_EQ(decisive.get_int64().get(index), simdjson::SUCCESS);
      EXPECT_EQ(index, r.value().decisive);
      EXPECT_EQ(simdjson::minify(in_figures.at(index)["verdict"]),
                simdjson::minify(in["verdict"]));
      simdjson::dom::element absent;
      EXPECT_NE(sh["verdict"].get(absent), simdjson::SUCCESS);
    }
  }
}

TEST(ErrorToJsonTest, Shape) {
  simdjson::dom::parser parser;
  Status status(ErrorCode::kBadRequest, "\"claim\" must be a string");
  const std::string id = "3";
  simdjson::dom::element with = ParseOrFail(parser, ErrorToJson(status, &id));
  int64_t n = 0;
  ASSERT_EQ(with["id"].get_int64().get(n), simdjson::SUCCESS);
  EXPECT_EQ(n, 3);
  std::string_view s;
  ASSERT_EQ(with["error"]["code"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, ErrorCodeName(ErrorCode::kBadRequest));
  ASSERT_EQ(with["error"]["message"].get_string().get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, status.message());
  simdjson::dom::element without =
      ParseOrFail(parser, ErrorToJson(status, nullptr));
  simdjson::dom::element none;
  EXPECT_NE(without["id"].get(none), simdjson::SUCCESS);
}

TEST(ResultToTextTest, VerdictFirstThenQuoteAndSource) {
  StatusOr<Result> r =
      CheckAt("Shanghai's GDP totalled 5 trillion yuan in 2023.", kAsOf);
  ASSERT_TRUE(r.ok());
  std::string text = ResultToText(RealFactBase(), r.value());
  EXPECT_EQ(text.rfind("REFUTED: ", 0), 0u) << text;
  ASSERT_FALSE(r.value().figures.empty());
  ASSERT_FALSE(r.value().figures[0].facts.empty());
  const Fact& fact = RealFactBase().facts[r.value().figures[0].facts[0]];
  const Sentence& s = RealFactBase().sentences[fact.sentence];
  EXPECT_NE(text.find(s.text), std::string::npos);
  EXPECT_NE(text.find(RealFactBase().documents[s.doc].title),
            std::string::npos);
  EXPECT_NE(text.find(RealFactBase().documents[s.doc].file), std::string::npos);
}

}  // namespace
}  // namespace figcheck
