// JSON output. Control characters, quotes and backslashes are escaped; "<",
// ">" and "&" are escaped too so the output can sit inside an HTML page
// without becoming markup. Tested by tests/factbase_test.cc.
#include "core/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/numbers.h"
#include "core/text.h"

namespace figcheck {

namespace {

// Bytes a JSON string cannot hold as they are: control characters, the
// quote and backslash, and the HTML markup characters.
struct EscapeTable {
  bool escape[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) escape[c] = true;
    escape[static_cast<unsigned char>('"')] = true;
    escape[static_cast<unsigned char>('\\')] = true;
    escape[static_cast<unsigned char>('<')] = true;
    escape[static_cast<unsigned char>('>')] = true;
    escape[static_cast<unsigned char>('&')] = true;
  }
};
constexpr EscapeTable kEscape;

// Whether any of eight bytes needs an escape (SWAR: a byte below 0x20, or
// one equal to a character of the table above).
bool NeedsEscape8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  auto has_zero = [&](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  auto has = [&](char c) {
    return has_zero(x ^ (kOnes * static_cast<unsigned char>(c)));
  };
  bool control = ((x - kOnes * 0x20) & ~x & kHigh) != 0;
  return control || has('"') || has('\\') || has('<') || has('>') || has('&');
}

}  // namespace

void AppendJsonEscaped(std::string* out, std::string_view text) {
  // Ill-formed UTF-8 becomes U+FFFD so the output is always valid JSON.
  if (!CheckUtf8(text).ok()) {
    std::string repaired;
    for (size_t i = 0; i < text.size();) {
      Status st = CheckUtf8(text.substr(i));
      if (st.ok()) {
        repaired.append(text.substr(i));
        break;
      }
      repaired.append(text.substr(i, st.offset()));
      repaired += "\xEF\xBF\xBD";
      i += st.offset() + 1;
    }
    AppendJsonEscaped(out, repaired);
    return;
  }
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size()) {
      uint64_t block;
      std::memcpy(&block, text.data() + i, 8);
      if (NeedsEscape8(block)) break;
      i += 8;
    }
    if (i >= text.size()) break;
    char c = text[i];
    unsigned char u = static_cast<unsigned char>(c);
    if (!kEscape.escape[u]) continue;
    out->append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '<': *out += "\\u003c"; break;
      case '>': *out += "\\u003e"; break;
      case '&': *out += "\\u0026"; break;
      default:
        if (u < 0x20) {
          *out += "\\u" + FormatHex(u, 4);
        }
    }
  }
  out->append(text.data() + run, text.size() - run);
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::BeginObject() {
  Separate();
  out_ += '{';
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::EndObject() {
  out_ += '}';
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::BeginArray() {
  Separate();
  out_ += '[';
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::EndArray() {
  out_ += ']';
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  out_ += '"';
  AppendJsonEscaped(&out_, key);
  out_ += "\":";
  after_key_ = true;
  return *this;
}
JsonWriter& JsonWriter::String(std::string_view value) {
  Separate();
  out_ += '"';
  AppendJsonEscaped(&out_, value);
  out_ += '"';
  return *this;
}
JsonWriter& JsonWriter::Number(double value) {
  Separate();
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  // A whole number below 10^6 prints as its digits at the first precision
  // tried below; counts are common, so skip the round trip for them.
  if (value == std::floor(value) && std::fabs(value) < 1e6 &&
      !(value == 0 && std::signbit(value))) {
    out_ += std::to_string(static_cast<long long>(value));
    return *this;
  }
  // Shortest representation that reads back to the same double.
  out_ += FormatShortest(value);
  return *this;
}
JsonWriter& JsonWriter::Int(long long value) {
  Separate();
  out_ += std::to_string(value);
  return *this;
}
JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  return *this;
}
JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  return *this;
}
JsonWriter& JsonWriter::Raw(std::string_view json) {
  Separate();
  out_ += json;
  return *this;
}

}  // namespace figcheck
