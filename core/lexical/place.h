// What kind of place a name names. A plain value with no dependency, so the
// fact base's place table can carry it into the WebAssembly build while the
// lexical database that decides it (core/lexical/wordnet.h) stays native.
// Tested by tests/wordnet_test.cc.
#ifndef FIGCHECK_CORE_LEXICAL_PLACE_H_
#define FIGCHECK_CORE_LEXICAL_PLACE_H_

namespace figcheck {

// Ordered from the most to the least specific administrative unit; kNone
// last. The order is the precedence when one meaning reaches several.
enum class PlaceKind {
  kCity,           // a city, town or capital (Shanghai, Beijing, Rotterdam)
  kCountry,        // a country (China, Singapore the republic, Turkey)
  kRegion,         // any other named area: province, state, borough,
                   // territory, geographic region (Guangdong, Middle East)
  kOtherLocation,  // a named place of another kind: port, point, island,
                   // continent, river, sea, mountain (Taiwan, Asia, Yangtze)
  kNone,           // not a place, or not known
};

// "city", "country", "region", "other location", "none".
inline const char* PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCity: return "city";
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kOtherLocation: return "other location";
    case PlaceKind::kNone: return "none";
  }
  return "none";
}

}  // namespace figcheck

#endif  // FIGCHECK_CORE_LEXICAL_PLACE_H_
