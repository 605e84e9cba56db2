// Nearby facts: the claim is read as check() reads it (reader.h, claim
// mode); each fact is scored by the subject terms it shares with a figure,
// min(claim weight, fact weight) × IDF summed, names aside, a little more
// when the units are of one kind; the best few sentences are kept. A name of
// the figure that no fact names is unknown to the sources. Tested by
// tests/web/api.test.mjs (nearby).
#include "wasm/nearby.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/json_writer.h"
#include "core/reader.h"
#include "core/render.h"

namespace figcheck {
namespace {

// Below this share of the best score a fact is not near, only noise.
constexpr double kNearShare = 0.35;
// Units of one kind (both money, both shares, both counts) weigh this much
// more.
constexpr double kSameUnitBonus = 1.25;

std::string UnitKind(const std::string& unit) {
  if (IsCurrency(unit.substr(0, unit.find('/')))) return "money";
  if (unit == "%" || unit == "pp") return "share";
  return unit.empty() ? "count" : unit;
}

// The word of `text` whose canonical stem is `stem`, as written there.
std::string SurfaceOf(const Lexicon& lexicon, std::string_view text,
                      const std::string& stem) {
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kWord) continue;
    std::string_view word = text.substr(t.start, t.end - t.start);
    std::vector<Lexicon::Term> terms = lexicon.Canonicalize({AsciiLower(word)});
    if (!terms.empty() && terms[0].stem == stem) return std::string(word);
  }
  return "";
}

}  // namespace

std::string MainPlace(const FactBase& base) {
  // A capitalised word inside a sentence (not its first) is a name; the
  // one the sentences use most is what they are about.
  std::unordered_map<std::string, size_t> counts;
  for (const Sentence& s : base.sentences) {
    bool first = true;
    for (const Token& t : Tokenize(s.text)) {
      if (t.type != TokenType::kWord) continue;
      std::string_view word =
          std::string_view(s.text).substr(t.start, t.end - t.start);
      bool name = !first && word.size() >= 3 &&
                  std::isupper(static_cast<unsigned char>(word[0])) &&
                  std::islower(static_cast<unsigned char>(word[1]));
      first = false;
      if (name) ++counts[std::string(word)];
    }
  }
  std::string about;
  size_t most = 0;
  for (const auto& [word, n] : counts)
    if (n > most || (n == most && word < about)) about = word, most = n;
  return about;
}

std::string NearbyJson(const FactBase& base, std::string_view claim, Date as_of,
                       size_t per_figure) {
  std::unordered_set<std::string> names;  // every name a fact gives
  for (const Fact& f : base.facts)
    names.insert(f.figure.names.begin(), f.figure.names.end());
  std::string about_surface = MainPlace(base);

  JsonWriter w;
  w.BeginObject();
  w.Key("about");
  if (about_surface.empty())
    w.Null();
  else
    w.String(about_surface);
  w.Key("figures").BeginArray();
  for (const SentenceFigures& sf :
       ReadFigures(claim, as_of, base.lexicon, ReadMode::kClaim)) {
    for (const Figure& figure : sf.figures) {
      // Names no fact gives ("Tianjin") are left out of the score, so the
      // sources' figures for the same measure elsewhere come up.
      std::vector<std::string> unknown;
      for (const std::string& n : figure.names)
        if (names.count(n) == 0) unknown.push_back(n);
      std::unordered_map<uint32_t, double> score;
      for (const auto& [term, weight] : figure.terms) {
        if (std::find(unknown.begin(), unknown.end(), term) != unknown.end())
          continue;
        uint32_t id = base.TermId(term);
        if (id == FactBase::kNoTerm) continue;
        double idf = base.IdfOf(id);
        for (uint32_t fact : base.FactsWithId(id)) {
          for (const TermWeight& tw : base.TermsOf(fact)) {
            if (tw.term != id) continue;
            score[fact] += std::min<double>(weight, tw.weight) * idf;
            break;
          }
        }
      }
      std::vector<std::pair<double, uint32_t>> ranked;
      const std::string kind = UnitKind(figure.quantity.unit);
      for (const auto& [fact, s] : score) {
        double bonus = UnitKind(base.facts[fact].figure.quantity.unit) == kind
                           ? kSameUnitBonus
                           : 1;
        ranked.emplace_back(s * bonus, fact);
      }
      // Best first; ties by fact id so the list is stable.
      std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      });

      w.BeginObject();
      w.Key("text").String(figure.text);
      w.Key("unknown_names").BeginArray();
      for (const std::string& n : unknown) {
        std::string surface =
            SurfaceOf(base.lexicon,
                      claim.substr(sf.sentence.start,
                                   sf.sentence.end - sf.sentence.start),
                      n);
        if (!surface.empty()) w.String(surface);
      }
      w.EndArray();
      w.Key("facts").BeginArray();
      std::vector<uint32_t> sentences;
      for (const auto& [s, fact] : ranked) {
        if (sentences.size() == per_figure || s < kNearShare * ranked[0].first)
          break;
        uint32_t sentence = base.facts[fact].sentence;
        if (std::find(sentences.begin(), sentences.end(), sentence) !=
            sentences.end())
          continue;
        sentences.push_back(sentence);
        WriteCitation(w, base, fact);
      }
      w.EndArray();
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace figcheck
