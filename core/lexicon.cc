// Lexicon lookups: phrase synonyms are matched on stems, longest first, so
// "foreign-funded firms" and "foreign-invested enterprises" meet whatever the
// inflection. A canonical form is a fixed point: where the stemmer makes it
// one with another phrase ("foreign invested" and "foreign investment" are
// both "foreign invest"), that phrase's rule does not rewrite it. Tested by
// tests/reader_test.cc.
#include "core/lexicon.h"

#include <algorithm>
#include <utility>

#include "core/text.h"

namespace figcheck {
namespace {

// Lower-case words, hyphens splitting them as the tokenizer does.
std::vector<std::string> SplitWords(const std::string& phrase) {
  std::vector<std::string> out;
  std::string lower = AsciiLower(phrase);
  for (char& c : lower)
    if (c == '-') c = ' ';
  // Split by hand: a string stream would bring iostreams into the
  // WebAssembly module for this alone.
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  for (size_t i = 0; i < lower.size();) {
    while (i < lower.size() && space(lower[i])) ++i;
    size_t j = i;
    while (j < lower.size() && !space(lower[j])) ++j;
    if (j > i) out.push_back(lower.substr(i, j - i));
    i = j;
  }
  return out;
}

// One string for a phrase, for a set of phrases: the containers of strings
// the rest of the module uses already (a set of vectors would add its own
// code to the WebAssembly module).
std::string Joined(std::vector<std::string>::const_iterator begin, size_t n) {
  std::string out;
  for (size_t k = 0; k < n; ++k, ++begin) {
    if (k != 0) out += ' ';
    out += *begin;
  }
  return out;
}
std::string Joined(const std::vector<std::string>& words) {
  return Joined(words.begin(), words.size());
}

std::vector<std::string> StemAll(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const std::string& w : words) out.push_back(Stem(w));
  return out;
}

}  // namespace

void Lexicon::AddStopword(const std::string& word) {
  std::string lower = AsciiLower(word);
  stopwords_.insert(lower);
  stop_words_or_stems_.insert(lower);
  stop_words_or_stems_.insert(Stem(lower));
}

void Lexicon::AddSynonym(const std::string& phrase,
                         const std::string& canonical) {
  synonym_source_.emplace_back(phrase, canonical);
  AddPhrase(phrase, canonical);
}

void Lexicon::AddAlias(const std::string& word, const std::string& canonical) {
  alias_source_.emplace_back(word, canonical);
  AddPhrase(word, canonical);
}

void Lexicon::AddPhrase(const std::string& phrase,
                        const std::string& canonical) {
  std::vector<std::string> from_words = SplitWords(phrase);
  std::vector<std::string> from = StemAll(from_words);
  std::vector<std::string> to_words = SplitWords(canonical);
  std::vector<std::string> to = StemAll(to_words);
  if (from.empty()) return;
  rule_words_.insert(Joined(from_words));
  canonical_forms_.push_back(std::move(to_words));
  // Longest first, and in the order added among phrases of one length: each
  // goes after the last as long as itself (a stable sort's order, without
  // a stable sort's code in the WebAssembly module).
  auto& list = phrases_[from[0]];
  auto at = std::find_if(list.begin(), list.end(), [&](const auto& rule) {
    return rule.first.size() < from.size();
  });
  list.emplace(at, std::move(from), std::move(to));
}

// The words a scope is told by; their stems until Finalize reads them
// through the synonyms.
constexpr const char* kScopeWords[] = {"world", "country"};

Lexicon::Lexicon() {
  for (const char* word : kScopeWords) scopes_.push_back(Stem(word));
}

bool Lexicon::IsScope(const std::string& stem) const {
  return std::find(scopes_.begin(), scopes_.end(), stem) != scopes_.end();
}

void Lexicon::Finalize() {
  // The canonical forms a rule of another phrase would rewrite, by stem
  // ("foreign invested" under "foreign investment"), unless the form is a
  // rule's own phrase: that one goes on through it ("economist" →
  // "economy" → "GDP").
  for (const std::vector<std::string>& form : canonical_forms_) {
    if (form.empty() || rule_words_.count(Joined(form)) != 0) continue;
    std::vector<std::string> stems = StemAll(form);
    auto it = phrases_.find(stems[0]);
    if (it == phrases_.end()) continue;
    for (const auto& [from, to] : it->second)
      if (from == stems && to != stems) {
        fixed_words_.insert(Joined(form));
        fixed_stems_.insert(Joined(stems));
      }
  }
  for (int pass = 0; pass < 2; ++pass)
    for (auto& [first, rules] : phrases_)
      for (auto& [from, to] : rules) {
        std::vector<std::string> next;
        for (const Term& t : CanonicalizeStems(to)) next.push_back(t.stem);
        to = std::move(next);
      }
  scopes_.clear();
  for (const char* word : kScopeWords)
    for (const Term& t : CanonicalizeWord(word)) scopes_.push_back(t.stem);
}

// The shortest thing a compound can name ("carmakers"; not "remaking").
constexpr size_t kMinThing = 3;

// The ends of a compound of a thing and its makers, and what each makes of
// it (Canonicalize).
constexpr struct {
  std::string_view end, as;
} kMakers[] = {{"makers", "industry"},   {"making", "industry"},
               {"builders", "industry"}, {"building", "industry"},
               {"maker", "maker"},       {"builder", "maker"}};

std::vector<Lexicon::Term> Lexicon::Canonicalize(
    const std::vector<std::string>& words) const {
  // "chipmakers", "carmaking", "shipbuilders", "smart terminal makers":
  // the thing made, and its industry, unless the lexicon knows the whole
  // word or drops it ("lawmakers"). One maker ("the top chipmaker") is a
  // company, not the industry: the thing and "maker", which no source uses
  // (stems are matched, and "maker" has the stem of "makers": the words
  // are told apart here).
  std::vector<std::string> split;
  std::vector<size_t> origin;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    size_t cut = 0;
    std::string_view as;
    for (const auto& m : kMakers)
      if (w.size() >= m.end.size() + kMinThing &&
          w.compare(w.size() - m.end.size(), m.end.size(), m.end) == 0) {
        cut = w.size() - m.end.size();
        as = m.as;
        break;
      }
    if ((cut != 0 || w == "makers") && phrases_.count(Stem(w)) == 0 &&
        !IsStopword(w)) {
      if (split.empty()) {
        split.assign(words.begin(), words.begin() + i);
        for (size_t k = 0; k < i; ++k) origin.push_back(k);
      }
      if (cut != 0) {
        split.push_back(w.substr(0, cut));
        origin.push_back(i);
      }
      split.emplace_back(w == "makers" ? "industry" : as);
      origin.push_back(i);
    } else if (!split.empty()) {
      split.push_back(w);
      origin.push_back(i);
    }
  }
  if (split.empty()) return Rewrite(StemAll(words), &words);
  std::vector<Term> out = Rewrite(StemAll(split), &split);
  for (Term& t : out) t.word = origin[t.word];
  return out;
}

std::vector<Lexicon::Term> Lexicon::CanonicalizeWord(
    std::string_view word) const {
  // Most words are no phrase's first and no maker: their stem alone. The
  // rest go the whole way.
  std::string stem = Stem(word);
  bool maker = false;
  for (const auto& m : kMakers)
    maker = maker || (word.size() >= m.end.size() &&
                      word.substr(word.size() - m.end.size()) == m.end);
  if (maker || phrases_.count(stem) != 0)
    return Canonicalize(std::vector<std::string>{std::string(word)});
  std::vector<Term> out;
  out.push_back({std::move(stem), 0});
  return out;
}

std::vector<Lexicon::Term> Lexicon::CanonicalizeStems(
    const std::vector<std::string>& stems) const {
  return Rewrite(stems, nullptr);
}

bool Lexicon::KeepsCanonical(const std::vector<std::string>& from,
                             const std::vector<std::string>* words,
                             size_t i) const {
  if (fixed_stems_.count(Joined(from)) == 0) return false;
  // Stems alone are canonical already (Finalize); words keep the form only
  // as it is written.
  return words == nullptr ||
         fixed_words_.count(Joined(
             words->begin() + static_cast<std::ptrdiff_t>(i), from.size())) !=
             0;
}

std::vector<Lexicon::Term> Lexicon::Rewrite(
    std::vector<std::string> stems,
    const std::vector<std::string>* words) const {
  std::vector<Term> out;
  out.reserve(stems.size());
  for (size_t i = 0; i < stems.size();) {
    auto it = phrases_.find(stems[i]);
    bool replaced = false;
    if (it != phrases_.end()) {
      for (const auto& [from, to] : it->second) {
        if (i + from.size() > stems.size()) continue;
        if (!std::equal(from.begin(), from.end(), stems.begin() + i)) continue;
        const std::vector<std::string>& now =
            KeepsCanonical(from, words, i) ? from : to;
        for (size_t k = 0; k < now.size(); ++k)
          out.push_back({now[k], i + std::min(k, from.size() - 1)});
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out.push_back({std::move(stems[i]), i});
      ++i;
    }
  }
  return out;
}

}  // namespace figcheck
