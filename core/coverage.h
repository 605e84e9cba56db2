// What a fact base covers, for a reader deciding what to ask: the place
// the sources are about, the topics they give figures for (measures as
// their sentences name them, "GDP", "container throughput", "regional
// headquarters"; never a bare noun such as "land") with the years, most
// figures first, and each document's title,
// publisher, date, language, how many figures it holds and their years.
// Fact base → JSON text; presentation only, no verdict logic. Written once,
// when the fact base is compiled (FactBase::coverage): the page's module
// hands it out as stored and holds none of this code. Tested by
// tests/factbase_test.cc, tests/web/api.test.mjs and tests/web/e2e.test.mjs.
#ifndef FIGCHECK_CORE_COVERAGE_H_
#define FIGCHECK_CORE_COVERAGE_H_

#include <string>

#include "core/factbase.h"

namespace figcheck {

// {"about": "Shanghai" | null, "facts": N,
//  "measures": [{"name": "foreign capital", "facts", "documents",
//                "years": [Y, …]}, …],
//  "documents": [{"file", "title", "language", "publisher", "date", "url",
//                 "figures", "years": [Y, …]}, …]}
std::string CoverageJson(const FactBase& base);

// The place most facts name ("Shanghai"), as the sources write it; empty
// when no fact names a place.
std::string MainPlace(const FactBase& base);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_COVERAGE_H_
