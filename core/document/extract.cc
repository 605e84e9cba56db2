// ExtractText and the rest of core/document.h but ReferenceSpans: the format
// of a draft by its file name or its first bytes, ExtractText handing the
// bytes to the reader of their format (html.cc, markdown.cc, plain.cc) with
// one Builder, whose every byte carries the offset of its source byte, and
// the line and column of an offset. Also what the readers share (extract.h):
// case-blind search, entity decoding (named entities from a table, numeric
// ones to UTF-8, anything invalid to U+FFFD; a decoded entity maps to its
// first byte) and citation markers. Tested by tests/scan_test.cc
// (DraftFormatTest, ExtractTextTest, LineColTest) and tests/hostile_test.cc.
#include "core/document/extract.h"

#include <algorithm>
#include <string>

#include "core/document.h"

namespace figcheck {
namespace document {
namespace {

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

}  // namespace

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

}  // namespace document

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
  document::Builder b(&out);
  switch (format) {
    case DraftFormat::kHtml: document::ExtractHtml(bytes, b, out.text); break;
    case DraftFormat::kMarkdown:
      document::ExtractMarkdown(bytes, b, out.text, &out.date);
      break;
    case DraftFormat::kPlain: document::ExtractPlain(bytes, b); break;
  }
  b.Break(static_cast<uint32_t>(bytes.size()));
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
