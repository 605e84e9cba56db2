// The start and the end of a JSON object read with simdjson On Demand
// (json_reader.h). On Demand reports only that the bytes are not an object; to
// say what they are instead, StartObject looks at the first byte (or word)
// rather than parsing further (a DOM parse to tell JSON of another kind from
// bytes that are not JSON would add 8 KB gzipped to the WebAssembly module,
// for an error message). Tested by tests/factbase_test.cc
// (FactBaseJsonTest.RejectsWhatIsNotAnObject) and tests/hostile_test.cc
// (HostileFactBaseTest.NotJsonIsOneClearError).
#include "core/factbase_json/json_reader.h"

#include <cstring>
#include <string>
#include <string_view>

namespace figcheck {
namespace factbase_json {
namespace {

Status ParseError(ErrorCode code, simdjson::error_code err, const char* what) {
  return Status(code, std::string(what) + " is not valid JSON: " +
                          simdjson::error_message(err));
}

}  // namespace

// Starts reading `json` as one JSON object. When it does not start as one,
// the error names what it starts as instead ("$: expected an object, not
// an array"); the input is not parsed further (a DOM parse to tell JSON of
// another kind from bytes that are not JSON would add 8 KB gzipped to the
// WebAssembly module, for an error message).
Status StartObject(od::parser& parser, simdjson::padded_string_view json,
                   ErrorCode code, const char* what, const char* root,
                   od::document* doc, od::object* top) {
  auto err = parser.iterate(json).get(*doc);
  if (!err) err = doc->get_object().get(*top);
  if (!err) return Status();
  if (err != simdjson::INCORRECT_TYPE) return ParseError(code, err, what);
  size_t i = 0;
  while (i < json.length() && (json[i] == ' ' || json[i] == '\t' ||
                               json[i] == '\n' || json[i] == '\r'))
    ++i;
  const std::string_view rest(json.data() + i, json.length() - i);
  const char c = rest.empty() ? '\0' : rest[0];
  auto starts = [&](std::string_view word) {
    return rest.substr(0, word.size()) == word &&
           (rest.size() == word.size() ||
            std::strchr(" \t\r\n,]}", rest[word.size()]) != nullptr);
  };
  const char* kind = c == '['                             ? "an array"
                     : c == '"'                           ? "a string"
                     : c == '-' || (c >= '0' && c <= '9') ? "a number"
                     : starts("true") || starts("false")  ? "true or false"
                     : starts("null")                     ? "null"
                                                          : nullptr;
  if (kind == nullptr)
    return Status(code, std::string(what) +
                            " is not valid JSON: it does not start with a "
                            "JSON value");
  return Status(code, std::string(root) + ": expected an object, not " + kind);
}

// Once the top-level object is read, nothing but whitespace may follow.
Status CheckEnd(od::document& doc, ErrorCode code, const char* what) {
  if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
    return Status(code, std::string(what) +
                            " is not valid JSON: content after the "
                            "top-level object");
  return Status();
}

}  // namespace factbase_json
}  // namespace figcheck
