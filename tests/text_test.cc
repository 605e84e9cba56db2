// Tests of core/text.h: UTF-8 validation, dates, folding, tokens, sentence
// spans and stems. Each function has a table of {input, expected}; the
// tokenizer is also fed random bytes, since it sees whatever a user pastes.
#include "core/text.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

namespace figcheck {
namespace {

// ---------------------------------------------------------------- CheckUtf8

struct Utf8Case {
  const char* name;
  std::string input;
  bool ok;
  size_t offset;  // of the first bad byte, when !ok
};

// Hex escapes are closed with "" before a letter or digit that would
// otherwise extend them.
const Utf8Case kUtf8Cases[] = {
    {"empty", "", true, 0},
    {"ascii", "GDP reached 4.72 trillion yuan.", true, 0},
    {"nul byte is U+0000", std::string("a\0b", 3), true, 0},
    {"two-byte e-acute", "caf\xC3\xA9", true, 0},
    {"no-break space", "4.72\xC2\xA0trillion", true, 0},
    {"three-byte CJK", "\xE4\xB8\xAD\xE6\x96\x87\xE7\x89\x88", true, 0},
    {"curly quotes", "\xE2\x80\x9CGDP\xE2\x80\x9D", true, 0},
    {"four-byte emoji", "ok \xF0\x9F\x98\x80", true, 0},
    {"largest code point U+10FFFF", "\xF4\x8F\xBF\xBF", true, 0},
    {"first three-byte U+0800", "\xE0\xA0\x80", true, 0},
    {"last before surrogates U+D7FF", "\xED\x9F\xBF", true, 0},
    {"first after surrogates U+E000", "\xEE\x80\x80", true, 0},
    {"lone continuation byte", "ab\x80", false, 2},
    {"overlong two-byte slash", "\xC0\xAF", false, 0},
    {"overlong two-byte C1", "x\xC1\xBF", false, 1},
    {"overlong three-byte", "12\xE0\x80\xAF", false, 2},
    {"overlong four-byte", "\xF0\x80\x80\xAF", false, 0},
    {"high surrogate", "\xED\xA0\x80", false, 0},
    {"low surrogate after text", "ok \xED\xBF\xBF", false, 3},
    {"above U+10FFFF", "\xF4\x90\x80\x80", false, 0},
    {"lead byte F5", "a\xF5\x80\x80\x80", false, 1},
    {"byte FF", "a\xFF" "b", false, 1},
    {"byte FE", "\xFE", false, 0},
    {"truncated three-byte at end", "abc\xE4\xB8", false, 3},
    {"truncated four-byte at end", "\xF0\x9F\x98", false, 0},
    {"truncated two-byte at end", "yuan\xC3", false, 4},
    {"truncated three-byte before ASCII", "\xE4\xB8x", false, 0},
    {"bad byte after a good CJK character", "\xE4\xB8\xAD\xE4", false, 3},
    {"second error is not reported first", "ok\xC3\xA9\xFF\xFF", false, 4},
};

TEST(CheckUtf8Test, Table) {
  for (const Utf8Case& c : kUtf8Cases) {
    SCOPED_TRACE(c.name);
    Status s = CheckUtf8(c.input);
    EXPECT_EQ(s.ok(), c.ok);
    if (c.ok) continue;
    EXPECT_EQ(s.code(), ErrorCode::kInvalidUtf8);
    EXPECT_EQ(s.offset(), c.offset);
    EXPECT_NE(s.message().find("offset " + std::to_string(c.offset)), std::string::npos)
        << s.message();
  }
}

// ---------------------------------------------------------------- ParseDate

struct DateCase {
  const char* input;
  bool ok;
  int year, month, day;
};

const DateCase kDateCases[] = {
    {"2024-03-28", true, 2024, 3, 28},
    {"2023-12-31", true, 2023, 12, 31},
    {"2023-01-01", true, 2023, 1, 1},
    {"2024-04-30", true, 2024, 4, 30},
    {"2024-02-29", true, 2024, 2, 29},  // leap year
    {"2000-02-29", true, 2000, 2, 29},  // divisible by 400
    {"2023-02-28", true, 2023, 2, 28},
    {"2023-02-29", false, 0, 0, 0},     // not a leap year
    {"1900-02-29", false, 0, 0, 0},     // divisible by 100, not 400
    {"2024-02-30", false, 0, 0, 0},
    {"2024-04-31", false, 0, 0, 0},
    {"2024-01-32", false, 0, 0, 0},
    {"2024-13-01", false, 0, 0, 0},     // month 13
    {"2024-00-10", false, 0, 0, 0},
    {"2024-01-00", false, 0, 0, 0},
    {"0999-01-01", false, 0, 0, 0},
    {"2024-1-05", false, 0, 0, 0},
    {"2024-01-5", false, 0, 0, 0},
    {"24-01-05", false, 0, 0, 0},
    {"2024/01/05", false, 0, 0, 0},
    {"2024.01.05", false, 0, 0, 0},
    {"20240105", false, 0, 0, 0},
    {"2024-01-05 ", false, 0, 0, 0},
    {" 2024-01-05", false, 0, 0, 0},
    {"2024-01-0a", false, 0, 0, 0},
    {"+024-01-05", false, 0, 0, 0},
    {"abcd-ef-gh", false, 0, 0, 0},
    {"March 28, 2024", false, 0, 0, 0},
    {"", false, 0, 0, 0},
};

TEST(ParseDateTest, Table) {
  for (const DateCase& c : kDateCases) {
    SCOPED_TRACE(c.input);
    StatusOr<Date> d = ParseDate(c.input);
    ASSERT_EQ(d.ok(), c.ok) << d.status().message();
    if (!c.ok) {
      EXPECT_EQ(d.status().code(), ErrorCode::kBadDate);
      // The message quotes what was given so a user can find it.
      EXPECT_NE(d.status().message().find(std::string("\"") + c.input + "\""),
                std::string::npos)
          << d.status().message();
      continue;
    }
    EXPECT_EQ(d.value().year, c.year);
    EXPECT_EQ(d.value().month, c.month);
    EXPECT_EQ(d.value().day, c.day);
    EXPECT_TRUE(d.value().ok());
    EXPECT_EQ(d.value().ToString(), c.input);  // round trip
  }
}

TEST(ParseDateTest, DefaultDateIsNotOk) { EXPECT_FALSE(Date().ok()); }

// ------------------------------------------------------ AsciiLower and Fold

struct FoldCase {
  const char* name;
  std::string input;
  std::string expected;
};

const FoldCase kFoldCases[] = {
    {"ascii upper case", "GDP Reached 4.72 Trillion", "gdp reached 4.72 trillion"},
    {"no-break space U+00A0", "4.72\xC2\xA0trillion", "4.72  trillion"},
    {"thin space U+2009 between digit groups", "6\xE2\x80\x89" "017", "6\x1F\x1E\x1E" "017"},
    {"thin space elsewhere", "6\xE2\x80\x89" "new", "6   new"},
    {"narrow no-break space U+202F", "4.72\xE2\x80\xAFtrillion", "4.72   trillion"},
    {"figure space U+2007 between digit groups", "1\xE2\x80\x87" "000", "1\x1F\x1E\x1E" "000"},
    {"fullwidth digits and point", "\xEF\xBC\x94\xEF\xBC\x8E\xEF\xBC\x97", "4\x1E\x1E.\x1E\x1E" "7\x1E\x1E"},
    {"zero-width space inside a word: moved to its end", "G\xE2\x80\x8B" "DP", "gdp\x1E\x1E\x1E"},
    {"right-to-left override before a number: a space", "\xE2\x80\xAE" "4", "   4"},
    {"byte order mark at the start: spaces", "\xEF\xBB\xBF" "GDP", "   gdp"},
    {"fullwidth year", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x93", "2023\x1E\x1E\x1E\x1E\x1E\x1E\x1E\x1E"},
    {"NUL byte: a space", std::string("4\0" "5", 3), "4 5"},
    {"en dash between years", "2011\xE2\x80\x93" "2021", "2011-\x1E\x1E" "2021"},
    {"Unicode minus", "\xE2\x88\x92" "5", "-\x1E\x1E" "5"},
    {"no-break space at the very end", "yuan\xC2\xA0", "yuan  "},
    {"non-ASCII letters keep their case", "Caf\xC3\x89 CAF\xC3\xA9", "caf\xC3\x89 caf\xC3\xA9"},
    {"CJK unchanged", "\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87"},
    {"curly quotes unchanged", "\xE2\x80\x9CUS\xE2\x80\x9D", "\xE2\x80\x9Cus\xE2\x80\x9D"},
    {"em dash unchanged", "A\xE2\x80\x94" "B", "a\xE2\x80\x94" "b"},
    {"empty", "", ""},
};

TEST(FoldForMatchingTest, Table) {
  for (const FoldCase& c : kFoldCases) {
    SCOPED_TRACE(c.name);
    std::string folded = FoldForMatching(c.input);
    EXPECT_EQ(folded, c.expected);
    EXPECT_EQ(folded.size(), c.input.size());  // offsets stay valid
  }
}

TEST(FoldForMatchingTest, KeepsLengthOnRandomBytes) {
  std::mt19937 rng(20240328);
  const std::string alphabet = std::string("aZ 9.\xC2\xA0\xE2\x80\x89\xAF\xFF", 13);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    EXPECT_EQ(FoldForMatching(s).size(), s.size());
  }
}

TEST(AsciiLowerTest, OnlyAsciiLettersChange) {
  EXPECT_EQ(AsciiLower("US$24,087 Million"), "us$24,087 million");
  EXPECT_EQ(AsciiLower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");
  EXPECT_EQ(AsciiLower(""), "");
}

// ----------------------------------------------------------------- Tokenize

struct TokenCase {
  const char* name;
  std::string input;
  // Each token as its text and type letter: w(ord) n(umber) p(unct) s(pace).
  std::vector<std::pair<std::string, char>> expected;
};

char TypeLetter(TokenType t) {
  switch (t) {
    case TokenType::kWord: return 'w';
    case TokenType::kNumber: return 'n';
    case TokenType::kPunct: return 'p';
    case TokenType::kSpace: return 's';
  }
  return '?';
}

const TokenCase kTokenCases[] = {
    {"grouped number and percent", "rose 4.72%",
     {{"rose", 'w'}, {" ", 's'}, {"4.72", 'n'}, {"%", 'p'}}},
    {"thousands separators", "6,017 firms",
     {{"6,017", 'n'}, {" ", 's'}, {"firms", 'w'}}},
    {"sentence-final point is not part of the number", "in 2023.",
     {{"in", 'w'}, {" ", 's'}, {"2023", 'n'}, {".", 'p'}}},
    {"trailing comma is not part of the number", "3,000, then",
     {{"3,000", 'n'}, {",", 'p'}, {" ", 's'}, {"then", 'w'}}},
    {"ampersand inside a word", "R&D centers",
     {{"R&D", 'w'}, {" ", 's'}, {"centers", 'w'}}},
    {"ampersand between spaces is punctuation", "A & B",
     {{"A", 'w'}, {" ", 's'}, {"&", 'p'}, {" ", 's'}, {"B", 'w'}}},
    {"currency symbol", "US$24,087",
     {{"US", 'w'}, {"$", 'p'}, {"24,087", 'n'}}},
    {"hyphen splits words", "foreign-invested",
     {{"foreign", 'w'}, {"-", 'p'}, {"invested", 'w'}}},
    {"non-ASCII letters stay in the word", "caf\xC3\xA9 ok",
     {{"caf\xC3\xA9", 'w'}, {" ", 's'}, {"ok", 'w'}}},
    {"curly quotes are whole punctuation tokens", "\xE2\x80\x9CGDP\xE2\x80\x9D",
     {{"\xE2\x80\x9C", 'p'}, {"GDP", 'w'}, {"\xE2\x80\x9D", 'p'}}},
    {"curly apostrophe ends a word", "Shanghai\xE2\x80\x99s",
     {{"Shanghai", 'w'}, {"\xE2\x80\x99", 'p'}, {"s", 'w'}}},
    {"no-break space is one punctuation token", "4.72\xC2\xA0trillion",
     {{"4.72", 'n'}, {"\xC2\xA0", 'p'}, {"trillion", 'w'}}},
    {"whitespace run is one token", "a \t\n b",
     {{"a", 'w'}, {" \t\n ", 's'}, {"b", 'w'}}},
    {"digits glued to letters", "5G",
     {{"5", 'n'}, {"G", 'w'}}},
    {"empty", "", {}},
};

TEST(TokenizeTest, Table) {
  for (const TokenCase& c : kTokenCases) {
    SCOPED_TRACE(c.name);
    std::vector<Token> tokens = Tokenize(c.input);
    std::vector<std::pair<std::string, char>> got;
    for (const Token& t : tokens)
      got.emplace_back(c.input.substr(t.start, t.end - t.start), TypeLetter(t.type));
    EXPECT_EQ(got, c.expected);
  }
}

TEST(TokenizeTest, NewlineFlagOnlyOnSpacesHoldingALineBreak) {
  std::vector<Token> tokens = Tokenize("a b\nc");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_FALSE(tokens[1].newline);
  EXPECT_TRUE(tokens[3].newline);
}

// Every byte belongs to exactly one token, in order, and no token is empty:
// the tokenizer can neither stall nor skip, whatever the bytes.
void ExpectTokensCover(const std::string& text) {
  std::vector<Token> tokens = Tokenize(text);
  uint32_t at = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.start, at) << "gap or overlap in a text of " << text.size() << " bytes";
    ASSERT_GT(t.end, t.start) << "empty token";
    at = t.end;
  }
  EXPECT_EQ(at, text.size());
}

TEST(TokenizeTest, OddBytesAreCovered) {
  const std::string kOdd[] = {
      "\xFF",
      "\xFE\xFF",
      "abc\xFF\xFE" "def",
      "\x80\x80\x80",
      "\xE2\x80",              // truncated curly quote
      "word\xE2\x80",          // truncated inside a word
      "\xC3",                  // truncated two-byte letter
      "\xC3\xC3\xC3",
      "x\xEF\xBB\xBFy",        // byte-order mark inside text
      "\xEF",
      "12\xFF" "34",
      "R&",
      "&&&",
      std::string("\0\0", 2),
      "\xE2\x80\x9C\xE2\x80\x9D",
  };
  for (const std::string& s : kOdd) {
    SCOPED_TRACE(testing::PrintToString(s));
    ExpectTokensCover(s);
  }
}

TEST(TokenizeTest, RandomBytesAreCovered) {
  std::mt19937 rng(14);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t n = rng() % 48;
    for (size_t i = 0; i < n; ++i) {
      // Half the time any byte, else bytes that start or continue tokens.
      static const char kBias[] = "a1,. &\xC3\xA9\xE2\x80\x9C\xFF\n";
      s += (rng() % 2) ? static_cast<char>(rng() % 256)
                       : kBias[rng() % (sizeof kBias - 1)];
    }
    SCOPED_TRACE(testing::PrintToString(s));
    ExpectTokensCover(s);
    if (HasFatalFailure()) return;
  }
}

// ------------------------------------------------------------ SplitSentences

struct SplitCase {
  const char* name;
  std::string input;
  std::vector<std::string> expected;
};

const SplitCase kSplitCases[] = {
    {"two plain sentences", "The port grew. Trade rose.",
     {"The port grew.", "Trade rose."}},
    {"Mr. is an abbreviation", "Mr. Gong answered. The port grew.",
     {"Mr. Gong answered.", "The port grew."}},
    {"Sept. 14 is a date", "On Sept. 14, 2022, the office met. It rained.",
     {"On Sept. 14, 2022, the office met.", "It rained."}},
    {"Nov. before a year", "The tour in Nov. 2023 mattered. Next.",
     {"The tour in Nov. 2023 mattered.", "Next."}},
    {"U.S. before a capital", "The U.S. Treasury agreed. China did too.",
     {"The U.S. Treasury agreed.", "China did too."}},
    {"an initial", "J. Smith spoke. Others listened.",
     {"J. Smith spoke.", "Others listened."}},
    {"decimal point", "GDP reached 4.72 trillion yuan. It grew.",
     {"GDP reached 4.72 trillion yuan.", "It grew."}},
    {"two decimals", "The rate was 3.5 percent. Then 4.2 percent.",
     {"The rate was 3.5 percent.", "Then 4.2 percent."}},
    {"No.1 does not end a sentence", "It remained No.1 nationwide. Good.",
     {"It remained No.1 nationwide.", "Good."}},
    {"a digit starts a sentence", "It grew. 2023 was good.",
     {"It grew.", "2023 was good."}},
    {"line break ends a sentence", "Retail\nShanghai has two Costco stores.",
     {"Retail", "Shanghai has two Costco stores."}},
    {"blank lines are dropped", "Title\n\n\nBody text here.\n",
     {"Title", "Body text here."}},
    {"windows line ends", "One line\r\nAnother line\r\n",
     {"One line", "Another line"}},
    {"glued sentence after reporters.", "answered questions from reporters.Building the CBD is key.",
     {"answered questions from reporters.", "Building the CBD is key."}},
    {"glued colon before a capital", "outlining 33 specific actions:First, we aim to win. Second, we go.",
     {"outlining 33 specific actions:", "First, we aim to win.", "Second, we go."}},
    {"clock time colon does not split", "It opened at 10:30 today.",
     {"It opened at 10:30 today."}},
    {"colon before a space does not split", "Three areas: trade and finance.",
     {"Three areas: trade and finance."}},
    {"question and exclamation", "Is it true? Yes! Fine.",
     {"Is it true?", "Yes!", "Fine."}},
    {"closing quote stays with its sentence", "He said \"It is done.\" Then he left.",
     {"He said \"It is done.\"", "Then he left."}},
    {"closing curly quote stays", "He said \xE2\x80\x9CIt is done.\xE2\x80\x9D Then he left.",
     {"He said \xE2\x80\x9CIt is done.\xE2\x80\x9D", "Then he left."}},
    {"closing bracket stays", "Sales rose (by a lot.) Then fell.",
     {"Sales rose (by a lot.)", "Then fell."}},
    {"lower case after a period does not split", "It grew to 5 bn. yuan in total.",
     {"It grew to 5 bn. yuan in total."}},
    {"e.g. is an abbreviation", "Hubs, e.g. Lingang, grew.",
     {"Hubs, e.g. Lingang, grew."}},
    {"surrounding whitespace trimmed", "  Leading spaces. Trailing.   ",
     {"Leading spaces.", "Trailing."}},
    {"no final punctuation", "No period at the end",
     {"No period at the end"}},
    {"empty", "", {}},
    {"only whitespace", " \n\t \n", {}},
};

TEST(SplitSentencesTest, Table) {
  for (const SplitCase& c : kSplitCases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> got;
    for (const Span& s : SplitSentences(c.input))
      got.push_back(c.input.substr(s.start, s.end - s.start));
    EXPECT_EQ(got, c.expected);
  }
}

// Spans are in order, do not overlap, lie inside the text and carry no
// surrounding whitespace, for any input.
TEST(SplitSentencesTest, SpansAreOrderedAndTrimmedOnRandomText) {
  std::mt19937 rng(7);
  static const char kAlphabet[] = "aB .!?:\n\"')1\xE2\x80\x9D";
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t n = rng() % 60;
    for (size_t i = 0; i < n; ++i) s += kAlphabet[rng() % (sizeof kAlphabet - 1)];
    SCOPED_TRACE(testing::PrintToString(s));
    uint32_t last = 0;
    for (const Span& sp : SplitSentences(s)) {
      ASSERT_GE(sp.start, last);
      ASSERT_LT(sp.start, sp.end);
      ASSERT_LE(sp.end, s.size());
      EXPECT_FALSE(std::isspace(static_cast<unsigned char>(s[sp.start])));
      EXPECT_FALSE(std::isspace(static_cast<unsigned char>(s[sp.end - 1])));
      last = sp.end;
    }
  }
}

// --------------------------------------------------------------------- Stem

struct StemCase {
  const char* word;
  const char* stem;
};

// Snowball's English (Porter2) stems, as its reference vocabulary gives them:
// derived forms meet their base ("foreigners", "production"), superlatives
// and short words stay.
const StemCase kStemCases[] = {
    {"foreigners", "foreign"},    {"production", "product"},
    {"enterprises", "enterpris"}, {"enterprise", "enterpris"},
    {"industries", "industri"},   {"industrial", "industri"},
    {"companies", "compani"},     {"cities", "citi"},
    {"investments", "invest"},    {"established", "establish"},
    {"establishing", "establish"}, {"quickly", "quick"},
    {"generously", "generous"},   {"headquarters", "headquart"},
    {"taxes", "tax"},             {"boxes", "box"},
    {"churches", "church"},       {"classes", "class"},
    {"busiest", "busiest"},       {"campus", "campus"},
    {"its", "it"},                {"gdp", "gdp"},
    {"teu", "teu"},               {"r&d", "r&d"},
    {"a", "a"},                   {"", ""},
};

TEST(StemTest, Table) {
  for (const StemCase& c : kStemCases) {
    SCOPED_TRACE(c.word);
    EXPECT_EQ(Stem(c.word), c.stem);
  }
}

// What matters to matching: the forms of one word meet.
const std::vector<std::vector<const char*>> kSameStem = {
    {"enterprise", "enterprises"},
    {"industry", "industries", "industrial"},
    {"company", "companies"},
    {"city", "cities"},
    {"investment", "investments", "invested", "investing"},
    {"center", "centers"},
    {"headquarter", "headquarters"},
    {"foreign", "foreigners"},
    {"produce", "produced", "producing"},
    {"tax", "taxes"},
};

TEST(StemTest, FormsOfOneWordMeet) {
  for (const auto& forms : kSameStem) {
    for (const char* w : forms) {
      SCOPED_TRACE(w);
      EXPECT_EQ(Stem(w), Stem(forms[0]));
    }
  }
}

// Words that must stay apart: a stemmer that cut too much would make
// different subjects one.
const std::vector<std::pair<const char*, const char*>> kDifferentStems = {
    {"port", "portion"},       {"general", "generous"}, {"new", "news"},
    {"state", "statement"},    {"capital", "capita"},   {"population", "popular"},
};

TEST(StemTest, DifferentWordsStayApart) {
  for (const auto& [a, b] : kDifferentStems) {
    SCOPED_TRACE(std::string(a) + " / " + b);
    EXPECT_NE(Stem(a), Stem(b));
  }
}

// Non-ASCII letters pass through as UTF-8, and a word longer than any in a
// language is stemmed, not cut or refused.
TEST(StemTest, NonAsciiAndLongWords) {
  EXPECT_EQ(Stem("caf\xC3\xA9s"), "caf\xC3\xA9");
  std::string longest(4096, 'a');
  EXPECT_EQ(Stem(longest + "s"), longest);
}

}  // namespace
}  // namespace figcheck
