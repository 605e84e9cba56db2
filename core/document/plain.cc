// Plain text → text, line by line: the lines of a paragraph are joined, and
// a blank line, a list item or the line after a title starts a new block. A
// title is told by its length (against the draft's longest line) and its
// lack of final punctuation. Tested by tests/scan_test.cc (ExtractTextTest,
// ScanTest.LocationsAreExactInEveryFormat) and tests/hostile_test.cc.
#include <algorithm>
#include <cstring>

#include "core/document/extract.h"

namespace figcheck {
namespace document {

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

}  // namespace document
}  // namespace figcheck
