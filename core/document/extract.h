// What the readers behind ExtractText (core/document.h) share: ASCII byte
// classes, the Builder that appends text with the offset of each byte's
// source (the offset map), entity decoding, footnote <sup>s and citation
// markers. Private to core/document/: the public API is core/document.h.
// Tested through it by tests/scan_test.cc and tests/hostile_test.cc.
#ifndef FIGCHECK_CORE_DOCUMENT_EXTRACT_H_
#define FIGCHECK_CORE_DOCUMENT_EXTRACT_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace figcheck {
namespace document {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }
inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
inline char Lower(char c) {
  return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool StartsWith(std::string_view s, size_t i, std::string_view prefix) {
  return s.size() >= i + prefix.size() &&
         s.compare(i, prefix.size(), prefix) == 0;
}

inline bool StartsWithNoCase(std::string_view s, size_t i,
                             std::string_view prefix) {
  if (s.size() < i + prefix.size()) return false;
  for (size_t j = 0; j < prefix.size(); ++j)
    if (Lower(s[i + j]) != prefix[j]) return false;
  return true;
}

// First offset in [from, limit) where `needle` (lower case) starts, ignoring
// ASCII case; npos if none.
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from,
                  size_t limit);

bool OneOf(std::string_view word, std::initializer_list<const char*> list);

// The last n bytes of the text so far (at most).
inline std::string_view Tail(const std::string& text, size_t n) {
  return std::string_view(text).substr(text.size() > n ? text.size() - n : 0);
}

// Appends the extracted text and, for each byte, the offset of the input
// byte it came from (ExtractedText::origin).
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

// Decodes the entity at s[i] ('&'); returns its length, 0 if none.
size_t DecodeEntity(std::string_view s, size_t i, std::string* out);

// A bracketed citation marker: "[2]", "[3, 4]", "[3-5]".
bool IsCitationMark(std::string_view inner);

// At s[i], "<sup…>…</sup>" holding a footnote mark within [i, limit):
// returns the offset after it, else 0. `before`: the text just before.
size_t SkipFootnoteSup(std::string_view s, size_t i, size_t limit,
                       std::string_view before);

// The readers, one per DraftFormat. Each appends `s` as text to `b`, whose
// text so far is `text` (a footnote mark is told by what comes before it).
void ExtractHtml(std::string_view s, Builder& b, const std::string& text);
// Front matter's `date:`, if any, goes to *date.
void ExtractMarkdown(std::string_view s, Builder& b, const std::string& text,
                     Date* date);
void ExtractPlain(std::string_view s, Builder& b);

}  // namespace document
}  // namespace figcheck

#endif  // FIGCHECK_CORE_DOCUMENT_EXTRACT_H_
