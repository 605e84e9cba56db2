// A draft file's bytes → its ScanReport, for the command line: the bytes are
// decoded (encoding.h), scanned (scan.h), and the figcheck comments applied
// (directives.h); offsets are then mapped back to the file's bytes. Never
// fails: a draft that cannot be read becomes a report holding one problem
// and no findings, so one bad file does not stop a scan of many. Tested by
// tests/scan_draft_test.cc and tests/scan_cli_test.sh.
#ifndef FIGCHECK_CORE_SCAN_DRAFT_H_
#define FIGCHECK_CORE_SCAN_DRAFT_H_

#include <string>
#include <string_view>

#include "core/scan.h"
#include "core/scan/encoding.h"

namespace figcheck {

struct DraftOptions {
  Date as_of;  // wins when ok(); else the front matter's; else `today`
  Date today;
  Encoding encoding = Encoding::kAuto;
  unsigned threads = 1;  // sentences checked at once (Scan)
};

ScanReport ScanDraft(const FactBase& base, std::string_view bytes,
                     DraftFormat format, const DraftOptions& options,
                     std::string file);

// The report of a file that could not be read at all.
ScanReport UnreadableDraft(std::string file, Status status);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_DRAFT_H_
