// What a fact base covers, for a reader deciding what to ask: each
// document's title, publisher and date, how many figures it holds, the years
// they are about and a few subject words as they are written in its
// sentences. Fact base → JSON text; presentation only, no verdict logic.
// Tested by tests/web/api.test.mjs (coverage).
#ifndef FIGCHECK_WASM_COVERAGE_H_
#define FIGCHECK_WASM_COVERAGE_H_

#include <string>

#include "core/factbase.h"

namespace figcheck {

// {"facts": N, "documents": [{"file", "title", "publisher", "date", "url",
//  "figures", "years": [Y, …], "subjects": ["industry", …]}, …]}
std::string CoverageJson(const FactBase& base, size_t subjects_per_document = 6);

}  // namespace figcheck

#endif  // FIGCHECK_WASM_COVERAGE_H_
