// figcheck comments in a draft → suppressed findings. In Markdown and HTML:
//   <!-- figcheck-disable-next-line -->   the next line that is not blank
//   <!-- figcheck-disable-line -->        the comment's own line
//   <!-- figcheck-disable --> … <!-- figcheck-enable -->   a passage (to the
//                                         end of the file when not closed)
// each optionally followed by a colon, then a figure in double quotes (only
// that figure is suppressed; the comment must cover it) and/or a reason:
//   <!-- figcheck-disable-next-line: "5 trillion yuan" story is the error -->
// A comment that starts with "figcheck" but is none of these, an enable with
// no open passage, a passage opened twice, or a named figure that the comment
// does not cover becomes a ScanProblem at the comment. Comments inside fenced
// code blocks or inline code are examples, not directives. Plain text has no
// comment syntax and no directives. Tested by tests/scan_draft_test.cc
// (DirectivesTest).
#ifndef FIGCHECK_CORE_SCAN_DIRECTIVES_H_
#define FIGCHECK_CORE_SCAN_DIRECTIVES_H_

#include <string_view>

#include "core/scan.h"

namespace figcheck {

// `text` is the draft as scanned (UTF-8) and `report` its findings, at
// offsets of `text`. Sets each covered finding's suppression; appends
// problems.
void ApplyDirectives(std::string_view text, DraftFormat format,
                     ScanReport* report);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_DIRECTIVES_H_
