// Tests of core/document.h and core/scan.h: drafts reduced to text with a
// map back to their bytes, and the findings of a scan located at the
// figure's own bytes, line and column; the renderers' output parses.
#include "core/scan.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::D;
using test_data::RealFactBase;

// ----------------------------------------------------------------- formats

TEST(DraftFormatTest, ByPath) {
  struct Case {
    const char* path;
    DraftFormat format;
  };
  const Case kCases[] = {
      {"drafts/gdp.md", DraftFormat::kMarkdown},
      {"GDP.MD", DraftFormat::kMarkdown},
      {"a.markdown", DraftFormat::kMarkdown},
      {"page.html", DraftFormat::kHtml},
      {"page.HTM", DraftFormat::kHtml},
      {"notes.txt", DraftFormat::kPlain},
      {"README", DraftFormat::kPlain},
      {"dir.md/notes", DraftFormat::kPlain},
      {"", DraftFormat::kPlain},
  };
  for (const Case& c : kCases) EXPECT_EQ(FormatForPath(c.path), c.format) << c.path;
}

TEST(DraftFormatTest, Sniffed) {
  struct Case {
    const char* bytes;
    DraftFormat format;
  };
  const Case kCases[] = {
      {"<!DOCTYPE html><html><body><p>GDP</p></body></html>", DraftFormat::kHtml},
      {"<p>GDP reached 4.72 trillion yuan.</p>", DraftFormat::kHtml},
      {"<div class=\"story\">GDP</div>", DraftFormat::kHtml},
      {"# GDP\n\nShanghai's GDP reached 4.72 trillion yuan.", DraftFormat::kMarkdown},
      {"GDP is 4 < 5 trillion yuan", DraftFormat::kMarkdown},
      {"", DraftFormat::kMarkdown},
  };
  for (const Case& c : kCases) EXPECT_EQ(SniffFormat(c.bytes), c.format) << c.bytes;
}

// ------------------------------------------------------------- ExtractText

struct ExtractCase {
  const char* name;
  std::string input;
  DraftFormat format;
  std::string text;
  const char* date;  // front matter date, or nullptr
};

const ExtractCase kExtractCases[] = {
    {"plain text is unchanged", "plain\ntext 5", DraftFormat::kPlain, "plain\ntext 5", nullptr},
    {"markdown: front matter, code, link target, comment",
     "---\ndate: 2024-03-28\ntitle: x\n---\n# Title\n\n"
     "GDP was `4 trillion` and [5 trillion](http://x.com/7) yuan.\n\n"
     "```\n6 trillion\n```\n<!-- 8 -->",
     DraftFormat::kMarkdown, "Title\nGDP was and 5 trillion yuan.\n", "2024-03-28"},
    {"markdown: no front matter", "Exports hit 12 billion yuan.", DraftFormat::kMarkdown,
     "Exports hit 12 billion yuan. ", nullptr},
    {"html: script and code skipped, entities decoded",
     "<p>GDP &amp; trade <b>4.72</b> trillion</p><script>var x=5;</script><code>7</code>"
     "&#36;3 &nbsp;x",
     DraftFormat::kHtml, "GDP & trade 4.72 trillion\n$3 \xC2\xA0x", nullptr},
};

TEST(ExtractTextTest, Table) {
  for (const ExtractCase& c : kExtractCases) {
    SCOPED_TRACE(c.name);
    ExtractedText e = ExtractText(c.input, c.format);
    EXPECT_EQ(e.text, c.text);
    EXPECT_EQ(e.date.ok(), c.date != nullptr);
    if (c.date != nullptr) {
      EXPECT_EQ(e.date.ToString(), c.date);
    }
    // Every byte of the text points into the input (a separator the
    // extractor adds may point at its end), in order, and a letter or digit
    // points at itself (these inputs hold no numeric entities). One more
    // entry past the text marks the end of the input.
    ASSERT_EQ(e.origin.size(), e.text.size() + 1);
    EXPECT_EQ(e.origin.back(), c.input.size());
    for (size_t i = 0; i < e.text.size(); ++i) {
      ASSERT_LE(e.origin[i], c.input.size());
      if (i > 0) {
        EXPECT_LE(e.origin[i - 1], e.origin[i]);
      }
      if (std::isalnum(static_cast<unsigned char>(e.text[i]))) {
        EXPECT_EQ(c.input[e.origin[i]], e.text[i]) << "at " << i;
      }
    }
  }
}

// The map stays in range and in order for any draft.
TEST(ExtractTextTest, OriginMapOnRandomDrafts) {
  static const char* const kPieces[] = {
      "GDP", " ", "4.72", "\n", "\n\n", "#", "`", "```", "[", "]", "(", ")", "http://x.y/", "<",
      ">", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#36;", "&nbsp;",
      "&bogus;", "&", ";", "---\n", "date: 2024-03-28\n", "*", "_", "|", "> ", "- ", "1. ",
      "\xE4\xB8\xAD", "\xE2\x80\x9C"};
  std::mt19937 rng(11);
  for (DraftFormat format : {DraftFormat::kPlain, DraftFormat::kMarkdown, DraftFormat::kHtml}) {
    for (int round = 0; round < 500; ++round) {
      std::string draft;
      size_t n = rng() % 40;
      for (size_t i = 0; i < n; ++i) draft += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
      SCOPED_TRACE(testing::PrintToString(draft));
      ExtractedText e = ExtractText(draft, format);
      ASSERT_EQ(e.origin.size(), e.text.size() + 1);
      EXPECT_EQ(e.origin.back(), draft.size());
      for (size_t i = 0; i + 1 < e.origin.size(); ++i) {
        ASSERT_LE(e.origin[i], draft.size());
        if (i > 0) {
          ASSERT_LE(e.origin[i - 1], e.origin[i]);
        }
      }
    }
  }
}

TEST(LineColTest, Table) {
  struct Case {
    std::string bytes;
    uint32_t offset;
    int line, col;
  };
  const Case kCases[] = {
      {"GDP", 0, 1, 1},
      {"GDP", 2, 1, 3},
      {"ab\ncd", 3, 2, 1},
      {"ab\ncd", 4, 2, 2},
      {"a\n\n\nb", 4, 4, 1},
      {"a\r\nb", 3, 2, 1},
      // Columns count code points, not bytes.
      {"\xE4\xB8\xAD\xE6\x96\x87" "5", 6, 1, 3},
      {"x\n\xE2\x80\x9C" "5", 5, 2, 2},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(testing::PrintToString(c.bytes) + " @" + std::to_string(c.offset));
    LineCol at = LineColAt(c.bytes, c.offset);
    EXPECT_EQ(at.line, c.line);
    EXPECT_EQ(at.col, c.col);
  }
}

// -------------------------------------------------------------------- Scan

const char kDraft[] =
    "---\n"
    "title: Shanghai in numbers\n"
    "---\n"
    "# Shanghai in *numbers*\n"
    "\n"
    "Shanghai's GDP totalled 5 trillion yuan in 2023.\n"
    "\n"
    "- The port handled 49.2 million TEUs in 2023.\n"
    "- The CBD hosts `1,000` code samples.\n";

TEST(ScanTest, FindingsSitAtTheFiguresBytes) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown,
                                D("2024-11-01"), D("2030-01-01"), "draft.md");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ScanReport& report = r.value();
  EXPECT_EQ(report.file, "draft.md");
  EXPECT_EQ(report.as_of.ToString(), "2024-11-01");
  ASSERT_EQ(report.findings.size(), 2u);  // nothing from inline code
  const std::string draft = kDraft;
  struct Want {
    const char* text;
    int line, col;
    Verdict verdict;
  };
  const Want kWant[] = {
      {"5 trillion yuan", 6, 25, Verdict::kRefuted},
      {"49.2 million TEUs", 8, 20, Verdict::kSupported},
  };
  for (size_t i = 0; i < 2; ++i) {
    const Finding& f = report.findings[i];
    SCOPED_TRACE(kWant[i].text);
    EXPECT_EQ(draft.substr(f.start, f.end - f.start), kWant[i].text);
    EXPECT_EQ(f.figure_result().claimed.text, kWant[i].text);
    EXPECT_EQ(f.at.line, kWant[i].line);
    EXPECT_EQ(f.at.col, kWant[i].col);
    LineCol at = LineColAt(draft, f.start);
    EXPECT_EQ(at.line, f.at.line);
    EXPECT_EQ(at.col, f.at.col);
    EXPECT_EQ(f.figure_result().verdict, kWant[i].verdict);
  }
  EXPECT_EQ(report.Count(Verdict::kRefuted), 1);
  EXPECT_EQ(report.Count(Verdict::kSupported), 1);
  EXPECT_EQ(report.Count(Verdict::kMisleading), 0);
}

TEST(ScanTest, HtmlFindingsSitAtTheFiguresBytes) {
  const std::string page =
      "<html><body><p>Shanghai&#39;s GDP totalled <b>5 trillion yuan</b> in 2023.</p>"
      "<script>var gdp = 6;</script></body></html>";
  StatusOr<ScanReport> r = Scan(RealFactBase(), page, DraftFormat::kHtml, D("2024-11-01"),
                                D("2030-01-01"), "page.html");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().findings.size(), 1u);
  const Finding& f = r.value().findings[0];
  EXPECT_EQ(page.substr(f.start, f.end - f.start), "5 trillion yuan");
  EXPECT_EQ(f.figure_result().verdict, Verdict::kRefuted);
}

// The date "last year" is read against: --as-of, else the front matter's
// date, else today.
TEST(ScanTest, AsOfPrecedence) {
  const std::string with_date =
      "---\ndate: 2025-06-01\n---\nLast year Shanghai's GDP reached 4.72 trillion yuan.\n";
  const std::string without_date = "Last year Shanghai's GDP reached 4.72 trillion yuan.\n";
  struct Case {
    const char* name;
    const std::string* draft;
    Date as_of;
    const char* want_as_of;
    Verdict verdict;
  };
  const Case kCases[] = {
      {"--as-of wins", &with_date, D("2024-06-01"), "2024-06-01", Verdict::kSupported},
      {"front matter date", &with_date, Date(), "2025-06-01", Verdict::kMisleading},
      {"today", &without_date, Date(), "2024-02-10", Verdict::kSupported},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<ScanReport> r = Scan(RealFactBase(), *c.draft, DraftFormat::kMarkdown, c.as_of,
                                  D("2024-02-10"), "d.md");
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r.value().as_of.ToString(), c.want_as_of);
    ASSERT_EQ(r.value().findings.size(), 1u);
    EXPECT_EQ(r.value().findings[0].figure_result().verdict, c.verdict)
        << r.value().findings[0].figure_result().explanation;
  }
}

TEST(ScanTest, Errors) {
  struct Case {
    const char* name;
    std::string bytes;
    ErrorCode code;
  };
  const Case kCases[] = {
      {"invalid UTF-8", "GDP reached \xFF 5 trillion yuan.", ErrorCode::kInvalidUtf8},
      {"over the document limit", std::string(kMaxDocumentBytes + 1, ' '),
       ErrorCode::kInputTooLarge},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<ScanReport> r = Scan(RealFactBase(), c.bytes, DraftFormat::kPlain, D("2024-11-01"),
                                  D("2024-11-01"), "bad.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.code);
    EXPECT_NE(r.status().message().find("bad.txt"), std::string::npos) << r.status().message();
  }
}

TEST(ScanTest, EmptyDraftHasNoFindings) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), "", DraftFormat::kMarkdown, D("2024-11-01"),
                                D("2024-11-01"), "empty.md");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r.value().findings.empty());
}

// ---------------------------------------------------------------- failing

ScanReport ReportOf(const char* text) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), text, DraftFormat::kPlain, D("2024-11-01"),
                                D("2024-11-01"), "t.txt");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

TEST(ScanTest, ShouldFail) {
  const ScanReport refuted = ReportOf("Shanghai's GDP totalled 5 trillion yuan in 2023.");
  const ScanReport misleading = ReportOf("Shanghai's GDP was 4.72 trillion yuan in 2021.");
  const ScanReport supported = ReportOf("Shanghai's GDP came to 4.7 trillion yuan in 2023.");
  const ScanReport nothing = ReportOf("The sky is blue.");
  ASSERT_EQ(refuted.Count(Verdict::kRefuted), 1);
  ASSERT_EQ(misleading.Count(Verdict::kMisleading), 1);
  ASSERT_EQ(supported.Count(Verdict::kSupported), 1);
  struct Case {
    const char* name;
    const ScanReport* report;
    FailOn fail_on;
    bool fail;
  };
  const Case kCases[] = {
      {"refuted, --fail-on refuted", &refuted, FailOn::kRefuted, true},
      {"refuted, --fail-on misleading", &refuted, FailOn::kMisleading, true},
      {"refuted, --fail-on never", &refuted, FailOn::kNever, false},
      {"misleading, --fail-on refuted", &misleading, FailOn::kRefuted, false},
      {"misleading, --fail-on misleading", &misleading, FailOn::kMisleading, true},
      {"supported, --fail-on misleading", &supported, FailOn::kMisleading, false},
      {"no figure, --fail-on misleading", &nothing, FailOn::kMisleading, false},
  };
  for (const Case& c : kCases) EXPECT_EQ(ShouldFail(*c.report, c.fail_on), c.fail) << c.name;
}

// -------------------------------------------------------------- renderers

TEST(ScanRenderTest, JsonAndSarifParse) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown,
                                D("2024-11-01"), D("2024-11-01"), "dir/draft, \"v1\".md");
  ASSERT_TRUE(r.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element json;
  ASSERT_EQ(parser.parse(simdjson::padded_string(ScanToJson(RealFactBase(), r.value()))).get(json),
            simdjson::SUCCESS);
  simdjson::dom::array findings;
  ASSERT_EQ(json["findings"].get_array().get(findings), simdjson::SUCCESS);
  EXPECT_EQ(findings.size(), r.value().findings.size());
  std::string_view file;
  ASSERT_EQ(json["file"].get_string().get(file), simdjson::SUCCESS);
  EXPECT_EQ(file, "dir/draft, \"v1\".md");

  simdjson::dom::parser sarif_parser;
  simdjson::dom::element sarif;
  ASSERT_EQ(sarif_parser.parse(simdjson::padded_string(ScanToSarif(RealFactBase(), {r.value()})))
                .get(sarif),
            simdjson::SUCCESS);
  std::string_view version;
  ASSERT_EQ(sarif["version"].get_string().get(version), simdjson::SUCCESS);
  EXPECT_EQ(version, "2.1.0");
  simdjson::dom::array results;
  ASSERT_EQ(sarif["runs"].at(0)["results"].get_array().get(results), simdjson::SUCCESS);
  EXPECT_EQ(results.size(), r.value().findings.size());
}

TEST(ScanRenderTest, GithubCommandsOnePerFinding) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown,
                                D("2024-11-01"), D("2024-11-01"), "dir/a,b:c.md");
  ASSERT_TRUE(r.ok());
  std::string out = ScanToGithub(RealFactBase(), {r.value()});
  std::vector<std::string> lines;
  size_t at = 0;
  while (at < out.size()) {
    size_t nl = out.find('\n', at);
    lines.push_back(out.substr(at, nl - at));
    at = nl == std::string::npos ? out.size() : nl + 1;
  }
  ASSERT_EQ(lines.size(), 2u) << out;
  // Refuted is an error, supported a notice; ':' and ',' in the file name
  // are escaped so the runner reads the properties.
  EXPECT_EQ(lines[0].rfind("::error file=dir/a%2Cb%3Ac.md,line=6,col=25,", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("::notice file=dir/a%2Cb%3Ac.md,line=8,col=20,", 0), 0u) << lines[1];
}

TEST(ScanRenderTest, TextNamesEachFinding) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown,
                                D("2024-11-01"), D("2024-11-01"), "draft.md");
  ASSERT_TRUE(r.ok());
  std::string out = ScanToText(RealFactBase(), {r.value()});
  EXPECT_NE(out.find("draft.md:6:25: refuted"), std::string::npos) << out;
  EXPECT_NE(out.find("draft.md:8:20: supported"), std::string::npos) << out;
}

}  // namespace
}  // namespace figcheck
