// What the fact-base compiler asks of a lexical database (core/compile.h's
// PlaceOracle and RelatedWords), answered by WordNet: one definition for
// the command line and the tests, native only. The WordNet must outlive
// the functions. Tested by tests/wordnet_test.cc.
#ifndef FIGCHECK_CORE_LEXICAL_ORACLES_H_
#define FIGCHECK_CORE_LEXICAL_ORACLES_H_

#include "core/compile.h"
#include "core/lexical/wordnet.h"

namespace figcheck {

// A city, a country or a region (not a river or a port: a figure is given
// for those as for any other subject); designated by the text, any word
// WordNet does not know ("Pudong", not the "Trade" of "Free Trade Zone").
PlaceOracle PlacesFrom(const WordNet& wordnet);

// WordNet::Related.
RelatedWords RelatedFrom(const WordNet& wordnet);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_LEXICAL_ORACLES_H_
