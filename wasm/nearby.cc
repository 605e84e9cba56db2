// Nearby facts: the claim is read as check() reads it (reader.h, claim
// mode); each fact is scored by the subject terms it shares with a figure,
// min(claim weight, fact weight) × IDF summed, names aside, a little more
// when the units are of one kind; the best few sentences are kept. A name of
// the figure that no fact names is unknown to the sources. Tested by
// tests/web/api.test.mjs (nearby).
#include "wasm/nearby.h"

#include <algorithm>
#include <vector>

#include "core/check.h"
#include "core/coverage.h"
#include "core/json_writer.h"
#include "core/render.h"

namespace figcheck {
namespace {

// Below this share of the best score a fact is not near, only noise.
constexpr double kNearShare = 0.35;
// Units of one kind (both money, both shares, both counts) weigh this much
// more.
constexpr double kSameUnitBonus = 1.25;

bool SameUnitKind(Unit a, Unit b) {
  if (a.IsCurrency() || b.IsCurrency()) return a.IsCurrency() && b.IsCurrency();
  auto share = [](Unit u) { return u.IsPercent() || u.IsPoints(); };
  if (share(a) || share(b)) return share(a) && share(b);
  // No unit read is a count.
  return (a.empty() ? Unit::Count() : a) == (b.empty() ? Unit::Count() : b);
}

// The word of `text` whose canonical stem is `stem`, as written there.
std::string SurfaceOf(const Lexicon& lexicon, std::string_view text,
                      const std::string& stem) {
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kWord) continue;
    std::string_view word = text.substr(t.start, t.end - t.start);
    std::vector<Lexicon::Term> terms = lexicon.CanonicalizeWord(AsciiLower(word));
    if (!terms.empty() && terms[0].stem == stem) return std::string(word);
  }
  return "";
}

bool SomeFactNames(const FactBase& base, const std::string& name) {
  for (const Fact& f : base.facts)
    for (const std::string& n : f.figure.names)
      if (n == name) return true;
  return false;
}

// Scores every fact by the subject terms it shares with `figure`, names in
// `skip` aside.
std::vector<double> Scores(const FactBase& base, const Figure& figure,
                           const std::vector<std::string>& skip) {
  std::vector<double> score(base.facts.size(), 0.0);
  for (const auto& [term, weight] : figure.terms) {
    if (std::find(skip.begin(), skip.end(), term) != skip.end()) continue;
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
  for (size_t i = 0; i < score.size(); ++i)
    if (score[i] > 0 &&
        SameUnitKind(base.facts[i].figure.quantity.unit, figure.quantity.unit))
      score[i] *= kSameUnitBonus;
  return score;
}

}  // namespace

std::string NearbyJson(const FactBase& base, std::string_view claim, Date as_of,
                       bool dated, size_t per_figure) {
  std::string about = MainPlace(base);
  JsonWriter w;
  w.BeginObject();
  w.Key("about");
  if (about.empty())
    w.Null();
  else
    w.String(about);
  w.Key("figures").BeginArray();
  // The figures as check() reads them (through Check itself: one copy of
  // the reader in the module).
  StatusOr<Result> checked = Check(base, claim, as_of, dated);
  if (checked.ok()) {
    for (const FigureResult& r : checked.value().figures) {
      const Figure& figure = r.claimed;
      // Names no fact gives ("Tianjin") are left out of the score, so the
      // sources' figures for the same measure elsewhere come up.
      std::vector<std::string> unknown;
      for (const std::string& n : figure.names)
        if (!SomeFactNames(base, n)) unknown.push_back(n);
      std::vector<double> score = Scores(base, figure, unknown);

      w.BeginObject();
      w.Key("text").String(figure.text);
      w.Key("unknown_names").BeginArray();
      for (const std::string& n : unknown) {
        std::string surface = SurfaceOf(base.lexicon, claim, n);
        if (!surface.empty()) w.String(surface);
      }
      w.EndArray();
      // The best facts, one per sentence, first by score then by id; none
      // far below the best.
      w.Key("facts").BeginArray();
      std::vector<uint32_t> sentences;
      double best = 0;
      while (sentences.size() < per_figure) {
        size_t top = score.size();
        for (size_t i = 0; i < score.size(); ++i)
          if (score[i] > 0 && (top == score.size() || score[i] > score[top]))
            top = i;
        if (top == score.size() || score[top] < kNearShare * best) break;
        best = std::max(best, score[top]);
        score[top] = 0;
        uint32_t s = base.facts[top].sentence;
        if (std::find(sentences.begin(), sentences.end(), s) != sentences.end())
          continue;
        sentences.push_back(s);
        WriteCitation(w, base, static_cast<uint32_t>(top));
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
