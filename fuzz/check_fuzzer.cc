// Any bytes as a claim, checked against the real fact base. Oracle: no crash
// or sanitizer report, and the JSON result always parses.
#include "core/check.h"
#include "core/render.h"
#include "fuzz/harness.h"

using namespace figcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const FactBase& base = harness::SourceFactBase();
  StatusOr<Result> result = Check(base, harness::Bytes(data, size), harness::kAsOf);
  if (!result.ok()) return 0;
  harness::RequireJson(ResultToJson(base, result.value()), "ResultToJson");
  ResultToText(base, result.value());
  return 0;
}
