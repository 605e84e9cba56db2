// Stage 2: claim × fact base → result. Each figure of the claim is matched
// to the facts about the same subject (weighted term overlap, same kind of
// unit), then decided in the order the design sets: a fact for the same
// subject and period decides supported/refuted; failing that, the same
// figure at another time or as a target makes it misleading; failing that,
// unverifiable. Changes and shares the sources do not state are derived from
// two facts. The claim takes the worst verdict of its figures.
// Tested by tests/check_test.cc and tests/accuracy_test.cc.
#ifndef FIGCHECK_CORE_CHECK_H_
#define FIGCHECK_CORE_CHECK_H_

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/factbase.h"
#include "core/status.h"
#include "core/text.h"

namespace figcheck {

enum class Verdict { kSupported, kRefuted, kMisleading, kUnverifiable };
const char* VerdictName(Verdict v);
// Worse-first order: refuted, misleading, unverifiable, supported.
int VerdictSeverity(Verdict v);

// Why a figure got its verdict (decide.h decides, render.h words it).
enum class Reason : uint8_t {
  kStated,        // supported: a fact of the same frame agrees
  kContradicted,  // refuted: a fact of the same frame, firmly matched, does not
  kCloseDisagree,    // unverifiable: one close fact agrees, another contradicts
  kDerivedChange,    // supported or refuted: a change computed from two levels
  kDerivedFromRate,  // supported or refuted: a change computed from a level
                     // and its rate ("172,000, up 12%": 18,429 more)
  kDerivedFromNew,   // supported or refuted: a year's growth from its new
                     // ones and the total they bring ("30 … to 561": 5.6%)
  kDerivedBeforeNew,   // supported or refuted: the level before a year's new
                       // ones, the total they brought less their number
  kGoal,               // misleading: a goal told as achieved
  kStateNarrowed,      // misleading: things in several states told as all
                       // in one ("completed, under construction or planned"
                       // told as completed)
  kAchievedAsGoal,     // misleading: an achieved figure told as a goal
  kOtherPeriod,        // misleading: the figure of another stated period
  kRunningTotal,       // misleading: a running total told as one year's figure
  kTurnedAround,       // refuted: a from-to pair the sources tell the other
                       // way round
  kWentOtherWay,       // refuted: a level told as reached by a change the
                       // sources' sentence of it says went the other way
  kDerivedShare,       // supported or refuted: a share computed as part /
                       // whole
  kDerivedSum,         // supported: a total computed as the sum of two facts
  kDerivedRatio,       // supported: an average computed as one fact per another
  kDerivedDifference,  // supported: a fact less a figure the claim states
                       // beside it ("Strip out the 548 foreign-funded ones
                       // and 1,223 remain", of 1,771)
  kUndetermined,   // unverifiable: a fact that neither confirms nor rules out
  kWeakMatch,      // unverifiable: a different figure that may be about else
  kNoneForPeriod,  // unverifiable: the subject, but not for this period
  kNoSubject,      // unverifiable: nothing about this subject
};

struct FigureResult {
  Figure claimed;
  Verdict verdict = Verdict::kUnverifiable;
  Reason reason = Reason::kNoSubject;
  const char* rule = "";        // the decision rule that decided (decide.h)
  std::vector<uint32_t> facts;  // cited facts: one, or two for a derived figure
  int64_t named = -1;           // a fact the explanation names, not cited
  double derived = NAN;         // the value computed from two facts
  Quantity derived_quantity;    // the same, with its unit and direction
  std::string explanation;      // in words (render.h)
};

struct Result {
  std::string claim;
  Verdict verdict = Verdict::kUnverifiable;
  std::vector<FigureResult> figures;
  int decisive = -1;  // the figure whose verdict is the claim's, or -1
  std::string explanation;
};

// Checks one claim. `as_of` reads "last year" and bounds the periods a
// claim with none of its own can mean. `dated`: the date is the claim's own
// (an article's, --as-of), not today's; then a claim with no period means
// the latest period at that date, and a figure more than a year older than
// it cannot refute it. Errors: kEmptyInput, kInputTooLarge, kInvalidUtf8,
// kNotEnglish (language.h).
StatusOr<Result> Check(const FactBase& base, std::string_view claim, Date as_of,
                       bool dated = false);

// "4.72 trillion yuan", "US$24.087 billion", "38.3%", "6,017".
std::string FormatQuantity(const Quantity& q);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_CHECK_H_
