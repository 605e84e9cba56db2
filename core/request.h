// Batch requests: one JSON object per line, {"id": any?, "claim": string,
// "as_of": "YYYY-MM-DD" | null?}. Tested by tests/check_test.cc.
#ifndef FIGCHECK_CORE_REQUEST_H_
#define FIGCHECK_CORE_REQUEST_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "core/text.h"

namespace figcheck {

struct Request {
  bool has_id = false;
  std::string id_json;  // the id exactly as JSON, echoed back
  std::string claim;
  Date as_of;  // !ok() when not given
};

// Fills `out` as far as the line allows (the id even when the claim is
// missing, so an error can echo it) and returns the first problem.
Status ParseRequest(std::string_view line, Request* out);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_REQUEST_H_
