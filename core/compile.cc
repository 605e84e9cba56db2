// Compiles documents with the reader, finds each document's topic, and
// leaves the term weights to the index (FactBase::BuildIndex): inverse
// document frequency over the sentences that hold figures, so a term found
// in every sentence ("industry") counts for less than a rare one ("TEU").
// Tested by tests/factbase_test.cc.
#include "core/compile.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/coverage.h"
#include "core/reader.h"
#include "core/reader/names.h"
#include "core/text.h"

namespace figcheck {

namespace {

// The lower-case runs of ASCII letters of `text`.
std::set<std::string> WordsOf(const std::string& text) {
  std::set<std::string> out;
  for (size_t i = 0; i < text.size();) {
    size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])))
      ++j;
    if (j > i) out.insert(AsciiLower(std::string_view(text).substr(i, j - i)));
    i = j + (j == i);
  }
  return out;
}

// Aliases for the words of the facts' subjects: each related word that is
// no fact's term, no stopword, no synonym already, and leads to one
// canonical stem only (one that leads to two says nothing sure).
void AddAliases(const std::vector<SourceText>& sources,
                const std::vector<Fact>& facts, const RelatedWords& related,
                Lexicon* lexicon) {
  std::set<std::string> words;
  for (const SourceText& src : sources)
    for (const std::string& w : WordsOf(src.text)) words.insert(w);
  std::set<std::string> used;  // every term of a fact's subject
  for (const Fact& f : facts)
    for (const auto& t : f.figure.terms) used.insert(t.first);
  // Alias stem → (its word, the canonical stems it leads to, a source word).
  struct Leads {
    std::string word;
    std::set<std::string> stems;
    std::string to;
  };
  std::map<std::string, Leads> leads;
  for (const std::string& w : words) {
    if (w.size() < 3 || lexicon->IsStopword(w)) continue;
    std::vector<Lexicon::Term> canon = lexicon->CanonicalizeWord(w);
    if (canon.size() != 1 || used.count(canon[0].stem) == 0 ||
        lexicon->IsPlace(canon[0].stem) || lexicon->IsStopword(canon[0].stem))
      continue;
    for (const std::string& r : related(w)) {
      if (r.size() < 3 || r.find_first_not_of("abcdefghijklmnopqrstuvwxyz") !=
                              std::string::npos)
        continue;  // phrases and hyphenated words: claims split them
      std::string stem = Stem(r);
      std::vector<Lexicon::Term> own = lexicon->CanonicalizeWord(r);
      if (used.count(stem) != 0 || lexicon->IsStopword(r) || own.size() != 1 ||
          own[0].stem != stem)
        continue;
      Leads& l = leads[stem];
      if (l.word.empty()) {
        l.word = r;
        l.to = w;
      }
      l.stems.insert(canon[0].stem);
    }
  }
  for (const auto& [stem, l] : leads)
    if (l.stems.size() == 1) lexicon->AddAlias(l.word, l.to);
  lexicon->Finalize();
}

// Snowball keeps a "y" made "i" before a suffix in one form of a word and
// not in another ("priority" → "prioriti", "prioritize" → "priorit";
// "economy", "economic"): each pair of source words the lexical database
// relates whose stems differ only by that "i" is made one term, the shorter
// stem, for the sources and the claims alike.
void AddStemVariants(const std::vector<SourceText>& sources,
                     const RelatedWords& related, Lexicon* lexicon) {
  std::set<std::string> words;
  for (const SourceText& src : sources)
    for (const std::string& w : WordsOf(src.text)) words.insert(w);
  auto plain = [&](const std::string& w, const std::string& stem) {
    if (lexicon->IsStopword(w) || lexicon->IsStopword(stem)) return false;
    std::vector<Lexicon::Term> canon = lexicon->CanonicalizeWord(w);
    return canon.size() == 1 && canon[0].stem == stem &&
           !lexicon->IsPlace(stem);
  };
  // Stems first: the lexical database is asked only about the few words
  // whose stem and "i" is another word's.
  std::map<std::string, std::vector<std::string>> by_stem;
  for (const std::string& w : words)
    if (w.size() >= 4) by_stem[Stem(w)].push_back(w);
  bool added = false;
  for (const auto& [stem, forms] : by_stem) {
    auto longer = by_stem.find(stem + 'i');
    if (stem.size() < 5 || longer == by_stem.end()) continue;
    for (const std::string& w : forms) {
      if (!plain(w, stem)) continue;
      for (const std::string& r : related(w)) {
        if (std::find(longer->second.begin(), longer->second.end(), r) ==
                longer->second.end() ||
            !plain(r, longer->first))
          continue;
        lexicon->AddAlias(r, w);
        added = true;
      }
    }
  }
  if (added) lexicon->Finalize();
}

}  // namespace

StatusOr<FactBase> CompileFactBase(std::vector<SourceText> sources,
                                   Lexicon lexicon, const PlaceOracle& is_place,
                                   const RelatedWords& related) {
  FactBase base;
  base.lexicon = std::move(lexicon);
  // Places first: the frames of the figures name them.
  if (is_place) {
    auto add = [&](const std::string& word) {
      for (const Lexicon::Term& t : base.lexicon.CanonicalizeWord(word))
        if (!base.lexicon.IsStopword(t.stem)) base.lexicon.AddPlace(t.stem);
    };
    for (const SourceText& src : sources) {
      for (const std::string& word : CapitalisedWords(src.text))
        if (is_place(word, false)) add(word);
      for (const std::string& word : DesignatedNames(src.text))
        if (is_place(word, true)) add(word);
    }
  }
  if (related) AddStemVariants(sources, related, &base.lexicon);
  // Per document: how many of its sentences hold each term, and its facts.
  std::vector<std::map<std::string, int>> doc_terms;
  std::vector<std::pair<size_t, size_t>> doc_facts;
  for (SourceText& src : sources) {
    const std::string where = src.meta.file + ": ";
    if (src.text.size() > kMaxDocumentBytes)
      return Status(ErrorCode::kInputTooLarge,
                    where + "larger than " + std::to_string(kMaxDocumentBytes) +
                        " bytes");
    Status utf8 = CheckUtf8(src.text);
    if (!utf8.ok())
      return Status(utf8.code(), where + utf8.message(), utf8.offset());
    StatusOr<Date> date = ParseDate(src.meta.date);
    if (!date.ok())
      return Status(ErrorCode::kBadManifest, where + date.status().message());
    src.meta.length = static_cast<uint32_t>(src.text.size());
    uint32_t doc = static_cast<uint32_t>(base.documents.size());
    base.documents.push_back(src.meta);
    doc_terms.emplace_back();
    size_t first_fact = base.facts.size();
    std::vector<SentenceFigures> read =
        ReadFigures(src.text, date.value(), base.lexicon);
    AddContextNames(src.text, src.meta.title, base.lexicon, &read);
    for (SentenceFigures& sf : read) {
      for (const std::string& t : sf.terms) ++doc_terms.back()[t];
      if (sf.figures.empty()) continue;
      uint32_t sid = static_cast<uint32_t>(base.sentences.size());
      base.sentences.push_back(
          {doc, sf.sentence.start, sf.sentence.end,
           src.text.substr(sf.sentence.start,
                           sf.sentence.end - sf.sentence.start)});
      int first = static_cast<int>(base.facts.size());
      for (Figure& f : sf.figures) {
        if (f.period.empty()) {
          f.period.from = f.period.to = date.value().year;
          f.period.stated = false;
        }
        if (f.pair >= 0) f.pair += first;
        base.facts.push_back({sid, std::move(f)});
      }
    }
    doc_facts.emplace_back(first_fact, base.facts.size());
  }
  if (related) AddAliases(sources, base.facts, related, &base.lexicon);
  // A document's topic — terms many of its sentences use and most other
  // documents do not ("Hongqiao" in a briefing on the Hongqiao CBD) — is
  // part of the subject of every figure in it, weakly.
  std::map<std::string, int> docs_with;
  for (const auto& terms : doc_terms)
    for (const auto& [t, n] : terms) ++docs_with[t];
  const int max_docs = std::max<int>(1, static_cast<int>(doc_terms.size()) / 2);
  for (size_t d = 0; d < doc_terms.size(); ++d) {
    std::vector<std::string> topic;
    for (const auto& [t, n] : doc_terms[d])
      if (n >= 4 && docs_with[t] <= max_docs) topic.push_back(t);
    base.documents[d].topic = std::move(topic);
  }
  base.BuildIndex();
  base.coverage = CoverageJson(base);
  return base;
}

}  // namespace figcheck
