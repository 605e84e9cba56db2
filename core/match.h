// Which facts a claim's figure is about: its subject. A weighted overlap
// of terms (how much of the claim figure's subject the fact covers, blended
// with how much of the fact's own subject the claim names, each term weighed
// by its IDF), with the figure's names held by the fact's subject (its
// places by the fact's own clause). Each candidate carries what the
// decision needs to know of the match. Tested by tests/check_test.cc and
// tests/frames_test.cc.
#ifndef FIGCHECK_CORE_MATCH_H_
#define FIGCHECK_CORE_MATCH_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "core/factbase.h"

namespace figcheck {

// A fact must cover this much of the claim's subject to be about it.
constexpr double kSubjectThreshold = 0.5;
// … and score at least this share of the best match: well below it, a fact
// is about something else.
constexpr double kSubjectRatio = 0.7;
// Subject similarity: how much of the claim's subject the fact covers,
// blended with how much of the fact's own subject the claim names.
constexpr double kClaimCoverWeight = 0.8;
// A count of other things than the claim counts.
constexpr double kOtherThingPenalty = 0.75;

struct Candidate {
  uint32_t fact = 0;
  double score = 0;
  // Share of the claim's measure (its subject less its names) the fact holds.
  double measure_cover = 0;
  // Share of the fact's own words (kOwnTermWeight) the claim holds: as
  // its own words, and at any weight (a rank in a participle clause holds
  // its measure from the clause before, "…, ranking first in the world").
  double own_cover = 1;
  double own_cover_any = 1;
  // The same head noun counted ("industrial robots" are robots, not
  // industries), or no count on one side.
  bool same_things = true;
  // Looser: a counted noun in common, or no count on one side.
  bool shares_things = true;
  // And of the same kind, for refuting: the claim holds at least half of
  // the words before the fact's head ("2,000 companies" are not "248 human
  // resources companies").
  bool same_kind = true;
  // The fact's own places, and at least half of its other names, are in the
  // claim: "Pudong introduced 18" is not about the whole city.
  bool names_back = true;
  // The fact is of a set its clause counts and the claim is of one member
  // or of another set: it may be about something else, so it neither
  // confirms nor refutes ("the six key industries exceeded 2.87 trillion
  // yuan" against "the life and health industry exceeded 900 billion").
  bool other_set = false;
  // The claim's rarest own word (its names aside) is not in the fact's
  // subject at all: "the automobile industry's output" against industrial
  // output as a whole.
  bool lacks_rarest = false;
};

class SubjectMatcher {
 public:
  explicit SubjectMatcher(const FactBase& base) : base_(base) {}
  // The facts about the figure's subject, best first; only those with a
  // comparable unit unless `any_unit`.
  std::vector<Candidate> Find(const Figure& claim, bool any_unit) const;
  // How closely one fact matches the figure's subject, as Find scores it
  // (0 when its names are not held).
  double ScoreOf(const Figure& claim, uint32_t fact) const;

 private:
  // A claim figure's subject as term ids sorted by id, with its total
  // weight (Σ weight × idf, unknown terms included).
  struct ClaimSubject {
    const Figure* figure = nullptr;
    std::vector<std::pair<uint32_t, float>> terms;
    double weight = 0;
    double measure_weight = 0;  // the same, less the figure's names
    // Per term: its IDF, whether it is of the measure (weight enough, no
    // name) and whether it is one of the claim's own words (full weight).
    std::vector<double> idf;
    std::vector<bool> measure, own;
  };
  ClaimSubject Prepare(const Figure& c) const;
  double Score(const ClaimSubject& c, uint32_t fact, Candidate* parts) const;
  bool NamesHeld(const Figure& c, uint32_t fact) const;

  const FactBase& base_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_MATCH_H_
