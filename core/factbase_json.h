// JSON bytes ↔ fact base, and the two inputs of compilation (the sources
// manifest and the lexicon). Loading treats its input as untrusted: format
// and version, every field's type, every offset against its document and
// sentence, and every id (document, sentence, fact, term) against its table
// are checked, and the first problem is reported with its JSON path.
// Tested by tests/factbase_test.cc and tests/hostile_test.cc.
//
// Version 7 (6 had no coverage, 5 stemmed with a hand-written stemmer, 4
// had no aliases, 3 no aspect and names):
//   {"format": "figcheck-factbase", "version": 7,
//    "documents": [{"file", "title", "publisher", "date", "language", "url",
//                   "length", "topic": [term id, …]}, …],
//    "coverage": {…},                      core/coverage.h's object, as
//                                          compiled; kept as written
//    "terms": ["stem", …],                 a term's id is its index; stems
//                                          are Snowball English (text.h)
//    "sentences": [[doc, start, "text"], …],   end = start + bytes of text
//    "facts": [[sentence, start, length,    start within the sentence
//               value, step, "unit", "qualifier", "level"|"change",
//               direction, [from, to, years, stated], target, pair,
//               pair_from, ["noun", …], [Δid, weight‰, Δid, weight‰, …],
//               "aspect", ["name", …]], …],
//    "lexicon": {"stopwords": […], "synonyms": [[phrase, canonical], …],
//                "aliases": [[word, canonical], …], "places": ["stem", …]}}
// (coverage, aliases and places optional).
// A fact's terms are ascending ids, each written as the step from the one
// before (the first from 0), with weights in thousandths. Term weights
// (IDF) are not stored: the index derives them from the facts.
#ifndef FIGCHECK_CORE_FACTBASE_JSON_H_
#define FIGCHECK_CORE_FACTBASE_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/factbase.h"
#include "core/status.h"

namespace figcheck {

std::string WriteFactBase(const FactBase& base);

// Bytes simdjson may read past the end of the JSON. A caller that holds the
// file in a buffer with this many bytes to spare (a std::string reserved to
// size() + kFactBasePadding) passes its capacity, and the loader reads the
// bytes in place instead of copying them first.
constexpr size_t kFactBasePadding = 64;
// `capacity`: how many bytes from json.data() may be read (at least
// json.size() to be of use).
StatusOr<FactBase> LoadFactBase(std::string_view json, size_t capacity = 0);

// data/sources/manifest.json: {"documents": [{"file", "title", "publisher",
// "date", "language", "url"?}, …]}.
StatusOr<std::vector<Document>> ParseManifest(std::string_view json);
// data/lexicon.json: {"stopwords": [...], "synonyms": [[phrase, canon], …]}.
StatusOr<Lexicon> ParseLexicon(std::string_view json);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_JSON_H_
