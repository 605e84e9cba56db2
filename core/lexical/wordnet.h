// WordNet 3.0 (Princeton's C library, Debian's wordnet-dev) behind a plain
// interface, for the fact-base compiler only: native, never in the
// WebAssembly build (target figcheck_wordnet, not figcheck_core).
// In: a dictionary directory; names and words as ASCII text, any case, words
// separated by spaces ("hong kong"). Out: PlaceKind, a containing place's
// name, synonyms, derived forms; lemmas come back lower case with spaces.
// Guaranteed: nothing throws; a dictionary that cannot be opened is a Status
// (kBadDictionary) and every query then answers "none"/empty. Tested by
// tests/wordnet_test.cc.
#ifndef FIGCHECK_CORE_LEXICAL_WORDNET_H_
#define FIGCHECK_CORE_LEXICAL_WORDNET_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexical/place.h"
#include "core/status.h"

namespace figcheck {

// Where Debian's wordnet-base puts the dictionary.
inline constexpr char kWordNetDictionary[] = "/usr/share/wordnet";

// WordNet's C library keeps one open dictionary per process in globals, and
// it is not thread-safe: every WordNet object shares it, calls are
// serialised by one lock, and two objects open at once must name the same
// directory (the second gets an error otherwise).
class WordNet {
 public:
  // Opens the dictionary in `dictionary_dir` (index.noun, data.noun, … as
  // wordnet-base installs them). Always succeeds; ask ok() / status().
  explicit WordNet(std::string dictionary_dir = kWordNetDictionary);
  ~WordNet();
  WordNet(const WordNet&) = delete;
  WordNet& operator=(const WordNet&) = delete;

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // Whether `name` names a place: some noun meaning of it is an instance
  // (a proper name, not a common noun) of a location; core/lexical/
  // wordnet.cc says which WordNet synsets count and why. Answers "if this
  // were a proper name": callers ask for capitalised names, since common
  // words with a place meaning ("reading", "nice", "mobile") are places.
  PlaceKind PlaceOf(std::string_view name) const;

  // The place that contains `name`'s place meaning per WordNet's part
  // holonyms ("shanghai" → "china", "rotterdam" → "netherlands", "china" →
  // "asia"); empty when `name` is not a place or WordNet names no container.
  std::string ParentOf(std::string_view name) const;

  // Whether `word` (or its base form) is a lemma of any part of speech.
  bool Knows(std::string_view word) const;

  // The other lemmas of the first noun meaning of `word` (or of its base
  // form: "ports" → "port"), in WordNet's order; empty when not a noun.
  std::vector<std::string> Synonyms(std::string_view word) const;

  // The words a writer may use for `word` (any part of speech, any
  // inflection): the other lemmas of its
  // first meaning as a noun, a verb and an adjective, the forms derived
  // from its first kRelatedSenses meanings of each, and the irregular
  // inflections of its base forms ("build" → "built", "datum" → "data").
  // Its base forms too. Sorted, without duplicates, without `word`.
  std::vector<std::string> Related(std::string_view word) const;

  // The derivationally related forms of `word` in every part of speech
  // ("produce" → "producer", "production", …), sorted, without duplicates.
  std::vector<std::string> DerivedForms(std::string_view word) const;

 private:
  struct Tables;
  Status status_;
  std::unique_ptr<Tables> tables_;  // null unless ok()
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_LEXICAL_WORDNET_H_
