// The scan result as the JavaScript wrapper takes it: the findings of
// ScanToJson (core/scan.h), with each finding's citations given as fact
// numbers and every cited fact's citation object written once, beside them.
// An article cites the same few source sentences again and again, so this is
// a fraction of the bytes to write, copy out of the module and parse;
// wasm/figcheck.mjs expands it back into exactly the object of
// `figcheck scan --format json`. Tested by tests/web/api.test.mjs (scan).
#ifndef FIGCHECK_WASM_SCAN_JSON_H_
#define FIGCHECK_WASM_SCAN_JSON_H_

#include <string>

#include "core/scan.h"

namespace figcheck {

// {"file", "as_of", "findings": [{"line", "column", "end_line",
//  "end_column", "start", "end", "claim", "verdict", "facts": [N, …],
//  "claimed", "explanation"}, …], "citations": {"N": citation, …},
//  "summary"}: a finding's `citation` is the citation of its first fact
// (null when none), its `citations` those of all its facts, in order.
std::string ScanToCompactJson(const FactBase& base, const ScanReport& report);

}  // namespace figcheck

#endif  // FIGCHECK_WASM_SCAN_JSON_H_
