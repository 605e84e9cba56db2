// What the readers of core/factbase_json.h share: a JSON object read with
// simdjson On Demand, field by field in the order the fields come, and
// errors as values that name the JSON path that failed ("$.documents[2].date:
// missing"); the first error is kept. Also the two sections a fact base and
// the compiler's inputs have in common, its documents and its lexicon
// (manifest.cc). Private to core/factbase_json/: the public API is
// core/factbase_json.h. Tested through it by tests/factbase_test.cc and
// tests/hostile_test.cc.
#ifndef FIGCHECK_CORE_FACTBASE_JSON_JSON_READER_H_
#define FIGCHECK_CORE_FACTBASE_JSON_JSON_READER_H_

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/factbase.h"
#include "core/status.h"

namespace figcheck {
namespace factbase_json {

namespace od = simdjson::ondemand;

// Remembers the first error with its JSON path.
class Reader {
 public:
  explicit Reader(ErrorCode code) : code_(code) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  void Fail(const std::string& path, const std::string& what) {
    if (status_.ok()) status_ = Status(code_, path + ": " + what);
  }
  // A value of another type (or out of range: SUCCESS) is the file's
  // mistake at `path`; any other error means the bytes are not JSON, which On
  // Demand finds only where it reads.
  void Fail(const std::string& path, simdjson::error_code err,
            const std::string& expected) {
    if (err == simdjson::SUCCESS || err == simdjson::INCORRECT_TYPE ||
        err == simdjson::NUMBER_OUT_OF_RANGE)
      Fail(path, expected);
    else
      Fail(path, std::string("not valid JSON (") +
                     simdjson::error_message(err) + ")");
  }

  template <typename Value>  // od::value, or one from an iterator
  bool Object(Value& v, const std::string& path, od::object* out) {
    if (auto err = v.get_object().get(*out)) {
      Fail(path, err, "expected an object");
      return false;
    }
    return true;
  }
  bool Array(od::value& v, const std::string& path, od::array* out) {
    if (auto err = v.get_array().get(*out)) {
      Fail(path, err, "expected an array");
      return false;
    }
    return true;
  }
  // A null is read as "" when `nullable`.
  bool Str(od::value& v, const std::string& path, std::string* out,
           bool nullable = false) {
    bool is_null = false;
    if (nullable && v.is_null().get(is_null) == simdjson::SUCCESS && is_null)
      return true;
    std::string_view s;
    if (auto err = v.get_string().get(s)) {
      Fail(path, err, "expected a string");
      return false;
    }
    out->assign(s);
    return true;
  }
  bool Int(od::value& v, const std::string& path, int64_t* out, int64_t lo,
           int64_t hi) {
    if (auto err = v.get_int64().get(*out)) {
      Fail(path, err, "expected an integer");
      return false;
    }
    if (*out < lo || *out > hi) {
      Fail(path, "out of range (" + std::to_string(*out) + ")");
      return false;
    }
    return true;
  }

 private:
  ErrorCode code_;
  Status status_;
};

// Starts reading `json` as one JSON object. When it does not start as one,
// the error names what it starts as instead ("$: expected an object, not
// an array"); the input is not parsed further.
Status StartObject(od::parser& parser, simdjson::padded_string_view json,
                   ErrorCode code, const char* what, const char* root,
                   od::document* doc, od::object* top);

// Calls visit(key, value) for each field of an object, in order; false
// when visit does or the object is not JSON. Fields are read in the order
// they come: On Demand can look fields up by name too, but a lookup that
// wraps around relies on the text before it being well-formed.
template <typename Visit>
bool ForEachField(Reader& r, od::object& o, const std::string& path,
                  Visit visit) {
  for (auto field : o) {
    od::field f;
    std::string_view key;
    auto err = std::move(field).get(f);
    if (!err) err = f.unescaped_key().get(key);
    if (err) {
      r.Fail(path, err, "");
      return false;
    }
    if (!visit(key, f.value())) return false;
  }
  return true;
}

// Once the top-level object is read, nothing but whitespace may follow.
Status CheckEnd(od::document& doc, ErrorCode code, const char* what);

// The "lexicon" object at `path`: stopwords, synonyms and (optional)
// places; *out is finalized.
bool ReadLexicon(Reader& r, od::object& o, const std::string& path,
                 Lexicon* out);
// The documents of a manifest or, with `topics`, of a fact base (which adds
// "length" and "topic", its terms as ids).
bool ReadDocuments(Reader& r, od::value& v, std::vector<Document>* out,
                   std::vector<std::vector<uint32_t>>* topics);

}  // namespace factbase_json
}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_JSON_JSON_READER_H_
