// Hostile and odd input (issue 7): invalid UTF-8, NUL bytes, inputs at and
// over the size limits, very long lines and sentences, deeply nested HTML
// and Markdown, zero-width and bidi controls, Unicode spaces as thousands
// separators, fullwidth digits, Unicode minus and dashes, 400-digit numbers
// and exponents, and fact bases that are not what they claim. Each is read
// correctly or refused with a clear message, and none changes the verdict on
// the text around it.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cctype>
#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/factbase_json.h"
#include "core/render.h"
#include "core/scan.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::D;
using test_data::RealFactBase;

const Date kAsOf = {2024, 6, 1};
// One refuted and one supported sentence: the neighbours of every hostile
// sentence in a draft, whose verdicts must not move.
const char kRefuted[] = "Shanghai's GDP reached 5 trillion yuan in 2023.";
const char kSupported[] = "The port handled 49.2 million TEUs in 2023.";

std::string Repeat(const std::string& s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

// Whole short sentences with no figure, padded with spaces to `bytes`.
std::string Filler(size_t bytes) {
  std::string out = Repeat("Lorem ipsum dolor sit amet. ", bytes / 28);
  out.resize(bytes, ' ');
  return out;
}

bool ValidJson(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  return parser.parse(simdjson::padded_string(json)).get(root) == simdjson::SUCCESS;
}

// What a check read and decided, for comparing two spellings of a claim.
std::string Reading(const Result& r) {
  std::string out = VerdictName(r.verdict);
  for (const FigureResult& f : r.figures) {
    char buf[96];
    std::snprintf(buf, sizeof buf, " | %.6g %s %s %s", f.claimed.quantity.value,
                  f.claimed.quantity.unit.ToString().c_str(),
                  f.claimed.period.ToString().c_str(),
                  VerdictName(f.verdict));
    out += buf;
  }
  return out;
}

std::string ReadingOf(std::string_view claim) {
  StatusOr<Result> r = Check(RealFactBase(), claim, kAsOf);
  if (!r.ok()) return "error: " + r.status().message();
  return Reading(r.value());
}

// ------------------------------------------------------------ refusals

struct RefuseCase {
  const char* name;
  std::string claim;
  ErrorCode code;
  const char* message_has;
  size_t offset;
};

TEST(HostileCheckTest, RefusedWithAClearMessage) {
  const std::string big(kMaxClaimBytes + 1, 'a');
  const RefuseCase kCases[] = {
      {"stray byte 0xFF", "GDP reached \xFF 5 trillion yuan", ErrorCode::kInvalidUtf8,
       "invalid UTF-8 byte 0xFF at offset 12", 12},
      {"lone continuation byte", "GDP \x80 reached 5 trillion", ErrorCode::kInvalidUtf8, "0x80", 4},
      {"overlong slash", "GDP \xC0\xAF 5 trillion", ErrorCode::kInvalidUtf8, "0xC0", 4},
      {"UTF-16 surrogate", "GDP \xED\xA0\x80 5 trillion", ErrorCode::kInvalidUtf8, "0xED", 4},
      {"truncated at the end", "GDP reached 5 trillion \xE2\x82", ErrorCode::kInvalidUtf8,
       "offset 23", 23},
      {"five-byte form", "5 trillion \xF8\x88\x80\x80\x80", ErrorCode::kInvalidUtf8, "0xF8", 11},
      {"beyond U+10FFFF", "5 trillion \xF4\x90\x80\x80", ErrorCode::kInvalidUtf8, "0xF4", 11},
      {"over the claim limit", big, ErrorCode::kInputTooLarge, "65537 bytes; the limit is 65536",
       0},
      {"empty", "", ErrorCode::kEmptyInput, "empty", 0},
      {"only white space", " \t\r\n ", ErrorCode::kEmptyInput, "empty", 0},
  };
  for (const RefuseCase& c : kCases) {
    StatusOr<Result> r = Check(RealFactBase(), c.claim, kAsOf);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), c.code) << c.name;
    EXPECT_NE(r.status().message().find(c.message_has), std::string::npos)
        << c.name << ": " << r.status().message();
    EXPECT_EQ(r.status().offset(), c.offset) << c.name;
    // One line, for the command line's single stderr line.
    EXPECT_EQ(r.status().message().find('\n'), std::string::npos) << c.name;
  }
}

TEST(HostileCheckTest, ClaimAtTheSizeLimitReadsLikeItsLastSentence) {
  std::string claim = Filler(kMaxClaimBytes - sizeof kRefuted + 1) + kRefuted;
  ASSERT_EQ(claim.size(), kMaxClaimBytes);
  StatusOr<Result> r = Check(RealFactBase(), claim, kAsOf);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().verdict, Verdict::kRefuted) << Reading(r.value());
}

// A claim at the limit made of one sentence full of figures, or of one long
// sentence, must not take longer than the fuzzers' hang limit (10 s). A
// guard against hangs, not a speed budget (that is scripts/bench): before
// 26b2116 the reader walked every word again for each term, and these two
// claims took 3 s and a minute natively.
TEST(HostileCheckTest, ClaimAtTheSizeLimitIsNotAHang) {
  const std::string figures = Repeat("Shanghai's GDP reached 4.72 trillion yuan in 2023, ", 1300)
                                  .substr(0, kMaxClaimBytes);
  const std::string words = Repeat("word ", kMaxClaimBytes / 5 - 10) + kRefuted;
  for (const std::string* claim : {&figures, &words}) {
    auto start = std::chrono::steady_clock::now();
    StatusOr<Result> r = Check(RealFactBase(), *claim, kAsOf);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 10.0) << claim->size() << " bytes";
    if (r.ok()) {
      EXPECT_TRUE(ValidJson(ResultToJson(RealFactBase(), r.value())));
    }
  }
}

// ------------------------------------------------- the same claim, spelled oddly

struct AlikeCase {
  const char* name;
  const char* plain;
  const char* odd;
};

void ExpectReadAlike(const AlikeCase& c) {
  std::string plain = ReadingOf(c.plain), odd = ReadingOf(c.odd);
  EXPECT_EQ(odd, plain) << c.name << "\n  plain: " << c.plain << "\n  odd:   " << c.odd;
  EXPECT_EQ(plain.find("error"), std::string::npos) << c.name;
}

const AlikeCase kAlikeCases[] = {
    // Unicode spaces between digit groups are thousands separators.
    {"no-break space separator", "Shanghai had 6,017 new foreign-invested enterprises in 2023.",
     "Shanghai had 6\u00A0017 new foreign-invested enterprises in 2023."},
    {"thin space separator", "Shanghai had 6,017 new foreign-invested enterprises in 2023.",
     "Shanghai had 6\u2009017 new foreign-invested enterprises in 2023."},
    {"narrow no-break space separator",
     "Shanghai had 6,017 new foreign-invested enterprises in 2023.",
     "Shanghai had 6\u202F017 new foreign-invested enterprises in 2023."},
    {"figure space separator", "Shanghai had 6,017 new foreign-invested enterprises in 2023.",
     "Shanghai had 6\u2007017 new foreign-invested enterprises in 2023."},
    {"no-break space between number and unit", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72\u00A0trillion\u00A0yuan in\u00A02023."},
    // Fullwidth forms.
    {"fullwidth digits and point", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached \uFF14\uFF0E\uFF17\uFF12 trillion yuan in 2023."},
    {"fullwidth comma", "Shanghai had 6,017 new foreign-invested enterprises in 2023.",
     "Shanghai had \uFF16\uFF0C\uFF10\uFF11\uFF17 new foreign-invested enterprises in 2023."},
    {"fullwidth percent",
     "Energy consumption per unit of industrial added value has declined by 42%.",
     "Energy consumption per unit of industrial added value has declined by 42\uFF05."},
    // Dashes in ranges, and the Unicode minus.
    {"en dash year range", "Industrial added value grew about 48% from 2011 to 2021.",
     "Industrial added value grew about 48% in 2011\u20132021."},
    {"em dash year range", "Industrial added value grew about 48% from 2011 to 2021.",
     "Industrial added value grew about 48% in 2011\u20142021."},
    {"spaced en dash year range", "Industrial added value grew about 48% from 2011 to 2021.",
     "Industrial added value grew about 48% in 2011 \u2013 2021."},
    {"Unicode minus as the hyphen-minus",
     "Energy consumption per unit of industrial added value changed by -42%.",
     "Energy consumption per unit of industrial added value changed by \u221242%."},
    // Exponents.
    {"exponent", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72e12 yuan in 2023."},
    {"exponent with a sign", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72E+12 yuan in 2023."},
    {"refuted exponent", "Shanghai's GDP reached 5 trillion yuan in 2023.",
     "Shanghai's GDP reached 5e12 yuan in 2023."},
    // Invisible characters inside a number.
    {"zero-width space inside a number", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.7\u200B2 trillion yuan in 2023."},
    {"byte order mark at the start", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "\uFEFFShanghai's GDP reached 4.72 trillion yuan in 2023."},
};

// News-copy spellings of a scale ("4.72tn", "US$664bn", "$664,000m") and of
// a bound ("north of", "just shy of", "in the region of") read like the
// plain ones; "m" and "k" are a scale only after a currency sign.
const AlikeCase kNewsCopyCases[] = {
    {"tn glued", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72tn yuan in 2023."},
    {"code and tn glued", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached CNY4.72tn in 2023."},
    {"bn glued", "Shanghai's GDP reached US$664 billion in 2023.",
     "Shanghai's GDP reached US$664bn in 2023."},
    {"m after a currency sign", "Shanghai's GDP reached $664 billion in 2023.",
     "Shanghai's GDP reached $664,000m in 2023."},
    {"north of", "Shanghai's GDP reached more than 4.7 trillion yuan in 2023.",
     "Shanghai's GDP reached north of 4.7 trillion yuan in 2023."},
    {"upwards of", "Shanghai's GDP reached more than 5 trillion yuan in 2023.",
     "Shanghai's GDP reached upwards of 5 trillion yuan in 2023."},
    {"south of", "Shanghai's GDP reached less than 4.7 trillion yuan in 2023.",
     "Shanghai's GDP reached south of 4.7 trillion yuan in 2023."},
    {"shy of", "Shanghai's GDP reached less than 4.8 trillion yuan in 2023.",
     "Shanghai's GDP came in just shy of 4.8 trillion yuan in 2023."},
    {"in the region of", "Shanghai's GDP reached about 4.7 trillion yuan in 2023.",
     "Shanghai's GDP was in the region of 4.7 trillion yuan in 2023."},
};

TEST(HostileCheckTest, NewsCopySpellingsReadAlike) {
  for (const AlikeCase& c : kNewsCopyCases) ExpectReadAlike(c);
  // "5m" without a currency sign may be metres: not a figure of money.
  EXPECT_EQ(ReadingOf("The tower is 632m tall."), "unverifiable");
}

TEST(HostileCheckTest, OddSpellingsReadAlike) {
  for (const AlikeCase& c : kAlikeCases) ExpectReadAlike(c);
}

// Invisible format characters (Unicode Cf: zero-width space, joiners, word
// joiner, BOM, LRM/RLM, bidi embeddings, overrides and isolates, soft
// hyphen, Arabic letter mark) pasted inside a word, between a number and its
// unit, or inside a year must not change what is read (before 26b2116 they
// split the word or the figure, and a supported claim was called refuted).
const AlikeCase kInvisibleCases[] = {
    {"ZWSP between scale and unit", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion\u200B yuan in 2023."},
    {"ZWSP inside the subject", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's G\u200BDP reached 4.72 trillion yuan in 2023."},
    {"ZWSP inside the scale word", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 tril\u200Blion yuan in 2023."},
    {"ZWSP inside the year", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion yuan in 20\u200B23."},
    {"zero-width joiner", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion\u200D yuan in 2023."},
    {"word joiner", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72\u2060 trillion yuan in 2023."},
    {"BOM inside the sentence", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion\uFEFF yuan in 2023."},
    {"right-to-left mark", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion\u200F yuan in 2023."},
    {"left-to-right mark", "Shanghai's GDP reached 5 trillion yuan in 2023.",
     "Shanghai's GDP reached \u200E5 trillion\u200E yuan in 2023."},
    {"bidi override around the subject", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's \u202EGDP\u202C reached 4.72 trillion yuan in 2023."},
    {"bidi isolate around the figure", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached \u20664.72 trillion yuan\u2069 in 2023."},
    {"soft hyphen inside a word", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shang\u00ADhai's GDP reached 4.72 tril\u00ADlion yuan in 2023."},
    {"Arabic letter mark", "Shanghai's GDP reached 4.72 trillion yuan in 2023.",
     "Shanghai's GDP reached 4.72 trillion\u061C yuan in 2023."},
};

TEST(HostileCheckTest, InvisibleCharactersChangeNothing) {
  for (const AlikeCase& c : kInvisibleCases) ExpectReadAlike(c);
}

// A year in fullwidth digits is the period, not a count of 2023.
TEST(HostileCheckTest, FullwidthYearIsAPeriod) {
  ExpectReadAlike({"fullwidth year", "Shanghai's GDP reached 5 trillion yuan in 2023.",
                   "Shanghai's GDP reached 5 trillion yuan in \uFF12\uFF10\uFF12\uFF13."});
}

// A NUL byte is valid UTF-8, but no text means it. Either answer is clear:
// refuse the claim (one line naming the byte), or read it as a space
// (before 26b2116 "4.72\0 trillion yuan" was a bare 4.72, refuted).
TEST(HostileCheckTest, NulByteIsRefusedOrASpace) {
  const std::string kCases[] = {
      std::string("Shanghai's GDP reached 4.72\0 trillion yuan in 2023.", 51),
      std::string("Shanghai's G\0DP reached 4.72 trillion yuan in 2023.", 51),
  };
  for (const std::string& claim : kCases) {
    StatusOr<Result> r = Check(RealFactBase(), claim, kAsOf);
    if (!r.ok()) {
      EXPECT_NE(r.status().message().find("NUL"), std::string::npos) << r.status().message();
      continue;
    }
    std::string spaced = claim;
    for (char& c : spaced)
      if (c == '\0') c = ' ';
    EXPECT_EQ(Reading(r.value()), ReadingOf(spaced)) << spaced;
  }
}

// ------------------------------------------------------ numbers out of range

TEST(HostileCheckTest, HugeNumbersAreNeverInfinite) {
  const std::string kCases[] = {
      "Shanghai's GDP reached " + std::string(400, '9') + " yuan in 2023.",
      "Shanghai's GDP reached 4.72" + std::string(400, '0') + " trillion yuan in 2023.",
      "Shanghai's GDP grew 0." + std::string(398, '0') + "1% in 2023.",
      "Shanghai's GDP reached " + Repeat("999,", 130) + "999 yuan in 2023.",
      "Shanghai's GDP reached 1e309 yuan in 2023.",
      "Shanghai's GDP reached 9.9e999 trillion yuan, up 1e400% in 2023.",
  };
  for (const std::string& claim : kCases) {
    StatusOr<Result> r = Check(RealFactBase(), claim, kAsOf);
    ASSERT_TRUE(r.ok()) << claim;
    for (const FigureResult& f : r.value().figures) {
      EXPECT_TRUE(std::isfinite(f.claimed.quantity.value)) << claim;
      EXPECT_TRUE(std::isfinite(f.claimed.quantity.step)) << claim;
    }
    EXPECT_NE(r.value().verdict, Verdict::kSupported) << claim << ": " << Reading(r.value());
    EXPECT_TRUE(ValidJson(ResultToJson(RealFactBase(), r.value()))) << claim;
  }
}

// The reader can read two figures over the same bytes: a negative exponent
// ("1e-4" and then its "4"), or a currency code between two numbers ("4 USD
// 4": "4 USD" and "USD 4"). It then takes the text between the two with a
// negative length: a heap-buffer-overflow under ASan, a segmentation fault
// without (core/reader/frame.cc, the "of which" gap in FigureFramer::Read).
// Reproducers: fuzz/crashes/check/.
TEST(HostileCheckTest, FiguresNeverOverlap) {
  const char* const kCases[] = {
      "GDP reached 1e-4 yuan.",
      "Shanghai's GDP reached 1e-400 yuan in 2023.",
      "Shanghai's GDP reached 4.72e-3 trillion yuan in 2023.",
      "The rate was 1.5E-9 percent, and 2e-2 of firms grew.",
      "4 USD 4",
      "2 USD 5",
      "GDP was 4 RMB 5 yuan",
  };
  for (const char* claim : kCases) {
    StatusOr<Result> r = Check(RealFactBase(), claim, kAsOf);
    ASSERT_TRUE(r.ok()) << claim;
    const std::vector<FigureResult>& f = r.value().figures;
    for (size_t i = 1; i < f.size(); ++i)
      EXPECT_LE(f[i - 1].claimed.end, f[i].claimed.start) << claim << ": figures overlap";
  }
}

// A tab, vertical tab, form feed or carriage return between the words of a
// fraction ("One\tfifth") matches the fraction pattern (\s) but not the
// split on " -" after it: substr(npos) throws std::out_of_range out of the
// core and the command line aborts (core/reader/mentions.cc, FindWordMentions).
// Reproducer: fuzz/crashes/check/fraction_with_tab_or_cr.txt.
TEST(HostileCheckTest, WhiteSpaceInsideAFraction) {
  const char* const kCases[] = {
      "One\tfifth of firms grew.",
      "A\tquarter of firms grew.",
      "One\vthird of firms grew.",
      "one\ffifth of firms grew.",
      "a\rfifth",
  };
  for (const char* claim : kCases) {
    std::string spaced = claim;
    for (char& c : spaced)
      if (c == '\t' || c == '\v' || c == '\f' || c == '\r') c = ' ';
    EXPECT_EQ(ReadingOf(claim), ReadingOf(spaced)) << spaced;
  }
}

// Readings that are wrong today: each turns a true claim into a refuted one,
// or a false one into a supported one.
struct MisreadCase {
  const char* name;
  const char* claim;
  Verdict not_this;
};

void ExpectNotMisread(const MisreadCase& c) {
  StatusOr<Result> r = Check(RealFactBase(), c.claim, kAsOf);
  ASSERT_TRUE(r.ok()) << c.name;
  EXPECT_NE(r.value().verdict, c.not_this) << c.name << ": " << Reading(r.value());
}

// A range holding the source's 4.72 trillion is not refuted (before
// 26b2116: read as 4.7 and 4.8 trillion, refuted).
TEST(HostileCheckTest, DashRangesAreNotRefuted) {
  const MisreadCase kCases[] = {
      {"en dash value range", "Shanghai's GDP reached 4.7\u20134.8 trillion yuan in 2023.",
       Verdict::kRefuted},
      {"en dash integer range", "Shanghai's GDP reached 4\u20135 trillion yuan in 2023.",
       Verdict::kRefuted},
  };
  for (const MisreadCase& c : kCases) ExpectNotMisread(c);
}

TEST(HostileCheckTest, NotMisread) {
  const MisreadCase kCases[] = {
      // Read as 4.72, 10 and 12 yuan: refuted. Should be 4.72e12 (supported)
      // or no figure.
      {"times ten to the power", "Shanghai's GDP reached 4.72\u00D710^12 yuan in 2023.",
       Verdict::kRefuted},
      {"superscript exponent", "Shanghai's GDP reached 4.72\u00D710\u00B9\u00B2 yuan in 2023.",
       Verdict::kRefuted},
      // The sign is dropped: a negative GDP is "supported".
      {"Unicode minus value", "Shanghai's GDP reached \u22124.72 trillion yuan in 2023.",
       Verdict::kSupported},
      {"hyphen-minus value", "Shanghai's GDP reached -4.72 trillion yuan in 2023.",
       Verdict::kSupported},
  };
  for (const MisreadCase& c : kCases) ExpectNotMisread(c);
}

// Framing a claim the way news copy does (a sentence adverb, an
// attribution before or after, a credit in brackets) changes nothing: the
// framing words name a speaker or a stance, not what the figure counts. A
// subject the sources do not cover stays unverifiable however it is framed.
TEST(HostileCheckTest, FramingChangesNothing) {
  const std::vector<std::string> kClaims = {
      "Shanghai's GDP reached 5 trillion yuan in 2023",      // refuted
      "the port handled 49.2 million TEUs in 2023",          // supported
      "Beijing's GDP reached 4.4 trillion yuan in 2023",     // unverifiable
      "Shanghai's GDP reached 4.72 trillion yuan in 2023"};  // supported
  const std::vector<std::pair<std::string, std::string>> kFramings = {
      {"Surprisingly, ", ""},
      {"However, ", ""},
      {"In fact, ", ""},
      {"Officials said ", ""},
      {"Officials said that ", ""},
      {"The statistics bureau reported that ", ""},
      {"A government report shows ", ""},
      {"Figures released on Monday show ", ""},
      {"", ", officials said"},
      {"", ", according to the city government"},
      {"", ", said Mr. Zhang Wei of the planning office"},
      {"", " (Xinhua)"},
  };
  for (const std::string& claim : kClaims) {
    std::string plain = std::string(1, static_cast<char>(std::toupper(claim[0]))) +
                        claim.substr(1) + ".";
    std::string want = ReadingOf(plain);
    for (const auto& [before, after] : kFramings) {
      std::string framed = before.empty() ? plain.substr(0, plain.size() - 1) + after + "."
                                          : before + claim + after + ".";
      EXPECT_EQ(ReadingOf(framed), want) << framed;
    }
  }
}

// ------------------------------------------------------------------ scans

struct Expected {
  const char* figure;  // the figure's text as written
  Verdict verdict;
};

// Scans `draft` and expects each figure of `expected` among its findings with
// its verdict.
void ExpectFindings(const std::string& name, const std::string& draft, DraftFormat format,
                    const std::vector<Expected>& expected) {
  StatusOr<ScanReport> report = Scan(RealFactBase(), draft, format, kAsOf, kAsOf, "draft");
  ASSERT_TRUE(report.ok()) << name << ": " << report.status().message();
  for (const Expected& e : expected) {
    bool found = false;
    for (const Finding& f : report.value().findings) {
      std::string_view at(draft.data() + f.start, f.end - f.start);
      if (at != e.figure) continue;
      found = true;
      EXPECT_EQ(f.figure_result().verdict, e.verdict)
          << name << ": " << e.figure << " at line " << f.at.line;
    }
    EXPECT_TRUE(found) << name << ": no finding for " << e.figure;
  }
  EXPECT_TRUE(ValidJson(ScanToJson(RealFactBase(), report.value()))) << name;
  EXPECT_TRUE(ValidJson(ScanToSarif(RealFactBase(), {report.value()}))) << name;
}

const std::vector<Expected> kNeighbours = {{"5 trillion yuan", Verdict::kRefuted},
                                           {"49.2 million TEUs", Verdict::kSupported}};

struct NeighbourCase {
  const char* name;
  std::string between;  // the hostile text between the two neighbours
};

std::vector<NeighbourCase> NeighbourCases() {
  return {
      {"a 400-digit number", "The fund holds " + std::string(400, '7') + " yuan."},
      {"a 400-digit decimal", "Costs fell 0." + std::string(398, '0') + "1 percent."},
      {"an exponent beyond double", "The fund holds 1e309 yuan, up 1e999%."},
      {"times ten to the power", "The fund holds 4.72\u00D710^12 yuan."},
      {"a NUL byte", std::string("The fund holds 5\0 billion yuan.", 31)},
      {"bidi override", "The \u202Efund\u202C holds 5 billion\u200F yuan."},
      {"zero-width characters", "The f\u200Bund holds 5\u200D billion\uFEFF yuan."},
      {"fullwidth digits", "The fund holds \uFF15\uFF0E\uFF13 billion yuan."},
      {"thin-space grouping", "The fund holds 6\u2009017\u2009000 yuan."},
      {"Unicode minus", "The fund changed by \u221242% in 2011\u20132021."},
      {"a long line of short sentences", Repeat("The fund holds many assets. ", 40000)},
      {"a sentence over the claim limit", Repeat("word ", 14000) + "holds 5 billion yuan."},
      {"a long run of digits and commas", Repeat("1,", 40000)},
      {"unbalanced brackets and quotes", "(((\"[[[ The fund holds 5 billion yuan {{{ '''"},
  };
}

TEST(HostileScanTest, HostileSentencesKeepTheirNeighboursVerdicts) {
  for (const NeighbourCase& c : NeighbourCases()) {
    std::string md = std::string(kRefuted) + "\n\n" + c.between + "\n\n" + kSupported + "\n";
    ExpectFindings(c.name + std::string(" (Markdown)"), md, DraftFormat::kMarkdown, kNeighbours);
    std::string html = std::string("<p>") + kRefuted + "</p><p>" + c.between + "</p><p>" +
                       kSupported + "</p>";
    ExpectFindings(c.name + std::string(" (HTML)"), html, DraftFormat::kHtml, kNeighbours);
  }
}

TEST(HostileScanTest, DeepNestingIsFlattened) {
  const size_t kDepth = 100000;
  std::string html = Repeat("<div>", kDepth) + "<p>" + kRefuted + "</p>" +
                     Repeat("<span><b>", kDepth / 10) + kSupported +
                     Repeat("</b></span>", kDepth / 10) + Repeat("</div>", kDepth);
  ExpectFindings("nested HTML", html, DraftFormat::kHtml, kNeighbours);
  std::string unclosed = Repeat("<div><table><tr><td><ul><li>", kDepth / 5) + "<p>" + kRefuted +
                         "<p>" + kSupported;
  ExpectFindings("unclosed HTML", unclosed, DraftFormat::kHtml, kNeighbours);
  std::string quotes = Repeat(">", kDepth) + " " + kRefuted + "\n\n" + kSupported + "\n";
  ExpectFindings("nested block quotes", quotes, DraftFormat::kMarkdown, kNeighbours);
  std::string lists;
  for (size_t i = 0; i < 1000; ++i) lists += std::string(2 * i, ' ') + "- item\n";
  lists += std::string("\n") + kRefuted + "\n\n" + Repeat("* ", 5000) + kSupported + "\n";
  ExpectFindings("nested lists", lists, DraftFormat::kMarkdown, kNeighbours);
}

// A figure after more than 64 KB of text with no sentence end: the sentence
// is cut into pieces under the claim limit, so the figure is still checked
// and reported where it stands. The filler words just before it are part of
// its subject, which no source covers: the honest verdict is unverifiable
// (found, never confirmed), and the next sentence keeps its verdict.
TEST(HostileScanTest, FigureInAnOverlongSentenceIsNotDropped) {
  // Joined by a space, the words drown the figure's subject; after a
  // comma they are another clause, and the figure's own clause decides.
  for (auto [joint, verdict] : {std::pair{" ", Verdict::kUnverifiable},
                                std::pair{", ", Verdict::kRefuted}}) {
    std::string md = Repeat("word ", 14000) + joint + kRefuted + "\n\n" + kSupported + "\n";
    ExpectFindings(std::string("overlong sentence, joint '") + joint + "'", md,
                   DraftFormat::kMarkdown,
                   {{"5 trillion yuan", verdict}, {"49.2 million TEUs", Verdict::kSupported}});
  }
}

TEST(HostileScanTest, SizeLimit) {
  // At the limit: scanned whole, the first and the last sentence found.
  std::string at = std::string(kRefuted) + "\n\n";
  std::string tail = std::string("\n\n") + kSupported + "\n";
  at += Filler(kMaxDocumentBytes - at.size() - tail.size()) + tail;
  ASSERT_EQ(at.size(), kMaxDocumentBytes);
  ExpectFindings("10 MB Markdown", at, DraftFormat::kMarkdown, kNeighbours);

  std::string over = at + " ";
  StatusOr<ScanReport> r =
      Scan(RealFactBase(), over, DraftFormat::kMarkdown, kAsOf, kAsOf, "big.md");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInputTooLarge);
  EXPECT_EQ(r.status().message(), "big.md is 10485761 bytes; the limit is 10485760");
}

TEST(HostileScanTest, InvalidUtf8IsRefusedWithFileAndOffset) {
  std::string draft = std::string(kRefuted) + "\n\nBad \xC3\x28 byte.\n";
  for (DraftFormat format : {DraftFormat::kMarkdown, DraftFormat::kHtml, DraftFormat::kPlain}) {
    StatusOr<ScanReport> r = Scan(RealFactBase(), draft, format, kAsOf, kAsOf, "bad.md");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidUtf8);
    EXPECT_EQ(r.status().message(), "bad.md: invalid UTF-8 byte 0xC3 at offset 53");
    EXPECT_EQ(r.status().offset(), 53u);
  }
}

// ------------------------------------------------------ untrusted fact base

// Replaces the number after the first `"key":` at or after `from`.
std::string SetNumber(std::string json, const std::string& key, const std::string& value,
                      size_t from = 0) {
  size_t k = json.find("\"" + key + "\":", from);
  EXPECT_NE(k, std::string::npos) << key;
  if (k == std::string::npos) return json;
  size_t v = k + key.size() + 3, e = v;
  while (e < json.size() && std::string_view("0123456789+-.eE").find(json[e]) != std::string::npos)
    ++e;
  return json.replace(v, e - v, value);
}

struct BaseCase {
  const char* name;
  std::string json;
  const char* where;  // the JSON path the message names
};

// Replaces the Nth field of the first row of a section ("sentences",
// "facts"): rows are arrays of fields in a fixed order (factbase_json.h).
std::string SetRowField(std::string json, const std::string& section, int field,
                        const std::string& value) {
  size_t at = json.find("\"" + section + "\":[[");
  EXPECT_NE(at, std::string::npos) << section;
  if (at == std::string::npos) return json;
  size_t v = at + section.size() + 5;
  for (; field > 0; --field) v = json.find(',', v) + 1;  // fields before it are numbers
  size_t e = v;
  while (e < json.size() && std::string_view("0123456789+-.eE").find(json[e]) != std::string::npos)
    ++e;
  return json.replace(v, e - v, value);
}

std::vector<BaseCase> OutOfRangeBases() {
  const std::string json = WriteFactBase(RealFactBase());
  return {
      {"document length 2^32", SetNumber(json, "length", "4294967296"), "$.documents[0].length"},
      {"sentence start 2^32", SetRowField(json, "sentences", 1, "4294967296"),
       "$.sentences[0].start"},
      {"fact start 2^32", SetRowField(json, "facts", 1, "4294967296"), "$.facts[0].start"},
      {"fact length 2^32", SetRowField(json, "facts", 2, "4294967296"), "$.facts[0].length"},
      {"fact value beyond double", SetRowField(json, "facts", 3, "1e400"), "not valid JSON"},
      {"fact sentence 2^63", SetRowField(json, "facts", 0, "9223372036854775808"),
       "$.facts[0].sentence"},
  };
}

// Integers are read as 64-bit and range-checked before narrowing (a length
// of 2^32 would wrap to 0); numbers beyond a double are not JSON simdjson
// accepts. Each is one clear error. (Fact base version 2 also held IDF
// floats, fuzz/crashes/factbase/idf_overflows_float.json; version 3 derives
// IDF at load and stores none.)
TEST(HostileFactBaseTest, NumbersOutOfRangeAreRefused) {
  for (const BaseCase& c : OutOfRangeBases()) {
    StatusOr<FactBase> base = LoadFactBase(c.json);
    EXPECT_FALSE(base.ok()) << c.name;
    if (base.ok()) continue;
    EXPECT_EQ(base.status().code(), ErrorCode::kBadFactBase) << c.name;
    EXPECT_NE(base.status().message().find(c.where), std::string::npos)
        << c.name << ": " << base.status().message();
  }
}

// Whatever the loader accepts, it can write back and read again, and checks
// against it give valid JSON: the fuzz target's oracle, on the seeds.
TEST(HostileFactBaseTest, AcceptedBasesRoundTrip) {
  const std::string json = WriteFactBase(RealFactBase());
  const std::string kBases[] = {
      json,
      SetRowField(json, "facts", 3, "1e308"),
      SetRowField(json, "facts", 4, "0"),
      SetRowField(json, "facts", 3, "-1e308"),
  };
  for (const std::string& b : kBases) {
    StatusOr<FactBase> base = LoadFactBase(b);
    ASSERT_TRUE(base.ok()) << base.status().message();
    StatusOr<FactBase> again = LoadFactBase(WriteFactBase(base.value()));
    EXPECT_TRUE(again.ok()) << again.status().message();
    StatusOr<Result> r = Check(base.value(), kRefuted, kAsOf);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(ValidJson(ResultToJson(base.value(), r.value())));
  }
}

TEST(HostileFactBaseTest, NotJsonIsOneClearError) {
  const std::string json = WriteFactBase(RealFactBase());
  const std::string kBases[] = {
      json.substr(0, json.size() / 2),
      std::string("\xFF\xFE{}", 4),
      std::string(json).replace(10, 1, std::string(1, '\0')),
      Repeat("[", 100000) + Repeat("]", 100000),
      "{\"format\":\"figcheck-factbase\",\"version\":2e400}",
      std::string(""),
  };
  for (const std::string& b : kBases) {
    StatusOr<FactBase> base = LoadFactBase(b);
    ASSERT_FALSE(base.ok());
    EXPECT_EQ(base.status().code(), ErrorCode::kBadFactBase) << base.status().message();
    EXPECT_FALSE(base.status().message().empty());
    EXPECT_EQ(base.status().message().find('\n'), std::string::npos);
  }
}

}  // namespace
}  // namespace figcheck
