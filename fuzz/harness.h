// What every fuzz target (and the soak run) checks against: the fact base
// compiled in-process from data/sources with data/lexicon.json, written and
// loaded again (exactly the base the command line reads), built once per
// process; a fixed date; and the oracle that every byte figcheck emits is
// valid JSON. Aborts when the repository's data cannot be read: a target
// that silently ran against an empty base would test nothing.
#ifndef FIGCHECK_FUZZ_HARNESS_H_
#define FIGCHECK_FUZZ_HARNESS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/document.h"
#include "core/factbase.h"
#include "core/text.h"

namespace figcheck {
namespace harness {

// The date claims and drafts are read against (their "today").
constexpr Date kAsOf{2024, 6, 1};

const FactBase& SourceFactBase();

// Aborts with `what` and the text when `json` does not parse.
void RequireJson(std::string_view json, const char* what);

// The scan targets' body: `bytes` as a draft of `format`, scanned against
// SourceFactBase(); aborts unless every finding lies inside the draft and
// the JSON and SARIF reports parse (text and GitHub reports are written too).
void ScanAndCheck(std::string_view bytes, DraftFormat format, const char* file);

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace harness
}  // namespace figcheck

#endif  // FIGCHECK_FUZZ_HARNESS_H_
