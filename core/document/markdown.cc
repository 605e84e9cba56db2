// Markdown → text by single forward passes (no recursion beyond one level
// of link text, so nesting depth costs nothing). Lines are read as
// CommonMark reads blocks (front matter, fences, indented code, raw HTML
// blocks, headings, lists, tables, block quotes, paragraphs), then each
// line's inline content byte by byte, with a table of the bytes that can
// start markup so that runs of plain text are copied whole: code spans,
// images, link targets, URLs, footnote and citation markers and comments are
// skipped, entities decoded. Tested by tests/scan_test.cc (ExtractTextTest,
// FixtureTest on tests/fixtures/scan/) and, for nested quotes and lists and
// very large drafts, tests/hostile_test.cc.
#include <algorithm>
#include <cstring>
#include <string>

#include "core/document/extract.h"
#include "core/text.h"

namespace figcheck {
namespace document {
namespace {

// Bytes that start something in Markdown inline content.
struct InlineSpecial {
  bool table[256] = {};  // markup, and the letters an address starts with
  bool stop[256] = {};   // ends a run of plain bytes: markup or white space
  InlineSpecial() {
    for (unsigned char c : std::string_view("<`![]hHwW*~_\\&|"))
      table[c] = stop[c] = true;
    for (unsigned char c : std::string_view(" \t\n\r\f\v")) stop[c] = true;
  }
};
const InlineSpecial kInlineSpecial;

// The end of a URL starting at s[i], within [i, e): up to white space, ')'
// or '>', without trailing punctuation.
size_t UrlEnd(std::string_view s, size_t i, size_t e) {
  size_t j = i;
  while (j < e && !IsSpace(s[j]) && s[j] != ')' && s[j] != '>' && s[j] != '<' &&
         s[j] != '"')
    ++j;
  while (j > i && (s[j - 1] == '.' || s[j - 1] == ',' || s[j - 1] == ';' ||
                   s[j - 1] == ':' || s[j - 1] == '!' || s[j - 1] == '?'))
    --j;
  return j;
}

class MarkdownReader {
 public:
  MarkdownReader(std::string_view s, Builder& b, const std::string& text)
      : s_(s), b_(b), text_(text) {}

  void Read(Date* date);

 private:
  void Inline(size_t a, size_t e);
  size_t FrontMatter(Date* date);

  std::string_view s_;
  Builder& b_;
  const std::string& text_;
  bool in_comment_ = false;
};

// Inline content s[a, e) of one line.
void MarkdownReader::Inline(size_t a, size_t e) {
  std::string_view s = s_;
  size_t i = a;
  while (i < e) {
    if (in_comment_) {
      size_t end = s.find("-->", i);
      if (end == std::string_view::npos || end + 3 > e) return;
      in_comment_ = false;
      i = end + 3;
      continue;
    }
    char c = s[i];
    if (IsSpace(c)) {
      b_.Put(c, static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const bool address_letter = (c | 0x20) == 'h' || (c | 0x20) == 'w';
    if (!kInlineSpecial.table[static_cast<unsigned char>(c)] ||
        (address_letter && i > a && IsAlnum(s[i - 1]))) {
      // A run of plain bytes; an 'h' or 'w' inside a word starts no address.
      size_t j = i + 1;
      for (;; ++j) {
        while (j < e && !kInlineSpecial.stop[static_cast<unsigned char>(s[j])])
          ++j;
        if (j >= e || !((s[j] | 0x20) == 'h' || (s[j] | 0x20) == 'w') ||
            !IsAlnum(s[j - 1]))
          break;
      }
      b_.PutRun(s, i, j);
      i = j;
      continue;
    }
    switch (c) {
      case '<': {
        if (StartsWith(s, i, "<!--")) {
          in_comment_ = true;
          i += 4;
          continue;
        }
        if (size_t after = SkipFootnoteSup(s, i, e, Tail(text_, 8))) {
          i = after;
          continue;
        }
        size_t gt = s.find('>', i);
        if (gt != std::string_view::npos && gt < e && gt - i < 300 &&
            i + 1 < e && (IsAlpha(s[i + 1]) || s[i + 1] == '/')) {
          i = gt + 1;  // an inline HTML tag or an autolink
          b_.Put(' ', static_cast<uint32_t>(gt));
          continue;
        }
        break;
      }
      case '`': {
        size_t run = 0;
        while (i + run < e && s[i + run] == '`') ++run;
        size_t end = s.find(std::string(run, '`'), i + run);
        if (end == std::string_view::npos || end >= e) {
          i += run;  // unmatched: the backticks only
          continue;
        }
        i = end + run;
        b_.Put(' ', static_cast<uint32_t>(i - 1));
        continue;
      }
      case '!':
        if (i + 1 < e && s[i + 1] == '[') {  // image: alt text and target
          size_t close = s.find(']', i);
          if (close != std::string_view::npos && close + 1 < e &&
              (s[close + 1] == '(' || s[close + 1] == '[')) {
            size_t end = s.find(s[close + 1] == '(' ? ')' : ']', close + 1);
            if (end != std::string_view::npos && end < e) {
              i = end + 1;
              continue;
            }
          }
        }
        break;
      case '[': {
        size_t close = s.find(']', i);
        if (close == std::string_view::npos || close >= e) {
          ++i;
          continue;
        }
        std::string_view inner = s.substr(i + 1, close - i - 1);
        if ((!inner.empty() && inner[0] == '^') ||
            (IsCitationMark(inner) &&
             (close + 1 >= e || s[close + 1] != '('))) {
          bool definition =
              i == a && inner[0] == '^' && close + 1 < e && s[close + 1] == ':';
          i = close + 1 +
              (definition ? 1 : 0);  // a footnote or citation marker
          continue;
        }
        if (close + 1 < e && s[close + 1] == '(') {
          size_t paren = s.find(')', close);
          if (paren != std::string_view::npos && paren < e) {
            Inline(i + 1, close);  // link text; the target is skipped
            i = paren + 1;
            continue;
          }
        }
        ++i;
        continue;
      }
      case ']':
        if (i + 1 < e && s[i + 1] == '[') {  // reference link: skip the label
          size_t close = s.find(']', i + 1);
          if (close != std::string_view::npos && close < e) {
            i = close + 1;
            continue;
          }
        }
        ++i;
        continue;
      case 'h':
      case 'H':
      case 'w':
      case 'W':
        if ((i == a || !IsAlnum(s[i - 1])) &&
            (StartsWithNoCase(s, i, "http://") ||
             StartsWithNoCase(s, i, "https://") ||
             StartsWithNoCase(s, i, "www."))) {
          i = UrlEnd(s, i, e);
          continue;
        }
        break;
      case '*':
      case '~':
        ++i;  // emphasis and strike-through markup
        continue;
      case '_':
        if (i == a || !IsAlnum(s[i - 1]) || i + 1 >= e || !IsAlnum(s[i + 1])) {
          ++i;
          continue;
        }
        break;
      case '\\':
        if (i + 1 < e &&
            std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i + 1]) &&
            s[i + 1] != '\0') {
          b_.Put(s[i + 1], static_cast<uint32_t>(i + 1));
          i += 2;
          continue;
        }
        break;
      case '&': {
        std::string decoded;
        size_t len = DecodeEntity(s, i, &decoded);
        if (len > 0) {
          b_.PutBytes(decoded, static_cast<uint32_t>(i));
          i += len;
          continue;
        }
        break;
      }
      case '|':
        b_.PutBytes(" ; ", static_cast<uint32_t>(i));
        ++i;
        continue;
    }
    b_.Put(c, static_cast<uint32_t>(i));
    ++i;
  }
}

// YAML ("---") or TOML ("+++") front matter; returns where the body starts.
size_t MarkdownReader::FrontMatter(Date* date) {
  std::string_view s = s_;
  size_t n = s.size();
  size_t i = StartsWith(s, 0, "\xEF\xBB\xBF") ? 3 : 0;
  std::string_view fence;
  if (StartsWith(s, i, "---\n") || StartsWith(s, i, "---\r\n"))
    fence = "---";
  else if (StartsWith(s, i, "+++\n") || StartsWith(s, i, "+++\r\n"))
    fence = "+++";
  else
    return 0;
  size_t line = s.find('\n', i) + 1;
  Date found;  // kept only when the front matter closes
  while (line < n) {
    size_t le = s.find('\n', line);
    if (le == std::string_view::npos) le = n;
    std::string_view l = s.substr(line, le - line);
    while (!l.empty() && (l.back() == '\r' || IsBlank(l.back())))
      l.remove_suffix(1);
    if (l == fence || (fence == "---" && l == "...")) {
      *date = found;
      return le < n ? le + 1 : n;
    }
    if (StartsWith(l, 0, "date")) {
      std::string_view v = l.substr(4);
      while (!v.empty() && IsBlank(v.front())) v.remove_prefix(1);
      if (!v.empty() && (v.front() == ':' || v.front() == '=')) {
        v.remove_prefix(1);
        while (!v.empty() &&
               (IsBlank(v.front()) || v.front() == '"' || v.front() == '\''))
          v.remove_prefix(1);
        StatusOr<Date> d = ParseDate(v.substr(0, 10));
        if (d.ok() && (v.size() == 10 || !IsDigit(v[10]))) found = d.value();
      }
    }
    line = le + 1;
  }
  return 0;  // never closed: not front matter
}

// "***", "---", "___", "- - -": a thematic break.
bool IsThematicBreak(std::string_view l) {
  char mark = 0;
  int count = 0;
  for (char c : l) {
    if (IsBlank(c)) continue;
    if (c != '-' && c != '*' && c != '_') return false;
    if (mark != 0 && c != mark) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

// "[label]: target": a link reference definition (not a footnote).
bool IsLinkDefinition(std::string_view l) {
  if (l.size() < 4 || l[0] != '[' || l[1] == '^') return false;
  size_t close = l.find("]:");
  return close != std::string_view::npos && close > 1 && l.find(']') == close;
}

void MarkdownReader::Read(Date* date) {
  std::string_view s = s_;
  size_t n = s.size();
  size_t i = FrontMatter(date);
  enum class Kind { kNone, kParagraph, kQuote, kList, kHeading, kTable };
  Kind prev = Kind::kNone;
  bool in_fence = false, prev_blank = true, in_list = false;
  char fence_char = 0;
  size_t fence_len = 0;
  std::string skip_until;  // the close tag of a raw HTML block being skipped
  while (i < n) {
    size_t le = s.find('\n', i);
    if (le == std::string_view::npos) le = n;
    size_t e = le;
    if (e > i && s[e - 1] == '\r') --e;
    const uint32_t at = static_cast<uint32_t>(i);
    size_t p = i;
    size_t indent = 0;
    while (p < e && IsBlank(s[p])) {
      indent += s[p] == '\t' ? 4 : 1;
      ++p;
    }
    bool blank = p == e;
    Kind kind = Kind::kNone;
    if (in_fence) {
      size_t run = 0;
      while (p + run < e && s[p + run] == fence_char) ++run;
      if (indent < 4 && run >= fence_len &&
          s.substr(p + run, e - p - run).find_first_not_of(" \t") ==
              std::string_view::npos)
        in_fence = false;
    } else if (!skip_until.empty()) {
      if (FindNoCase(s, skip_until, i, e) != std::string_view::npos)
        skip_until.clear();
    } else if (blank) {
      b_.Break(at);
    } else if (!in_comment_ && indent < 4 && e - p >= 3 &&
               (StartsWith(s, p, "```") || StartsWith(s, p, "~~~"))) {
      in_fence = true;
      fence_char = s[p];
      fence_len = 0;
      while (p + fence_len < e && s[p + fence_len] == fence_char) ++fence_len;
      b_.Break(at);
    } else if (!in_comment_ && indent >= 4 && prev_blank && !in_list) {
      b_.Break(at);  // indented code block
    } else if (!in_comment_ && indent < 4 &&
               (StartsWithNoCase(s, p, "<script") ||
                StartsWithNoCase(s, p, "<style") ||
                StartsWithNoCase(s, p, "<pre"))) {
      std::string tag = StartsWithNoCase(s, p, "<script")  ? "script"
                        : StartsWithNoCase(s, p, "<style") ? "style"
                                                           : "pre";
      b_.Break(at);
      if (FindNoCase(s, "</" + tag, p, e) == std::string_view::npos)
        skip_until = "</" + tag;
    } else {
      bool quote = false;
      while (p < e && s[p] == '>') {
        ++p;
        if (p < e && IsBlank(s[p])) ++p;
        quote = true;
      }
      while (quote && p < e && IsBlank(s[p])) ++p;
      std::string_view rest = s.substr(p, e - p);
      size_t h = p;
      while (h < e && s[h] == '#') ++h;
      size_t digits = p;
      while (digits < e && IsDigit(s[digits])) ++digits;
      if (in_comment_) {
        Inline(p, e);
        kind = prev;
      } else if (IsThematicBreak(rest) ||
                 (prev == Kind::kParagraph && !prev_blank &&
                  rest.find_first_not_of('=') == std::string_view::npos)) {
        b_.Break(at);  // a rule, or a setext heading's underline
      } else if (!quote && IsLinkDefinition(rest)) {
        b_.Break(at);
      } else if (h > p && h - p <= 6 && (h == e || IsBlank(s[h]))) {
        size_t end = e;  // "## Title ##": the closing hashes are markup
        while (end > h && (IsBlank(s[end - 1]) || s[end - 1] == '#')) --end;
        b_.Break(at);
        Inline(h, end > h ? end : h);
        b_.Break(static_cast<uint32_t>(e));
        kind = Kind::kHeading;
      } else if ((p + 1 < e && (s[p] == '-' || s[p] == '*' || s[p] == '+') &&
                  IsBlank(s[p + 1])) ||
                 (digits > p && digits - p <= 9 && digits + 1 < e &&
                  (s[digits] == '.' || s[digits] == ')') &&
                  IsBlank(s[digits + 1]) &&
                  // Only "1." interrupts a paragraph ("in\n2023. Exports"
                  // is the paragraph going on).
                  (prev != Kind::kParagraph || prev_blank ||
                   s.substr(p, digits - p) == "1"))) {
        size_t body =
            s[p] == '-' || s[p] == '*' || s[p] == '+' ? p + 2 : digits + 2;
        b_.Break(at);
        Inline(body, e);
        b_.Put(' ', static_cast<uint32_t>(e));
        kind = Kind::kList;
        in_list = true;
      } else if (!rest.empty() &&
                 (rest.front() == '|' ||
                  std::count(rest.begin(), rest.end(), '|') >= 2)) {
        b_.Break(at);
        if (rest.find_first_not_of("|:- \t") != std::string_view::npos) {
          size_t a = p, z = e;  // the row's outer pipes are markup
          if (s[a] == '|') ++a;
          while (z > a && IsBlank(s[z - 1])) --z;
          if (z > a && s[z - 1] == '|' && (z < 2 || s[z - 2] != '\\')) --z;
          Inline(a, z);
        }
        b_.Break(static_cast<uint32_t>(e));
        kind = Kind::kTable;
      } else {
        kind = quote ? Kind::kQuote : Kind::kParagraph;
        // A quote and the paragraph around it are separate blocks; a list
        // item's continuation lines join it.
        bool continues = (prev == kind) ||
                         (prev == Kind::kList && !prev_blank) ||
                         (prev == Kind::kList && indent >= 2);
        if (!continues) b_.Break(at);
        if (prev == Kind::kList && (continues || indent >= 2))
          kind = Kind::kList;
        if (kind == Kind::kParagraph && indent == 0 && prev_blank)
          in_list = false;
        Inline(p, e);
        b_.Put(' ', static_cast<uint32_t>(e));
      }
    }
    if (!blank || in_fence) prev = kind;
    prev_blank = blank;
    i = le + 1;
  }
}

}  // namespace

void ExtractMarkdown(std::string_view s, Builder& b, const std::string& text,
                     Date* date) {
  MarkdownReader(s, b, text).Read(date);
}

}  // namespace document
}  // namespace figcheck
