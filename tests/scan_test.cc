// Tests of core/document.h and core/scan.h: drafts reduced to text with a
// map back to their bytes, reference numbers told from figures, the cheap
// screen before the reader, the findings of a scan located at the figure's
// own bytes, line and column (on table drafts and on the fixture drafts of
// tests/fixtures/scan/), and the renderers' output, SARIF checked for every
// field GitHub code scanning reads. The command line over the same fixtures
// is tested by tests/golden_test.sh.
#include "core/scan.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/reader.h"
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
      {"a.mdx", DraftFormat::kMarkdown},
      {"page.html", DraftFormat::kHtml},
      {"page.HTM", DraftFormat::kHtml},
      {"notes.txt", DraftFormat::kPlain},
      {"README", DraftFormat::kPlain},
      {"dir.md/notes", DraftFormat::kPlain},
      {"", DraftFormat::kPlain},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(FormatForPath(c.path), c.format) << c.path;
}

TEST(DraftFormatTest, Sniffed) {
  struct Case {
    const char* bytes;
    DraftFormat format;
  };
  const Case kCases[] = {
      {"<!DOCTYPE html><html><body><p>GDP</p></body></html>",
       DraftFormat::kHtml},
      {"<p>GDP reached 4.72 trillion yuan.</p>", DraftFormat::kHtml},
      {"<div class=\"story\">GDP</div>", DraftFormat::kHtml},
      {"# GDP\n\nShanghai's GDP reached 4.72 trillion yuan.",
       DraftFormat::kMarkdown},
      {"GDP is 4 < 5 trillion yuan", DraftFormat::kMarkdown},
      {"", DraftFormat::kMarkdown},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(SniffFormat(c.bytes), c.format) << c.bytes;
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
    // Plain text.
    {"plain: the lines of a paragraph join", "plain\ntext 5",
     DraftFormat::kPlain, "plain text 5\n", nullptr},
    {"plain: a title line stands alone",
     "Briefing on 2023\nGDP reached 4.72 trillion\nyuan in 2023.\n",
     DraftFormat::kPlain,
     "Briefing on 2023\nGDP reached 4.72 trillion yuan in 2023.\n", nullptr},
    {"plain: list markers skipped, items apart, continuations joined",
     "1. GDP rose.\n2) Exports fell\n   sharply.\n- Trade grew.\n\xE2\x80\xA2 "
     "Jobs rose.\n\n"
     "Next paragraph\nwraps here.",
     DraftFormat::kPlain,
     "GDP rose.\nExports fell sharply.\nTrade grew.\nJobs rose.\nNext "
     "paragraph wraps here.\n",
     nullptr},
    {"plain: a number ending a wrapped line's sentence is not a list",
     "Exports fell in\n2023. Imports rose.\n", DraftFormat::kPlain,
     "Exports fell in 2023. Imports rose.\n", nullptr},
    // Markdown.
    {"markdown: front matter, code, link target, comment",
     "---\ndate: 2024-03-28\ntitle: x\n---\n# Title\n\n"
     "GDP was `4 trillion` and [5 trillion](http://x.com/7) yuan.\n\n"
     "```\n6 trillion\n```\n<!-- 8 -->",
     DraftFormat::kMarkdown, "Title\nGDP was and 5 trillion yuan.\n",
     "2024-03-28"},
    {"markdown: TOML front matter, quoted date",
     "+++\ntitle = \"x\"\ndate = \"2024-03-28T08:00:00Z\"\n+++\nGDP 5.\n",
     DraftFormat::kMarkdown, "GDP 5.\n", "2024-03-28"},
    {"markdown: no front matter", "Exports hit 12 billion yuan.",
     DraftFormat::kMarkdown, "Exports hit 12 billion yuan.\n", nullptr},
    {"markdown: an unclosed front matter is text",
     "---\ndate: 2024-03-28\nGDP 5.", DraftFormat::kMarkdown,
     "date: 2024-03-28 GDP 5.\n", nullptr},
    {"markdown: setext heading, rule, references, footnotes, <sup>",
     "Title\n=====\n\nGDP rose 5%.[2] Trade[^3] grew<sup>4</sup>.\n\n---\n\n"
     "See [the report][7].\n\n[7]: http://x.com/2023\n[^3]: Note on p. 9.\n",
     DraftFormat::kMarkdown,
     "Title\nGDP rose 5%. Trade grew.\nSee the report.\nNote on p. 9.\n",
     nullptr},
    {"markdown: a list item's continuation joins it",
     "- GDP reached 4.72\n  trillion yuan in 2023.\n- Exports grew.\n\n1. "
     "Port: 49.2\n   million TEUs.\n",
     DraftFormat::kMarkdown,
     "GDP reached 4.72 trillion yuan in 2023.\nExports grew.\nPort: 49.2 "
     "million TEUs.\n",
     nullptr},
    {"markdown: only \"1.\" starts a list inside a paragraph",
     "Exports fell in\n2023. Imports rose\n1. First item\n",
     DraftFormat::kMarkdown, "Exports fell in 2023. Imports rose\nFirst item\n",
     nullptr},
    {"markdown: a block quote is its own block",
     "Intro line.\n> Quoted 5 trillion\n> yuan.\n\nAfter.\n",
     DraftFormat::kMarkdown, "Intro line.\nQuoted 5 trillion yuan.\nAfter.\n",
     nullptr},
    {"markdown: table rows, delimiter row skipped",
     "| A | B |\n|---|--:|\n| GDP | 4.72 trillion yuan |\n",
     DraftFormat::kMarkdown, "A ; B\nGDP ; 4.72 trillion yuan\n", nullptr},
    {"markdown: closing hashes, indented code, script block, image",
     "## Port ##\n\nPara.\n\n    code 5\n\n<script>\nvar x = 5;\n</script>\n"
     "![chart 6](img/7.png) Text 8.\n",
     DraftFormat::kMarkdown, "Port\nPara.\nText 8.\n", nullptr},
    {"markdown: URLs end before trailing punctuation",
     "See https://x.com/2023. GDP rose 5%.", DraftFormat::kMarkdown,
     "See . GDP rose 5%.\n", nullptr},
    {"markdown: escapes and emphasis", "GDP \\*rose\\* **5%** to_date _now_.",
     DraftFormat::kMarkdown, "GDP *rose* 5% to_date now.\n", nullptr},
    // HTML.
    {"html: script and code skipped, entities decoded",
     "<p>GDP &amp; trade <b>4.72</b> trillion</p><script>var "
     "x=5;</script><code>7</code>"
     "&#36;3 &nbsp;x",
     DraftFormat::kHtml, "GDP & trade 4.72 trillion\n$3 \xC2\xA0x\n", nullptr},
    {"html: footnote <sup>s skipped; ordinals and exponents kept",
     "<p>GDP 4.72<sup>3</sup> trillion; 6<sup>th</sup> expo; 5 km<sup>2</sup>; "
     "x<sup><a href=\"#f\">[9]</a></sup>.</p>",
     DraftFormat::kHtml, "GDP 4.72 trillion; 6th expo; 5 km2; x.\n", nullptr},
    {"html: table cells as clauses, rows as blocks",
     "<table><tr><th>A</th><th>B</th></tr><tr><td>GDP</td><td>5</td></tr></"
     "table>",
     DraftFormat::kHtml, "A ; B\nGDP ; 5\n", nullptr},
    {"html: one <br> wraps a sentence, two end a paragraph",
     "<p>GDP hit 5<br>trillion yuan.<br/><br>Next 6.</p>", DraftFormat::kHtml,
     "GDP hit 5 trillion yuan.\nNext 6.\n", nullptr},
    {"html: title and head skipped, inline tags keep the sentence",
     "<html><head><title>99</title></head><body><h1>Head</h1><p>By <time>March "
     "5, "
     "2024</time> it was 5.</p></body></html>",
     DraftFormat::kHtml, "Head\nBy March 5, 2024 it was 5.\n", nullptr},
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

TEST(ExtractTextTest, DecodedEntityMapsToItsAmpersand) {
  const std::string page = "<p>US&#36;78.41 billion and 5&nbsp;trillion</p>";
  ExtractedText e = ExtractText(page, DraftFormat::kHtml);
  size_t dollar = e.text.find('$');
  ASSERT_NE(dollar, std::string::npos);
  EXPECT_EQ(e.origin[dollar], page.find("&#36;"));
  size_t nbsp = e.text.find("\xC2\xA0");
  ASSERT_NE(nbsp, std::string::npos);
  EXPECT_EQ(e.origin[nbsp], page.find("&nbsp;"));
  EXPECT_EQ(e.origin[nbsp + 1], page.find("&nbsp;"));
}

// The map stays in range and in order for any draft.
TEST(ExtractTextTest, OriginMapOnRandomDrafts) {
  static const char* const kPieces[] = {"GDP",
                                        " ",
                                        "4.72",
                                        "\n",
                                        "\n\n",
                                        "#",
                                        "`",
                                        "```",
                                        "[",
                                        "]",
                                        "(",
                                        ")",
                                        "http://x.y/",
                                        "<",
                                        ">",
                                        "<p>",
                                        "</p>",
                                        "<script>",
                                        "</script>",
                                        "<!--",
                                        "-->",
                                        "&amp;",
                                        "&#36;",
                                        "&nbsp;",
                                        "&bogus;",
                                        "&",
                                        ";",
                                        "---\n",
                                        "+++\n",
                                        "date: 2024-03-28\n",
                                        "*",
                                        "_",
                                        "|",
                                        "> ",
                                        "- ",
                                        "1. ",
                                        "    ",
                                        "===\n",
                                        "<sup>",
                                        "</sup>",
                                        "[2]",
                                        "[^1]: ",
                                        "]: ",
                                        "\\",
                                        "\xE4\xB8\xAD",
                                        "\xE2\x80\x9C",
                                        "\xE2\x80\xA2 ",
                                        "<td>",
                                        "<title>",
                                        "\r\n"};
  std::mt19937 rng(11);
  for (DraftFormat format :
       {DraftFormat::kPlain, DraftFormat::kMarkdown, DraftFormat::kHtml}) {
    for (int round = 0; round < 800; ++round) {
      std::string draft;
      size_t n = rng() % 40;
      for (size_t i = 0; i < n; ++i)
        draft += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
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
      // ReferenceSpans stays inside the text, sorted and disjoint.
      uint32_t last = 0;
      for (const Span& s : ReferenceSpans(e.text)) {
        ASSERT_LE(last, s.start);
        ASSERT_LT(s.start, s.end);
        ASSERT_LE(s.end, e.text.size());
        last = s.end;
      }
    }
  }
}

// ---------------------------------------------------------- ReferenceSpans

// The text with its reference spans replaced by '#'.
std::string Masked(const std::string& text) {
  std::string out = text;
  for (const Span& s : ReferenceSpans(text))
    for (uint32_t i = s.start; i < s.end; ++i) out[i] = '#';
  return out;
}

TEST(ReferenceSpansTest, Table) {
  struct Case {
    const char* text;
    const char* masked;
  };
  const Case kCases[] = {
      // Phone numbers.
      {"Call +86 21 6321 5566 now.", "Call ################ now."},
      {"Or (021) 6321-5566.", "Or ###############."},
      {"Phone: 021-6321-5566.", "Phone: #############."},
      {"Dial 021 6321 5566 today", "Dial ############# today"},
      {"the hotline 12345 answers", "the hotline ##### answers"},
      {"call us on 6321 5566", "call us on #########"},
      // Pages, versions, citation markers, list numbers, addresses.
      {"see page 12 and pp. 3-5, P.7", "see ####### and #######, ###"},
      {"version 4.2, v2.3.1 and 4.2.1", "###########, ###### and #####"},
      {"rose 5%.[2] Then [3, 4] and [5-7].",
       "rose 5%.### Then ###### and #####."},
      {"1. GDP rose\n2) Exports\n12. Jobs",
       "## GDP rose\n## Exports\n### Jobs"},
      {"at https://x.com/2023 or www.x.cn/4.",
       "at ################## or ##########."},
      {"www.stats.gov.cn and www.", "################ and www."},
      {"mail a2@b.com or example.com/2023/5",
       "mail ######## or ##################"},
      // Figures, dates and years are not references.
      {"GDP rose 5% in 2011-2021; 2021 2022 2023",
       "GDP rose 5% in 2011-2021; 2021 2022 2023"},
      {"6,017 enterprises, up 38.3 percent",
       "6,017 enterprises, up 38.3 percent"},
      {"plans to build 200 factories; call for 3,000 more",
       "plans to build 200 factories; call for 3,000 more"},
      {"US$24,087 million (+0.5%) on 2023-12-20",
       "US$24,087 million (+0.5%) on 2023-12-20"},
      {"24/7 service; 1/3 of firms; and/or 5",
       "24/7 service; 1/3 of firms; and/or 5"},
      {"(2023) 45 companies; (about 300)", "(2023) 45 companies; (about 300)"},
      {"In 2023. 5 firms left", "In 2023. 5 firms left"},
      {"a 1.5-fold rise, 4.72 trillion", "a 1.5-fold rise, 4.72 trillion"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Masked(c.text), c.masked) << c.text;
}

// ----------------------------------------------------------- MayHoldFigure

TEST(MayHoldFigureTest, Table) {
  struct Case {
    const char* sentence;
    bool may;
  };
  const Case kCases[] = {
      {"GDP 5", true},
      {"twenty firms", true},
      {"Exports Doubled", true},
      {"a quarter of them", true},
      {"one-fifth of talents", true},
      {"three-fold", true},
      {"full\xEF\xBC\x95width", true},  // a fullwidth digit
      {"tw\xE2\x80\x8Bo firms", true},  // a zero-width space inside a word
      {"The sky is blue.", false},
      {"attention, often intense content", false},  // "ten" inside words
      {"weight and freight on behalf of the network", false},
      {"", false},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(MayHoldFigure(c.sentence), c.may) << c.sentence;
}

// The screen must never hide a figure from the reader: every sentence the
// reader finds a figure in, in the sources and in the fixture drafts,
// passes it.
TEST(MayHoldFigureTest, PassesEverySentenceTheReaderFindsAFigureIn) {
  std::vector<std::string> texts;
  for (const SourceText& s : test_data::RealSources()) texts.push_back(s.text);
  for (const char* f : {"economy.md", "trade.html", "briefing.txt"})
    texts.push_back(ExtractText(test_data::ReadFile(test_data::RepoPath(
                                    std::string("tests/fixtures/scan/") + f)),
                                FormatForPath(f))
                        .text);
  texts.push_back(
      "Twenty firms left. A quarter of them returned. Exports doubled. One in "
      "five said so. "
      "Half the stalls closed. A dozen ships docked. Sales tripled over three "
      "years.");
  size_t read = 0;
  for (const std::string& text : texts)
    for (ReadMode mode : {ReadMode::kSource, ReadMode::kClaim})
      for (const SentenceFigures& sf :
           ReadFigures(text, D("2024-06-01"), test_data::RealLexicon(), mode)) {
        if (sf.figures.empty()) continue;
        ++read;
        std::string_view sentence(text.data() + sf.sentence.start,
                                  sf.sentence.end - sf.sentence.start);
        EXPECT_TRUE(MayHoldFigure(sentence)) << sentence;
      }
  EXPECT_GT(read, 100u);
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
      {"\xE4\xB8\xAD\xE6\x96\x87"
       "5",
       6, 1, 3},
      {"x\n\xE2\x80\x9C"
       "5",
       5, 2, 2},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(testing::PrintToString(c.bytes) + " @" +
                 std::to_string(c.offset));
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

// The bytes of a finding, as a reader of the draft sees them: for HTML,
// entities decoded and tags dropped.
std::string SeenAt(const std::string& draft, DraftFormat format,
                   const Finding& f) {
  std::string bytes = draft.substr(f.start, f.end - f.start);
  if (format != DraftFormat::kHtml) return bytes;
  std::string text = ExtractText(bytes, DraftFormat::kHtml).text;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Every finding starts at its figure's first byte and line:col, and ends
// after its last.
void ExpectExactLocations(const std::string& draft, DraftFormat format,
                          const ScanReport& report) {
  for (const Finding& f : report.findings) {
    const std::string& figure = f.figure_result().claimed.text;
    SCOPED_TRACE(figure + " at " + std::to_string(f.at.line) + ":" +
                 std::to_string(f.at.col));
    EXPECT_EQ(SeenAt(draft, format, f), figure);
    LineCol at = LineColAt(draft, f.start);
    EXPECT_EQ(at.line, f.at.line);
    EXPECT_EQ(at.col, f.at.col);
    LineCol end = LineColAt(draft, f.end);
    EXPECT_EQ(end.line, f.end_at.line);
    EXPECT_EQ(end.col, f.end_at.col);
  }
}

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
    EXPECT_EQ(f.figure_result().verdict, kWant[i].verdict);
  }
  ExpectExactLocations(draft, DraftFormat::kMarkdown, report);
  EXPECT_EQ(report.Count(Verdict::kRefuted), 1);
  EXPECT_EQ(report.Count(Verdict::kSupported), 1);
  EXPECT_EQ(report.Count(Verdict::kMisleading), 0);
}

TEST(ScanTest, HtmlFindingsSitAtTheFiguresBytes) {
  const std::string page =
      "<html><body><p>Shanghai&#39;s GDP totalled <b>5 trillion yuan</b> in "
      "2023.</p>"
      "<script>var gdp = 6;</script></body></html>";
  StatusOr<ScanReport> r = Scan(RealFactBase(), page, DraftFormat::kHtml,
                                D("2024-11-01"), D("2030-01-01"), "page.html");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().findings.size(), 1u);
  const Finding& f = r.value().findings[0];
  EXPECT_EQ(page.substr(f.start, f.end - f.start), "5 trillion yuan");
  EXPECT_EQ(f.figure_result().verdict, Verdict::kRefuted);
}

// Locations through multi-byte characters, entities, tags and table rows.
TEST(ScanTest, LocationsAreExactInEveryFormat) {
  struct Case {
    const char* name;
    std::string draft;
    DraftFormat format;
    const char* figure;
    int line, col;
  };
  const Case kCases[] = {
      {"multi-byte before",
       "Intro.\n\nSh\xC3\xA0ngh\xC7\x8Ei \xE2\x80\x94 GDP hit 5 trillion yuan "
       "in 2023.\n",
       DraftFormat::kMarkdown, "5 trillion yuan", 3, 20},
      {"table row",
       "| Item | Value |\n| --- | --- |\n| Shanghai GDP in 2023 | 5 trillion "
       "yuan |\n",
       DraftFormat::kMarkdown, "5 trillion yuan", 3, 26},
      {"entity before",
       "<p>Shanghai&rsquo;s GDP hit&nbsp;5 trillion yuan in 2023.</p>",
       DraftFormat::kHtml, "5 trillion yuan", 1, 34},
      {"entity inside",
       "<p>Shanghai&rsquo;s GDP hit 5&nbsp;trillion yuan in 2023.</p>",
       DraftFormat::kHtml, "5\xC2\xA0trillion yuan", 1, 29},
      {"entity ending the figure",
       "<p>Shanghai&rsquo;s GDP grew 38.3&#37; in 2023.</p>",
       DraftFormat::kHtml, "38.3%", 1, 30},
      {"nested tags",
       "<div><p>Shanghai's <b>GDP</b> hit <span><em>5 trillion</em> "
       "yuan</span> in 2023.</p></div>",
       DraftFormat::kHtml, "5 trillion yuan", 1, 45},
      {"plain, joined lines",
       "Note\n\nShanghai's GDP hit 5 trillion yuan\nin 2023.\n",
       DraftFormat::kPlain, "5 trillion yuan", 3, 20},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<ScanReport> r = Scan(RealFactBase(), c.draft, c.format,
                                  D("2024-06-01"), D("2024-06-01"), "d");
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_EQ(r.value().findings.size(), 1u);
    const Finding& f = r.value().findings[0];
    EXPECT_EQ(f.figure_result().claimed.text, c.figure);
    EXPECT_EQ(f.at.line, c.line);
    EXPECT_EQ(f.at.col, c.col);
    ExpectExactLocations(c.draft, c.format, r.value());
  }
}

// Numbers that are references, not statements, give no finding.
TEST(ScanTest, NonClaimsGiveNoFinding) {
  const std::string draft =
      "---\ndate: 2024-05-10\n---\n"
      "# Notes for 2023\n\n"
      "Published March 5, 2024 and updated 2023-12-20.[^2]\n\n"
      "1. Call +86 21 6321 5566 or (021) 6321-5566.\n"
      "2. See page 12, p. 12 and pp. 3-5 of the report.[3]\n"
      "3. Made with version 4.2 (build v2.3.1) of the tool<sup>4</sup>.\n\n"
      "Run `scan --limit 5` or see https://example.com/2023/4.72 and "
      "example.com/49158.\n\n"
      "```\nGDP = 5 trillion yuan\n```\n";
  for (DraftFormat format : {DraftFormat::kMarkdown, DraftFormat::kPlain}) {
    if (format == DraftFormat::kPlain)
      continue;  // code and markup are Markdown's
    StatusOr<ScanReport> r = Scan(RealFactBase(), draft, format, Date(),
                                  D("2024-06-01"), "notes.md");
    ASSERT_TRUE(r.ok());
    for (const Finding& f : r.value().findings)
      ADD_FAILURE() << "reported " << f.figure_result().claimed.text << " at "
                    << f.at.line << ":" << f.at.col << " in: " << f.sentence();
  }
  const std::string page =
      "<p>Published <time>March 5, 2024</time>.<sup>3</sup> Call +86 21 6321 "
      "5566.</p>"
      "<ol><li>See page 12.</li></ol><p>Version 4.2; <code>x = 5</code>; "
      "<a href=\"https://x.com/2023/5\">link</a>.</p>";
  StatusOr<ScanReport> r = Scan(RealFactBase(), page, DraftFormat::kHtml,
                                Date(), D("2024-06-01"), "notes.html");
  ASSERT_TRUE(r.ok());
  for (const Finding& f : r.value().findings)
    ADD_FAILURE() << "reported " << f.figure_result().claimed.text
                  << " in: " << f.sentence();
}

// The figures of one sentence share its check; the claim is the sentence as
// written, reference numbers included.
TEST(ScanTest, FiguresOfASentenceShareItsResult) {
  const std::string draft =
      "In 2023 Shanghai set up 6,017 new foreign-invested enterprises and used "
      "US$24 billion "
      "of foreign capital (page 12).\n";
  StatusOr<ScanReport> r = Scan(RealFactBase(), draft, DraftFormat::kPlain,
                                D("2024-06-01"), D("2024-06-01"), "d.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().findings.size(), 2u);
  const Finding& a = r.value().findings[0];
  const Finding& b = r.value().findings[1];
  EXPECT_EQ(a.result.get(), b.result.get());
  EXPECT_EQ(a.figure, 0u);
  EXPECT_EQ(b.figure, 1u);
  EXPECT_EQ(a.sentence(), draft.substr(0, draft.size() - 1));
}

// A long draft is read in chunks of whole lines, on several threads: its
// findings are those of its lines scanned one by one, in order.
TEST(ScanTest, ALongDraftReadsAsItsLinesDo) {
  const std::vector<std::string> kinds = {
      "Shanghai's GDP reached %d.72 trillion yuan in 2023, the city said.",
      "The port handled %d million TEUs (see p. 12) last year.",
      "%d. Foreign firms set up 6,017 new enterprises in 2023.",
      "Call the desk on Tel: 021 6321 55%d for details of the 2023 survey.",
      "Robot density stood at %d0 units per 10,000 workers [12].",
      "Analysts said demand remained strong, though details were scarce.",
      "Some %d,000 visitors attended, up 12 percent on the year before. No.",
      "It ranked %d in the world, according to a report by No. 1 Institute."};
  std::vector<std::string> lines;
  std::string draft;
  for (int i = 0; draft.size() < 80 * 1024; ++i) {
    char line[200];
    std::snprintf(line, sizeof line, kinds[i % kinds.size()].c_str(),
                  i % 9 + 1);
    lines.push_back(line);
    draft += line;
    draft += '\n';
  }
  auto seen = [](const ScanReport& report) {
    std::vector<std::string> out;
    for (const Finding& f : report.findings)
      out.push_back(f.figure_result().claimed.text + " | " +
                    VerdictName(f.figure_result().verdict) + " | " +
                    std::string(f.sentence()));
    return out;
  };
  std::vector<std::string> one_by_one;
  for (const std::string& line : lines) {
    StatusOr<ScanReport> r = Scan(RealFactBase(), line + "\n",
                                  DraftFormat::kPlain, D("2024-06-01"),
                                  D("2024-06-01"), "line.txt");
    ASSERT_TRUE(r.ok());
    for (std::string& f : seen(r.value())) one_by_one.push_back(f);
  }
  ASSERT_GT(one_by_one.size(), lines.size() / 2);
  for (unsigned threads : {1u, 3u}) {
    StatusOr<ScanReport> whole =
        Scan(RealFactBase(), draft, DraftFormat::kPlain, D("2024-06-01"),
             D("2024-06-01"), "draft.txt", threads);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(seen(whole.value()), one_by_one) << threads << " threads";
    ExpectExactLocations(draft, DraftFormat::kPlain, whole.value());
  }
}

// A sentence over the claim limit is checked in pieces, not dropped.
TEST(ScanTest, OverlongSentenceIsCheckedInPieces) {
  std::string draft;
  while (draft.size() < kMaxClaimBytes + 1000) draft += "word ";
  draft += "Shanghai's GDP hit 5 trillion yuan in 2023.\n";
  StatusOr<ScanReport> r = Scan(RealFactBase(), draft, DraftFormat::kPlain,
                                D("2024-06-01"), D("2024-06-01"), "d.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().findings.size(), 1u);
  EXPECT_EQ(r.value().findings[0].figure_result().claimed.text,
            "5 trillion yuan");
  ExpectExactLocations(draft, DraftFormat::kPlain, r.value());
}

// The date "last year" is read against: --as-of, else the front matter's
// date, else today.
TEST(ScanTest, AsOfPrecedence) {
  const std::string with_date =
      "---\ndate: 2025-06-01\n---\nLast year Shanghai's GDP reached 4.72 "
      "trillion yuan.\n";
  const std::string without_date =
      "Last year Shanghai's GDP reached 4.72 trillion yuan.\n";
  struct Case {
    const char* name;
    const std::string* draft;
    Date as_of;
    const char* want_as_of;
    Verdict verdict;
  };
  const Case kCases[] = {
      {"--as-of wins", &with_date, D("2024-06-01"), "2024-06-01",
       Verdict::kSupported},
      {"front matter date", &with_date, Date(), "2025-06-01",
       Verdict::kMisleading},
      {"today", &without_date, Date(), "2024-02-10", Verdict::kSupported},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<ScanReport> r =
        Scan(RealFactBase(), *c.draft, DraftFormat::kMarkdown, c.as_of,
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
      {"invalid UTF-8", "GDP reached \xFF 5 trillion yuan.",
       ErrorCode::kInvalidUtf8},
      {"over the document limit", std::string(kMaxDocumentBytes + 1, ' '),
       ErrorCode::kInputTooLarge},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    StatusOr<ScanReport> r = Scan(RealFactBase(), c.bytes, DraftFormat::kPlain,
                                  D("2024-11-01"), D("2024-11-01"), "bad.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.code);
    EXPECT_NE(r.status().message().find("bad.txt"), std::string::npos)
        << r.status().message();
  }
}

TEST(ScanTest, EmptyDraftHasNoFindings) {
  for (DraftFormat format :
       {DraftFormat::kPlain, DraftFormat::kMarkdown, DraftFormat::kHtml}) {
    StatusOr<ScanReport> r = Scan(RealFactBase(), "", format, D("2024-11-01"),
                                  D("2024-11-01"), "empty");
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(r.value().findings.empty());
  }
}

// ---------------------------------------------------------------- failing

ScanReport ReportOf(const char* text) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), text, DraftFormat::kPlain,
                                D("2024-11-01"), D("2024-11-01"), "t.txt");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

TEST(ScanTest, ShouldFail) {
  const ScanReport refuted =
      ReportOf("Shanghai's GDP totalled 5 trillion yuan in 2023.");
  const ScanReport misleading =
      ReportOf("Shanghai's GDP was 4.72 trillion yuan in 2021.");
  const ScanReport supported =
      ReportOf("Shanghai's GDP came to 4.7 trillion yuan in 2023.");
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
      {"misleading, --fail-on misleading", &misleading, FailOn::kMisleading,
       true},
      {"supported, --fail-on misleading", &supported, FailOn::kMisleading,
       false},
      {"no figure, --fail-on misleading", &nothing, FailOn::kMisleading, false},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ShouldFail(*c.report, c.fail_on), c.fail) << c.name;
}

// ----------------------------------------------------------------- fixtures

struct Fixture {
  const char* file;
  DraftFormat format;
  Date as_of;  // !ok(): the front matter's
};

std::vector<Fixture> Fixtures() {
  return {{"economy.md", DraftFormat::kMarkdown, Date()},
          {"trade.html", DraftFormat::kHtml, D("2024-06-01")},
          {"briefing.txt", DraftFormat::kPlain, D("2024-06-01")}};
}

std::string FixturePath(const char* file) {
  return std::string("tests/fixtures/scan/") + file;
}

ScanReport ScanFixture(const Fixture& fx, std::string* draft) {
  *draft = test_data::ReadFile(test_data::RepoPath(FixturePath(fx.file)));
  StatusOr<ScanReport> r = Scan(RealFactBase(), *draft, fx.format, fx.as_of,
                                D("2030-01-01"), FixturePath(fx.file));
  EXPECT_TRUE(r.ok()) << fx.file << ": " << r.status().message();
  return r.ok() ? std::move(r).value() : ScanReport();
}

TEST(FixtureTest, EveryLocationIsExact) {
  for (const Fixture& fx : Fixtures()) {
    SCOPED_TRACE(fx.file);
    std::string draft;
    ScanReport report = ScanFixture(fx, &draft);
    EXPECT_GE(report.findings.size(), 5u);
    EXPECT_NE(report.as_of.year, 2030);  // the fixtures carry their dates
    ExpectExactLocations(draft, fx.format, report);
    EXPECT_GE(report.Count(Verdict::kRefuted), 1);
    EXPECT_GE(report.Count(Verdict::kMisleading), 1);
    EXPECT_GE(report.Count(Verdict::kUnverifiable), 1);
    EXPECT_GE(report.Count(Verdict::kSupported), 1);
  }
}

// ---------------------------------------------------------------- renderers

std::string_view Str(simdjson::dom::element e) {
  std::string_view s;
  return e.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}
int64_t Int(simdjson::dom::element e) {
  int64_t v = -1;
  return e.get_int64().get(v) == simdjson::SUCCESS ? v : -1;
}

// Every field GitHub code scanning reads from a SARIF upload: the version,
// the tool's name and rules (each with an id and descriptions), and per
// result a ruleId (naming a rule; ruleIndex pointing at it), a level, a
// message and a physical location with a region.
void ExpectSarifForGithub(const std::string& sarif,
                          const std::vector<ScanReport>& reports,
                          const std::vector<std::string>& uris) {
  simdjson::dom::parser parser;
  simdjson::dom::element log;
  ASSERT_EQ(parser.parse(simdjson::padded_string(sarif)).get(log),
            simdjson::SUCCESS)
      << sarif;
  EXPECT_EQ(Str(log["version"]), "2.1.0");
  EXPECT_NE(Str(log["$schema"]).find("sarif-2.1.0"), std::string_view::npos);
  simdjson::dom::array runs;
  ASSERT_EQ(log["runs"].get_array().get(runs), simdjson::SUCCESS);
  ASSERT_EQ(runs.size(), 1u);
  simdjson::dom::element run = runs.at(0);
  EXPECT_EQ(Str(run["tool"]["driver"]["name"]), "figcheck");
  EXPECT_FALSE(Str(run["tool"]["driver"]["version"]).empty());
  simdjson::dom::array rules;
  ASSERT_EQ(run["tool"]["driver"]["rules"].get_array().get(rules),
            simdjson::SUCCESS);
  std::vector<std::string> ids;
  for (simdjson::dom::element rule : rules) {
    ids.emplace_back(Str(rule["id"]));
    EXPECT_FALSE(Str(rule["shortDescription"]["text"]).empty());
    EXPECT_FALSE(Str(rule["fullDescription"]["text"]).empty());
    EXPECT_FALSE(Str(rule["defaultConfiguration"]["level"]).empty());
  }
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()),
            (std::set<std::string>{"refuted", "misleading", "unverifiable",
                                   "supported"}));
  const std::set<std::string_view> kLevels = {"error", "warning", "note",
                                              "none"};
  simdjson::dom::array results;
  ASSERT_EQ(run["results"].get_array().get(results), simdjson::SUCCESS);
  size_t total = 0;
  for (const ScanReport& r : reports) total += r.findings.size();
  ASSERT_EQ(results.size(), total);
  size_t k = 0;
  for (size_t ri = 0; ri < reports.size(); ++ri)
    for (const Finding& f : reports[ri].findings) {
      simdjson::dom::element res = results.at(k++);
      SCOPED_TRACE(f.figure_result().claimed.text);
      std::string_view rule_id = Str(res["ruleId"]);
      EXPECT_EQ(rule_id, VerdictName(f.figure_result().verdict));
      int64_t index = Int(res["ruleIndex"]);
      ASSERT_GE(index, 0);
      ASSERT_LT(static_cast<size_t>(index), ids.size());
      EXPECT_EQ(ids[static_cast<size_t>(index)], rule_id);
      EXPECT_EQ(kLevels.count(Str(res["level"])), 1u);
      EXPECT_EQ(Str(res["level"]),
                Str(rules.at(static_cast<size_t>(
                    index))["defaultConfiguration"]["level"]));
      EXPECT_EQ(Str(res["message"]["text"])
                    .rfind(f.figure_result().claimed.text + ": ", 0),
                0u);
      simdjson::dom::element loc = res["locations"].at(0)["physicalLocation"];
      EXPECT_EQ(Str(loc["artifactLocation"]["uri"]), uris[ri]);
      simdjson::dom::element region = loc["region"];
      EXPECT_EQ(Int(region["startLine"]), f.at.line);
      EXPECT_EQ(Int(region["startColumn"]), f.at.col);
      EXPECT_EQ(Int(region["endLine"]), f.end_at.line);
      EXPECT_EQ(Int(region["endColumn"]), f.end_at.col);
      EXPECT_GE(Int(region["startLine"]), 1);
      EXPECT_GE(Int(region["startColumn"]), 1);
      EXPECT_EQ(Int(region["byteOffset"]), f.start);
      EXPECT_EQ(Int(region["byteLength"]), f.end - f.start);
      EXPECT_EQ(Str(res["partialFingerprints"]["figcheck/v1"]).size(), 16u);
    }
}

TEST(ScanRenderTest, SarifHasEveryFieldGithubReads) {
  std::vector<ScanReport> reports;
  std::vector<std::string> uris;
  for (const Fixture& fx : Fixtures()) {
    std::string draft;
    reports.push_back(ScanFixture(fx, &draft));
    uris.push_back(FixturePath(fx.file));
  }
  ExpectSarifForGithub(ScanToSarif(RealFactBase(), reports), reports, uris);
}

TEST(ScanRenderTest, SarifUrisAreRelativeOrFileUris) {
  struct Case {
    const char* file;
    const char* uri;
  };
  const Case kCases[] = {
      {"drafts/gdp.md", "drafts/gdp.md"},
      {"./drafts/gdp.md", "drafts/gdp.md"},
      {"/home/desk/gdp.md", "file:///home/desk/gdp.md"},
      {"my drafts/50% off.md", "my%20drafts/50%25%20off.md"},
      {"-", "-"},
  };
  for (const Case& c : kCases) {
    StatusOr<ScanReport> r =
        Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown, D("2024-11-01"),
             D("2024-11-01"), c.file);
    ASSERT_TRUE(r.ok());
    ExpectSarifForGithub(ScanToSarif(RealFactBase(), {r.value()}), {r.value()},
                         {c.uri});
  }
}

TEST(ScanRenderTest, JsonParses) {
  StatusOr<ScanReport> r =
      Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown, D("2024-11-01"),
           D("2024-11-01"), "dir/draft, \"v1\".md");
  ASSERT_TRUE(r.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element json;
  ASSERT_EQ(
      parser
          .parse(simdjson::padded_string(ScanToJson(RealFactBase(), r.value())))
          .get(json),
      simdjson::SUCCESS);
  simdjson::dom::array findings;
  ASSERT_EQ(json["findings"].get_array().get(findings), simdjson::SUCCESS);
  ASSERT_EQ(findings.size(), r.value().findings.size());
  EXPECT_EQ(Str(json["file"]), "dir/draft, \"v1\".md");
  EXPECT_EQ(Str(json["as_of"]), "2024-11-01");
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = r.value().findings[i];
    simdjson::dom::element j = findings.at(i);
    EXPECT_EQ(Int(j["line"]), f.at.line);
    EXPECT_EQ(Int(j["column"]), f.at.col);
    EXPECT_EQ(Int(j["end_line"]), f.end_at.line);
    EXPECT_EQ(Int(j["end_column"]), f.end_at.col);
    EXPECT_EQ(Str(j["verdict"]), VerdictName(f.figure_result().verdict));
    EXPECT_EQ(Str(j["claimed"]["text"]), f.figure_result().claimed.text);
    EXPECT_EQ(Str(j["claim"]), f.sentence());
  }
  EXPECT_EQ(Int(json["summary"]["refuted"]), 1);
  EXPECT_EQ(Int(json["summary"]["supported"]), 1);
}

std::vector<std::string> Lines(const std::string& out) {
  std::vector<std::string> lines;
  size_t at = 0;
  while (at < out.size()) {
    size_t nl = out.find('\n', at);
    lines.push_back(out.substr(at, nl - at));
    at = nl == std::string::npos ? out.size() : nl + 1;
  }
  return lines;
}

TEST(ScanRenderTest, GithubCommandsOnePerFinding) {
  StatusOr<ScanReport> r =
      Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown, D("2024-11-01"),
           D("2024-11-01"), "dir/a,b:c.md");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> lines =
      Lines(ScanToGithub(RealFactBase(), {r.value()}));
  ASSERT_EQ(lines.size(), 3u);
  // Refuted is an error, supported a notice; ':' and ',' in the file name
  // are escaped so the runner reads the properties. The summary is a plain
  // log line.
  EXPECT_EQ(lines[0].rfind(
                "::error file=dir/a%2Cb%3Ac.md,line=6,col=25,title=figcheck%3A "
                "refuted::5 trillion yuan: ",
                0),
            0u)
      << lines[0];
  EXPECT_EQ(lines[1].rfind("::notice file=dir/a%2Cb%3Ac.md,line=8,col=20,", 0),
            0u)
      << lines[1];
  EXPECT_EQ(lines[2],
            "2 figures checked in 1 file: 1 refuted, 0 misleading, 0 "
            "unverifiable, 1 supported");
}

TEST(ScanRenderTest, TextNamesEachFinding) {
  StatusOr<ScanReport> r = Scan(RealFactBase(), kDraft, DraftFormat::kMarkdown,
                                D("2024-11-01"), D("2024-11-01"), "draft.md");
  ASSERT_TRUE(r.ok());
  std::vector<std::string> lines =
      Lines(ScanToText(RealFactBase(), {r.value()}));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("draft.md:6:25: refuted: 5 trillion yuan: The "
                           "sources say 4.72 trillion yuan",
                           0),
            0u)
      << lines[0];
  EXPECT_NE(lines[0].find(" [003_5e6a9a4541243482.txt: "), std::string::npos)
      << lines[0];
  EXPECT_EQ(lines[1].rfind("draft.md:8:20: supported: 49.2 million TEUs: ", 0),
            0u)
      << lines[1];
  EXPECT_EQ(lines[2],
            "2 figures checked in 1 file: 1 refuted, 0 misleading, 0 "
            "unverifiable, 1 supported");
  EXPECT_EQ(ScanToText(RealFactBase(), {}),
            "0 figures checked in 0 files: 0 refuted, 0 misleading, 0 "
            "unverifiable, 0 supported\n");
}

}  // namespace
}  // namespace figcheck
