// Matching and deciding. Subject similarity is a weighted overlap of terms:
// how much of the claim figure's subject the fact covers, blended with how
// much of the fact's own subject the claim names, each term weighed by its
// IDF. Agreement follows design.md: rounding to the precision the claim
// states (never looser than 5%), 5% for approximations, bounds on either
// side, currency and scale normalised first. Tested by tests/check_test.cc.
#include "core/check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

#include "core/reader.h"
#include "core/reader/clause_frame.h"

namespace figcheck {
namespace {

// A fact must cover this much of the claim's subject to be about it.
constexpr double kSubjectThreshold = 0.5;
// … and score at least this share of the best match: well below it, a fact
// is about something else.
constexpr double kSubjectRatio = 0.7;
// Subject similarity: how much of the claim's subject the fact covers,
// blended with how much of the fact's own subject the claim names.
constexpr double kClaimCoverWeight = 0.8;
// Facts within this fraction of the best score count as the same subject.
constexpr double kSameSubjectRatio = 0.9;
// Calling a claim false needs a firmer match than confirming it.
constexpr double kRefuteThreshold = 0.6;
// … or, the claim's names held by the fact or its context, this much of
// the rest of its subject (its measure) held by the fact itself.
constexpr double kRefuteMeasureCover = 0.9;
// … and a contradicting fact must be nearly as close a match as the best
// fact of any period or kind: otherwise the claim is about that one.
constexpr double kRefuteRatio = 0.8;
// Scores this close count as the same match.
constexpr double kTieMargin = 0.03;
// A count of other things than the claim counts.
constexpr double kOtherThingPenalty = 0.75;

enum class Agreement { kAgree, kContradict, kUndetermined };

struct Candidate {
  uint32_t fact;
  double score;
  bool same_things = true;  // not counts of different things
  double measure_cover =
      0;  // share of the claim's measure (its subject less its names) held
  bool names_back = true;  // the claim names the fact's own names too
};

bool UnitsComparable(const Quantity& c, const Quantity& f) {
  if (c.kind != f.kind) return false;
  if (IsCurrency(c.unit) && IsCurrency(f.unit)) {
    // Same suffix: "CNY/km2" and "USD/km2", "CNY" and "USD".
    return std::string_view(c.unit).substr(3) ==
           std::string_view(f.unit).substr(3);
  }
  if (c.kind == Kind::kChange) {
    bool cr = c.unit == "%" || c.unit == "x";
    bool fr = f.unit == "%" || f.unit == "x";
    if (cr && fr) return true;
  }
  return c.unit == f.unit;
}

// Relative change as a multiplier: "up 38.3%" → 1.383, "declined by 42%" →
// 0.58, "tripled" → 3.
double AsMultiplier(const Quantity& q) {
  if (q.unit == "x") return q.value;
  int dir = q.direction == 0 ? 1 : q.direction;
  return 1 + dir * q.value / 100;
}

double Tolerance(const Quantity& c, const Quantity& f, double cv, double fv) {
  double tol = c.step > 0 ? std::min(c.step / 2, 0.05 * std::fabs(cv)) : 0;
  if (c.qualifier == Qualifier::kApprox || f.qualifier == Qualifier::kApprox)
    tol = std::max(tol, 0.05 * std::fabs(fv));
  return tol + 1e-9 * std::max(std::fabs(cv), std::fabs(fv));
}

bool Lower(Qualifier q) {
  return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast;
}
bool Upper(Qualifier q) {
  return q == Qualifier::kLessThan || q == Qualifier::kAtMost;
}
bool Point(Qualifier q) {
  return q == Qualifier::kExact || q == Qualifier::kApprox;
}

// Compares values already in the same unit.
Agreement CompareValues(const Quantity& c, double cv, const Quantity& f,
                        double fv) {
  double tol = Tolerance(c, f, cv, fv);
  const double exact = 1e-9 * std::max(std::fabs(cv), std::fabs(fv));
  Qualifier cq = c.qualifier, fq = f.qualifier;
  if (Point(cq) && Point(fq))
    return std::fabs(cv - fv) <= tol ? Agreement::kAgree
                                     : Agreement::kContradict;
  if (Lower(cq)) {
    if (Point(fq)) {
      bool ok = cq == Qualifier::kMoreThan ? fv > cv : fv >= cv - tol;
      return ok ? Agreement::kAgree : Agreement::kContradict;
    }
    // Bound against bound: no rounding slack ("more than 7 million" is not
    // confirmed by "more than 6.75 million").
    if (Lower(fq))
      return fv >= cv - exact ? Agreement::kAgree : Agreement::kUndetermined;
    return fv <= cv + exact ? Agreement::kContradict : Agreement::kUndetermined;
  }
  if (Upper(cq)) {
    if (Point(fq)) {
      bool ok = cq == Qualifier::kLessThan ? fv < cv : fv <= cv + tol;
      return ok ? Agreement::kAgree : Agreement::kContradict;
    }
    if (Upper(fq))
      return fv <= cv + exact ? Agreement::kAgree : Agreement::kUndetermined;
    return fv >= cv - exact ? Agreement::kContradict : Agreement::kUndetermined;
  }
  // A point claim against a source bound: the same number as the source
  // states agrees; one the bound rules out contradicts; anything else is
  // not confirmed.
  if (std::fabs(cv - fv) <= exact) return Agreement::kAgree;
  if (Lower(fq))
    return cv + tol < fv ? Agreement::kContradict : Agreement::kUndetermined;
  return cv - tol > fv ? Agreement::kContradict : Agreement::kUndetermined;
}

Agreement Compare(const Quantity& c, const Quantity& f) {
  if (IsCurrency(c.unit) && IsCurrency(f.unit) && c.unit != f.unit)
    return Agreement::kContradict;
  if (c.kind == Kind::kChange) {
    if (c.direction != 0 && f.direction != 0 && c.direction != f.direction)
      return Agreement::kContradict;
    if (c.unit != f.unit && (c.unit == "x" || f.unit == "x")) {
      // Compare as the claim states it.
      if (c.unit == "x") return CompareValues(c, c.value, f, AsMultiplier(f));
      double fpct = (f.value - 1) * 100;
      Quantity cc = c;
      return CompareValues(cc, c.value, f, std::fabs(fpct));
    }
  }
  return CompareValues(c, c.value, f, f.value);
}

bool PeriodsMatch(const Period& c, const Period& f) {
  if (c.from == 0 && c.years != 0)  // a span with no anchor: "in three years"
    return f.years == c.years;
  if (!f.stated) {
    // The source gave no period: it holds up to its date.
    if (c.is_year()) return c.from <= f.to && c.from >= f.to - 1;
    return c.to <= f.to;
  }
  if (c.is_year() && f.is_year()) return c.from == f.from;
  if (c.years != 0 && f.years != 0)
    return c.years == f.years && std::abs(c.to - f.to) <= 1;
  return c.from == f.from && c.to == f.to;
}

std::string Group(long long n) {
  std::string s = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(i, ",");
  return (n < 0 ? "-" : "") + s;
}

std::string Trim(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// The first of [first, last) whose term is not below `id`.
const TermWeight* LowerBound(const TermWeight* first, const TermWeight* last,
                             uint32_t id) {
  return std::lower_bound(first, last, id, [](const TermWeight& t, uint32_t v) {
    return t.term < v;
  });
}

// Whether two aspects can describe one figure: equal, or one plain and the
// other a new-in-period count or running total (a bare "6,017 firms were set
// up in 2023" is the new ones). Part of a year, several things added up and
// averages only ever match their own kind.
bool AspectsMeet(Aspect c, Aspect f) {
  if (c == f) return true;
  // A claim of several things added up, against a fact that adds up
  // without saying so; never a claim of one thing against a group's sum.
  if (c == Aspect::kCombined && f == Aspect::kPlain) return true;
  auto open = [](Aspect a) {
    return a == Aspect::kPlain || a == Aspect::kNew || a == Aspect::kTotal;
  };
  return open(c) && open(f) && (c == Aspect::kPlain || f == Aspect::kPlain);
}

// Calling a figure false needs the whole frame to agree: the same things
// counted, the fact's names in the claim, the same aspect, a period both
// sides pin down. Short of that, a different figure may be about something
// else, and the verdict is unverifiable.
bool CompleteFrame(const Figure& c, const Figure& f, bool same_digits,
                   double measure_cover) {
  const Quantity& cq = c.quantity;
  const Quantity& fq = f.quantity;
  // Another currency is a slip only when the number is the source's own
  // ("24 billion yuan" for US$24.087 billion); any other number in another
  // currency may be a conversion, or another figure.
  if (IsCurrency(cq.unit) && IsCurrency(fq.unit) && cq.unit != fq.unit &&
      !same_digits) {
    Quantity as_source = cq;
    as_source.unit = fq.unit;
    if (Compare(as_source, fq) != Agreement::kAgree) return false;
  }
  // A count orders of magnitude off another, in other digits, is another
  // measure ("from 3.38 trillion to 4.2 trillion yuan" against "six key
  // industries"), not a slip.
  if (cq.unit == "count" && !same_digits && fq.value != 0 &&
      (cq.value / fq.value > 100 || cq.value / fq.value < 0.01))
    return false;
  // A scale slip in the very digits is the same figure, however marked.
  // Several things added up, against a fact that adds up without saying
  // so: only when the fact holds every one of them, not one of the list.
  const bool combined_whole = c.aspect == Aspect::kCombined &&
                              f.aspect == Aspect::kPlain &&
                              measure_cover >= kRefuteMeasureCover;
  if (c.aspect != f.aspect && !same_digits && !combined_whole) {
    bool plain_total =
        (c.aspect == Aspect::kPlain && f.aspect == Aspect::kTotal) ||
        (c.aspect == Aspect::kTotal && f.aspect == Aspect::kPlain);
    // A running total refutes a bare level only when the claim names no
    // year of its own ("draws 172,000 in 2024" may be the year's intake).
    if (plain_total && (c.period.empty() || f.period.stated)) {
    } else if ((c.aspect == Aspect::kPlain && f.aspect == Aspect::kNew) ||
               (c.aspect == Aspect::kNew && f.aspect == Aspect::kPlain)) {
      // "6,500 firms were set up in 2023" is the year's new ones.
      if (!(c.period.is_year() && f.period.is_year() && f.period.stated))
        return false;
    } else {
      return false;
    }
  }
  // A year the claim states against a period the source leaves to its
  // date: the figure may be of another year.
  if (c.period.stated && !c.period.empty() && !f.period.stated) return false;
  return true;
}

class Matcher {
 public:
  Matcher(const FactBase& base, Date as_of, bool dated)
      : base_(base),
        as_of_(as_of.ToString()),
        year_(as_of.year),
        dated_(dated) {}
  FigureResult Evaluate(const Figure& claimed);

 private:
  // A claim figure's subject as term ids sorted by id, with its total
  // weight (Σ weight × idf, unknown terms included).
  struct ClaimSubject {
    const Figure* figure = nullptr;
    std::vector<std::pair<uint32_t, float>> terms;
    double weight = 0;
    double measure_weight = 0;  // the same, less the figure's names
  };
  ClaimSubject Prepare(const Figure& c) const;
  double Score(const ClaimSubject& c, uint32_t fact,
               Candidate* parts = nullptr) const;
  bool NamesHeld(const Figure& c, uint32_t fact) const;
  std::vector<Candidate> Subject(const Figure& c, bool any_unit) const;
  bool Derive(const Figure& c, FigureResult* out) const;
  bool DeriveShare(const Figure& c, FigureResult* out) const;
  std::string Said(const Fact& f) const;

  const FactBase& base_;
  std::string as_of_;  // YYYY-MM-DD
  int year_;
  bool dated_;  // as_of is the claim's own date
};

// Every name the claim's figure gives (a place or organisation in its own
// clause) must be part of the fact's subject: a figure for Tianjin or
// Costco is not one for Shanghai or Sam's Club, however close the words.
bool Matcher::NamesHeld(const Figure& c, uint32_t fact) const {
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
  return true;
}

double Matcher::Score(const ClaimSubject& c, uint32_t fact,
                      Candidate* parts) const {
  ArrayView<TermWeight> fw = base_.SubjectOf(fact);
  double num = 0, fnum = 0, measure = 0;
  const std::vector<std::string>& claim_names = c.figure->names;
  // Both lists are sorted by term id. A claim's figure has a few terms and
  // a fact's subject (its document's topic included) often a hundred, so
  // each claim term is searched for in what is left of the fact's list;
  // the terms in common are met in id order, as a merge would meet them.
  const TermWeight* j = fw.begin();
  for (const auto& [id, cw] : c.terms) {
    j = LowerBound(j, fw.end(), id);
    if (j == fw.end()) break;
    if (j->term != id) continue;
    double idf = base_.IdfOf(j->term);
    num += cw * idf * j->weight;
    if (cw >= kSentenceWeight &&
        std::find(claim_names.begin(), claim_names.end(),
                  base_.TermName(j->term)) == claim_names.end())
      measure += cw * idf * j->weight;
    if (j->weight >= 0.7f) fnum += j->weight * idf * std::min(1.0f, cw * 1.5f);
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
  // Counts of different things ("33 actions" against "five areas").
  bool same_things =
      cf.nouns.empty() || f.nouns.empty() ||
      std::any_of(cf.nouns.begin(), cf.nouns.end(), [&](const std::string& n) {
        return std::find(f.nouns.begin(), f.nouns.end(), n) != f.nouns.end();
      });
  if (!same_things) score *= kOtherThingPenalty;
  if (parts != nullptr) {
    parts->measure_cover =
        c.measure_weight > 0 ? measure / c.measure_weight : 0;
    // Refuting asks more: the same head noun, what the count is of
    // ("industrial robots" are robots, not industries).
    parts->same_things = same_things && (cf.nouns.empty() || f.nouns.empty() ||
                                         cf.nouns.back() == f.nouns.back());
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

Matcher::ClaimSubject Matcher::Prepare(const Figure& c) const {
  ClaimSubject out;
  out.figure = &c;
  std::vector<std::pair<uint32_t, float>> terms;
  for (const auto& [t, w] : c.terms) {
    uint32_t id = base_.TermId(t);
    // A word no source uses says the claim is about something the sources
    // do not cover, when it is close to the figure; far off in a long
    // sentence it says little.
    if (id == FactBase::kNoTerm && w <= kSentenceWeight) continue;
    out.weight += w * base_.IdfOf(id);
    // The measure: the figure's own words (faint context aside), less names.
    if (w >= kSentenceWeight &&
        std::find(c.names.begin(), c.names.end(), t) == c.names.end())
      out.measure_weight += w * base_.IdfOf(id);
    if (id != FactBase::kNoTerm) terms.emplace_back(id, w);
  }
  std::sort(terms.begin(), terms.end());
  out.terms = std::move(terms);
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
std::vector<Candidate> Matcher::Subject(const Figure& c, bool any_unit) const {
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
  std::stable_sort(
      terms.begin(), terms.end(),
      [](const Term& a, const Term& b) { return a.facts < b.facts; });
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
  auto holds_claim_term = [&](uint32_t fact) {
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
      if (!any_unit && !UnitsComparable(c.quantity, f.quantity)) continue;
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

std::string Matcher::Said(const Fact& f) const {
  const Figure& g = f.figure;
  std::string s = FormatQuantity(g.quantity);
  std::string p = g.period.ToString();
  if (!p.empty())
    s += (g.target ? " as a target for " : " for ") + p;
  else if (g.target)
    s += " as a target";
  return s;
}

FigureResult Matcher::Evaluate(const Figure& claimed) {
  FigureResult r;
  r.claimed = claimed;
  const Quantity& cq = claimed.quantity;
  std::vector<Candidate> subject = Subject(claimed, false);
  // A claim with no period of its own means the latest one at its date:
  // never a period the sources published later ("43.9 percent" in a
  // mid-2023 article is not the 2023 share a 2024 briefing gave).
  if (claimed.period.empty()) {
    const int year = year_;
    subject.erase(std::remove_if(subject.begin(), subject.end(),
                                 [&](const Candidate& x) {
                                   const Fact& f = base_.facts[x.fact];
                                   return base_.DocumentOf(f).date > as_of_ &&
                                          f.figure.period.to >= year;
                                 }),
                  subject.end());
  }
  if (std::getenv("FIGCHECK_TRACE")) {
    std::fprintf(stderr, "claim aspect=%s names:", AspectName(claimed.aspect));
    for (const auto& n : claimed.names)
      std::fprintf(stderr, " [%s]", n.c_str());
    std::fprintf(stderr, " terms:");
    for (const auto& t : claimed.terms)
      std::fprintf(stderr, " %s/%.2f", t.first.c_str(), t.second);
    std::fprintf(stderr, "\n");
  }
  if (std::getenv("FIGCHECK_TRACE"))
    for (const Candidate& c : subject)
      std::fprintf(stderr, "subj %u s=%.2f aspect=%s period=%s %s\n", c.fact,
                   c.score, AspectName(base_.facts[c.fact].figure.aspect),
                   base_.facts[c.fact].figure.period.ToString().c_str(),
                   base_.facts[c.fact].figure.text.c_str());

  // Facts of the same subject, same kind of statement (goal vs achieved),
  // and the claim's period (or the latest period when it names none).
  // A small count in words ("three leading industries", "five key areas")
  // names a set, not a time series: its period does not matter.
  const bool timeless = claimed.spelled && cq.unit == "count" && cq.value <= 12;
  // Each fact's score travels with it (a candidate), not through a map.
  std::vector<Candidate> same;
  for (const Candidate& cand : subject) {
    const Figure& f = base_.facts[cand.fact].figure;
    if (f.target != claimed.target) continue;
    if (!AspectsMeet(claimed.aspect, f.aspect)) continue;
    if (!claimed.period.empty() && !timeless &&
        !PeriodsMatch(claimed.period, f.period))
      continue;
    same.push_back(cand);
  }
  // A period the source states beats one inferred from its date.
  if (!claimed.period.empty() && !timeless &&
      std::any_of(same.begin(), same.end(), [&](const Candidate& x) {
        return base_.facts[x.fact].figure.period.stated;
      })) {
    same.erase(
        std::remove_if(same.begin(), same.end(),
                       [&](const Candidate& x) {
                         return !base_.facts[x.fact].figure.period.stated;
                       }),
        same.end());
  }
  // Only the closest subjects: facts well below the best match are about
  // something else.
  if (!same.empty()) {
    double best = 0;
    for (const Candidate& x : same) best = std::max(best, x.score);
    same.erase(std::remove_if(same.begin(), same.end(),
                              [&](const Candidate& x) {
                                return x.score < best * kSameSubjectRatio;
                              }),
               same.end());
  }
  // No period claimed: read it against the latest period the sources state
  // for the subject. Only stated periods make a series; a period inferred
  // from a document's date says nothing about which figure is newer.
  if (claimed.period.empty() && !same.empty() && !timeless) {
    Candidate top = same[0];
    for (const Candidate& x : same)
      if (x.score > top.score) top = x;
    if (base_.facts[top.fact].figure.period.stated) {
      int latest = 0;
      for (const Candidate& x : same)
        if (base_.facts[x.fact].figure.period.stated)
          latest = std::max(latest, base_.facts[x.fact].figure.period.to);
      same.erase(std::remove_if(same.begin(), same.end(),
                                [&](const Candidate& x) {
                                  const Period& p =
                                      base_.facts[x.fact].figure.period;
                                  return p.stated && p.to != latest;
                                }),
                 same.end());
    }
  }
  // The best match of the claimed period, goal or not.
  double overall_best = 0;
  for (const Candidate& cand : subject)
    if (claimed.period.empty() || timeless ||
        PeriodsMatch(claimed.period, base_.facts[cand.fact].figure.period))
      overall_best = std::max(overall_best, cand.score);
  const Fact* contradiction = nullptr;
  const Fact* undetermined = nullptr;
  const Fact* weak = nullptr;  // contradicts, but may be another subject
  // The closest match decides; a fact in the claim's own unit first (the
  // claim in dollars is about the dollar figure beside the yuan one).
  std::stable_sort(
      same.begin(), same.end(), [&](const Candidate& x, const Candidate& y) {
        bool ux = base_.facts[x.fact].figure.quantity.unit == cq.unit;
        bool uy = base_.facts[y.fact].figure.quantity.unit == cq.unit;
        if (ux != uy) return ux;
        return x.score > y.score;
      });
  double decisive_score = -1;
  double contradiction_score = 0;
  for (const Candidate& cand : same) {
    const uint32_t id = cand.fact;
    const Fact& f = base_.facts[id];
    Agreement a = Compare(cq, f.figure.quantity);
    // Past a firm contradiction, only a near-tie may still agree: "below
    // $300 billion" is not confirmed by some smaller figure further off.
    if (a == Agreement::kAgree && decisive_score >= 0 &&
        cand.score < decisive_score - kTieMargin)
      continue;
    if (a == Agreement::kAgree) {
      r.verdict = Verdict::kSupported;
      r.facts = {id};
      r.explanation = "The sources say " + Said(f) + ".";
      return r;
    }
    // The same digits in another scale, currency or direction: the claim
    // restates this very figure wrongly, so a looser subject match will do.
    double ratio = cq.value / f.figure.quantity.value;
    double lg = std::log10(std::fabs(ratio));
    bool same_digits = std::fabs(lg - std::round(lg)) < 1e-6;
    // A dated claim with no period means the latest figure at its date: one
    // more than a year older does not contradict it (the sources may lack
    // the year it means).
    const bool stale = dated_ && claimed.period.empty() && !timeless &&
                       f.figure.period.to < year_ - 1;
    // A firm match: the subject as a whole, or (its names being held, in
    // context too) all of its measure.
    bool firm =
        (cand.score >= kRefuteThreshold || same_digits ||
         cand.measure_cover >= kRefuteMeasureCover) &&
        !stale && cand.same_things && cand.names_back &&
        CompleteFrame(claimed, f.figure, same_digits, cand.measure_cover);
    if (std::getenv("FIGCHECK_TRACE"))
      std::fprintf(
          stderr,
          "cand %u s=%.2f mc=%.2f things=%d back=%d frame=%d aspect=%s/%s "
          "agree=%d %s\n",
          id, cand.score, cand.measure_cover, cand.same_things, cand.names_back,
          CompleteFrame(claimed, f.figure, same_digits, cand.measure_cover),
          AspectName(claimed.aspect), AspectName(f.figure.aspect), (int)a,
          f.figure.text.c_str());
    if (a == Agreement::kContradict &&
        !(firm && cand.score >= kRefuteRatio * overall_best)) {
      if (weak == nullptr) weak = &f;
      continue;
    }
    if (a == Agreement::kContradict) {
      if (decisive_score < 0) decisive_score = cand.score;
      // Prefer the fact that explains the error.
      if (contradiction == nullptr || same_digits) {
        contradiction = &f;
        contradiction_score = cand.score;
      }
    } else if (undetermined == nullptr) {
      undetermined = &f;
    }
  }
  if (contradiction != nullptr) {
    // A fact that agrees, about nearly as close a subject, leaves the claim
    // open: two figures of one list ("95 national, 713 municipal …"), a
    // part and its whole, the two ends of "from X to Y". Refuting a true
    // claim is the worst error; it is unverifiable instead.
    for (const Candidate& cand : subject) {
      const Figure& f = base_.facts[cand.fact].figure;
      if (cand.score < kRefuteRatio * contradiction_score ||
          f.target != claimed.target)
        continue;
      if (!claimed.period.empty() && !timeless &&
          !PeriodsMatch(claimed.period, f.period))
        continue;
      if (Compare(cq, f.quantity) != Agreement::kAgree) continue;
      r.verdict = Verdict::kUnverifiable;
      r.facts = {cand.fact,
                 static_cast<uint32_t>(contradiction - base_.facts.data())};
      r.explanation = "The sources say " + Said(base_.facts[cand.fact]) +
                      " and " + Said(*contradiction) +
                      " for close subjects; not enough to confirm or refute " +
                      FormatQuantity(cq) + ".";
      return r;
    }
    // A fact with the claim's very digits in another scale or currency
    // explains the error best, even if a little less close a match.
    double chosen = contradiction_score;
    for (const Candidate& cand : subject) {
      const Figure& f = base_.facts[cand.fact].figure;
      if (f.target != claimed.target || f.quantity.value == 0) continue;
      if (cand.score < kRefuteRatio * chosen) continue;
      if (!claimed.period.empty() && !PeriodsMatch(claimed.period, f.period))
        continue;
      double lg = std::log10(std::fabs(cq.value / f.quantity.value));
      if (std::fabs(lg - std::round(lg)) < 1e-6 && std::round(lg) != 0 &&
          Compare(cq, f.quantity) == Agreement::kContradict) {
        contradiction = &base_.facts[cand.fact];
        break;
      }
    }
    r.verdict = Verdict::kRefuted;
    r.facts = {static_cast<uint32_t>(contradiction - base_.facts.data())};
    const Quantity& fq = contradiction->figure.quantity;
    std::string why;
    if (IsCurrency(cq.unit) && IsCurrency(fq.unit) && cq.unit != fq.unit)
      why = " — a different currency";
    else if (cq.kind == Kind::kChange && cq.direction != 0 &&
             fq.direction != 0 && cq.direction != fq.direction)
      why = " — the change went the other way";
    r.explanation = "The sources say " + Said(*contradiction) + ", not " +
                    FormatQuantity(cq) + why + ".";
    return r;
  }
  if (Derive(claimed, &r)) return r;
  // The same figure elsewhere in time, or as a goal.
  for (const Candidate& cand : subject) {
    const Fact& f = base_.facts[cand.fact];
    if (Compare(cq, f.figure.quantity) != Agreement::kAgree) continue;
    // Misleading says the claim moved this very figure: it must be the
    // same measure and aspect.
    if (!cand.same_things || !AspectsMeet(claimed.aspect, f.figure.aspect))
      continue;
    if (f.figure.target && !claimed.target) {
      r.verdict = Verdict::kMisleading;
      r.facts = {cand.fact};
      r.explanation =
          FormatQuantity(f.figure.quantity) + " is a goal" +
          (f.figure.period.stated ? " for " + f.figure.period.ToString()
                                  : std::string()) +
          ", not an achieved figure.";
      return r;
    }
    bool period_has_own = false;
    for (const Candidate& x : same)
      if (x.score >= cand.score * kSameSubjectRatio) period_has_own = true;
    // A period the source leaves to its date is not firm enough to say the
    // claim moved the figure in time.
    if (f.figure.target == claimed.target && !period_has_own && !timeless &&
        f.figure.period.stated && !claimed.period.empty() &&
        !PeriodsMatch(claimed.period, f.figure.period)) {
      r.verdict = Verdict::kMisleading;
      r.facts = {cand.fact};
      r.explanation = FormatQuantity(f.figure.quantity) +
                      " is the figure for " + f.figure.period.ToString() +
                      "; the sources give none for " +
                      claimed.period.ToString() + ".";
      return r;
    }
  }
  if (DeriveShare(claimed, &r)) return r;
  r.verdict = Verdict::kUnverifiable;
  if (undetermined != nullptr) {
    r.explanation = "The sources say " + Said(*undetermined) +
                    ", which neither confirms nor rules out " +
                    FormatQuantity(cq) + ".";
  } else if (weak != nullptr) {
    r.explanation = "The closest figure in the sources is " + Said(*weak) +
                    ", but it may be about something else; not enough to "
                    "confirm or refute " +
                    FormatQuantity(cq) + ".";
  } else if (!subject.empty()) {
    r.explanation = "The sources give no figure for this subject and period.";
  } else {
    r.explanation = "The sources hold no figure for this subject.";
  }
  return r;
}

// A change the sources do not state, computed from two levels: the ends of
// the claimed period, or a "from X to Y" pair.
bool Matcher::Derive(const Figure& c, FigureResult* out) const {
  const Quantity& cq = c.quantity;
  if (cq.kind != Kind::kChange) return false;
  Figure level = c;
  level.quantity.kind = Kind::kLevel;
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<Candidate> subject = Subject(level, true);
  for (const Candidate& a : subject) {
    const Figure& fa = base_.facts[a.fact].figure;
    if (fa.target || fa.quantity.kind != Kind::kLevel) continue;
    if (!(Point(fa.quantity.qualifier))) continue;
    if (fa.pair >= 0 && fa.pair_from) {
      const Figure& fb = base_.facts[fa.pair].figure;
      bool span_ok =
          c.period.empty() || (c.period.from == 0 && c.period.years != 0) ||
          (fa.period.from == c.period.from && fb.period.to == c.period.to);
      if (span_ok) pairs.emplace_back(a.fact, static_cast<uint32_t>(fa.pair));
      continue;
    }
    if (c.period.from == 0 || c.period.from == c.period.to) continue;
    if (!(fa.period.stated && fa.period.is_year() &&
          fa.period.from == c.period.from))
      continue;
    for (const Candidate& b : subject) {
      const Figure& fb = base_.facts[b.fact].figure;
      if (fb.target || fb.quantity.kind != Kind::kLevel) continue;
      if (fb.quantity.unit != fa.quantity.unit || !Point(fb.quantity.qualifier))
        continue;
      if (!(fb.period.is_year() && fb.period.from == c.period.to)) continue;
      pairs.emplace_back(a.fact, b.fact);
    }
  }
  for (const auto& [ia, ib] : pairs) {
    const Quantity& qa = base_.facts[ia].figure.quantity;
    const Quantity& qb = base_.facts[ib].figure.quantity;
    if (qa.unit != qb.unit || qa.value == 0) continue;
    Quantity derived;
    derived.kind = Kind::kChange;
    derived.qualifier = Qualifier::kExact;
    derived.unit = cq.unit;
    double diff = qb.value - qa.value;
    derived.direction = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
    if (cq.unit == "x") {
      derived.value = qb.value / qa.value;
    } else if (cq.unit == "%" && c.aspect == Aspect::kAverage) {
      // "4 percent a year on average from 2011 to 2021": the compound
      // annual rate over the years between the two levels.
      const int years =
          base_.facts[ib].figure.period.to - base_.facts[ia].figure.period.from;
      if (qa.unit == "%" || years <= 0 || qb.value / qa.value <= 0) continue;
      derived.value =
          std::fabs((std::pow(qb.value / qa.value, 1.0 / years) - 1) * 100);
    } else if (cq.unit == "%") {
      if (qa.unit == "%") continue;  // a share's change is in points
      derived.value = std::fabs(diff / qa.value * 100);
    } else if (cq.unit == "pp") {
      if (qa.unit != "%") continue;
      derived.value = std::fabs(diff);
    } else if (cq.unit == qa.unit) {
      derived.value = std::fabs(diff);
    } else {
      continue;
    }
    Agreement a = Compare(cq, derived);
    if (a == Agreement::kUndetermined) continue;
    // Refuting a change needs the span on both sides: the claim's, and the
    // years the sources give the two levels. A "from X to Y" with no years
    // may be over another span, or another measure the claim only names.
    if (a == Agreement::kContradict &&
        (c.period.empty() || !(base_.facts[ia].figure.period.stated &&
                               base_.facts[ib].figure.period.stated)))
      continue;
    out->verdict =
        a == Agreement::kAgree ? Verdict::kSupported : Verdict::kRefuted;
    out->facts = {ib, ia};
    out->derived = derived.value;
    std::string shown = cq.unit == "x" ? Trim(derived.value, 2) + " times"
                                       : FormatQuantity(derived);
    if (c.aspect == Aspect::kAverage && cq.unit == "%")
      shown += " a year on average";
    out->explanation =
        "From " + Said(base_.facts[ia]) + " to " + Said(base_.facts[ib]) +
        " is " + (derived.direction < 0 && cq.unit != "x" ? "a fall of " : "") +
        shown +
        (a == Agreement::kAgree ? "." : ", not " + FormatQuantity(cq) + ".");
    return true;
  }
  return false;
}

// A share the sources do not state, computed as part / whole from two facts
// of one sentence. Only ever confirms: a failed division proves nothing about
// which two figures the claim meant.
bool Matcher::DeriveShare(const Figure& c, FigureResult* out) const {
  const Quantity& cq = c.quantity;
  if (cq.kind != Kind::kLevel || cq.unit != "%") return false;
  Figure level = c;
  level.quantity.unit = "count";
  std::vector<Candidate> subject = Subject(level, true);
  for (const Candidate& a : subject) {
    const Fact& fa = base_.facts[a.fact];
    if (fa.figure.quantity.unit == "%" || fa.figure.target) continue;
    for (const Candidate& b : subject) {
      const Fact& fb = base_.facts[b.fact];
      if (a.fact == b.fact || fb.sentence != fa.sentence) continue;
      if (fb.figure.quantity.unit != fa.figure.quantity.unit) continue;
      if (!(fa.figure.quantity.value < fb.figure.quantity.value)) continue;
      Quantity share;
      share.unit = "%";
      share.value = fa.figure.quantity.value / fb.figure.quantity.value * 100;
      if (Compare(cq, share) != Agreement::kAgree) continue;
      out->verdict = Verdict::kSupported;
      out->facts = {a.fact, b.fact};
      out->derived = share.value;
      out->explanation = FormatQuantity(fa.figure.quantity) + " of " +
                         FormatQuantity(fb.figure.quantity) + " is " +
                         Trim(share.value, 1) + "%.";
      return true;
    }
  }
  return false;
}

}  // namespace

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kRefuted: return "refuted";
    case Verdict::kMisleading: return "misleading";
    case Verdict::kUnverifiable: return "unverifiable";
  }
  return "unverifiable";
}

int VerdictSeverity(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return 3;
    case Verdict::kMisleading: return 2;
    case Verdict::kUnverifiable: return 1;
    case Verdict::kSupported: return 0;
  }
  return 1;
}

std::string FormatQuantity(const Quantity& q) {
  std::string prefix;
  switch (q.qualifier) {
    case Qualifier::kApprox: prefix = "about "; break;
    case Qualifier::kMoreThan: prefix = "more than "; break;
    case Qualifier::kAtLeast: prefix = "at least "; break;
    case Qualifier::kLessThan: prefix = "less than "; break;
    case Qualifier::kAtMost: prefix = "at most "; break;
    case Qualifier::kExact: break;
  }
  if (q.kind == Kind::kChange && q.unit != "x")
    prefix = (q.direction < 0   ? "down "
              : q.direction > 0 ? "up "
                                : "") +
             prefix;
  else if (q.value < 0)
    prefix += "minus ";
  double v = std::fabs(q.value);
  std::string base = q.unit.substr(0, q.unit.find('/'));
  std::string per;
  if (q.unit.find('/') != std::string::npos) {
    std::string denominator = q.unit.substr(q.unit.find('/') + 1);
    if (denominator == "10k-people")
      denominator = "10,000 people";
    else if (denominator == "1k-people")
      denominator = "1,000 people";
    else if (denominator == "100-people")
      denominator = "100 people";
    else if (denominator == "km2")
      denominator = "square kilometer";
    per = " per " + denominator;
  }
  if (q.unit == "%") return prefix + Trim(v, 4) + "%";
  if (q.unit == "pp") return prefix + Trim(v, 4) + " percentage points";
  if (q.unit == "x") return prefix + Trim(v, 2) + " times";
  std::string number;
  const char* scale = "";
  double scaled = v;
  if (v >= 1e12) {
    scaled = v / 1e12;
    scale = " trillion";
  } else if (v >= 1e9) {
    scaled = v / 1e9;
    scale = " billion";
  } else if (v >= 1e6 && (IsCurrency(base) ||
                          std::fabs(v / 1e3 - std::round(v / 1e3)) < 1e-6)) {
    scaled = v / 1e6;
    scale = " million";
  }
  if (std::fabs(scaled - std::round(scaled)) < 1e-9 && scaled < 1e15)
    number = Group(static_cast<long long>(std::llround(scaled))) + scale;
  else
    number = Trim(scaled, 4) + scale;
  if (base == "CNY") return prefix + number + " yuan" + per;
  if (base == "USD") return prefix + "US$" + number + per;
  if (base == "years") return prefix + number + " years";
  if (base == "m2") return prefix + number + " square meters" + per;
  if (base == "km2") return prefix + number + " square kilometers" + per;
  if (base == "tce") return prefix + number + " tons of standard coal" + per;
  if (base == "t") return prefix + number + " tons" + per;
  if (base == "count" || base.empty()) return prefix + number + per;
  return prefix + number + " " + base + per;
}

StatusOr<Result> Check(const FactBase& base, std::string_view claim, Date as_of,
                       bool dated) {
  if (claim.size() > kMaxClaimBytes)
    return Status(ErrorCode::kInputTooLarge,
                  "claim is " + std::to_string(claim.size()) +
                      " bytes; the limit is " + std::to_string(kMaxClaimBytes));
  Status utf8 = CheckUtf8(claim);
  if (!utf8.ok()) return utf8;
  bool blank = std::all_of(claim.begin(), claim.end(), [](char ch) {
    return std::isspace(static_cast<unsigned char>(ch)) != 0;
  });
  if (blank) return Status(ErrorCode::kEmptyInput, "claim is empty");
  Result result;
  result.claim = std::string(claim);
  Matcher matcher(base, as_of, dated);
  std::vector<SentenceFigures> read =
      ReadFigures(claim, as_of, base.lexicon, ReadMode::kClaim);
  for (SentenceFigures& sf : read)
    for (Figure& f : sf.figures) result.figures.push_back(matcher.Evaluate(f));
  if (result.figures.empty()) {
    result.verdict = Verdict::kUnverifiable;
    result.explanation = "The claim states no figure that can be checked.";
    return result;
  }
  int worst = 0;
  for (size_t i = 1; i < result.figures.size(); ++i)
    if (VerdictSeverity(result.figures[i].verdict) >
        VerdictSeverity(result.figures[worst].verdict))
      worst = static_cast<int>(i);
  result.decisive = worst;
  result.verdict = result.figures[worst].verdict;
  result.explanation = result.figures[worst].explanation;
  return result;
}

}  // namespace figcheck
