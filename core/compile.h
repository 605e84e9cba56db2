// Stage 0: source documents → fact base. Every figure the reader finds in a
// document becomes a Fact; a figure with no stated period takes the year of
// the document's date (marked as not stated). No fact is entered by hand: a
// new document needs only its manifest entry. Tested by
// tests/factbase_test.cc.
#ifndef FIGCHECK_CORE_COMPILE_H_
#define FIGCHECK_CORE_COMPILE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/factbase.h"
#include "core/status.h"

namespace figcheck {

struct SourceText {
  Document meta;     // from the manifest; length is filled in
  std::string text;  // the document's bytes
};

// Whether a lower-case word names a place (a city, country, region); the
// command line asks WordNet (core/lexical/wordnet.h). `designated`: the
// text calls it one ("Pudong New Area"), so any word no dictionary knows
// as a common word is one. Without an oracle the fact base knows no
// places, and names are matched as any other name.
using PlaceOracle =
    std::function<bool(std::string_view lower_word, bool designated)>;

// The words a writer may use for a lower-case word of a source (synonyms,
// derived and irregular forms; the command line asks WordNet). Each that no
// source uses and that leads to one word only becomes an alias of the
// lexicon: a claim's "investors" meets a source's "invested".
using RelatedWords =
    std::function<std::vector<std::string>(std::string_view lower_word)>;

StatusOr<FactBase> CompileFactBase(std::vector<SourceText> sources,
                                   Lexicon lexicon,
                                   const PlaceOracle& is_place = nullptr,
                                   const RelatedWords& related = nullptr);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_COMPILE_H_
