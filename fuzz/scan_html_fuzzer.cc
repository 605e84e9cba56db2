// Any bytes as a HTML draft, scanned against the real fact base. Oracle:
// no crash or sanitizer report, every finding lies inside the draft, and the
// JSON and SARIF reports always parse.
#include <cstdlib>

#include "core/scan.h"
#include "fuzz/harness.h"

using namespace figcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const FactBase& base = harness::SourceFactBase();
  StatusOr<ScanReport> report = Scan(base, harness::Bytes(data, size), DraftFormat::kHtml,
                                     Date(), harness::kAsOf, "fuzz.html");
  if (!report.ok()) return 0;
  for (const Finding& f : report.value().findings)
    if (f.start >= f.end || f.end > size) std::abort();
  harness::RequireJson(ScanToJson(base, report.value()), "ScanToJson");
  harness::RequireJson(ScanToSarif(base, {report.value()}), "ScanToSarif");
  ScanToText(base, {report.value()});
  ScanToGithub(base, {report.value()});
  return 0;
}
