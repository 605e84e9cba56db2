// Batch request parsing with simdjson. Tested by tests/check_test.cc.
#include "core/request.h"

#include <simdjson.h>

namespace figcheck {

Status ParseRequest(std::string_view line, Request* out) {
  Request& r = *out;
  r = Request();
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::padded_string padded(line.data(), line.size());
  auto err = parser.parse(padded).get(root);
  if (err)
    return Status(ErrorCode::kBadRequest, std::string("not valid JSON: ") +
                                              simdjson::error_message(err));
  simdjson::dom::object o;
  if (root.get_object().get(o))
    return Status(ErrorCode::kBadRequest, "expected a JSON object");
  simdjson::dom::element e;
  if (!o["id"].get(e)) {
    r.has_id = true;
    r.id_json = simdjson::minify(e);
  }
  std::string_view claim;
  if (o["claim"].get(e) || e.get_string().get(claim))
    return Status(ErrorCode::kBadRequest, "\"claim\" must be a string");
  r.claim = std::string(claim);
  if (!o["as_of"].get(e) && !e.is_null()) {
    std::string_view d;
    if (e.get_string().get(d))
      return Status(ErrorCode::kBadRequest,
                    "\"as_of\" must be a YYYY-MM-DD string");
    StatusOr<Date> date = ParseDate(d);
    if (!date.ok())
      return Status(ErrorCode::kBadRequest, date.status().message());
    r.as_of = date.value();
  }
  return Status();
}

}  // namespace figcheck
