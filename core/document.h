// Drafts → plain text with a map back to the original bytes. Markdown (front
// matter read for `date:`; fenced and inline code, URLs, images and HTML
// comments skipped; headings, lists, tables and block quotes kept as text),
// HTML (text only; script, style, code and comments skipped; entities
// decoded) and plain text. Every byte of the output knows the offset of the
// byte it came from, so a figure found in the text is reported at its place
// in the file. Tested by tests/scan_test.cc.
#ifndef FIGCHECK_CORE_DOCUMENT_H_
#define FIGCHECK_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace figcheck {

enum class DraftFormat { kPlain, kMarkdown, kHtml };

// By file name: .md/.markdown → Markdown, .html/.htm → HTML, else plain.
DraftFormat FormatForPath(std::string_view path);
// For standard input: HTML when the text looks like markup, else Markdown.
DraftFormat SniffFormat(std::string_view bytes);

struct ExtractedText {
  std::string text;             // sentences separated by spaces and '\n'
  // origin[i]: offset in the input of text[i]; one more entry at the end
  // holds the input's length.
  std::vector<uint32_t> origin;
  Date date;                    // from Markdown front matter; !ok() if none
};

ExtractedText ExtractText(std::string_view bytes, DraftFormat format);

// 1-based line and column (in Unicode code points) of a byte offset.
struct LineCol {
  int line = 1, col = 1;
};
LineCol LineColAt(std::string_view bytes, uint32_t offset);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_DOCUMENT_H_
