// HTML → text, tag by tag in one forward pass: block tags end a block,
// table cells are joined like clauses, one <br> wraps a line and two end a
// paragraph, the content of script, style, code and the like is skipped to
// its close tag (no nesting of the same element), comments are skipped and
// entities decoded. Also the footnote <sup> test that Markdown's inline HTML
// uses too: a <sup> holding a mark ("3", "[12]", "*") is skipped, an ordinal
// suffix or a unit's exponent is kept. Tested by tests/scan_test.cc
// (ExtractTextTest, ScanTest.HtmlFindingsSitAtTheFiguresBytes) and, for
// nested and unclosed markup, tests/hostile_test.cc.
#include <algorithm>
#include <string>

#include "core/document/extract.h"
#include "core/text.h"

namespace figcheck {
namespace document {
namespace {

bool IsBlockTag(std::string_view tag) {
  return OneOf(
      tag, {"p",     "div",     "li",      "ul",      "ol",      "h1",
            "h2",    "h3",      "h4",      "h5",      "h6",      "tr",
            "table", "section", "article", "header",  "footer",  "blockquote",
            "hr",    "dl",      "dt",      "dd",      "figure",  "figcaption",
            "main",  "nav",     "aside",   "caption", "thead",   "tbody",
            "tfoot", "body",    "html",    "address", "details", "summary"});
}

bool IsSkippedTag(std::string_view tag) {
  return OneOf(tag, {"script", "style", "code", "pre", "noscript", "template",
                     "head", "title", "svg", "math", "textarea", "kbd", "samp",
                     "var", "iframe", "object", "select", "button"});
}

// The text of s[a, b) with tags removed and ends trimmed.
std::string InnerText(std::string_view s, size_t a, size_t b) {
  std::string out;
  bool in_tag = false;
  for (size_t i = a; i < b; ++i) {
    if (s[i] == '<')
      in_tag = true;
    else if (s[i] == '>')
      in_tag = false;
    else if (!in_tag)
      out.push_back(s[i]);
  }
  size_t x = 0, y = out.size();
  while (x < y && IsSpace(out[x])) ++x;
  while (y > x && IsSpace(out[y - 1])) --y;
  return out.substr(x, y - x);
}

// A <sup> that marks a footnote ("3", "[12]", "*", "a"), not an ordinal
// suffix ("6<sup>th</sup>") or a unit's exponent ("km<sup>2</sup>").
bool IsFootnoteMark(const std::string& inner, std::string_view before) {
  if (inner.empty()) return true;
  if (inner.size() > 12) return false;
  std::string lower = AsciiLower(inner);
  if (OneOf(lower, {"st", "nd", "rd", "th", "er", "e", "o", "a"}) &&
      !before.empty() && IsDigit(before.back()))
    return false;
  if (!before.empty() && IsAlpha(before.back()) &&
      (inner == "2" || inner == "3")) {
    size_t w = before.size();
    while (w > 0 && IsAlpha(before[w - 1])) --w;
    std::string unit = AsciiLower(before.substr(w));
    if (OneOf(unit, {"m", "km", "cm", "mm", "ft", "mi"})) return false;
  }
  if (inner.size() == 1 && IsAlpha(inner[0])) return true;
  for (size_t i = 0; i < inner.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(inner[i]);
    if (IsDigit(inner[i]) || c == '[' || c == ']' || c == '(' || c == ')' ||
        c == ',' || c == '-' || c == ' ' || c == '*' || c >= 0x80)
      continue;  // daggers and dashes are multi-byte
    return false;
  }
  return true;
}

}  // namespace

// At s[i], "<sup…>…</sup>" holding a footnote mark within [i, limit):
// returns the offset after it, else 0.
size_t SkipFootnoteSup(std::string_view s, size_t i, size_t limit,
                       std::string_view before) {
  if (!StartsWithNoCase(s, i, "<sup") || i + 4 >= limit ||
      (s[i + 4] != '>' && !IsSpace(s[i + 4])))
    return 0;
  size_t gt = s.find('>', i);
  if (gt == std::string_view::npos || gt >= limit) return 0;
  size_t close = FindNoCase(s, "</sup", gt + 1, std::min(limit, gt + 400));
  if (close == std::string_view::npos) return 0;
  size_t end = s.find('>', close);
  if (end == std::string_view::npos || end >= limit) return 0;
  if (!IsFootnoteMark(InnerText(s, gt + 1, close), before)) return 0;
  return end + 1;
}

void ExtractHtml(std::string_view s, Builder& b, const std::string& text) {
  size_t n = s.size();
  size_t i = 0;
  size_t br_at = std::string::npos;  // the text's size after the last <br>
  while (i < n) {
    char c = s[i];
    if (c == '<') {
      if (StartsWith(s, i, "<!--")) {
        size_t end = s.find("-->", i + 4);
        i = end == std::string_view::npos ? n : end + 3;
        continue;
      }
      if (size_t after = SkipFootnoteSup(s, i, n, Tail(text, 8))) {
        i = after;
        continue;
      }
      size_t j = i + 1;
      bool closing = j < n && s[j] == '/';
      if (closing) ++j;
      size_t name_start = j;
      while (j < n && (IsAlnum(s[j]) || s[j] == '-')) ++j;
      if (j == name_start && !(j < n && (s[j] == '!' || s[j] == '?'))) {
        b.Put(c, static_cast<uint32_t>(i));  // a lone "<"
        ++i;
        continue;
      }
      std::string tag = AsciiLower(s.substr(name_start, j - name_start));
      // The tag's end, respecting quoted attribute values.
      char quote = 0;
      while (j < n && (quote != 0 || s[j] != '>')) {
        if (quote != 0 && s[j] == quote)
          quote = 0;
        else if (quote == 0 && (s[j] == '"' || s[j] == '\''))
          quote = s[j];
        ++j;
      }
      bool self_closing = j > 0 && j < n && s[j - 1] == '/';
      i = j < n ? j + 1 : n;
      if (!closing && !self_closing && IsSkippedTag(tag)) {
        // Skip to the matching close tag (no nesting of the same element).
        size_t k = FindNoCase(s, "</" + tag, i, n);
        size_t gt = k == std::string_view::npos ? k : s.find('>', k);
        i = gt == std::string_view::npos ? n : gt + 1;
        b.Put(' ', static_cast<uint32_t>(i - 1));
        continue;
      }
      if (tag == "td" || tag == "th") {
        // Cells of a row are read as one sentence, separated like clauses.
        if (!closing && b.Last() != '\n')
          b.PutBytes(" ; ", static_cast<uint32_t>(i - 1));
      } else if (tag == "br") {
        // One line break wraps a sentence; two end a paragraph.
        if (b.Size() == br_at) {
          b.Break(static_cast<uint32_t>(i - 1));
        } else {
          b.Put(' ', static_cast<uint32_t>(i - 1));
        }
        br_at = b.Size();
      } else if (IsBlockTag(tag)) {
        b.Break(static_cast<uint32_t>(i - 1));
      }
      continue;
    }
    if (c == '&') {
      std::string decoded;
      size_t len = DecodeEntity(s, i, &decoded);
      if (len > 0) {
        b.PutBytes(decoded, static_cast<uint32_t>(i));
        i += len;
        continue;
      }
    }
    size_t j = i;
    while (j < n && s[j] != '<' && s[j] != '&' && !IsSpace(s[j])) ++j;
    if (j == i) {
      b.Put(c, static_cast<uint32_t>(i));  // white space
      ++i;
    } else {
      b.PutRun(s, i, j);
      i = j;
    }
  }
}

}  // namespace document
}  // namespace figcheck
