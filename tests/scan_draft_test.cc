// Tests of core/scan/: a draft's encoding guessed and transcoded with its
// offsets mapped back, figcheck comments (each kind, with figure and reason,
// and every malformed kind reported), baselines written and matched, unified
// diffs read into changed lines, and the configuration file (TOML and JSON,
// globs, every bad value refused). The command line over the same is tested
// by tests/scan_cli_test.sh.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/scan.h"
#include "core/scan/baseline.h"
#include "core/scan/config.h"
#include "core/scan/diff.h"
#include "core/scan/directives.h"
#include "core/scan/draft.h"
#include "core/scan/encoding.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::RealFactBase;

const Date kAsOf{2024, 11, 1};

ScanReport ScanMd(const std::string& text,
                  DraftFormat format = DraftFormat::kMarkdown) {
  DraftOptions o;
  o.as_of = kAsOf;
  o.today = kAsOf;
  return ScanDraft(RealFactBase(), text, format, o, "draft.md");
}

// ---------------------------------------------------------------- encoding

TEST(EncodingTest, Guessed) {
  struct Case {
    std::string bytes;
    bool ok;
    Encoding encoding;  // when ok
    std::string text;   // when ok
  };
  const std::vector<Case> kCases = {
      {"GDP 4.72 trillion yuan", true, Encoding::kUtf8,
       "GDP 4.72 trillion yuan"},
      {"Caf\xc3\xa9", true, Encoding::kUtf8, "Caf\xc3\xa9"},
      // Latin-1 é; Windows-1252's curly apostrophe and euro sign.
      {"Caf\xe9", true, Encoding::kWindows1252, "Caf\xc3\xa9"},
      {"Shanghai\x92s \x80"
       "5",
       true, Encoding::kWindows1252,
       "Shanghai\xe2\x80\x99s \xe2\x82\xac"
       "5"},
      // Binary: a NUL, a control byte, mostly high bytes, an undefined one.
      {std::string("PNG\0\0", 5), false, {}, ""},
      {"\x89PNG\r\n\x1a\n", false, {}, ""},
      {"\xff\xfe\xfd\xfc\xfb ab", false, {}, ""},
      {"text \x81 more text here", false, {}, ""},
  };
  for (const Case& c : kCases) {
    StatusOr<DecodedDraft> d = DecodeDraft(c.bytes, Encoding::kAuto);
    ASSERT_EQ(d.ok(), c.ok) << c.bytes << ": " << d.status().message();
    if (!c.ok) {
      EXPECT_EQ(d.status().code(), ErrorCode::kNotText);
      continue;
    }
    EXPECT_EQ(d.value().encoding, c.encoding) << c.bytes;
    EXPECT_EQ(d.value().text, c.text);
  }
}

TEST(EncodingTest, Forced) {
  // Latin-1 keeps 0x92 as a C1 control; Windows-1252 makes it a quote.
  StatusOr<DecodedDraft> latin = DecodeDraft(
      "a\x92"
      "b",
      Encoding::kLatin1);
  ASSERT_TRUE(latin.ok());
  EXPECT_EQ(latin.value().text,
            "a\xc2\x92"
            "b");
  // Forcing UTF-8 refuses what is not.
  StatusOr<DecodedDraft> utf8 = DecodeDraft("Caf\xe9", Encoding::kUtf8);
  ASSERT_FALSE(utf8.ok());
  EXPECT_EQ(utf8.status().code(), ErrorCode::kInvalidUtf8);
  // Even an undefined Windows-1252 byte is read when forced.
  EXPECT_TRUE(DecodeDraft("x \x81 y", Encoding::kWindows1252).ok());
}

TEST(EncodingTest, Names) {
  for (const char* name : {"auto", "utf-8", "UTF8", "windows-1252", "cp1252",
                           "latin-1", "ISO-8859-1"})
    EXPECT_TRUE(ParseEncoding(name).ok()) << name;
  StatusOr<Encoding> bad = ParseEncoding("ebcdic");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("ebcdic"), std::string::npos);
}

TEST(EncodingTest, Latin1DraftIsScannedAtItsOwnBytes) {
  // "Café" is 4 bytes in the file and 5 in UTF-8: the figure's column and
  // offsets must be the file's.
  const std::string draft =
      "Caf\xe9 owners said Shanghai\x92s GDP totalled 5 trillion yuan in "
      "2023.\n";
  ScanReport r = ScanMd(draft, DraftFormat::kPlain);
  ASSERT_TRUE(r.problems.empty());
  EXPECT_EQ(r.encoding, "windows-1252");
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.figure_result().verdict, Verdict::kRefuted);
  EXPECT_EQ(draft.substr(f.start, f.end - f.start), "5 trillion yuan");
  EXPECT_EQ(f.at.line, 1);
  EXPECT_EQ(f.at.col, static_cast<int>(f.start) + 1);
}

TEST(EncodingTest, BinaryDraftIsOneProblem) {
  ScanReport r = ScanMd(std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].located);
  EXPECT_EQ(r.problems[0].status.code(), ErrorCode::kNotText);
  EXPECT_TRUE(r.findings.empty());
}

// -------------------------------------------------------------- directives

const char kWrong[] = "Shanghai's GDP totalled 5 trillion yuan in 2023.";

struct DirectiveCase {
  const char* name;
  std::string draft;
  DraftFormat format;
  int findings, suppressed, problems;
  std::string reason;  // of the first suppressed finding
};

TEST(DirectivesTest, Table) {
  const std::string w = kWrong;
  const std::vector<DirectiveCase> kCases = {
      {"none", w + "\n", DraftFormat::kMarkdown, 1, 0, 0, ""},
      {"next line", "<!-- figcheck-disable-next-line -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 1, 0, ""},
      {"next line over a blank line",
       "<!-- figcheck-disable-next-line -->\n\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 1, 0, ""},
      {"next line, not the one after",
       "<!-- figcheck-disable-next-line -->\nNo figure here.\n\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 0, ""},
      {"with a reason",
       "<!-- figcheck-disable-next-line: the story is about this error -->\n" +
           w + "\n",
       DraftFormat::kMarkdown, 1, 1, 0, "the story is about this error"},
      {"with the figure and a reason",
       "<!-- figcheck-disable-next-line: \"5 Trillion  yuan\" newer figure "
       "-->\n" +
           w + "\n",
       DraftFormat::kMarkdown, 1, 1, 0, "newer figure"},
      {"same line", w + " <!-- figcheck-disable-line -->\n",
       DraftFormat::kMarkdown, 1, 1, 0, ""},
      {"passage",
       "<!-- figcheck-disable -->\n\n" + w + "\n\n" + w +
           "\n\n<!-- figcheck-enable -->\n\n" + w + "\n",
       DraftFormat::kMarkdown, 3, 2, 0, ""},
      {"passage to the end", "<!-- figcheck-disable: archive -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 1, 0, "archive"},
      {"HTML",
       "<p><!-- figcheck-disable-next-line: quoted -->\n" + w + "</p>\n",
       DraftFormat::kHtml, 1, 1, 0, "quoted"},
      {"HTML passage",
       "<!-- figcheck-disable -->\n<p>" + w +
           "</p>\n<!-- figcheck-enable -->\n<p>" + w + "</p>\n",
       DraftFormat::kHtml, 2, 1, 0, ""},
      // Examples in code are not directives.
      {"in a fence", "```\n<!-- figcheck-disable -->\n```\n\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 0, ""},
      {"in inline code",
       "Write `<!-- figcheck-disable -->` to stop.\n\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 0, ""},
      // Plain text has no comments.
      {"plain text", "<!-- figcheck-disable -->\n\n" + w + "\n",
       DraftFormat::kPlain, 1, 0, 0, ""},
      // Malformed: reported, and they suppress nothing.
      {"misspelt", "<!-- figcheck-disable-nextline -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"no colon", "<!-- figcheck-disable-next-line reason -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"empty after the colon",
       "<!-- figcheck-disable-next-line: -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"open quote",
       "<!-- figcheck-disable-next-line: \"5 trillion -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"figure not covered",
       "<!-- figcheck-disable-next-line: \"6 trillion yuan\" -->\n" + w + "\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"enable alone", w + "\n\n<!-- figcheck-enable -->\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
      {"disable twice",
       "<!-- figcheck-disable -->\n<!-- figcheck-disable -->\n" + w +
           "\n<!-- figcheck-enable -->\n",
       DraftFormat::kMarkdown, 1, 1, 1, ""},
      {"not closed", w + "\n\n<!-- figcheck-disable\n", DraftFormat::kMarkdown,
       1, 0, 1, ""},
      {"nothing follows", w + "\n<!-- figcheck-disable-next-line -->\n",
       DraftFormat::kMarkdown, 1, 0, 1, ""},
  };
  for (const DirectiveCase& c : kCases) {
    ScanReport r = ScanMd(c.draft, c.format);
    EXPECT_EQ(static_cast<int>(r.findings.size()), c.findings) << c.name;
    EXPECT_EQ(r.Suppressed(), c.suppressed) << c.name;
    EXPECT_EQ(static_cast<int>(r.problems.size()), c.problems) << c.name;
    EXPECT_EQ(r.Count(Verdict::kRefuted), c.findings - c.suppressed) << c.name;
    for (const ScanProblem& p : r.problems) {
      EXPECT_TRUE(p.located) << c.name;
      EXPECT_EQ(p.status.code(), ErrorCode::kBadDirective) << c.name;
    }
    for (const Finding& f : r.findings)
      if (f.suppression) {
        EXPECT_EQ(f.suppression->reason, c.reason) << c.name;
        break;
      }
  }
}

TEST(DirectivesTest, SuppressedNeverFail) {
  ScanReport r =
      ScanMd("<!-- figcheck-disable-next-line -->\n" + std::string(kWrong));
  ASSERT_EQ(r.Suppressed(), 1);
  EXPECT_FALSE(ShouldFail(r, FailOn::kRefuted));
  EXPECT_TRUE(ShouldFail(ScanMd(kWrong), FailOn::kRefuted));
}

TEST(DirectivesTest, NamedFigureOnly) {
  // Two figures on the line; the comment names one.
  ScanReport r = ScanMd(
      "<!-- figcheck-disable-next-line: \"5 trillion yuan\" -->\n"
      "Shanghai's GDP totalled 5 trillion yuan in 2023, and the port handled "
      "60 million TEUs in 2023.\n");
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_TRUE(r.findings[0].suppression != nullptr);
  EXPECT_TRUE(r.findings[1].suppression == nullptr);
  EXPECT_TRUE(r.problems.empty());
}

TEST(DirectivesTest, SarifMarksSuppressions) {
  std::vector<ScanReport> reports = {
      ScanMd("<!-- figcheck-disable-next-line: newer figure -->\n" +
             std::string(kWrong) + "\n\n" + kWrong + "\n")};
  std::string sarif = ScanToSarif(RealFactBase(), reports);
  EXPECT_NE(sarif.find("\"suppressions\":[{\"kind\":\"inSource\","
                       "\"justification\":\"newer figure\"}]"),
            std::string::npos)
      << sarif;
  // One of the two results only.
  EXPECT_EQ(sarif.find("suppressions"), sarif.rfind("suppressions"));
  // The text lists it only when asked.
  EXPECT_EQ(ScanToText(RealFactBase(), reports).find("(suppressed)"),
            std::string::npos);
  EXPECT_NE(ScanToText(RealFactBase(), reports, true).find("(suppressed)"),
            std::string::npos);
  EXPECT_NE(ScanToText(RealFactBase(), reports).find("; 1 suppressed"),
            std::string::npos);
}

TEST(ProblemsTest, EveryFormatReportsThem) {
  std::vector<ScanReport> reports = {
      UnreadableDraft("img.md", Status(ErrorCode::kNotText, "not text: x")),
      ScanMd(kWrong)};
  const FactBase& base = RealFactBase();
  EXPECT_NE(ScanToText(base, reports).find("img.md: error: not text: x\n"),
            std::string::npos);
  EXPECT_NE(ScanToGithub(base, reports).find("::error file=img.md,title="),
            std::string::npos);
  std::string sarif = ScanToSarif(base, reports);
  EXPECT_NE(sarif.find("\"toolExecutionNotifications\":[{\"level\":\"error\""),
            std::string::npos);
  EXPECT_NE(sarif.find("\"executionSuccessful\":false"), std::string::npos);
  EXPECT_NE(ScanToJson(base, reports[0])
                .find("\"problems\":[{\"code\":\"not "
                      "text\""),
            std::string::npos);
  // Without problems, no invocation is written.
  EXPECT_EQ(ScanToSarif(base, {reports[1]}).find("invocations"),
            std::string::npos);
}

// ---------------------------------------------------------------- baseline

TEST(BaselineTest, EditsAboveStillMatch) {
  std::vector<ScanReport> before = {ScanMd(std::string(kWrong) + "\n")};
  StatusOr<Baseline> b = ParseBaseline(WriteBaseline(before));
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(b.value().size(), 1u);
  // Two new paragraphs above, the sentence re-wrapped, and a new wrong
  // figure: only the new one is reported.
  ScanReport after = ScanMd(
      "# Heading\n\nA new paragraph.\n\nShanghai's GDP totalled 5 trillion\n"
      "yuan in 2023.\n\nThe port handled 60 million TEUs in 2023.\n");
  ASSERT_EQ(after.findings.size(), 2u);
  b.value().Apply(&after);
  ASSERT_EQ(after.findings.size(), 1u);
  EXPECT_EQ(after.findings[0].figure_result().claimed.text, "60 million TEUs");
  EXPECT_EQ(after.baselined, 1);
}

TEST(BaselineTest, ChangedSentenceOrFileIsNew) {
  Baseline b =
      ParseBaseline(WriteBaseline({ScanMd(std::string(kWrong) + "\n")}))
          .value();
  ScanReport edited = ScanMd(
      "Shanghai's GDP totalled 5 trillion yuan in 2023, "
      "officials said.\n");
  b.Apply(&edited);
  EXPECT_EQ(edited.findings.size(), 1u);
  ScanReport other = ScanMd(std::string(kWrong) + "\n");
  other.file = "other.md";
  b.Apply(&other);
  EXPECT_EQ(other.findings.size(), 1u);
}

TEST(BaselineTest, EachEntryMatchesOnce) {
  const std::string twice = std::string(kWrong) + "\n\n" + kWrong + "\n";
  Baseline b =
      ParseBaseline(WriteBaseline({ScanMd(std::string(kWrong) + "\n")}))
          .value();
  ScanReport r = ScanMd(twice);
  b.Apply(&r);
  EXPECT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.baselined, 1);
}

TEST(BaselineTest, BadFiles) {
  const char* kBad[] = {
      "",
      "[]",
      "{\"format\": \"sarif\", \"version\": 1, \"findings\": []}",
      "{\"format\": \"figcheck-baseline\", \"version\": 2, \"findings\": []}",
      "{\"format\": \"figcheck-baseline\", \"version\": 1}",
      "{\"format\": \"figcheck-baseline\", \"version\": 1, \"findings\": "
      "[{\"file\": \"a.md\"}]}",
  };
  for (const char* json : kBad) {
    StatusOr<Baseline> b = ParseBaseline(json);
    ASSERT_FALSE(b.ok()) << json;
    EXPECT_EQ(b.status().code(), ErrorCode::kBadBaseline);
    EXPECT_NE(b.status().message().find('$'), std::string::npos) << json;
  }
}

// -------------------------------------------------------------------- diff

TEST(DiffTest, AddedAndModifiedLines) {
  const char kPatch[] =
      "diff --git a/drafts/a.md b/drafts/a.md\n"
      "index 1111111..2222222 100644\n"
      "--- a/drafts/a.md\n"
      "+++ b/drafts/a.md\n"
      "@@ -1,3 +1,4 @@\n"
      " title\n"
      "-old line\n"
      "+new line\n"
      "+another\n"
      " kept\n"
      "@@ -10 +11,0 @@\n"
      "-removed only\n"
      "diff --git a/gone.md b/gone.md\n"
      "--- a/gone.md\n"
      "+++ /dev/null\n"
      "@@ -1 +0,0 @@\n"
      "-bye\n"
      "--- /dev/null\n"
      "+++ \"b/new \\303\\251.md\"\n"
      "@@ -0,0 +1,2 @@\n"
      "+one\n"
      "+two\n"
      "\\ No newline at end of file\n";
  StatusOr<ChangedFiles> d = ParseUnifiedDiff(kPatch);
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_EQ(d.value().size(), 2u);
  const ChangedLines& a = d.value().at("drafts/a.md");
  struct Case {
    int first, last;
    bool touches;
  };
  for (Case c : std::vector<Case>{{1, 1, false},
                                  {2, 2, true},
                                  {3, 3, true},
                                  {4, 4, false},
                                  {1, 4, true},
                                  {11, 20, false}})
    EXPECT_EQ(a.Touches(c.first, c.last), c.touches) << c.first;
  EXPECT_TRUE(d.value().at("new \xc3\xa9.md").Touches(2, 2));
}

TEST(DiffTest, BadPatches) {
  const char* kBad[] = {
      "+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n",                   // ends early
      "+++ b/a.md\n@@ nonsense @@\n",                        // header
      "+++ b/a.md\n@@ -1 +1 @@\n+a\n+b\n",                   // too long
      "@@ -1 +1 @@\n+a\n",                                   // no file
      "+++ b/a.md\n@@ -1,2 +1,2 @@\n x\nnot a hunk line\n",  // garbage
  };
  for (const char* patch : kBad) {
    StatusOr<ChangedFiles> d = ParseUnifiedDiff(patch);
    ASSERT_FALSE(d.ok()) << patch;
    EXPECT_EQ(d.status().code(), ErrorCode::kBadPatch);
    EXPECT_NE(d.status().message().find("line "), std::string::npos);
  }
  EXPECT_TRUE(ParseUnifiedDiff("").ok());
}

// ------------------------------------------------------------------ config

TEST(ConfigTest, TomlAndJson) {
  StatusOr<ScanConfig> t = ParseScanConfig(
      "include = [\"drafts/**/*.md\", \"*.html\"]\n"
      "exclude = \"drafts/archive/\"\n"
      "fail-on = \"misleading\"\nas-of = \"2024-06-01\"\n"
      "encoding = \"windows-1252\"\nbaseline = \"b.json\"\n",
      "/repo/.figcheck.toml");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t.value().dir, "/repo");
  EXPECT_EQ(t.value().fail_on, "misleading");
  EXPECT_EQ(t.value().Resolve(t.value().baseline), "/repo/b.json");
  // TOML's own date works as well as a string.
  StatusOr<ScanConfig> date =
      ParseScanConfig("as-of = 2024-06-01\n", "/repo/.figcheck.toml");
  ASSERT_TRUE(date.ok()) << date.status().message();
  EXPECT_EQ(date.value().as_of, "2024-06-01");
  // Characters outside ASCII in strings and comments are fine.
  StatusOr<ScanConfig> accents = ParseScanConfig(
      "# r\xc3\xa9"
      "daction\ninclude = [\"caf\xc3\xa9/**\", "
      "'d\xc3\xa9j\xc3\xa0/']\n"
      "exclude = \"\"\"\n\xc3\xa9t\xc3\xa9\"\"\"\n",
      "/repo/.figcheck.toml");
  ASSERT_TRUE(accents.ok()) << accents.status().message();
  EXPECT_EQ(accents.value().include.size(), 2u);
  StatusOr<ScanConfig> j = ParseScanConfig(
      "{\"include\": \"drafts/**/*.md\", \"exclude\": [\"drafts/archive/\"], "
      "\"fail-on\": \"never\"}",
      "/repo/.figcheck.json");
  ASSERT_TRUE(j.ok()) << j.status().message();
  EXPECT_EQ(j.value().include.size(), 1u);
  EXPECT_EQ(j.value().fail_on, "never");
  for (const ScanConfig* c : {&t.value(), &j.value()}) {
    EXPECT_TRUE(c->Selects("drafts/a.md"));
    EXPECT_TRUE(c->Selects("drafts/2024/06/a.md"));
    EXPECT_FALSE(c->Selects("drafts/archive/old.md"));
    EXPECT_FALSE(c->Selects("notes/a.md"));
  }
}

TEST(ConfigTest, Globs) {
  struct Case {
    const char* glob;
    const char* path;
    bool match;
  };
  const Case kCases[] = {
      {"*.md", "a.md", true},
      {"*.md", "x/y/a.md", true},
      {"*.md", "a.txt", false},
      {"drafts/*.md", "drafts/a.md", true},
      {"drafts/*.md", "drafts/x/a.md", false},
      {"drafts/**/*.md", "drafts/a.md", true},
      {"drafts/**/*.md", "drafts/x/y/a.md", true},
      {"drafts", "drafts/x/a.md", true},
      {"drafts/", "drafts/x/a.md", true},
      {"draft?/a.md", "drafts/a.md", true},
      {"draft?/a.md", "draft/a.md", false},
      {"**", "anything/at/all.md", true},
      {"archive", "drafts/archive/old.md", true},
      {"archive", "drafts/archived.md", false},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(GlobMatch(c.glob, c.path), c.match) << c.glob << " " << c.path;
}

TEST(ConfigTest, BadFiles) {
  struct Case {
    const char* text;
    const char* path;
    const char* says;
  };
  const Case kCases[] = {
      {"fail-on = \n", "/r/.figcheck.toml", ".figcheck.toml:1:"},
      {"fail_on = \"never\"\n", "/r/.figcheck.toml", "unknown key \"fail_on\""},
      {"fail-on = \"sometimes\"\n", "/r/.figcheck.toml", "sometimes"},
      {"as-of = \"2024-02-30\"\n", "/r/.figcheck.toml", "as-of"},
      {"encoding = \"ebcdic\"\n", "/r/.figcheck.toml", "ebcdic"},
      {"include = 3\n", "/r/.figcheck.toml", "include"},
      {"baseline = [\"a\"]\n", "/r/.figcheck.toml", "baseline"},
      {"baseline = 2024-06-01\n", "/r/.figcheck.toml", "baseline"},
      // toml++ 3.3 must never see these (undefined behaviour).
      {"includ caf\xc3\xa9 = [\"a\"]\n", "/r/.figcheck.toml",
       ".figcheck.toml:1:11: a character outside ASCII"},
      {"# caf\xc3\xa9\ninclude = \"x\"\n\xc2\xa0= 1\n", "/r/.figcheck.toml",
       ".figcheck.toml:3:1:"},
      {"{\"fail-on\": 1}", "/r/.figcheck.json", "$.fail-on"},
      {"{\"bogus\": 1}", "/r/.figcheck.json", "unknown key"},
      {"[1]", "/r/.figcheck.json", "not an object"},
      {"{", "/r/.figcheck.json", "not JSON"},
  };
  for (const Case& c : kCases) {
    StatusOr<ScanConfig> r = ParseScanConfig(c.text, c.path);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), ErrorCode::kBadConfig);
    EXPECT_NE(r.status().message().find(c.says), std::string::npos)
        << r.status().message();
  }
}

}  // namespace
}  // namespace figcheck
