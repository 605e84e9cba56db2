// Tests core/reader/clauses.h: a sentence's words (lower case, "^" when
// capitalised, "!" for an acronym, "'" for a possessive) and clause cuts
// ("|"), and which commas are a list's. The error paths: a comma inside a
// number, a list comma before a subject of its own, an offset that is no
// comma or is past the text.
#include "core/reader/clauses.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace figcheck {
namespace {

// The sentence as words and cuts: "^in 2023 | ^pudong' ^g!dp …".
std::string Clauses(std::string_view text) {
  const clause::Clauses c =
      clause::Split(text, Span{0, static_cast<uint32_t>(text.size())});
  std::string out;
  size_t cut = 0;
  for (const clause::Word& w : c.words) {
    while (cut < c.cuts.size() && c.cuts[cut] < w.start) {
      out += out.empty() ? "|" : " |";
      ++cut;
    }
    if (!out.empty()) out += ' ';
    if (w.capital) out += '^';
    out += w.lower;
    if (w.acronym) out += '!';
    if (w.possessive) out += '\'';
  }
  for (; cut < c.cuts.size(); ++cut) out += " |";
  return out;
}

TEST(Clauses, SplitsWordsAndClauses) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case kCases[] = {
      {"In 2023, Pudong's GDP rose; exports fell.",
       "^in | ^pudong' s ^gdp! rose | exports fell"},
      // A comma inside a number, one of a list: no cut.
      {"It built 1,200 labs, parks and ports.",
       "^it built labs parks and ports"},
      // Brackets, dashes and a bar cut; a hyphen inside a word does not.
      {"New high-tech firms (mostly IT) opened \xE2\x80\x94 up 5% | 2023",
       "^new high-tech firms | mostly ^it! | opened | up |"},
      // A hyphen typed as a dash, spaced or before a headline's source,
      // cuts; a minus sign does not.
      {"GDP hits 5 trln - SCIO", "^gdp! hits trln | ^scio!"},
      {"Deals hit 78 bln -mayor", "^deals hit bln | mayor"},
      {"Growth fell to -5% in May", "^growth fell to in ^may"},
      {"Growth of - 0.5% in 2021 - 2023", "^growth of in"},
      // "R&D" is one word and no name; a lone "&" joins nothing.
      {"Foreign R&D centres & labs grew", "^foreign r&d centres labs grew"},
      // A zero-width space inside a word does not end it.
      {"G\xE2\x80\x8B"
       "DP grew",
       "^gdp! grew"},
      {"", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(Clauses(c.text), c.expected) << c.text;
}

TEST(Clauses, ListCommas) {
  struct Case {
    const char* text;  // the comma asked about is the first
    bool list;
  };
  const Case kCases[] = {
      {"integrated circuit, biomedicine and AI industries", true},
      {"integrated circuit, biomedicine or AI", true},
      // A clause of its own: no "and" near, or a subject after the comma.
      {"GDP rose, exports fell", false},
      {"GDP rose, we introduced and attracted firms", false},
      {"GDP rose, and the industry posted gains", false},
      // The "and" is past the next clause mark.
      {"GDP rose, exports; fell and", false},
  };
  for (const Case& c : kCases) {
    std::string_view text(c.text);
    size_t comma = text.find(',');
    size_t next = std::min(text.find(';'), text.size());
    EXPECT_EQ(ListCommaAt(text, comma, next), c.list) << c.text;
  }
  // Not a comma, or past the text.
  EXPECT_FALSE(ListCommaAt("a and b", 0, 7));
  EXPECT_FALSE(ListCommaAt("a, b and c", 20, 30));
}

}  // namespace
}  // namespace figcheck
