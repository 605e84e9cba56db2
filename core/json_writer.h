// A minimal streaming JSON writer: objects, arrays, escaped strings and
// shortest round-trip numbers. Used for the fact base and for results, so
// every byte figcheck emits is valid JSON whatever the input held.
// Tested by tests/factbase_test.cc and tests/check_test.cc.
#ifndef FIGCHECK_CORE_JSON_WRITER_H_
#define FIGCHECK_CORE_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(double value);
  JsonWriter& Int(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Inserts already-serialised JSON as one value.
  JsonWriter& Raw(std::string_view json);

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Separate();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element yet
  bool after_key_ = false;
};

// Escapes for a JSON string body (no quotes added).
void AppendJsonEscaped(std::string* out, std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_JSON_WRITER_H_
