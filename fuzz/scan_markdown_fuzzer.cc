// Any bytes as a Markdown draft, scanned against the real fact base. Oracle:
// no crash or sanitizer report, every finding lies inside the draft, and the
// JSON and SARIF reports always parse (harness::ScanAndCheck).
#include "fuzz/harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  figcheck::harness::ScanAndCheck(figcheck::harness::Bytes(data, size),
                                  figcheck::DraftFormat::kMarkdown, "fuzz.md");
  return 0;
}
