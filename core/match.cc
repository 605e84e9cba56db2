// Finding the facts about a claim figure's subject. Method: candidates are
// read through the term index, rarest term first, with max-score pruning
// (see Find); each is scored by weighted term overlap, and must hold the
// claim's names. Tested by tests/check_test.cc and tests/frames_test.cc.
#include "core/match.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>

#include "core/agreement.h"
#include "core/reader.h"

namespace figcheck {
namespace {

// Whether a claim's figure may be of the set of `n` things a fact counts:
// it counts that set ("the six key industries", "Shanghai's 53 parks"),
// lists as many ("chips, biomedicine and AI had a total scale …"), or
// counts nothing of its own but `n` is a count its clause names.
bool SameSet(const Figure& f, int n) {
  if (f.counted != 0) return f.counted == n;
  for (const auto& [term, weight] : f.terms)
    if (!term.empty() && term[0] == '#' && weight >= kSentenceWeight &&
        std::atoi(term.c_str() + 1) == n)
      return true;
  return false;
}

// The first of [first, last) whose term is not below `id`: std::lower_bound,
// written out (a module built for size calls the comparator at each step).
const TermWeight* LowerBound(const TermWeight* first, const TermWeight* last,
                             uint32_t id) {
  size_t n = static_cast<size_t>(last - first);
  while (n > 0) {
    const size_t half = n / 2;
    if (first[half].term < id) {
      first += half + 1;
      n -= half + 1;
    } else {
      n = half;
    }
  }
  return first;
}

}  // namespace

// Every name the claim's figure gives (a place or organisation in its own
// clause) must be part of the fact's subject: a figure for Tianjin or
// Costco is not one for Shanghai or Sam's Club, however close the words.
// And every place the fact's own clause names must be in the claim.
bool SubjectMatcher::NamesHeld(const Figure& c, uint32_t fact) const {
  ArrayView<TermWeight> subject = base_.SubjectOf(fact);
  const std::vector<std::string>& own = base_.facts[fact].figure.names;
  for (const std::string& name : c.names) {
    // A place must be the fact's own, in its clause: a source that names
    // China in passing does not give China's figures.
    if (base_.lexicon.IsPlace(name)) {
      if (std::find(own.begin(), own.end(), name) == own.end()) return false;
      continue;
    }
    uint32_t id = base_.TermId(name);
    if (id == FactBase::kNoTerm) return false;
    const TermWeight* j = LowerBound(subject.begin(), subject.end(), id);
    if (j == subject.end() || j->term != id) return false;
  }
  // And the reverse for places: Pudong's figure is not the city's, nor
  // the country's the city's, unless the claim names that place too.
  for (const std::string& name : own) {
    if (!base_.lexicon.IsPlace(name)) continue;
    if (std::find(c.names.begin(), c.names.end(), name) == c.names.end() &&
        std::none_of(c.terms.begin(), c.terms.end(),
                     [&](const auto& t) { return t.first == name; }))
      return false;
  }
  return true;
}

double SubjectMatcher::Score(const ClaimSubject& c, uint32_t fact,
                             Candidate* parts) const {
  ArrayView<TermWeight> fw = base_.SubjectOf(fact);
  double num = 0, fnum = 0, measure = 0, own = 0, own_any = 0;
  // Both lists are sorted by term id. A claim's figure has a few terms and
  // a fact's subject (its document's topic included) often a hundred, so
  // each claim term is searched for in what is left of the fact's list;
  // the terms in common are met in id order, as a merge would meet them.
  const TermWeight* j = fw.begin();
  // The rarest of the claim's own words the fact holds, and of those it
  // lacks.
  double rarest_held = 0, rarest_missing = 0;
  for (size_t k = 0; k < c.terms.size(); ++k) {
    const auto& [id, cw] = c.terms[k];
    j = LowerBound(j, fw.end(), id);
    if (j == fw.end() || j->term != id) {
      if (c.own[k]) rarest_missing = std::max(rarest_missing, c.idf[k]);
      continue;
    }
    const double idf = c.idf[k];
    if (c.own[k]) rarest_held = std::max(rarest_held, idf);
    num += cw * idf * j->weight;
    if (c.measure[k]) measure += cw * idf * j->weight;
    if (j->weight >= 0.7f) fnum += j->weight * idf * std::min(1.0f, cw * 1.5f);
    if (j->weight >= kOwnTermWeight && cw >= kSentenceWeight) own += idf;
    if (j->weight >= kOwnTermWeight) own_any += idf;
    ++j;
  }
  if (c.weight <= 0) return 0;
  double cover_claim = num / c.weight;
  double fden = base_.CoreWeight(fact);
  double cover_fact = fden > 0 ? fnum / fden : 0;
  const Figure& f = base_.facts[fact].figure;
  const Figure& cf = *c.figure;
  double score =
      kClaimCoverWeight * cover_claim + (1 - kClaimCoverWeight) * cover_fact;
  // A share of a whole the source names ("40% of the country's talents")
  // is no share of another: the claim names that whole too.
  // Told only by its scope ("of the world's total"), it is no share of a
  // whole the claim puts in another ("of China's total").
  if (f.quantity.unit.IsPercent() && f.quantity.kind == Kind::kLevel &&
      !f.nouns.empty()) {
    auto held = [&](const std::string& stem) {
      return std::any_of(cf.terms.begin(), cf.terms.end(),
                         [&](const auto& t) { return t.first == stem; });
    };
    const std::string& whole = f.nouns.back();
    if (!base_.lexicon.IsScope(whole)
            ? !held(whole)
            : !held(whole) && !cf.nouns.empty() &&
                  base_.lexicon.IsScope(cf.nouns.back()))
      return 0;
  }
  // Counts of different things ("33 actions" against "five areas").
  // A share's scope alone ("of the national total") names no things.
  auto no_things = [&](const Figure& x) {
    return x.nouns.empty() ||
           (x.nouns.size() == 1 && x.quantity.unit.IsPercent() &&
            base_.lexicon.IsScope(x.nouns[0]));
  };
  const bool claim_none = no_things(cf), fact_none = no_things(f);
  bool same_things =
      claim_none || fact_none ||
      std::any_of(cf.nouns.begin(), cf.nouns.end(), [&](const std::string& n) {
        return std::find(f.nouns.begin(), f.nouns.end(), n) != f.nouns.end();
      });
  if (!same_things) score *= kOtherThingPenalty;
  // A fact about a counted set ("the six key industries exceeded 2.87
  // trillion yuan", its members listed the sentence before) is not about
  // one of them, nor about another set: the claim counts or lists the same
  // set ("the six key industries", "chip, biomedicine and AI sectors").
  const bool member =
      base_.SetCount(fact) >= 2 && !SameSet(cf, base_.SetCount(fact));
  if (parts != nullptr) {
    parts->measure_cover =
        c.measure_weight > 0 ? measure / c.measure_weight : 0;
    // The other way: the share of the fact's own words the claim holds.
    const double own_weight = base_.OwnIdf(fact);
    parts->own_cover = own_weight > 0 ? own / own_weight : 1;
    parts->own_cover_any = own_weight > 0 ? own_any / own_weight : 1;
    // Refuting asks more: the same head noun, what the count is of
    // ("industrial robots" are robots, not industries).
    parts->shares_things = same_things;
    parts->same_things = same_things && (claim_none || fact_none ||
                                         cf.nouns.back() == f.nouns.back());
    parts->same_kind = !member;
    parts->other_set = member;
    parts->lacks_rarest = rarest_missing > rarest_held;
    if (!cf.nouns.empty() && f.nouns.size() > 1) {
      size_t held = 0;
      for (size_t k = 0; k + 1 < f.nouns.size(); ++k)
        held +=
            std::any_of(cf.terms.begin(), cf.terms.end(),
                        [&](const auto& t) { return t.first == f.nouns[k]; });
      parts->same_kind = held * 2 >= f.nouns.size() - 1;
    }
    // The fact's own names, in the claim: "Pudong introduced 18" is not
    // contradicted by a claim about the whole city.
    // Every place it names, and at least half of its other names ("the
    // talent port" is the Hongqiao International Business Talent Port).
    size_t held = 0;
    bool places = true;
    for (const std::string& n : f.names) {
      bool in_claim =
          std::any_of(cf.terms.begin(), cf.terms.end(),
                      [&](const auto& t) { return t.first == n; }) ||
          std::find(cf.names.begin(), cf.names.end(), n) != cf.names.end();
      held += in_claim;
      if (!in_claim && base_.lexicon.IsPlace(n)) places = false;
    }
    parts->names_back = places && held * 2 >= f.names.size();
  }
  return score;
}

SubjectMatcher::ClaimSubject SubjectMatcher::Prepare(const Figure& c) const {
  ClaimSubject out;
  out.figure = &c;
  std::vector<std::pair<uint32_t, float>> terms;
  for (const auto& [t, w] : c.terms) {
    uint32_t id = base_.TermId(t);
    // A word no source uses says the claim is about something the sources
    // do not cover, when it is close to the figure; far off in a long
    // sentence it says little.
    if (id == FactBase::kNoTerm && w <= kSentenceWeight) continue;
    // Nor does a verb no source uses ("the ferry line churned out 900 trips").
    if (id == FactBase::kNoTerm &&
        std::find(c.verbs.begin(), c.verbs.end(), t) != c.verbs.end())
      continue;
    out.weight += w * base_.IdfOf(id);
    // The measure: the figure's own words (faint context aside), less names.
    if (w >= kSentenceWeight &&
        std::find(c.names.begin(), c.names.end(), t) == c.names.end())
      out.measure_weight += w * base_.IdfOf(id);
    if (id != FactBase::kNoTerm) terms.emplace_back(id, w);
  }
  std::sort(terms.begin(), terms.end());
  out.terms = std::move(terms);
  for (const auto& [id, w] : out.terms) {
    const std::string& name = base_.TermName(id);
    const bool named =
        std::find(c.names.begin(), c.names.end(), name) != c.names.end();
    out.idf.push_back(base_.IdfOf(id));
    out.measure.push_back(w >= kSentenceWeight && !named);
    // (A count's "#3" is no word of the subject's own.)
    out.own.push_back(w >= 1.0f && !named && name[0] != '#');
  }
  return out;
}

// Candidates are gathered term at a time, rarest term first, with an upper
// bound on the score a fact can reach through the terms not read yet
// (max-score pruning): a fact must cover a share of the claim's weight to
// pass the threshold, so once the threshold is known the common terms whose
// bounds together fall short of that share need not be read at all. The
// threshold is the fixed one or a share of the best score found so far,
// whichever is higher; the best only grows, so facts left unread could not
// have passed. A fact outside every list read can still hold a term read
// through its document's topic; those documents' facts are read as well.
double SubjectMatcher::ScoreOf(const Figure& c, uint32_t fact) const {
  ClaimSubject prepared = Prepare(c);
  if (prepared.weight <= 0 || prepared.terms.empty() || !NamesHeld(c, fact))
    return 0;
  return Score(prepared, fact, nullptr);
}

std::vector<Candidate> SubjectMatcher::Find(const Figure& c,
                                            bool any_unit) const {
  ClaimSubject prepared = Prepare(c);
  if (prepared.weight <= 0 || prepared.terms.empty()) return {};
  struct Term {
    uint32_t id;
    double bound;  // the most a fact can add to the covered weight
    size_t facts;
  };
  std::vector<Term> terms;
  terms.reserve(prepared.terms.size());
  for (const auto& [id, w] : prepared.terms)
    terms.push_back({id, w * static_cast<double>(base_.IdfOf(id)),
                     base_.FactsWithId(id).size()});
  // Rarest first, ties in id order (ids are unique: no stable sort needed).
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    return a.facts < b.facts || (a.facts == b.facts && a.id < b.id);
  });
  // How many of the rarest terms a fact must hold one of to reach `theta`:
  // the others' bounds sum to less than the covered weight it needs (with
  // the fact-cover part at its most, and a margin for rounding).
  auto essential = [&](double theta) {
    double need = (theta - (1 - kClaimCoverWeight) * (1 + 1e-6)) /
                  kClaimCoverWeight * prepared.weight * (1 - 1e-9);
    double rest = 0;
    size_t k = terms.size();
    while (k > 0 && rest + terms[k - 1].bound < need) rest += terms[--k].bound;
    return k;
  };
  // Whether a fact's own terms hold one of the claim's (the condition for
  // being a candidate at all).
  uint64_t claim_bits = 0;
  for (const auto& [id, w] : prepared.terms)
    claim_bits |= FactBase::TermBit(id);
  auto holds_claim_term = [&](uint32_t fact) {
    if ((base_.OwnTermBits(fact) & claim_bits) == 0) return false;
    ArrayView<TermWeight> own = base_.TermsOf(fact);
    const TermWeight* j = own.begin();
    for (const auto& [id, w] : prepared.terms) {  // as in Score
      j = LowerBound(j, own.end(), id);
      if (j == own.end()) return false;
      if (j->term == id) return true;
    }
    return false;
  };
  std::vector<Candidate> out;
  std::vector<uint32_t> read, fresh, merged;
  std::vector<uint32_t> topic_docs;
  double best = 0;
  size_t done = 0;
  while (done < essential(std::max(kSubjectThreshold, kSubjectRatio * best))) {
    const Term& t = terms[done++];
    ArrayView<uint32_t> with = base_.FactsWithId(t.id);
    fresh.assign(with.begin(), with.end());
    for (uint32_t d : base_.DocumentsWithTopic(t.id)) {
      if (std::find(topic_docs.begin(), topic_docs.end(), d) !=
          topic_docs.end())
        continue;
      topic_docs.push_back(d);
      for (uint32_t id : base_.FactsOfDocument(d))
        if (holds_claim_term(id)) fresh.push_back(id);
    }
    if (fresh.size() != with.size()) {
      std::sort(fresh.begin(), fresh.end());
      fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
    }
    for (uint32_t id : fresh) {
      if (std::binary_search(read.begin(), read.end(), id)) continue;
      const Figure& f = base_.facts[id].figure;
      if (!any_unit && !UnitsComparable(c.quantity, f.quantity) &&
          !BareMeetsMoney(c, f))
        continue;
      Candidate cand{id, 0};
      double s = Score(prepared, id, &cand);
      if (s >= kSubjectThreshold && NamesHeld(c, id)) {
        cand.score = s;
        out.push_back(cand);
        best = std::max(best, s);
      }
    }
    merged.clear();
    std::set_union(read.begin(), read.end(), fresh.begin(), fresh.end(),
                   std::back_inserter(merged));
    read.swap(merged);
  }
  const double cut = std::max(kSubjectThreshold, kSubjectRatio * best);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Candidate& x) { return x.score < cut; }),
            out.end());
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.score > b.score || (a.score == b.score && a.fact < b.fact);
  });
  return out;
}

}  // namespace figcheck
