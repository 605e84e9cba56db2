// Draft extraction by single forward passes (no recursion beyond one level
// of link text, so nesting depth costs nothing). Markdown is read line by
// line, as CommonMark reads blocks, then each line's inline content byte by
// byte; HTML is read tag by tag; plain text line by line. Each emitted byte
// carries the offset of its source byte; decoded entities map to the
// entity's first byte. ReferenceSpans is a hand-written scanner over the
// whole extracted text (no regular expressions: it reads every byte of every
// draft, so it looks closer only at words that can start a label, digits
// and a few marks). Tested by tests/scan_test.cc.
#include "core/document.h"

#include <algorithm>
#include <cstring>

namespace figcheck {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWith(std::string_view s, size_t i, std::string_view prefix) {
  return s.size() >= i + prefix.size() &&
         s.compare(i, prefix.size(), prefix) == 0;
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() < i + prefix.size()) return false;
  for (size_t j = 0; j < prefix.size(); ++j)
    if (Lower(s[i + j]) != prefix[j]) return false;
  return true;
}

// First offset in [from, limit) where `needle` (lower case) starts, ignoring
// ASCII case; npos if none.
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from,
                  size_t limit) {
  limit = std::min(limit, s.size());
  if (needle.empty()) return from;
  const char first = needle[0];
  for (size_t k = from; k + needle.size() <= limit; ++k)
    if (Lower(s[k]) == first && StartsWithNoCase(s, k, needle)) return k;
  return std::string_view::npos;
}

class Builder {
 public:
  explicit Builder(ExtractedText* out)
      : text_(out->text), origin_(out->origin) {}
  // White space collapses to one ' '; a line never starts with one.
  void Put(char c, uint32_t origin) {
    if (IsSpace(c)) {
      if (text_.empty() || text_.back() == ' ' || text_.back() == '\n') return;
      c = ' ';
    }
    text_.push_back(c);
    origin_.push_back(origin);
  }
  void PutBytes(std::string_view s, uint32_t origin) {
    for (char c : s) Put(c, origin);
  }
  // Copies s[a, b) byte for byte, white space collapsed; runs without
  // white space are appended whole.
  void PutRange(std::string_view s, size_t a, size_t b) {
    size_t i = a;
    while (i < b) {
      size_t j = i;
      while (j < b && !IsSpace(s[j])) ++j;
      PutRun(s, i, j);
      if (j < b) Put(' ', static_cast<uint32_t>(j++));
      i = j;
    }
  }
  // Appends s[a, b), which holds no white space.
  void PutRun(std::string_view s, size_t a, size_t b) {
    if (b <= a) return;
    text_.append(s.data() + a, b - a);
    size_t at = origin_.size();
    origin_.resize(at + (b - a));
    for (size_t k = 0; k < b - a; ++k)
      origin_[at + k] = static_cast<uint32_t>(a + k);
  }
  // Ends a block: trailing spaces dropped, one '\n'.
  void Break(uint32_t origin) {
    while (!text_.empty() && text_.back() == ' ') {
      text_.pop_back();
      origin_.pop_back();
    }
    if (!text_.empty() && text_.back() != '\n') {
      text_.push_back('\n');
      origin_.push_back(origin);
    }
  }
  char Last() const { return text_.empty() ? '\n' : text_.back(); }
  // Bytes so far, not counting a trailing space (it may still collapse).
  size_t Size() const {
    return text_.size() - (!text_.empty() && text_.back() == ' ' ? 1 : 0);
  }
  void Finish(uint32_t end) { origin_.push_back(end); }

 private:
  std::string& text_;
  std::vector<uint32_t>& origin_;
};

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the entity at s[i] ('&'); returns its length, 0 if none.
size_t DecodeEntity(std::string_view s, size_t i, std::string* out) {
  size_t end = s.find(';', i);
  if (end == std::string_view::npos || end - i > 12 || end == i + 1) return 0;
  std::string_view name = s.substr(i + 1, end - i - 1);
  if (name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      char l = Lower(c);
      int v = IsDigit(c)                    ? c - '0'
              : hex && l >= 'a' && l <= 'f' ? l - 'a' + 10
                                            : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) cp = 0xFFFD;
    }
    AppendUtf8(out, cp);
    return end - i + 1;
  }
  static const struct {
    const char* name;
    uint32_t cp;
  } kNamed[] = {{"amp", '&'},       {"lt", '<'},       {"gt", '>'},
                {"quot", '"'},      {"apos", '\''},    {"nbsp", 0xA0},
                {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},
                {"ndash", 0x2013},  {"mdash", 0x2014}, {"lsquo", 0x2018},
                {"rsquo", 0x2019},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
                {"hellip", 0x2026}, {"minus", 0x2212}, {"yen", 0xA5},
                {"euro", 0x20AC},   {"pound", 0xA3},   {"cent", 0xA2},
                {"dollar", '$'},    {"percnt", '%'},   {"copy", 0xA9},
                {"reg", 0xAE},      {"deg", 0xB0},     {"middot", 0xB7},
                {"times", 0xD7},    {"shy", 0xAD},     {"zwj", 0x200D},
                {"zwnj", 0x200C},   {"sup2", 0xB2},    {"sup3", 0xB3}};
  for (const auto& e : kNamed)
    if (name == e.name) {
      AppendUtf8(out, e.cp);
      return end - i + 1;
    }
  return 0;
}

bool OneOf(std::string_view word, std::initializer_list<const char*> list) {
  for (const char* w : list)
    if (word == w) return true;
  return false;
}

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

std::string_view Tail(const std::string& text, size_t n) {
  return std::string_view(text).substr(text.size() > n ? text.size() - n : 0);
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

// A bracketed citation marker: "[2]", "[3, 4]", "[3-5]".
bool IsCitationMark(std::string_view inner) {
  if (inner.empty() || inner.size() > 12) return false;
  bool digit = false;
  for (char c : inner) {
    if (IsDigit(c))
      digit = true;
    else if (c != ',' && c != '-' && c != ' ')
      return false;
  }
  return digit;
}

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

// Plain text: the lines of a paragraph are joined; a blank line, a list
// item ("1. ", "- ", "• ") or the line after a title (short, without final
// punctuation, followed by a capital) starts a new block.
void ExtractPlain(std::string_view s, Builder& b) {
  size_t n = s.size();
  size_t longest = 0;
  for (size_t i = 0; i < n;) {
    size_t le = s.find('\n', i);
    if (le == std::string_view::npos) le = n;
    longest = std::max(longest, le - i);
    i = le + 1;
  }
  const size_t title_max =
      std::max<size_t>(20, std::min<size_t>(60, longest * 6 / 10));
  bool prev_title = false, prev_blank = true, in_list = false;
  for (size_t i = 0; i < n;) {
    size_t le = s.find('\n', i);
    if (le == std::string_view::npos) le = n;
    size_t e = le;
    while (e > i && (s[e - 1] == '\r' || IsBlank(s[e - 1]))) --e;
    size_t p = i;
    while (p < e && IsBlank(s[p])) ++p;
    if (p == e) {
      b.Break(static_cast<uint32_t>(i));
      prev_title = false;
      prev_blank = true;
      in_list = false;
      i = le + 1;
      continue;
    }
    size_t d = p;
    while (d < e && IsDigit(s[d])) ++d;
    size_t body = p;
    if (p + 1 < e && (s[p] == '-' || s[p] == '*') && IsBlank(s[p + 1])) {
      body = p + 2;
    } else if (StartsWith(s, p, "\xE2\x80\xA2") && p + 3 < e &&
               IsBlank(s[p + 3])) {
      body = p + 4;  // "• "
    } else if (d > p && d - p <= 3 && d + 1 < e &&
               (s[d] == '.' || s[d] == ')') && IsBlank(s[d + 1]) &&
               (in_list || prev_blank || s.substr(p, d - p) == "1")) {
      body = d + 2;  // "2. " after a paragraph's line is the line going on
    }
    if (body != p) in_list = true;
    unsigned char first = static_cast<unsigned char>(s[body]);
    if (body != p || (prev_title && (IsUpper(s[body]) || first >= 0x80)))
      b.Break(static_cast<uint32_t>(i));
    b.PutRange(s, body, e);
    b.Put(' ', static_cast<uint32_t>(e));
    char last = s[e - 1];
    prev_title = e - p <= title_max &&
                 std::strchr(".!?:;,\"')]", last) == nullptr &&
                 static_cast<unsigned char>(last) < 0x80;
    prev_blank = false;
    i = le + 1;
  }
}

// ---------------------------------------------------------- ReferenceSpans

class ReferenceScanner {
 public:
  explicit ReferenceScanner(std::string_view t) : t_(t) {}
  std::vector<Span> Scan();

 private:
  void Add(size_t a, size_t b) {
    if (b <= a) return;
    while (!out_.empty() && a <= out_.back().start) {  // swallowed
      b = std::max<size_t>(b, out_.back().end);
      out_.pop_back();
    }
    if (!out_.empty() && a <= out_.back().end) {
      out_.back().end =
          std::max<uint32_t>(out_.back().end, static_cast<uint32_t>(b));
      return;
    }
    out_.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
  }
  bool Digit(size_t i) const { return i < t_.size() && IsDigit(t_[i]); }
  // Digits and the separators of a phone number from s[i]: returns the end
  // (after the last digit) and counts the digits.
  size_t PhoneRun(size_t i, int* digits) const;
  size_t Word(size_t i) const {
    while (i < t_.size() && IsAlpha(t_[i])) ++i;
    return i;
  }
  size_t SkipBlanks(size_t i) const {
    while (i < t_.size() && IsBlank(t_[i])) ++i;
    return i;
  }
  void AtWord(size_t i, size_t end);
  void AtNumber(size_t i);
  void AtAddress(size_t i);

  std::string_view t_;
  std::vector<Span> out_;
};

size_t ReferenceScanner::PhoneRun(size_t i, int* digits) const {
  size_t end = i;
  *digits = 0;
  size_t j = i;
  while (j < t_.size()) {
    if (IsDigit(t_[j])) {
      ++*digits;
      end = ++j;
    } else if ((t_[j] == ' ' || t_[j] == '-' || t_[j] == '.' || t_[j] == '(' ||
                t_[j] == ')') &&
               (Digit(j + 1) ||
                (j + 1 < t_.size() && t_[j + 1] == '(' && Digit(j + 2)) ||
                (t_[j] == ')' && j + 1 < t_.size() && t_[j + 1] == ' ' &&
                 Digit(j + 2)))) {
      ++j;
    } else {
      break;
    }
  }
  return end;
}

// At a word [i, end): phone keywords, page and version labels.
void ReferenceScanner::AtWord(size_t i, size_t end) {
  char buf[9];
  if (end - i > sizeof buf) return;
  switch (Lower(t_[i])) {  // the first letters of the labels below
    case 't':
    case 'p':
    case 'c':
    case 'f':
    case 'h':
    case 'm':
    case 'w':
    case 'd':
    case 'v': break;
    default: return;
  }
  for (size_t k = i; k < end; ++k) buf[k - i] = Lower(t_[k]);
  std::string_view w(buf, end - i);
  bool dot = end < t_.size() && t_[end] == '.';
  bool phone = false, page = false, version = false;
  switch (w[0]) {
    case 't': phone = w == "tel" || w == "telephone"; break;
    case 'p':
      phone = w == "phone";
      page = w == "page" || w == "pages" || w == "pg" ||
             ((w == "p" || w == "pp") && dot);
      break;
    case 'c': phone = w == "call" || w == "contact"; break;
    case 'f': phone = w == "fax"; break;
    case 'h': phone = w == "hotline"; break;
    case 'm': phone = w == "mobile"; break;
    case 'w': phone = w == "whatsapp"; break;
    case 'd': phone = w == "dial"; break;
    case 'v':
      version = (w == "v" && Digit(end)) || w == "version" || w == "ver";
      break;
  }
  if (phone) {
    size_t j = end;
    for (int hops = 0; hops < 3; ++hops) {
      while (j < t_.size() && (IsBlank(t_[j]) || t_[j] == ':' || t_[j] == '.'))
        ++j;
      size_t we = Word(j);
      if (we == j) break;
      if (!OneOf(AsciiLower(t_.substr(j, we - j)),
                 {"on", "at", "us", "number", "no", "the", "desk"}))
        return;
      j = we;
    }
    size_t number = j;
    if (j < t_.size() && t_[j] == '+') ++j;
    int digits = 0;
    size_t stop = PhoneRun(j, &digits);
    if (digits >= 5) Add(number, stop);
    return;
  }
  if (page) {
    size_t j = SkipBlanks(end + (dot ? 1 : 0));
    if (!Digit(j)) return;
    while (Digit(j)) ++j;
    size_t k = SkipBlanks(j);
    if (k < t_.size() && (t_[k] == '-' || StartsWith(t_, k, "\xE2\x80\x93"))) {
      size_t m = SkipBlanks(k + (t_[k] == '-' ? 1 : 3));
      if (Digit(m)) {
        j = m;
        while (Digit(j)) ++j;
      }
    }
    Add(i, j);
    return;
  }
  if (version) {
    size_t j = w == "v" ? end : SkipBlanks(end + (dot ? 1 : 0));
    if (!Digit(j)) return;
    while (Digit(j) || (j + 1 < t_.size() && t_[j] == '.' && Digit(j + 1))) ++j;
    Add(i, j);
  }
}

// At the first digit of a number: a phone number in three groups
// ("021-6321-5566", "021 6321 5566") or a dotted version ("4.2.1").
void ReferenceScanner::AtNumber(size_t i) {
  size_t j = i;
  size_t groups[3] = {0, 0, 0};
  char sep = 0;
  int g = 0;
  bool year_like = true;
  while (g < 3) {
    size_t a = j;
    while (Digit(j)) ++j;
    groups[g] = j - a;
    if (groups[g] != 4 || !(StartsWith(t_, a, "19") || StartsWith(t_, a, "20")))
      year_like = false;
    ++g;
    if (g == 3 || j >= t_.size()) break;
    char c = t_[j];
    if ((c != '-' && c != '.' && c != ' ') || (sep != 0 && c != sep) ||
        !Digit(j + 1))
      break;
    sep = c;
    ++j;
  }
  if (g == 3 && groups[0] >= 2 && groups[0] <= 4 && groups[1] >= 3 &&
      groups[1] <= 4 && groups[2] == 4 && !Digit(j) &&
      !(sep == ' ' && year_like)) {
    Add(i, j);
    return;
  }
  // Three or more dotted parts: a version or an address, not a quantity.
  size_t k = i;
  int dots = 0;
  while (Digit(k) || (k + 1 < t_.size() && t_[k] == '.' && Digit(k + 1))) {
    if (t_[k] == '.') ++dots;
    ++k;
  }
  if (dots >= 2) Add(i, k);
}

// Around t_[i] (a ':' of "://", an '@', a '/' after a host name, or the
// '.' of "www."): the address token, if it is one.
void ReferenceScanner::AtAddress(size_t i) {
  auto in_token = [&](char c) {
    return !IsSpace(c) && c != '(' && c != ')' && c != '[' && c != ']' &&
           c != '<' && c != '>' && c != '"' && c != ',' && c != ';';
  };
  size_t a = i;
  while (a > 0 && in_token(t_[a - 1])) --a;
  size_t z = i;
  while (z < t_.size() && in_token(t_[z])) ++z;
  while (z > i && (t_[z - 1] == '.' || t_[z - 1] == ':' || t_[z - 1] == '!' ||
                   t_[z - 1] == '?'))
    --z;
  std::string_view tok = t_.substr(a, z - a);
  bool address;
  if (StartsWithNoCase(tok, 0, "www.")) {
    address = tok.size() > 4;
  } else if (t_[i] == ':') {
    address = StartsWith(t_, i, "://") && i > a;
  } else if (t_[i] == '@') {
    address = i > a && tok.find('.', i - a) != std::string_view::npos;
  } else {
    // "example.com/2023/report": a lower-case host name whose last label
    // is a top-level domain.
    std::string_view host = t_.substr(a, i - a);
    size_t dot = host.rfind('.');
    address = dot != std::string_view::npos && dot > 0 &&
              host.size() - dot - 1 >= 2 && IsAlnum(host[0]);
    for (size_t k = 0; address && k < host.size(); ++k) {
      char h = host[k];
      address = k > dot ? (h >= 'a' && h <= 'z')
                        : ((h >= 'a' && h <= 'z') || IsDigit(h) || h == '.' ||
                           h == '-');
    }
  }
  if (address) Add(a, z);
}

std::vector<Span> ReferenceScanner::Scan() {
  const size_t n = t_.size();
  size_t i = 0;
  // Each branch moves i past what it read; a span found moves it past the
  // span.
  auto skip_to = [&](size_t j) {
    i = std::max(j, out_.empty() ? j : static_cast<size_t>(out_.back().end));
  };
  while (i < n) {
    const char c = t_[i];
    const bool boundary = i == 0 || !IsAlnum(t_[i - 1]);
    if (IsAlpha(c)) {  // most bytes: words
      size_t end = Word(i);
      if (boundary) {
        if ((c == 'w' || c == 'W') && StartsWithNoCase(t_, i, "www."))
          AtAddress(i + 3);
        AtWord(i, end);
      }
      skip_to(end);
      continue;
    }
    if (IsDigit(c)) {
      size_t j = i;
      while (j < n && (IsDigit(t_[j]) || t_[j] == ',' || t_[j] == '.')) ++j;
      if (i == 0 || t_[i - 1] == '\n') {
        // List numbering at the start of a line: "3. ", "3) ".
        size_t d = i;
        while (Digit(d)) ++d;
        if (d - i <= 3 && d + 1 < n && (t_[d] == '.' || t_[d] == ')') &&
            IsBlank(t_[d + 1])) {
          Add(i, d + 1);
          skip_to(d + 1);
          continue;
        }
      }
      if (boundary && t_[i - (i > 0)] != '.' && t_[i - (i > 0)] != ',')
        AtNumber(i);
      skip_to(j);
      continue;
    }
    switch (c) {
      case ':':
      case '@':
      case '/':
        if (c == '@' || (c == ':' && StartsWith(t_, i, "://")) ||
            (c == '/' && i > 0 && IsAlpha(t_[i - 1]))) {
          size_t before = out_.size();
          AtAddress(i);
          if (out_.size() != before) {
            skip_to(i + 1);
            continue;
          }
        }
        break;
      case '+':
        if (boundary && Digit(i + 1)) {
          int digits = 0;
          size_t end = PhoneRun(i + 1, &digits);
          if (digits >= 7) {
            Add(i, end);
            skip_to(end);
            continue;
          }
        }
        break;
      case '(':
        if (Digit(i + 1)) {  // "(021) 6321-5566"
          size_t j = i + 1;
          while (Digit(j)) ++j;
          if (j - i - 1 >= 2 && j - i - 1 <= 5 && j < n && t_[j] == ')') {
            size_t k = j + 1;
            if (k < n && IsBlank(t_[k])) ++k;
            int digits = 0;
            size_t end = Digit(k) ? PhoneRun(k, &digits) : k;
            if (digits >= 6) {
              Add(i, end);
              skip_to(end);
              continue;
            }
          }
        }
        break;
      case '[': {
        size_t close = t_.find(']', i);
        if (close != std::string_view::npos && close - i <= 13 &&
            IsCitationMark(t_.substr(i + 1, close - i - 1))) {
          Add(i, close + 1);
          skip_to(close + 1);
          continue;
        }
        break;
      }
      default: break;
    }
    ++i;
  }
  return std::move(out_);
}

}  // namespace

DraftFormat FormatForPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return DraftFormat::kPlain;
  std::string ext = AsciiLower(name.substr(dot + 1));
  if (ext == "md" || ext == "markdown" || ext == "mdx")
    return DraftFormat::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml")
    return DraftFormat::kHtml;
  return DraftFormat::kPlain;
}

DraftFormat SniffFormat(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  for (const char* mark :
       {"<html", "<!doctype", "<p>", "<p ", "<body", "<div", "<article"})
    if (head.find(mark) != std::string::npos) return DraftFormat::kHtml;
  return DraftFormat::kMarkdown;
}

ExtractedText ExtractText(std::string_view bytes, DraftFormat format) {
  ExtractedText out;
  out.text.reserve(bytes.size());
  out.origin.reserve(bytes.size() + 1);
  Builder b(&out);
  switch (format) {
    case DraftFormat::kHtml: ExtractHtml(bytes, b, out.text); break;
    case DraftFormat::kMarkdown:
      MarkdownReader(bytes, b, out.text).Read(&out.date);
      break;
    case DraftFormat::kPlain: ExtractPlain(bytes, b); break;
  }
  b.Break(static_cast<uint32_t>(bytes.size()));
  b.Finish(static_cast<uint32_t>(bytes.size()));
  return out;
}

std::vector<Span> ReferenceSpans(std::string_view text) {
  return ReferenceScanner(text).Scan();
}

LineCol LineColAt(std::string_view bytes, uint32_t offset) {
  LineCol lc;
  size_t end = std::min<size_t>(offset, bytes.size());
  for (size_t i = 0; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++lc.line;
      lc.col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++lc.col;  // count code points, not bytes
    }
  }
  return lc;
}

}  // namespace figcheck
