// What the sources hold near a claim's figures, for a reader told that a
// figure is unverifiable: for each figure of the claim (in the order of
// check()'s `figures`), the closest facts by subject (shared subject terms,
// each weighed by its IDF, the figure's own names left out, so a claim
// about another city still finds the sources' figures for the same
// measure), and the names the figure gives that no fact holds ("Tianjin"),
// with the place the sources are mostly about. Claim text → JSON text;
// presentation only, no verdict logic. Tested by tests/web/api.test.mjs
// (nearby) and tests/web/e2e.test.mjs.
#ifndef FIGCHECK_WASM_NEARBY_H_
#define FIGCHECK_WASM_NEARBY_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/factbase.h"
#include "core/text.h"

namespace figcheck {

// {"about": "Shanghai" | null,
//  "figures": [{"text", "unknown_names": ["Tianjin", …],
//               "facts": [citation, …]}, …]}
// A citation is the object of `figcheck check --format json`.
// `dated`: as in Check (check.h).
std::string NearbyJson(const FactBase& base, std::string_view claim, Date as_of,
                       bool dated, size_t per_figure = 3);

}  // namespace figcheck

#endif  // FIGCHECK_WASM_NEARBY_H_
