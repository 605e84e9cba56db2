// Coverage summary of a fact base. Subject words: the stems that name the
// figures' own clauses (term weight 1), scored by how many of a document's
// figures they name times their IDF (words naming two or more figures
// first), shown as the surface word the document uses most for that stem. Tested by tests/web/api.test.mjs.
#include "wasm/coverage.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/json_writer.h"
#include "core/text.h"

namespace figcheck {
namespace {

// A subject term as weighted in Figure::terms for the figure's own clause.
constexpr float kOwnClause = 0.99f;

struct DocumentCoverage {
  size_t figures = 0;
  std::set<int> years;
  std::unordered_map<std::string, int> term_facts;  // stem → figures it names
  std::set<uint32_t> sentences;
};

// stem → the surface word (lower case) most used for it in these sentences.
std::unordered_map<std::string, std::string> SurfaceWords(
    const FactBase& base, const std::set<uint32_t>& sentences) {
  std::unordered_map<std::string, std::map<std::string, int>> counts;
  for (uint32_t id : sentences) {
    const std::string& text = base.sentences[id].text;
    for (const Token& t : Tokenize(text)) {
      if (t.type != TokenType::kWord) continue;
      std::string lower = AsciiLower(std::string_view(text).substr(t.start, t.end - t.start));
      ++counts[Stem(lower)][lower];
    }
  }
  std::unordered_map<std::string, std::string> out;
  for (const auto& [stem, words] : counts) {
    auto best = std::max_element(words.begin(), words.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    out[stem] = best->first;
  }
  return out;
}

}  // namespace

std::string CoverageJson(const FactBase& base, size_t subjects_per_document) {
  std::vector<DocumentCoverage> docs(base.documents.size());
  for (uint32_t i = 0; i < base.facts.size(); ++i) {
    const Fact& f = base.facts[i];
    uint32_t doc = base.sentences[f.sentence].doc;
    DocumentCoverage& c = docs[doc];
    ++c.figures;
    c.sentences.insert(f.sentence);
    const Period& p = f.figure.period;
    if (p.from != 0) c.years.insert(p.from);
    if (p.to != 0) c.years.insert(p.to);
    for (const TermWeight& tw : base.TermsOf(i)) {
      const std::string& stem = base.TermName(tw.term);
      const float weight = tw.weight;
      if (weight < kOwnClause || stem.size() < 3 || stem[0] == '#') continue;
      if (base.lexicon.IsStopword(stem)) continue;
      ++c.term_facts[stem];
    }
  }

  JsonWriter w;
  w.BeginObject();
  w.Key("facts").Int(static_cast<long long>(base.facts.size()));
  w.Key("documents").BeginArray();
  for (size_t i = 0; i < base.documents.size(); ++i) {
    const Document& d = base.documents[i];
    const DocumentCoverage& c = docs[i];
    // A word naming two or more figures ranks above one naming a single
    // figure, however rare: it is something the document has figures about.
    std::vector<std::pair<float, std::string>> ranked;
    for (const auto& [stem, n] : c.term_facts)
      ranked.emplace_back((n >= 2 ? 1000.0f : 0.0f) + static_cast<float>(n) * base.Idf(stem), stem);
    // Highest score first; ties by stem so the list is stable across builds.
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::unordered_map<std::string, std::string> surface = SurfaceWords(base, c.sentences);

    w.BeginObject();
    w.Key("file").String(d.file);
    w.Key("title").String(d.title);
    w.Key("publisher").String(d.publisher);
    w.Key("date").String(d.date);
    w.Key("url");
    if (d.url.empty()) w.Null(); else w.String(d.url);
    w.Key("figures").Int(static_cast<long long>(c.figures));
    w.Key("years").BeginArray();
    for (int y : c.years) w.Int(y);
    w.EndArray();
    w.Key("subjects").BeginArray();
    size_t shown = 0;
    for (const auto& [score, stem] : ranked) {
      if (shown == subjects_per_document) break;
      auto it = surface.find(stem);
      if (it == surface.end()) continue;  // a synonym's canonical stem, unwritten
      w.String(it->second);
      ++shown;
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace figcheck
