// Draft extraction by single forward passes (no recursion, so nesting depth
// costs nothing). Each emitted byte carries the offset of its source byte;
// decoded entities map to the entity's first byte. Tested by
// tests/scan_test.cc.
#include "core/document.h"

#include <cctype>
#include <algorithm>
#include <cstring>

namespace figcheck {
namespace {

class Builder {
 public:
  explicit Builder(ExtractedText* out) : out_(out) {}
  void Put(char c, uint32_t origin) {
    if (c == ' ' || c == '\t' || c == '\r') {
      // Collapse runs of spaces; never start a line with one.
      if (out_->text.empty() || out_->text.back() == ' ' || out_->text.back() == '\n')
        return;
      c = ' ';
    }
    out_->text.push_back(c);
    out_->origin.push_back(origin);
  }
  void PutBytes(std::string_view s, uint32_t origin) {
    for (char c : s) Put(c, origin);
  }
  void Break(uint32_t origin) {
    while (!out_->text.empty() && out_->text.back() == ' ') {
      out_->text.pop_back();
      out_->origin.pop_back();
    }
    if (!out_->text.empty() && out_->text.back() != '\n') {
      out_->text.push_back('\n');
      out_->origin.push_back(origin);
    }
  }
  void Finish(uint32_t end) { out_->origin.push_back(end); }

 private:
  ExtractedText* out_;
};

bool StartsWith(std::string_view s, size_t i, const char* prefix) {
  if (i >= s.size() || s[i] != prefix[0]) return false;
  size_t k = std::strlen(prefix);
  return s.size() >= i + k && s.compare(i, k, prefix) == 0;
}

bool StartsWithNoCase(std::string_view s, size_t i, const char* prefix) {
  size_t k = std::strlen(prefix);
  if (s.size() < i + k) return false;
  for (size_t j = 0; j < k; ++j)
    if (std::tolower(static_cast<unsigned char>(s[i + j])) != prefix[j]) return false;
  return true;
}

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
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c))
                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
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
  } kNamed[] = {{"amp", '&'},      {"lt", '<'},       {"gt", '>'},
                {"quot", '"'},     {"apos", '\''},    {"nbsp", 0xA0},
                {"thinsp", 0x2009}, {"ndash", 0x2013}, {"mdash", 0x2014},
                {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
                {"rdquo", 0x201D}, {"hellip", 0x2026}, {"minus", 0x2212},
                {"yen", 0xA5},     {"euro", 0x20AC},  {"pound", 0xA3},
                {"cent", 0xA2},    {"copy", 0xA9},    {"reg", 0xAE},
                {"deg", 0xB0},     {"middot", 0xB7},  {"times", 0xD7},
                {"shy", 0xAD},     {"zwj", 0x200D},   {"zwnj", 0x200C}};
  for (const auto& e : kNamed)
    if (name == e.name) {
      AppendUtf8(out, e.cp);
      return end - i + 1;
    }
  return 0;
}

bool IsBlockTag(std::string_view tag) {
  static const char* const kBlocks[] = {
      "p",       "div",    "br",     "li",      "ul",      "ol",   "h1",
      "h2",      "h3",     "h4",     "h5",      "h6",      "tr",   "table",
      "section", "article", "header", "footer", "blockquote", "hr", "dl",
      "dt",      "dd",     "figure", "figcaption", "main", "nav",  "aside",
      "caption", "thead",  "tbody",  "tfoot",   "body",    "html", "address"};
  for (const char* b : kBlocks)
    if (tag == b) return true;
  return false;
}

bool IsSkippedTag(std::string_view tag) {
  static const char* const kSkip[] = {"script", "style", "code", "pre", "noscript",
                                      "template", "head", "svg", "math", "textarea",
                                      "kbd", "samp"};
  for (const char* b : kSkip)
    if (tag == b) return true;
  return false;
}

void ExtractHtml(std::string_view s, Builder& b) {
  size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    char c = s[i];
    if (c == '<') {
      if (StartsWith(s, i, "<!--")) {
        size_t end = s.find("-->", i + 4);
        i = end == std::string_view::npos ? n : end + 3;
        continue;
      }
      size_t j = i + 1;
      bool closing = j < n && s[j] == '/';
      if (closing) ++j;
      size_t name_start = j;
      while (j < n && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
      if (j == name_start && !(j < n && (s[j] == '!' || s[j] == '?'))) {
        b.Put(c, static_cast<uint32_t>(i));  // a lone "<"
        ++i;
        continue;
      }
      std::string tag(s.substr(name_start, j - name_start));
      for (char& t : tag) t = static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
      // Find the tag's end, respecting quoted attribute values.
      char quote = 0;
      while (j < n && (quote != 0 || s[j] != '>')) {
        if (quote != 0 && s[j] == quote) quote = 0;
        else if (quote == 0 && (s[j] == '"' || s[j] == '\'')) quote = s[j];
        ++j;
      }
      bool self_closing = j > 0 && j < n && s[j - 1] == '/';
      i = j < n ? j + 1 : n;
      if (!closing && !self_closing && IsSkippedTag(tag)) {
        // Skip to the matching close tag (no nesting of the same element).
        std::string close = "</" + tag;
        size_t k = i;
        while (k < n && !StartsWithNoCase(s, k, close.c_str())) ++k;
        size_t gt = k < n ? s.find('>', k) : std::string_view::npos;
        i = gt == std::string_view::npos ? n : gt + 1;
        b.Put(' ', static_cast<uint32_t>(i > 0 ? i - 1 : 0));
        continue;
      }
      if (tag == "td" || tag == "th") {
        b.PutBytes(" ; ", static_cast<uint32_t>(i - 1));
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
    if (c == '\n') c = ' ';
    b.Put(c, static_cast<uint32_t>(i));
    ++i;
  }
}

// Markdown inline content of one line: [s+a, s+e).
void ExtractMarkdownInline(std::string_view s, size_t a, size_t e, Builder& b,
                           bool* in_comment) {
  size_t i = a;
  while (i < e) {
    if (*in_comment) {
      size_t end = s.find("-->", i);
      if (end == std::string_view::npos || end >= e) return;
      *in_comment = false;
      i = end + 3;
      continue;
    }
    char c = s[i];
    if (StartsWith(s, i, "<!--")) {
      *in_comment = true;
      i += 4;
      continue;
    }
    if (c == '`') {
      size_t run = 0;
      while (i + run < e && s[i + run] == '`') ++run;
      std::string fence(run, '`');
      size_t end = s.find(fence, i + run);
      if (end == std::string_view::npos || end >= e) {
        i += run;
        continue;
      }
      i = end + run;
      b.Put(' ', static_cast<uint32_t>(i - 1));
      continue;
    }
    if (c == '!' && i + 1 < e && s[i + 1] == '[') {
      size_t close = s.find("](", i);
      size_t paren = close == std::string_view::npos ? close : s.find(')', close);
      if (paren != std::string_view::npos && paren < e) {
        i = paren + 1;
        continue;
      }
    }
    if (c == '[') {
      if (i + 1 < e && s[i + 1] == '^') {  // footnote marker [^1]
        size_t close = s.find(']', i);
        if (close != std::string_view::npos && close < e) {
          i = close + 1;
          continue;
        }
      }
      size_t close = s.find(']', i);
      if (close != std::string_view::npos && close + 1 < e && s[close + 1] == '(') {
        size_t paren = s.find(')', close);
        if (paren != std::string_view::npos && paren < e) {
          ExtractMarkdownInline(s, i + 1, close, b, in_comment);
          i = paren + 1;
          continue;
        }
      }
      ++i;
      continue;
    }
    if (c == ']') {
      ++i;
      continue;
    }
    if (StartsWith(s, i, "http://") || StartsWith(s, i, "https://") ||
        StartsWith(s, i, "www.")) {
      while (i < e && !std::isspace(static_cast<unsigned char>(s[i])) && s[i] != ')' &&
             s[i] != '>')
        ++i;
      continue;
    }
    if (c == '<') {
      size_t gt = s.find('>', i);
      if (gt != std::string_view::npos && gt < e && gt - i < 200 &&
          (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
        i = gt + 1;  // inline HTML tag or autolink
        continue;
      }
    }
    if (c == '*' || c == '~' ||
        (c == '_' && (i == a || !std::isalnum(static_cast<unsigned char>(s[i - 1])) ||
                      i + 1 >= e || !std::isalnum(static_cast<unsigned char>(s[i + 1]))))) {
      ++i;  // emphasis markup
      continue;
    }
    if (c == '\\' && i + 1 < e && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      b.Put(s[i + 1], static_cast<uint32_t>(i + 1));
      i += 2;
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
    b.Put(c == '|' ? ';' : c, static_cast<uint32_t>(i));
    ++i;
  }
}

void ExtractMarkdown(std::string_view s, Builder& b, Date* date) {
  size_t n = s.size();
  size_t i = 0;
  // Front matter.
  if (StartsWith(s, 0, "---\n") || StartsWith(s, 0, "---\r\n")) {
    size_t line = s.find('\n') + 1;
    while (line < n) {
      size_t le = s.find('\n', line);
      if (le == std::string_view::npos) le = n;
      std::string_view l = s.substr(line, le - line);
      while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
      if (l == "---" || l == "...") {
        i = le < n ? le + 1 : n;
        break;
      }
      if (l.rfind("date:", 0) == 0) {
        std::string_view v = l.substr(5);
        while (!v.empty() && (v.front() == ' ' || v.front() == '"' || v.front() == '\''))
          v.remove_prefix(1);
        StatusOr<Date> d = ParseDate(v.substr(0, 10));
        if (d.ok()) *date = d.value();
      }
      line = le + 1;
    }
  }
  bool in_fence = false, in_comment = false, prev_blank = true;
  char fence_char = 0;
  while (i < n) {
    size_t le = s.find('\n', i);
    if (le == std::string_view::npos) le = n;
    size_t e = le;
    if (e > i && s[e - 1] == '\r') --e;
    size_t p = i;
    size_t indent = 0;
    while (p < e && (s[p] == ' ' || s[p] == '\t')) {
      indent += s[p] == '\t' ? 4 : 1;
      ++p;
    }
    bool blank = p == e;
    if (in_fence) {
      if (indent < 4 && e - p >= 3 && s[p] == fence_char && s[p + 1] == fence_char &&
          s[p + 2] == fence_char)
        in_fence = false;
    } else if (!in_comment && indent < 4 && e - p >= 3 &&
               ((s[p] == '`' && s[p + 1] == '`' && s[p + 2] == '`') ||
                (s[p] == '~' && s[p + 1] == '~' && s[p + 2] == '~'))) {
      in_fence = true;
      fence_char = s[p];
      b.Break(static_cast<uint32_t>(i));
    } else if (blank) {
      b.Break(static_cast<uint32_t>(i));
    } else if (!in_comment && indent >= 4 && prev_blank) {
      // Indented code block: skipped.
    } else {
      bool block = false;
      // Block quote markers.
      while (p < e && s[p] == '>') {
        ++p;
        while (p < e && s[p] == ' ') ++p;
        block = true;
      }
      // Headings.
      size_t h = p;
      while (h < e && s[h] == '#') ++h;
      if (h > p && h - p <= 6 && (h == e || s[h] == ' ')) {
        p = h;
        block = true;
      }
      // List items: "- ", "* ", "+ ", "1. ", "1) ".
      if (p + 1 < e && (s[p] == '-' || s[p] == '*' || s[p] == '+') && s[p + 1] == ' ') {
        p += 2;
        block = true;
      } else {
        size_t d = p;
        while (d < e && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
        if (d > p && d - p <= 9 && d + 1 < e && (s[d] == '.' || s[d] == ')') &&
            s[d + 1] == ' ') {
          p = d + 2;
          block = true;
        }
      }
      // Tables: a row is one unit; the delimiter row is skipped.
      std::string_view rest = s.substr(p, e - p);
      bool table = rest.find('|') != std::string_view::npos &&
                   (rest.front() == '|' || std::count(rest.begin(), rest.end(), '|') >= 2);
      bool delimiter = table && rest.find_first_not_of("|:- \t") == std::string_view::npos;
      if (block || table) b.Break(static_cast<uint32_t>(i));
      if (!delimiter) ExtractMarkdownInline(s, p, e, b, &in_comment);
      if (block || table) {
        b.Break(static_cast<uint32_t>(e));
      } else {
        b.Put(' ', static_cast<uint32_t>(e));
      }
    }
    prev_blank = blank;
    i = le + 1;
  }
}

}  // namespace

DraftFormat FormatForPath(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return DraftFormat::kPlain;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "md" || ext == "markdown" || ext == "mdx") return DraftFormat::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return DraftFormat::kHtml;
  return DraftFormat::kPlain;
}

DraftFormat SniffFormat(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  if (head.find("<html") != std::string::npos || head.find("<!doctype") != std::string::npos ||
      head.find("<p>") != std::string::npos || head.find("<body") != std::string::npos ||
      head.find("<div") != std::string::npos)
    return DraftFormat::kHtml;
  return DraftFormat::kMarkdown;
}

ExtractedText ExtractText(std::string_view bytes, DraftFormat format) {
  ExtractedText out;
  out.text.reserve(bytes.size());
  out.origin.reserve(bytes.size() + 1);
  Builder b(&out);
  switch (format) {
    case DraftFormat::kHtml:
      ExtractHtml(bytes, b);
      break;
    case DraftFormat::kMarkdown:
      ExtractMarkdown(bytes, b, &out.date);
      break;
    case DraftFormat::kPlain:
      for (size_t i = 0; i < bytes.size(); ++i) {
        out.text.push_back(bytes[i]);
        out.origin.push_back(static_cast<uint32_t>(i));
      }
      break;
  }
  b.Finish(static_cast<uint32_t>(bytes.size()));
  return out;
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
