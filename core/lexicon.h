// The general lexicon: words that never name a subject (stopwords) and
// phrases that name the same thing ("chip" = "integrated circuit"). It is
// data (data/lexicon.json), compiled into the fact base so a claim is read
// with the same lexicon its facts were. Nothing in it names a claim.
// Tested by tests/reader_test.cc.
#ifndef FIGCHECK_CORE_LEXICON_H_
#define FIGCHECK_CORE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace figcheck {

class Lexicon {
 public:
  // Surface words, lower case ("the", "reached").
  void AddStopword(const std::string& word);
  // "chip" → "integrated circuit"; both sides are surface words, matched
  // after stemming, longest phrase first. Text written as a canonical form
  // stays that form even where its stems are another phrase's.
  void AddSynonym(const std::string& phrase, const std::string& canonical);

  // True for a stopword or the stem of one.
  bool IsStopword(const std::string& lower_word_or_stem) const {
    return stop_words_or_stems_.count(lower_word_or_stem) != 0;
  }
  // Turns lower-case surface words into canonical stems; the output keeps one
  // entry per input word (index of the word it came from), so positions stay
  // usable for weighting.
  struct Term {
    std::string stem;
    size_t word;  // index into the input
  };
  std::vector<Term> Canonicalize(const std::vector<std::string>& words) const;
  // Same, for one word: Canonicalize({word}) without its copies.
  std::vector<Term> CanonicalizeWord(std::string_view word) const;
  // Same, for words already stemmed.
  std::vector<Term> CanonicalizeStems(
      const std::vector<std::string>& stems) const;
  // A word no source uses, for one a source does ("investor" for
  // "invested"), found in a lexical database when the fact base is compiled
  // (CompileFactBase); matched as a synonym is. Call Finalize after.
  void AddAlias(const std::string& word, const std::string& canonical);
  // Runs each synonym's canonical form through the other synonyms, so
  // "CIIE" → "China International Import Expo" ends as the same terms the
  // spelled-out name gives, and settles the scope stems. Call once after
  // the last AddSynonym.
  void Finalize();

  Lexicon();

  // Canonical stems of the place names the sources use ("china", "beij"),
  // decided when the fact base is compiled (a lexical database there):
  // a figure of another place than its fact's never matches it.
  void AddPlace(const std::string& stem) { places_.insert(stem); }
  bool IsPlace(const std::string& stem) const {
    return places_.count(stem) != 0;
  }
  const std::unordered_set<std::string>& places() const { return places_; }
  // Whether a stem is the world's or the country's, the scopes a share's
  // whole may be told by ("of the world's total", "of the national total").
  bool IsScope(const std::string& stem) const;
  // Those stems (IsScope's), as of the last Finalize.
  const std::vector<std::string>& ScopeStems() const { return scopes_; }

  const std::unordered_set<std::string>& stopwords() const {
    return stopwords_;
  }
  const std::vector<std::pair<std::string, std::string>>& synonyms() const {
    return synonym_source_;
  }
  const std::vector<std::pair<std::string, std::string>>& aliases() const {
    return alias_source_;
  }

 private:
  void AddPhrase(const std::string& phrase, const std::string& canonical);
  // `words`: the surface words of `stems`, or null when `stems` are canonical.
  // The stems are taken: those no rule rewrites are moved into the terms.
  std::vector<Term> Rewrite(std::vector<std::string> stems,
                            const std::vector<std::string>* words) const;
  // Whether the rule of phrase `from` at stems[i] would rewrite a canonical
  // form that stands fixed.
  bool KeepsCanonical(const std::vector<std::string>& from,
                      const std::vector<std::string>* words, size_t i) const;

  std::unordered_set<std::string> stopwords_;
  // The stopwords and their stems in one set: IsStopword is one lookup.
  std::unordered_set<std::string> stop_words_or_stems_;
  // First stem of a phrase → (phrase stems, canonical stems), longest first.
  std::unordered_map<std::string,
                     std::vector<std::pair<std::vector<std::string>,
                                           std::vector<std::string>>>>
      phrases_;
  // For the fixed point (Finalize): every canonical form's words, every
  // rule's phrase, and the canonical forms that stand fixed, as words and
  // as stems (words joined by spaces).
  std::vector<std::vector<std::string>> canonical_forms_;
  std::unordered_set<std::string> rule_words_;
  std::unordered_set<std::string> fixed_words_;
  std::unordered_set<std::string> fixed_stems_;
  std::vector<std::pair<std::string, std::string>> synonym_source_;
  std::vector<std::pair<std::string, std::string>> alias_source_;
  std::unordered_set<std::string> places_;
  // IsScope's stems: asked for while reading every claim, so kept.
  std::vector<std::string> scopes_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_LEXICON_H_
