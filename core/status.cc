// Names for error codes. Tested by tests/status_test.cc.
#include "core/status.h"

namespace figcheck {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kEmptyInput: return "empty input";
    case ErrorCode::kInputTooLarge: return "input too large";
    case ErrorCode::kInvalidUtf8: return "invalid UTF-8";
    case ErrorCode::kBadDate: return "bad date";
    case ErrorCode::kBadFactBase: return "bad fact base";
    case ErrorCode::kFactBaseVersion: return "unsupported fact base version";
    case ErrorCode::kBadManifest: return "bad manifest";
    case ErrorCode::kBadLexicon: return "bad lexicon";
    case ErrorCode::kBadRequest: return "bad request";
    case ErrorCode::kNoFigure: return "no checkable figure";
    case ErrorCode::kBadDictionary: return "bad dictionary";
    case ErrorCode::kNotText: return "not text";
    case ErrorCode::kUnreadable: return "unreadable";
    case ErrorCode::kBadDirective: return "bad figcheck comment";
    case ErrorCode::kBadBaseline: return "bad baseline";
    case ErrorCode::kBadPatch: return "bad patch";
    case ErrorCode::kBadConfig: return "bad config";
    case ErrorCode::kNotEnglish: return "not English";
  }
  return "unknown error";
}

}  // namespace figcheck
