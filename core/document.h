// Drafts → plain text with a map back to the original bytes. Markdown (front
// matter read for `date:`; fenced, indented and inline code, URLs, images,
// link definitions, footnote markers and HTML comments skipped; headings,
// lists, tables and block quotes kept as text), HTML (text only; script,
// style, code and comments skipped; footnote <sup>s skipped; entities
// decoded) and plain text (lines of a paragraph joined, list markers
// skipped). Every byte of the output knows the offset of the byte it came
// from, so a figure found in the text is reported at its place in the file.
// ReferenceSpans marks the numbers of a sentence that are references, not
// statements. Tested by tests/scan_test.cc.
#ifndef FIGCHECK_CORE_DOCUMENT_H_
#define FIGCHECK_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace figcheck {

enum class DraftFormat { kPlain, kMarkdown, kHtml };

// By file name: .md/.markdown/.mdx → Markdown, .html/.htm/.xhtml → HTML,
// else plain.
DraftFormat FormatForPath(std::string_view path);
// For standard input: HTML when the text looks like markup, else Markdown.
DraftFormat SniffFormat(std::string_view bytes);

struct ExtractedText {
  // Blocks (paragraphs, headings, list items, table rows) end in '\n';
  // inside a block, runs of white space are one ' '.
  std::string text;
  // origin[i]: offset in the input of text[i], never decreasing; one more
  // entry at the end holds the input's length. A decoded entity maps to its
  // '&'; a space that joins two lines, to the line break.
  std::vector<uint32_t> origin;
  Date date;  // from Markdown front matter; !ok() if none
};

ExtractedText ExtractText(std::string_view bytes, DraftFormat format);

// Spans of an extracted text whose numbers are references, not statements:
// list numbering at the start of a line ("3. ", "3) "), phone numbers
// ("+86 21 6321 5566", "(021) 6321-5566", "021-6321-5566", "call 12345"),
// page references ("page 12", "p. 12", "pp. 3-5"), version strings
// ("v2.3.1", "version 4.2", "4.2.1"), bracketed citation markers ("[2]",
// "[3, 4]"), and web and mail addresses. Sorted and disjoint.
std::vector<Span> ReferenceSpans(std::string_view text);

// 1-based line and column (in Unicode code points) of a byte offset.
struct LineCol {
  int line = 1, col = 1;
};
LineCol LineColAt(std::string_view bytes, uint32_t offset);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_DOCUMENT_H_
