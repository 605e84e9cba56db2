// JSON bytes ↔ fact base, and the two inputs of compilation (the sources
// manifest and the lexicon). Loading treats its input as untrusted: format
// and version, every field's type, and every offset against its document are
// checked, and the first problem is reported with its JSON path.
// Tested by tests/factbase_test.cc.
#ifndef FIGCHECK_CORE_FACTBASE_JSON_H_
#define FIGCHECK_CORE_FACTBASE_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/factbase.h"
#include "core/status.h"

namespace figcheck {

std::string WriteFactBase(const FactBase& base);
StatusOr<FactBase> LoadFactBase(std::string_view json);

// data/sources/manifest.json: {"documents": [{"file", "title", "publisher",
// "date", "language", "url"?}, …]}.
StatusOr<std::vector<Document>> ParseManifest(std::string_view json);
// data/lexicon.json: {"stopwords": [...], "synonyms": [[phrase, canon], …]}.
StatusOr<Lexicon> ParseLexicon(std::string_view json);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_JSON_H_
