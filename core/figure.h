// The figure: one number as a reader understands it, with what it counts,
// when, and how firmly. Produced by the reader (reader.h) for both source
// sentences and claims, so both sides of a comparison are read by the same
// rules. Plain data; no behaviour beyond small helpers. Tested by
// tests/reader_test.cc.
#ifndef FIGCHECK_CORE_FIGURE_H_
#define FIGCHECK_CORE_FIGURE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/unit.h"

namespace figcheck {

enum class Qualifier : uint8_t {
  kExact,     // "4.72 trillion"
  kApprox,    // "about", "around", "nearly", "roughly", "close to"
  kMoreThan,  // "more than", "over", "exceeding", "topped"
  kAtLeast,   // "at least", "no less than"
  kLessThan,  // "fewer than", "less than", "under", "below"
  kAtMost,    // "up to", "at most", "no more than"
};
const char* QualifierName(Qualifier q);
bool ParseQualifier(const std::string& name, Qualifier* out);

// What kind of statement the number makes.
enum class Kind : uint8_t {
  kLevel,   // a quantity at a time: "GDP reached 4.72 trillion yuan"
  kChange,  // a change over a time: "up 38.3 percent", "doubled"
};

// What a figure says of its measure beyond the kind: the whole of it, the
// new ones in a period, a running total, part of a year, several things
// added up, or an average. Refuting needs the same aspect (frame.h).
enum class Aspect : uint8_t {
  kPlain,     // "GDP reached 4.72 trillion yuan"
  kNew,       // "6,017 new foreign-invested enterprises", "newly established"
  kTotal,     // "accumulated", "so far", "bringing the total to"
  kPartYear,  // "so far this year", "in the first half"
  kCombined,  // "collectively", "a combined", "together"
  kAverage,   // "on average", "4 percent a year"
};
const char* AspectName(Aspect a);
bool ParseAspect(std::string_view name, Aspect* out);

// A calendar period. from == to == 0 means none stated. `years` is the length
// of a relative span ("in the past decade" = 10, "over three years" = 3);
// it is set with or without an anchor.
struct Period {
  int from = 0;
  int to = 0;
  int years = 0;
  bool stated = false;  // false: inferred from the document's date
  // A span counted back from the text's date ("the past decade"), whose
  // ends the writer's date decides; not stored.
  bool relative = false;

  bool empty() const { return from == 0 && years == 0; }
  bool is_year() const { return from != 0 && from == to; }
  std::string ToString() const;
};

struct Quantity {
  double value = 0;  // normalised: yuan not billions; 38.3 for 38.3 percent
  double step = 0;   // precision as stated, same scale as value (0: exact)
  bool decimals =
      false;  // a claim's, written with decimals ("49.15"); not stored
  Unit unit;  // "CNY", "%", "count", "CNY/km2", ... (unit.h)
  Qualifier qualifier = Qualifier::kExact;
  Kind kind = Kind::kLevel;
  int direction = 0;  // for changes: +1 up, -1 down, 0 not said
};

// One figure in a text, with its context.
struct Figure {
  uint32_t start = 0;  // byte offsets of the figure's text
  uint32_t end = 0;
  std::string text;  // the figure as written, e.g. "US$24,087 million"
  Quantity quantity;
  Period period;
  bool target = false;   // a goal, plan or forecast, not an achievement
  bool spelled = false;  // written in words ("three"); not stored
  int pair = -1;         // index of the partner in "from X to Y" (X: -1 → Y)
  bool pair_from = false;
  // Subject terms (canonical stems) with weights: 1 for the figure's own
  // clause, less for the rest of the sentence and the sentence before.
  std::vector<std::pair<std::string, float>> terms;
  // For a count, the stems of what it counts ("enterprises" in "6,017 new
  // foreign-invested enterprises"); may be empty.
  std::vector<std::string> nouns;
  // The frame beyond the subject terms (frame.h): the aspect, and the
  // canonical stems of the proper names in the figure's own clause (the
  // place or organisation it is about: "Tianjin", "Pudong", "Costco").
  Aspect aspect = Aspect::kPlain;
  std::vector<std::string> names;
  // A claim's: the stems of the verb that tells the figure ("churned out",
  // "turned out"), which no source need share; not stored.
  std::vector<std::string> verbs;
  // Told in the present perfect with no period ("has trained 3,000 nurses"):
  // perhaps a running total; not stored.
  bool perfect = false;
  // A claim's: the states its clause gives what it counts ("have been
  // completed": reader::StatesIn's bits); not stored.
  int states = 0;
  // A claim's: the edition its clause names before the figure ("deals at
  // the fifth CIIE": 5), 0 for none; not stored.
  int edition = 0;
  // "every year since 2010": the run's first year (its value counts the
  // years to the figure's period, or to the text's date); 0 for none. Not
  // stored.
  int streak_from = 0;
  // A claim's figure of each one of a set ("each of the four clusters"),
  // not of their total; not stored.
  bool each = false;
  // A claim's figure of a set its clause counts ("Shanghai's 53 parks turn
  // out …": 53) or lists ("chips, biomedicine and AI had …": 3), 0 for
  // neither; not stored.
  int counted = 0;
  // A claim's: that set is the figure's subject, counted or listed before
  // it in its clause (not a count past an aside); not stored.
  bool set_subject = false;
  // A claim's level a change verb leads to ("shrank last year to about $24
  // billion": -1), the verb's direction; 0 for none. Not stored.
  int toward = 0;
  // A claim's: the stems of the names anywhere in its sentence (its own
  // clause's are `names`); not stored.
  std::vector<std::string> sentence_names;
  // A claim's figure told of a share ("the share of … rose 3.3 percent");
  // not stored.
  bool of_share = false;
  // A claim's share of a count it states ("30 percent of the 33 actions …":
  // 33), 0 for none; not stored.
  double of_count = 0;
  // A claim's rank of being first to do something ("the first in the
  // country to roll out …", "took the lead in …"); not stored (a fact's
  // says "lead" in its text).
  bool first_to = false;
  // A claim's: the stem of a capitalised opening word before a verb
  // ("Wuhan gained 30 labs"), which may name a place no source knows;
  // not stored.
  std::string subject_name;
  // A run of years' ("…, ranking first for 14 consecutive years"): the
  // unit of the figure in its clause it tells the run of, none when it
  // follows none. Not stored; a fact's is the fact before it in its
  // sentence.
  Unit run_of;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FIGURE_H_
