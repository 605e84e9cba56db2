#include "core/lexical/oracles.h"

namespace figcheck {

PlaceOracle PlacesFrom(const WordNet& wordnet) {
  return [&wordnet](std::string_view word, bool designated) {
    PlaceKind kind = wordnet.PlaceOf(word);
    return kind == PlaceKind::kCity || kind == PlaceKind::kCountry ||
           kind == PlaceKind::kRegion || (designated && !wordnet.Knows(word));
  };
}

RelatedWords RelatedFrom(const WordNet& wordnet) {
  return [&wordnet](std::string_view word) { return wordnet.Related(word); };
}

}  // namespace figcheck
