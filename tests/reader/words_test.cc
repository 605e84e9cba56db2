// Tests core/reader/words.h, the figure-word table, and what is made from
// it (core/reader/patterns.h): the value maps as {role, phrase, expected}
// tables with their misses; the table's own rules (lower case, single
// spaces, no word twice in a role, after a number a phrase before any
// phrase it starts,
// every tag readable); every surface matched by its own alternation; every
// pattern compiled; and every word let through by its screen.
#include "core/reader/words.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/reader/patterns.h"

namespace figcheck {
namespace reader {
namespace {

using R = WordRole;

TEST(Words, NumberMaps) {
  struct Case {
    const char* word;
    int number, denominator;
    double scale, multiple;
  } const kCases[] = {
      {"twenty", 20, 0, 1, 0},
      {"a", 1, 0, 1, 0},
      {"42", 42, 0, 1, 0},
      {"quarters", 0, 4, 1, 0},
      {"halves", 0, 2, 1, 0},
      {"bn", 0, 0, 1e9, 0},
      {"m", 0, 0, 1e6, 0},
      {"thousand", 0, 0, 1e3, 0},
      {"four-fold", 0, 0, 1, 4},
      {"twice", 0, 0, 1, 2},
      // Misses.
      {"dozen", 0, 0, 1, 0},
      {"quart", 0, 0, 1, 0},
      {"x", 0, 0, 1, 0},
      {"", 0, 0, 1, 0},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(WordNumber(c.word), c.number) << c.word;
    EXPECT_EQ(FractionDenominator(c.word), c.denominator) << c.word;
    EXPECT_EQ(ScaleOf(c.word), c.scale) << c.word;
    EXPECT_EQ(MultipleOf(c.word), c.multiple) << c.word;
  }
}

TEST(Words, UnitQualifierAndDirectionMaps) {
  struct Unit {
    WordRole role;
    const char* phrase;
    const char* unit;
  } const kUnits[] = {
      {R::kUnit, "per  cent", "%"},
      {R::kUnit, "percentage\tpoints", "pp"},
      {R::kUnit, "u.s. dollars", "USD"},
      {R::kUnit, "teus", "teu"},
      {R::kUnit, "tons of standard coal", "tce"},
      {R::kPerUnit, "capita", "person"},
      {R::kCurrency, "\xC2\xA5", "CNY"},
      {R::kUnit, "percentages", ""},
      {R::kCurrency, "eur", ""},
  };
  for (const Unit& c : kUnits)
    EXPECT_EQ(UnitOf(c.role, c.phrase), c.unit) << c.phrase;

  struct Bound {
    WordRole role;
    const char* phrase;
    Qualifier expected;
  } const kBounds[] = {
      {R::kQualifier, "no fewer than", Qualifier::kAtLeast},
      {R::kQualifier, "at\n least", Qualifier::kAtLeast},
      {R::kQualifier, "just under", Qualifier::kApprox},
      {R::kQualifier, "south of", Qualifier::kLessThan},
      {R::kQualifier, "up to", Qualifier::kAtMost},
      {R::kTrailingBound, "or so", Qualifier::kApprox},
      {R::kQualifier, "thereabouts", Qualifier::kExact},  // a miss
  };
  for (const Bound& c : kBounds)
    EXPECT_EQ(QualifierOf(c.role, c.phrase, Qualifier::kExact), c.expected)
        << c.phrase;

  struct Direction {
    WordRole role;
    const char* phrase;
    int expected;
  } const kDirections[] = {
      {R::kChangeVerb, "edged down", -1},  {R::kChangeVerb, "growth of", 1},
      {R::kChangeNoun, "contraction", -1}, {R::kComparative, "fewer", -1},
      {R::kRelativeYear, "the past", -1},  {R::kSpanLead, "coming", 1},
      {R::kChangeVerb, "stalled", 0},
  };
  for (const Direction& c : kDirections)
    EXPECT_EQ(DirectionOf(c.role, c.phrase), c.expected) << c.phrase;

  struct Membership {
    WordRole role;
    const char* word;
    bool expected;
  } const kMembers[] = {
      {R::kPreposition, "including", true}, {R::kClauseJoin, "while", true},
      {R::kPhraseEnd, "reached", true},     {R::kCountModifier, "new", true},
      {R::kSayVerb, "says", true},          {R::kPreposition, "and", false},
      {R::kSayVerb, "told", false},         {R::kPartOf, "of", false},
  };
  for (const Membership& c : kMembers)
    EXPECT_EQ(Is(c.role, c.word), c.expected)
        << WordRoleName(c.role) << ": " << c.word;

  EXPECT_EQ(RoleOf("reports"), kReporting | kEvidence);
  EXPECT_EQ(RoleOf("said"), kSpeech);
  EXPECT_EQ(RoleOf("harbour"), 0);
}

// An edition is an ordinal right before a capitalised name; a list's
// "First," or a lower-case "first stop" is none.
TEST(Words, EditionsIn) {
  EXPECT_EQ(EditionsIn("At the 6th CIIE, deals rose."), std::vector<int>{6});
  EXPECT_EQ(EditionsIn("the fifth China Expo and the 33rd Tourism Festival"),
            (std::vector<int>{5, 33}));
  EXPECT_EQ(EditionsIn("First, the city is the first stop for 3 tourists."),
            std::vector<int>{});
  EXPECT_EQ(EditionsIn("the 2023 Expo; the 1000th Fair"), std::vector<int>{});
}

// The states a text gives what it counts; "either" only with "or" between
// two of them, whole words only.
TEST(Words, StatesIn) {
  EXPECT_EQ(StatesIn("20 projects, either completed, under construction, or "
                     "planned"),
            kStateDone | kStateBuilding | kStatePlanned | kStateEither);
  EXPECT_EQ(StatesIn("all 20 have been completed"), kStateDone);
  EXPECT_EQ(StatesIn("12 are in operation and 8 are being built"),
            kStateDone | kStateBuilding);
  EXPECT_EQ(StatesIn("or so, 12 were built and 8 planned"),
            kStateDone | kStatePlanned);
  EXPECT_EQ(StatesIn("a completely new plan"), 0);
  EXPECT_EQ(StatesIn("it has built up 20"), 0);
  EXPECT_EQ(StatesIn("12 lines in operation, while four more are planned or "
                     "under construction"),
            kStateDone | kStateBuilding | kStatePlanned);
  EXPECT_EQ(StatesIn("no state at all"), 0);
}

TEST(Words, AlternationEscapesAndSpaces) {
  struct Case {
    std::vector<std::string_view> surfaces;
    const char* expected;
  } const kCases[] = {
      {{"per cent"}, "per\\s+cent"},
      {{"u.s.$"}, "u\\.s\\.\\$"},
      {{"a", "b c"}, "a|b\\s+c"},
      {{}, ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(Alternation(c.surfaces), c.expected) << c.expected;
}

TEST(Words, TableKeepsItsRules) {
  std::set<std::pair<WordRole, std::string_view>> seen;
  std::vector<const FigureWord*> earlier;
  for (const FigureWord& w : FigureWords()) {
    std::string_view s = w.surface;
    ASSERT_FALSE(s.empty());
    EXPECT_NE(s.front(), ' ') << s;
    EXPECT_NE(s.back(), ' ') << s;
    EXPECT_EQ(s.find("  "), std::string_view::npos) << s;
    for (char c : s) EXPECT_FALSE(c >= 'A' && c <= 'Z') << s;
    EXPECT_TRUE(seen.insert({w.role, s}).second)
        << WordRoleName(w.role) << " twice: " << s;
    // Patterns after a number try words in table order and stop at the
    // first that ends a word: a phrase after one it starts ("tons" then
    // "tons of standard coal") would never be read whole.
    for (const FigureWord* e : earlier)
      if (e->role == w.role && WhereOf(w.role) == WordPlace::kAfter &&
          s.size() > e->surface.size() &&
          s.substr(0, e->surface.size() + 1) == std::string(e->surface) + " ")
        ADD_FAILURE() << s << " comes after " << e->surface;
    earlier.push_back(&w);
    if (w.role == R::kUnit || w.role == R::kPerUnit || w.role == R::kCurrency) {
      EXPECT_FALSE(w.tag.empty()) << s;
    }
    if (w.role == R::kQualifier || w.role == R::kTrailingBound) {
      Qualifier q;
      EXPECT_TRUE(ParseQualifier(std::string(w.tag), &q)) << s;
    }
    EXPECT_NE(std::string(WordRoleName(w.role)), "") << s;
  }
}

// Generated patterns read their own words: each surface, with its spaces
// doubled, is matched whole by its alternation.
// Every word of the table has its role, and no other word has it: the
// last roles too (more roles than a 64-bit mask holds).
TEST(Words, EveryWordHasItsRoleAndNoOther) {
  for (const FigureWord& w : FigureWords())
    EXPECT_TRUE(Is(w.role, w.surface))
        << w.surface << " " << WordRoleName(w.role);
  EXPECT_TRUE(Is(WordRole::kContrastLead, "although"));
  EXPECT_FALSE(Is(WordRole::kContrastLead, "one"));
  EXPECT_FALSE(Is(WordRole::kCardinal, "although"));
  EXPECT_TRUE(Is(WordRole::kRemainder, "outside"));
  EXPECT_FALSE(Is(WordRole::kRemainder, "two"));
  EXPECT_FALSE(Is(WordRole::kCardinal, "outside"));
}

TEST(Words, EverySurfaceMatchesItsAlternation) {
  for (const FigureWord& w : FigureWords()) {
    std::string text;
    for (char c : w.surface)
      text += c == ' ' ? std::string("  ") : std::string(1, c);
    re2::RE2 re("(?:" + Alternation({w.surface}) + ")");
    ASSERT_TRUE(re.ok()) << w.surface << ": " << re.error();
    EXPECT_TRUE(re2::RE2::FullMatch(text, re)) << w.surface;
  }
}

TEST(Words, EveryPatternCompiles) {
  for (const re2::RE2* re : P().All())
    EXPECT_TRUE(re->ok()) << re->pattern() << ": " << re->error();
  EXPECT_GE(P().All().size(), 40u);
}

// The WebAssembly build's RE2 has ASCII-only Unicode tables
// (wasm/re2-overrides/re2/): no pattern may ask for a Unicode group (\p,
// \P) or fold case ((?i)), or the module would read otherwise than here.
TEST(Words, NoPatternNeedsUnicodeTables) {
  const re2::RE2 group(R"((?:^|[^\\])(?:\\\\)*\\[pP])");
  const re2::RE2 fold(R"(\(\?[a-zA-Z]*i[a-zA-Z]*[:)])");
  for (const re2::RE2* re : P().All()) {
    EXPECT_FALSE(re2::RE2::PartialMatch(re->pattern(), group)) << re->pattern();
    EXPECT_FALSE(re2::RE2::PartialMatch(re->pattern(), fold)) << re->pattern();
  }
}

// The screens are made from the table with the patterns: each word of a
// role passes the screen of the pattern it belongs to.
TEST(Words, EveryWordPassesItsScreen) {
  const Screens& x = S();
  struct Case {
    WordRole role;
    const WordScreen* screen;
    enum { kOpen, kClose, kHold } how;
  } const kCases[] = {
      {R::kScale, &x.scale, Case::kOpen},
      {R::kUnit, &x.unit, Case::kOpen},
      {R::kTrailingBound, &x.or_more_after, Case::kOpen},
      {R::kDurationUnit, &x.duration_after, Case::kOpen},
      {R::kChangeNoun, &x.change_after, Case::kOpen},
      {R::kComparative, &x.more_than_after, Case::kOpen},
      {R::kLabel, &x.label_before, Case::kClose},
      {R::kQualifier, &x.qualifier_before, Case::kClose},
      {R::kChangeVerb, &x.change_before, Case::kClose},
      {R::kChangeBound, &x.change_before, Case::kClose},
      {R::kDurationLead, &x.duration_before, Case::kClose},
      {R::kDurationOrder, &x.duration_before, Case::kClose},
      {R::kFromBound, &x.from_before, Case::kClose},
      {R::kTarget, &x.target, Case::kHold},
      {R::kCardinal, &x.number_word, Case::kHold},
      {R::kFraction, &x.number_word, Case::kHold},
      {R::kMultiple, &x.number_word, Case::kHold},
  };
  for (const Case& c : kCases)
    for (std::string_view w : WordsOf(c.role)) {
      std::string s(w);
      bool passes = c.how == Case::kOpen    ? c.screen->MayOpen(" " + s)
                    : c.how == Case::kClose ? c.screen->MayClose(s + " ")
                                            : c.screen->MayHold(s + " ");
      EXPECT_TRUE(passes) << WordRoleName(c.role) << ": " << w;
    }
  for (std::string_view w : WordsOf(R::kCurrency))
    EXPECT_TRUE(MayCloseWithCurrency(std::string(w))) << w;
  for (std::string_view w : WordsOf(R::kTopicOpener))
    EXPECT_TRUE(MayOpenTopic(std::string(w) + " x,")) << w;
  // The error path: prose without the words.
  EXPECT_FALSE(x.unit.MayOpen(" containers"));
  EXPECT_FALSE(x.qualifier_before.MayClose("the port "));
  EXPECT_FALSE(x.target.MayHold("went to the port"));
  EXPECT_TRUE(x.target.MayHold("went to reach the port"));
  EXPECT_FALSE(MayCloseWithCurrency("eur "));
}

}  // namespace
}  // namespace reader
}  // namespace figcheck
