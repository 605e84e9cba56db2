// Which facts a claim's figure is weighed against: the matcher's
// candidates less those of another set, of a rank in another scope or of
// being first to do something else (Candidates); and what a fact's own
// words hold of the claim's (the things it counts, the whole of a share,
// an end, names no source uses). Members of the decider (decider.h);
// tested by tests/check_test.cc and tests/frames_test.cc.
#include <algorithm>
#include <string>
#include <vector>

#include "core/decide/decider.h"
#include "core/match.h"
#include "core/reader.h"
#include "core/reader/words.h"

namespace figcheck {
namespace decide {

std::vector<Candidate> Decider::Candidates(const Figure& f, bool any_unit,
                                           double* set_best) const {
  std::vector<Candidate> out = matcher_.Find(f, any_unit);
  // A fact of a set the claim is one member of (or of another set) held
  // the cut in Find, so no weaker fact took its place; it decides nothing,
  // but its score still bounds how far off a fact may refute.
  for (const Candidate& x : out)
    if (x.other_set && set_best != nullptr)
      *set_best = std::max(*set_best, x.score);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const Candidate& x) { return x.other_set; }),
            out.end());
  // A rank in the world is no rank in the country, nor the reverse: the
  // scope the claim names, against one the fact names in its own words.
  if (f.quantity.unit.IsRank()) {
    const std::vector<std::string>& scopes = base_.lexicon.ScopeStems();
    auto is_scope = [&](const std::string& stem) {
      return std::find(scopes.begin(), scopes.end(), stem) != scopes.end();
    };
    std::string scope;
    for (const auto& [stem, w] : f.terms)
      if (w >= kSentenceWeight && is_scope(stem)) scope = stem;
    if (!scope.empty())
      out.erase(
          std::remove_if(out.begin(), out.end(),
                         [&](const Candidate& x) {
                           bool other = false, same = false;
                           for (const TermWeight& t : base_.TermsOf(x.fact)) {
                             if (t.weight < kOwnTermWeight) continue;
                             const std::string& stem = base_.TermName(t.term);
                             if (!is_scope(stem)) continue;
                             (stem == scope ? same : other) = true;
                           }
                           return other && !same;
                         }),
          out.end());
  }
  // "Took the lead in releasing …" is being first to do that: a rank of
  // nothing else ("banks taking the lead in promoting innovation" is no
  // rank of the financial sector).
  if (!f.first_to)
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Candidate& x) {
                               const Figure& g = base_.facts[x.fact].figure;
                               return g.quantity.unit.IsRank() &&
                                      reader::TellsLead(g.text);
                             }),
              out.end());
  return out;
}

const Fact* Decider::OtherSetOfSameThings(const Fact& fact) const {
  const Figure& f = fact.figure;
  if (!f.quantity.unit.IsCount() || f.nouns.empty()) return nullptr;
  const double score = matcher_.ScoreOf(claimed_, Id(&fact));
  auto weight_in = [&](uint32_t id, uint32_t term) {
    for (const TermWeight& t : base_.TermsOf(id))
      if (t.term == term) return t.weight;
    return 0.0f;
  };
  // The claim's words that are the fact's own: one at most of another
  // set's sentence tells them apart ("municipal-level" in a list of
  // tiers, "engaged in trade" beside "headquarters companies").
  std::vector<uint32_t> own;
  for (const auto& [stem, w] : claimed_.terms) {
    const uint32_t term = base_.TermId(stem);
    if (w > 0 && term != FactBase::kNoTerm &&
        weight_in(Id(&fact), term) >= kOwnTermWeight)
      own.push_back(term);
  }
  for (uint32_t id :
       base_.FactsOfDocument(base_.sentences[fact.sentence].doc)) {
    const Figure& g = base_.facts[id].figure;
    if (id == Id(&fact) || !g.quantity.unit.IsCount() || g.nouns.empty() ||
        g.nouns.back() != f.nouns.back() || g.target != f.target ||
        g.aspect != f.aspect || g.period.from != f.period.from ||
        g.period.to != f.period.to || g.quantity.value == f.quantity.value)
      continue;
    const bool told_apart = std::any_of(
        own.begin(), own.end(),
        [&](uint32_t term) { return weight_in(id, term) <= kSentenceWeight; });
    if (!told_apart && matcher_.ScoreOf(claimed_, id) >= kOtherSetRatio * score)
      return &base_.facts[id];
  }
  return nullptr;
}

bool Decider::TellsEnd(const Fact& f) const {
  for (const TermWeight& t : base_.TermsOf(Id(&f))) {
    const std::string& stem = base_.TermName(t.term);
    if (t.weight >= kSentenceWeight &&
        (stem == "conclud" || stem == "complet" || stem == "finish"))
      return true;
  }
  return false;
}

bool Decider::NamesOtherThanSources() const {
  for (const std::string& name : claimed_.sentence_names)
    if (base_.TermId(name) == FactBase::kNoTerm) return true;
  return false;
}

// Whether the fact's own words, its names aside, name every thing the
// claim counts ("had 85,000 employees" of "employed 85,000 workers").
bool Decider::NamesTheThings(uint32_t fact) const {
  const Figure& f = base_.facts[fact].figure;
  if (claimed_.nouns.empty()) return false;
  for (const std::string& noun : claimed_.nouns) {
    if (std::find(f.names.begin(), f.names.end(), noun) != f.names.end())
      return false;
    const uint32_t id = base_.TermId(noun);
    bool own = false;
    for (const TermWeight& t : base_.TermsOf(fact))
      own = own || (t.term == id && t.weight >= kOwnTermWeight);
    if (!own) return false;
  }
  return true;
}

// For a share of a whole the claim names ("a quarter of China's innovative
// drug revenue"), whether the fact's own words hold that whole's head: a
// share of the number of drugs is no share of their revenue.
bool Decider::HoldsTheWhole(uint32_t fact) const {
  if (!cq_.unit.IsPercent() || cq_.kind != Kind::kLevel ||
      claimed_.nouns.empty())
    return true;
  const std::string& head = claimed_.nouns.back();
  if (base_.lexicon.IsScope(head)) return true;
  const Figure& f = base_.facts[fact].figure;
  if (std::find(f.nouns.begin(), f.nouns.end(), head) != f.nouns.end() ||
      std::find(f.names.begin(), f.names.end(), head) != f.names.end())
    return true;
  const uint32_t id = base_.TermId(head);
  for (const TermWeight& t : base_.TermsOf(fact))
    if (t.term == id && t.weight >= kOwnTermWeight) return true;
  return false;
}

}  // namespace decide
}  // namespace figcheck
