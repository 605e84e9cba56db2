// Any bytes as the other inputs of `figcheck scan`: a draft file (decoded,
// scanned, its figcheck comments applied), a unified diff, a baseline and a
// config file in TOML and in JSON. Oracle: no crash or sanitizer report,
// and every finding of the draft lies inside it.
#include <cstdlib>

#include "core/scan/baseline.h"
#include "core/scan/config.h"
#include "core/scan/diff.h"
#include "core/scan/draft.h"
#include "fuzz/harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace figcheck;
  std::string_view bytes = harness::Bytes(data, size);
  DraftOptions options;
  options.today = Date{2024, 6, 1};
  ScanReport r = ScanDraft(harness::SourceFactBase(), bytes,
                           DraftFormat::kMarkdown, options, "fuzz.md");
  for (const Finding& f : r.findings)
    if (f.start > f.end || f.end > bytes.size()) std::abort();
  ParseUnifiedDiff(bytes);
  ParseBaseline(bytes);
  ParseScanConfig(bytes, "/fuzz/.figcheck.toml");
  ParseScanConfig(bytes, "/fuzz/.figcheck.json");
  return 0;
}
