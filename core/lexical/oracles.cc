#include "core/lexical/oracles.h"

namespace figcheck {

PlaceOracle PlacesFrom(const WordNet& wordnet) {
  return [&wordnet](std::string_view word) {
    PlaceKind kind = wordnet.PlaceOf(word);
    return kind == PlaceKind::kCity || kind == PlaceKind::kCountry ||
           kind == PlaceKind::kRegion;
  };
}

RelatedWords RelatedFrom(const WordNet& wordnet) {
  return [&wordnet](std::string_view word) { return wordnet.Related(word); };
}

}  // namespace figcheck
