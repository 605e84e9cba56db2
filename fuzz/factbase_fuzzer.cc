// Any bytes as a compiled fact base. Oracle: no crash or sanitizer report;
// a base the loader accepts is safe to check and cite against, and writing
// it out and loading it again succeeds.
#include <cstdio>
#include <cstdlib>

#include "core/check.h"
#include "core/factbase_json.h"
#include "core/render.h"
#include "fuzz/harness.h"

using namespace figcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  StatusOr<FactBase> base = LoadFactBase(harness::Bytes(data, size));
  if (!base.ok()) return 0;
  for (const char* claim : {"Shanghai's GDP reached 5 trillion yuan in 2023",
                            "Exports grew about 48% from 2011 to 2021"}) {
    StatusOr<Result> result = Check(base.value(), claim, harness::kAsOf);
    if (result.ok()) harness::RequireJson(ResultToJson(base.value(), result.value()), "result");
  }
  StatusOr<FactBase> again = LoadFactBase(WriteFactBase(base.value()));
  if (!again.ok()) std::fprintf(stderr, "reload: %s\n", again.status().message().c_str());
  if (!again.ok()) std::abort();
  return 0;
}
