// Errors as values. Nothing in core/ throws: every fallible call returns a
// Status (or a StatusOr<T>) carrying a code, a message for people, and the
// span of input that caused it. RE2 and simdjson errors are turned into these
// at the boundary. Tested by tests/status_test.cc.
#ifndef FIGCHECK_CORE_STATUS_H_
#define FIGCHECK_CORE_STATUS_H_

#include <cstddef>
#include <string>
#include <utility>

namespace figcheck {

enum class ErrorCode {
  kOk = 0,
  kEmptyInput,       // a claim or document with no text
  kInputTooLarge,    // over the documented size limit
  kInvalidUtf8,      // bytes that are not UTF-8
  kBadDate,          // not YYYY-MM-DD, or not a calendar date
  kBadFactBase,      // JSON that is not a fact base (syntax, schema, types)
  kFactBaseVersion,  // a fact base of another format version
  kBadManifest,      // sources manifest missing, malformed or incomplete
  kBadLexicon,       // data/lexicon.json malformed
  kBadRequest,       // a batch line that is not a request object
  kNoFigure,         // nothing checkable in the claim
  kBadDictionary,    // WordNet's dictionary missing or unreadable
  kNotText,          // a draft that is binary or in no encoding figcheck reads
  kUnreadable,       // a draft that cannot be opened or read
  kBadDirective,     // a figcheck comment in a draft that is not one
  kBadBaseline,      // a scan baseline file malformed
  kBadPatch,         // a diff that is not a unified diff
  kBadConfig,        // .figcheck.toml or .figcheck.json malformed
  kNotEnglish,       // a claim in another language (figcheck reads English)
};

// One line per code; the specific message adds what and where.
const char* ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message, size_t offset = 0)
      : code_(code), message_(std::move(message)), offset_(offset) {}

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Byte offset into the input where the problem is (0 when not applicable).
  size_t offset() const { return offset_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
  size_t offset_ = 0;
};

template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { return value_; }
  T& value() & { return value_; }
  T&& value() && { return std::move(value_); }

 private:
  Status status_;
  T value_{};
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_STATUS_H_
