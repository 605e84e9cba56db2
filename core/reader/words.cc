// The figure-word table and the value maps made from it. Method: one
// constant table, in the order the patterns try the words; lookups go
// through a map from (role, surface) built at first use, with the phrase's
// runs of spaces folded to one. Tested by tests/reader/words_test.cc.
#include "core/reader/words.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <utility>

namespace figcheck {
namespace reader {
namespace {

using R = WordRole;

// Qualifier names as QualifierName writes them.
constexpr std::string_view kAbout = "approximately";
constexpr std::string_view kOver = "more than";
constexpr std::string_view kAtLeast = "at least";
constexpr std::string_view kUnder = "less than";
constexpr std::string_view kAtMost = "at most";

const std::vector<FigureWord>& Table() {
  static const auto* const kTable = new std::vector<FigureWord>{
      // Numbers. "a" sits after "one": "one|a|two…" in "a third".
      {"one", R::kCardinal, 1},
      {"a", R::kArticle, 1},
      {"two", R::kCardinal, 2},
      {"three", R::kCardinal, 3},
      {"four", R::kCardinal, 4},
      {"five", R::kCardinal, 5},
      {"six", R::kCardinal, 6},
      {"seven", R::kCardinal, 7},
      {"eight", R::kCardinal, 8},
      {"nine", R::kCardinal, 9},
      {"ten", R::kCardinal, 10},
      {"eleven", R::kCardinal, 11},
      {"twelve", R::kCardinal, 12},
      {"thirteen", R::kCardinal, 13},
      {"fourteen", R::kCardinal, 14},
      {"fifteen", R::kCardinal, 15},
      {"sixteen", R::kCardinal, 16},
      {"seventeen", R::kCardinal, 17},
      {"eighteen", R::kCardinal, 18},
      {"nineteen", R::kCardinal, 19},
      {"twenty", R::kCardinal, 20},
      {"thirty", R::kCardinal, 30},
      {"forty", R::kCardinal, 40},
      {"fifty", R::kCardinal, 50},
      {"sixty", R::kCardinal, 60},
      {"seventy", R::kCardinal, 70},
      {"eighty", R::kCardinal, 80},
      {"ninety", R::kCardinal, 90},
      {"half", R::kFraction, 2},
      {"halves", R::kFraction, 2},
      {"third", R::kFraction, 3},
      {"thirds", R::kFraction, 3},
      {"quarter", R::kFraction, 4},
      {"quarters", R::kFraction, 4},
      {"fourth", R::kFraction, 4},
      {"fourths", R::kFraction, 4},
      {"fifth", R::kFraction, 5},
      {"fifths", R::kFraction, 5},
      {"sixth", R::kFraction, 6},
      {"sixths", R::kFraction, 6},
      {"seventh", R::kFraction, 7},
      {"sevenths", R::kFraction, 7},
      {"eighth", R::kFraction, 8},
      {"eighths", R::kFraction, 8},
      {"ninth", R::kFraction, 9},
      {"ninths", R::kFraction, 9},
      {"tenth", R::kFraction, 10},
      {"tenths", R::kFraction, 10},
      {"doubled", R::kMultiple, 2},
      {"doubling", R::kMultiple, 2},
      {"double", R::kMultiple, 2},
      {"twice", R::kMultiple, 2},
      {"tripled", R::kMultiple, 3},
      {"tripling", R::kMultiple, 3},
      {"triple", R::kMultiple, 3},
      {"threefold", R::kMultiple, 3},
      {"three-fold", R::kMultiple, 3},
      {"quadrupled", R::kMultiple, 4},
      {"quadrupling", R::kMultiple, 4},
      {"quadruple", R::kMultiple, 4},
      {"fourfold", R::kMultiple, 4},
      {"four-fold", R::kMultiple, 4},
      {"fivefold", R::kMultiple, 5},
      {"five-fold", R::kMultiple, 5},
      {"tenfold", R::kMultiple, 10},
      {"ten-fold", R::kMultiple, 10},

      // Scales.
      {"thousand", R::kScale, 1e3},
      {"million", R::kScale, 1e6},
      {"billion", R::kScale, 1e9},
      {"trillion", R::kScale, 1e12},
      {"bn", R::kScale, 1e9},
      {"bln", R::kScale, 1e9},
      {"mn", R::kScale, 1e6},
      {"mln", R::kScale, 1e6},
      {"tn", R::kScale, 1e12},
      {"trn", R::kScale, 1e12},
      {"m", R::kGluedScale, 1e6},  // "5m" alone may be metres
      {"k", R::kGluedScale, 1e3},

      // Units. A phrase goes before any phrase it starts ("tons of
      // standard coal" before "tons").
      {"%", R::kUnit, 0, "%"},
      {"percent", R::kUnit, 0, "%"},
      {"per cent", R::kUnit, 0, "%"},
      {"percentage points", R::kUnit, 0, "pp"},
      {"percentage point", R::kUnit, 0, "pp"},
      {"yuan", R::kUnit, 0, "CNY"},
      {"rmb", R::kUnit, 0, "CNY"},
      {"renminbi", R::kUnit, 0, "CNY"},
      {"us dollars", R::kUnit, 0, "USD"},
      {"us dollar", R::kUnit, 0, "USD"},
      {"u.s. dollars", R::kUnit, 0, "USD"},
      {"u.s. dollar", R::kUnit, 0, "USD"},
      {"american dollars", R::kUnit, 0, "USD"},
      {"american dollar", R::kUnit, 0, "USD"},
      {"dollars", R::kUnit, 0, "USD"},
      {"dollar", R::kUnit, 0, "USD"},
      {"usd", R::kUnit, 0, "USD"},
      {"twenty-foot equivalent units", R::kUnit, 0, "teu"},
      {"twenty-foot equivalent unit", R::kUnit, 0, "teu"},
      {"teus", R::kUnit, 0, "teu"},
      {"teu", R::kUnit, 0, "teu"},
      {"square meters", R::kUnit, 0, "m2"},
      {"square meter", R::kUnit, 0, "m2"},
      {"square metres", R::kUnit, 0, "m2"},
      {"square metre", R::kUnit, 0, "m2"},
      {"square kilometers", R::kUnit, 0, "km2"},
      {"square kilometer", R::kUnit, 0, "km2"},
      {"square kilometres", R::kUnit, 0, "km2"},
      {"square kilometre", R::kUnit, 0, "km2"},
      {"kilometers", R::kUnit, 0, "km"},
      {"kilometer", R::kUnit, 0, "km"},
      {"kilometres", R::kUnit, 0, "km"},
      {"kilometre", R::kUnit, 0, "km"},
      {"km", R::kUnit, 0, "km"},
      {"tons of standard coal", R::kUnit, 0, "tce"},
      {"ton of standard coal", R::kUnit, 0, "tce"},
      {"tonnes", R::kUnit, 0, "t"},
      {"tonne", R::kUnit, 0, "t"},
      {"tons", R::kUnit, 0, "t"},
      {"ton", R::kUnit, 0, "t"},
      {"consecutive years", R::kUnit, 0, "years"},
      {"consecutive year", R::kUnit, 0, "years"},
      {"years", R::kUnit, 0, "years"},
      {"year", R::kUnit, 0, "years"},
      {"times", R::kUnit, 0, "x"},
      {"-fold", R::kUnit, 0, "x"},
      {"fold", R::kUnit, 0, "x"},
      // After "per", "/" or "a": what the unit is divided by.
      {"person", R::kPerUnit, 0, "/person"},
      {"capita", R::kPerUnit, 0, "/person"},
      {"head", R::kPerUnit, 0, "/person"},
      {"square kilometer", R::kPerUnit, 0, "/km2"},
      {"square kilometre", R::kPerUnit, 0, "/km2"},
      {"km2", R::kPerUnit, 0, "/km2"},
      {"10,000 people", R::kPerUnit, 0, "/10k-people"},
      {"100 people", R::kPerUnit, 0, "/100-people"},
      {"1,000 people", R::kPerUnit, 0, "/1k-people"},
      // Currencies before the number; a sign may touch the digits.
      {"us$", R::kCurrency, 0, "USD"},
      {"u.s.$", R::kCurrency, 0, "USD"},
      {"$", R::kCurrency, 0, "USD"},
      {"rmb", R::kCurrency, 0, "CNY"},
      {"\xC2\xA5", R::kCurrency, 0, "CNY"},  // ¥
      {"usd", R::kCurrency, 0, "USD"},
      {"cny", R::kCurrency, 0, "CNY"},

      // Qualifiers before the number.
      {"more than", R::kQualifier, 0, kOver},
      {"north of", R::kQualifier, 0, kOver},
      {"south of", R::kQualifier, 0, kUnder},
      {"just shy of", R::kQualifier, 0, kUnder},
      {"shy of", R::kQualifier, 0, kUnder},
      {"in the region of", R::kQualifier, 0, kAbout},
      {"in the neighbourhood of", R::kQualifier, 0, kAbout},
      {"in the neighborhood of", R::kQualifier, 0, kAbout},
      {"on the order of", R::kQualifier, 0, kAbout},
      {"over", R::kQualifier, 0, kOver},
      {"exceeding", R::kQualifier, 0, kOver},
      {"exceeded", R::kQualifier, 0, kOver},
      {"exceeds", R::kQualifier, 0, kOver},
      {"exceed", R::kQualifier, 0, kOver},
      {"above", R::kQualifier, 0, kOver},
      {"topped", R::kQualifier, 0, kOver},
      {"tops", R::kQualifier, 0, kOver},
      {"surpassed", R::kQualifier, 0, kOver},
      {"surpasses", R::kQualifier, 0, kOver},
      {"surpassing", R::kQualifier, 0, kOver},
      {"passed", R::kQualifier, 0, kOver},
      {"beyond", R::kQualifier, 0, kOver},
      {"upwards of", R::kQualifier, 0, kOver},
      {"in excess of", R::kQualifier, 0, kOver},
      {"greater than", R::kQualifier, 0, kOver},
      {"at least", R::kQualifier, 0, kAtLeast},
      {"no less than", R::kQualifier, 0, kAtLeast},
      {"no fewer than", R::kQualifier, 0, kAtLeast},
      {"not less than", R::kQualifier, 0, kAtLeast},
      {"fewer than", R::kQualifier, 0, kUnder},
      {"less than", R::kQualifier, 0, kUnder},
      {"under", R::kQualifier, 0, kUnder},
      {"below", R::kQualifier, 0, kUnder},
      {"lower than", R::kQualifier, 0, kUnder},
      {"up to", R::kQualifier, 0, kAtMost},
      {"at most", R::kQualifier, 0, kAtMost},
      {"no more than", R::kQualifier, 0, kAtMost},
      {"not more than", R::kQualifier, 0, kAtMost},
      {"about", R::kQualifier, 0, kAbout},
      {"around", R::kQualifier, 0, kAbout},
      {"approximately", R::kQualifier, 0, kAbout},
      {"approx.", R::kQualifier, 0, kAbout},
      {"roughly", R::kQualifier, 0, kAbout},
      {"nearly", R::kQualifier, 0, kAbout},
      {"almost", R::kQualifier, 0, kAbout},
      {"some", R::kQualifier, 0, kAbout},
      {"close to", R::kQualifier, 0, kAbout},
      {"an estimated", R::kQualifier, 0, kAbout},
      {"estimated", R::kQualifier, 0, kAbout},
      {"circa", R::kQualifier, 0, kAbout},
      {"just under", R::kQualifier, 0, kAbout},
      {"just over", R::kQualifier, 0, kAbout},
      // "rose by about 5%": the bounds a change verb takes.
      {"more than", R::kChangeBound},
      {"over", R::kChangeBound},
      {"about", R::kChangeBound},
      {"around", R::kChangeBound},
      {"approximately", R::kChangeBound},
      {"roughly", R::kChangeBound},
      {"nearly", R::kChangeBound},
      {"almost", R::kChangeBound},
      {"some", R::kChangeBound},
      {"close to", R::kChangeBound},
      {"just over", R::kChangeBound},
      {"just under", R::kChangeBound},
      {"at least", R::kChangeBound},
      {"less than", R::kChangeBound},
      // Qualifiers after the number.
      {"or more", R::kTrailingBound, 0, kAtLeast},
      {"or so", R::kTrailingBound, 0, kAbout},
      {"plus", R::kTrailingBound, 0, kOver},

      // Change verbs before the number: direction.
      {"up", R::kChangeVerb, 1},
      {"down", R::kChangeVerb, -1},
      {"rose", R::kChangeVerb, 1},
      {"rise", R::kChangeVerb, 1},
      {"rises", R::kChangeVerb, 1},
      {"risen", R::kChangeVerb, 1},
      {"rising", R::kChangeVerb, 1},
      {"grew", R::kChangeVerb, 1},
      {"grow", R::kChangeVerb, 1},
      {"grows", R::kChangeVerb, 1},
      {"grown", R::kChangeVerb, 1},
      {"growing", R::kChangeVerb, 1},
      {"increased", R::kChangeVerb, 1},
      {"increase", R::kChangeVerb, 1},
      {"increases", R::kChangeVerb, 1},
      {"increasing", R::kChangeVerb, 1},
      {"jumped", R::kChangeVerb, 1},
      {"jump", R::kChangeVerb, 1},
      {"jumps", R::kChangeVerb, 1},
      {"surged", R::kChangeVerb, 1},
      {"surge", R::kChangeVerb, 1},
      {"surges", R::kChangeVerb, 1},
      {"soared", R::kChangeVerb, 1},
      {"soar", R::kChangeVerb, 1},
      {"soars", R::kChangeVerb, 1},
      {"climbed", R::kChangeVerb, 1},
      {"climb", R::kChangeVerb, 1},
      {"climbs", R::kChangeVerb, 1},
      {"gained", R::kChangeVerb, 1},
      {"gain", R::kChangeVerb, 1},
      {"gains", R::kChangeVerb, 1},
      {"expanded", R::kChangeVerb, 1},
      {"expand", R::kChangeVerb, 1},
      {"expands", R::kChangeVerb, 1},
      {"fell", R::kChangeVerb, -1},
      {"fall", R::kChangeVerb, -1},
      {"falls", R::kChangeVerb, -1},
      {"fallen", R::kChangeVerb, -1},
      {"falling", R::kChangeVerb, -1},
      {"dropped", R::kChangeVerb, -1},
      {"drop", R::kChangeVerb, -1},
      {"drops", R::kChangeVerb, -1},
      {"declined", R::kChangeVerb, -1},
      {"decline", R::kChangeVerb, -1},
      {"declines", R::kChangeVerb, -1},
      {"declining", R::kChangeVerb, -1},
      {"decreased", R::kChangeVerb, -1},
      {"decrease", R::kChangeVerb, -1},
      {"decreases", R::kChangeVerb, -1},
      {"slipped", R::kChangeVerb, -1},
      {"slip", R::kChangeVerb, -1},
      {"slips", R::kChangeVerb, -1},
      {"slid", R::kChangeVerb, -1},
      {"slumped", R::kChangeVerb, -1},
      {"plunged", R::kChangeVerb, -1},
      {"plummeted", R::kChangeVerb, -1},
      {"eased", R::kChangeVerb, -1},
      {"ease", R::kChangeVerb, -1},
      {"eases", R::kChangeVerb, -1},
      {"contracted", R::kChangeVerb, -1},
      {"shrank", R::kChangeVerb, -1},
      {"shrunk", R::kChangeVerb, -1},
      {"dipped", R::kChangeVerb, -1},
      {"dip", R::kChangeVerb, -1},
      {"dips", R::kChangeVerb, -1},
      {"edged up", R::kChangeVerb, 1},
      {"edged down", R::kChangeVerb, -1},
      {"growth of", R::kChangeVerb, 1},
      {"increase of", R::kChangeVerb, 1},
      {"decline of", R::kChangeVerb, -1},
      {"drop of", R::kChangeVerb, -1},
      {"rise of", R::kChangeVerb, 1},
      // Change nouns after the number: "a 12% increase".
      {"surge", R::kChangeNoun, 1},
      {"surges", R::kChangeNoun, 1},
      {"jump", R::kChangeNoun, 1},
      {"jumps", R::kChangeNoun, 1},
      {"increase", R::kChangeNoun, 1},
      {"increases", R::kChangeNoun, 1},
      {"rise", R::kChangeNoun, 1},
      {"rises", R::kChangeNoun, 1},
      {"growth", R::kChangeNoun, 1},
      {"gain", R::kChangeNoun, 1},
      {"gains", R::kChangeNoun, 1},
      {"hike", R::kChangeNoun, 1},
      {"rebound", R::kChangeNoun, 1},
      {"expansion", R::kChangeNoun, 1},
      {"decline", R::kChangeNoun, -1},
      {"declines", R::kChangeNoun, -1},
      {"drop", R::kChangeNoun, -1},
      {"drops", R::kChangeNoun, -1},
      {"fall", R::kChangeNoun, -1},
      {"falls", R::kChangeNoun, -1},
      {"decrease", R::kChangeNoun, -1},
      {"decreases", R::kChangeNoun, -1},
      {"dip", R::kChangeNoun, -1},
      {"contraction", R::kChangeNoun, -1},
      {"slump", R::kChangeNoun, -1},
      {"reduction", R::kChangeNoun, -1},
      {"cut", R::kChangeNoun, -1},
      // "5% more than a year ago": a change of a share.
      {"more", R::kComparative, 1},
      {"higher", R::kComparative, 1},
      {"less", R::kComparative, -1},
      {"lower", R::kComparative, -1},
      {"fewer", R::kComparative, -1},
      // Verbs whose "up"/"down" is a particle: "set up by 20 firms".
      {"set", R::kParticleVerb},
      {"sets", R::kParticleVerb},
      {"setting", R::kParticleVerb},
      {"picked", R::kParticleVerb},
      {"pick", R::kParticleVerb},
      {"made", R::kParticleVerb},
      {"make", R::kParticleVerb},
      {"makes", R::kParticleVerb},
      {"took", R::kParticleVerb},
      {"take", R::kParticleVerb},
      {"takes", R::kParticleVerb},
      {"build", R::kParticleVerb},
      {"built", R::kParticleVerb},
      {"builds", R::kParticleVerb},
      {"open", R::kParticleVerb},
      {"opened", R::kParticleVerb},
      {"opens", R::kParticleVerb},
      {"sign", R::kParticleVerb},
      {"signed", R::kParticleVerb},
      {"signs", R::kParticleVerb},
      {"call", R::kParticleVerb},
      {"called", R::kParticleVerb},
      {"end", R::kParticleVerb},
      {"ended", R::kParticleVerb},
      {"ends", R::kParticleVerb},
      {"keep", R::kParticleVerb},
      {"kept", R::kParticleVerb},
      {"add", R::kParticleVerb},
      {"added", R::kParticleVerb},
      {"adds", R::kParticleVerb},
      {"draw", R::kParticleVerb},
      {"drew", R::kParticleVerb},
      {"drawn", R::kParticleVerb},
      {"put", R::kParticleVerb},
      {"puts", R::kParticleVerb},
      {"ramp", R::kParticleVerb},
      {"ramped", R::kParticleVerb},
      {"gear", R::kParticleVerb},
      {"geared", R::kParticleVerb},
      {"step", R::kParticleVerb},
      {"stepped", R::kParticleVerb},
      {"steps", R::kParticleVerb},
      {"speed", R::kParticleVerb},
      {"sped", R::kParticleVerb},
      {"scale", R::kParticleVerb},
      {"scaled", R::kParticleVerb},
      {"shore", R::kParticleVerb},
      {"shored", R::kParticleVerb},
      {"back", R::kParticleVerb},
      {"backed", R::kParticleVerb},
      {"sum", R::kParticleVerb},
      {"summed", R::kParticleVerb},
      {"total", R::kParticleVerb},
      {"totalled", R::kParticleVerb},
      {"totaled", R::kParticleVerb},
      {"came", R::kParticleVerb},
      {"come", R::kParticleVerb},
      {"comes", R::kParticleVerb},
      {"show", R::kParticleVerb},
      {"showed", R::kParticleVerb},
      {"shows", R::kParticleVerb},
      {"turn", R::kParticleVerb},
      {"turned", R::kParticleVerb},
      {"line", R::kParticleVerb},
      {"lined", R::kParticleVerb},
      {"break", R::kParticleVerb},
      {"broke", R::kParticleVerb},
      {"broken", R::kParticleVerb},
      {"clean", R::kParticleVerb},
      {"cleaned", R::kParticleVerb},
      {"cut", R::kParticleVerb},
      {"cuts", R::kParticleVerb},
      {"shut", R::kParticleVerb},
      {"slow", R::kParticleVerb},
      {"slowed", R::kParticleVerb},
      {"wind", R::kParticleVerb},
      {"wound", R::kParticleVerb},
      {"bring", R::kParticleVerb},
      {"brought", R::kParticleVerb},
      {"mop", R::kParticleVerb},
      {"fill", R::kParticleVerb},
      {"filled", R::kParticleVerb},
      {"hold", R::kParticleVerb},
      {"held", R::kParticleVerb},
      {"pile", R::kParticleVerb},
      {"piled", R::kParticleVerb},
      {"rack", R::kParticleVerb},
      {"racked", R::kParticleVerb},
      {"run", R::kParticleVerb},
      {"ran", R::kParticleVerb},
      {"tie", R::kParticleVerb},
      {"tied", R::kParticleVerb},
      {"team", R::kParticleVerb},
      {"teamed", R::kParticleVerb},
      {"use", R::kParticleVerb},
      {"used", R::kParticleVerb},

      // Durations: "over the past 10 years" is a period, not a figure.
      {"over", R::kDurationLead},
      {"in", R::kDurationLead},
      {"within", R::kDurationLead},
      {"during", R::kDurationLead},
      {"for the", R::kDurationLead},
      {"the", R::kDurationLead},
      {"past", R::kDurationLead},
      {"last", R::kDurationLead},
      {"next", R::kDurationLead},
      {"coming", R::kDurationLead},
      {"following", R::kDurationLead},
      {"recent", R::kDurationLead},
      {"first", R::kDurationLead},
      {"past", R::kDurationOrder},
      {"last", R::kDurationOrder},
      {"next", R::kDurationOrder},
      {"coming", R::kDurationOrder},
      {"following", R::kDurationOrder},
      {"previous", R::kDurationOrder},
      {"first", R::kDurationOrder},
      {"years", R::kDurationUnit, 1},
      {"year", R::kDurationUnit, 1},
      {"decades", R::kDurationUnit, 10},
      {"decade", R::kDurationUnit, 10},
      {"months", R::kDurationUnit, 1.0 / 12},
      {"month", R::kDurationUnit, 1.0 / 12},
      {"weeks", R::kDurationUnit, 7.0 / 365},
      {"week", R::kDurationUnit, 7.0 / 365},
      {"days", R::kDurationUnit, 1.0 / 365},
      {"day", R::kDurationUnit, 1.0 / 365},
      // Periods: "last year", "the past five years".
      {"last", R::kRelativeYear, -1},
      {"this", R::kRelativeYear, 0},
      {"next", R::kRelativeYear, 1},
      {"the current", R::kRelativeYear, 0},
      {"the previous", R::kRelativeYear, -1},
      {"previous", R::kRelativeYear, -1},
      {"the past", R::kRelativeYear, -1},
      {"past", R::kSpanLead, -1},
      {"last", R::kSpanLead, -1},
      {"previous", R::kSpanLead, -1},
      {"recent", R::kSpanLead, -1},
      {"next", R::kSpanLead, 1},
      {"coming", R::kSpanLead, 1},
      {"following", R::kSpanLead, 1},
      {"two", R::kSpanCount, 2},
      {"three", R::kSpanCount, 3},
      {"four", R::kSpanCount, 4},
      {"five", R::kSpanCount, 5},
      {"six", R::kSpanCount, 6},
      {"seven", R::kSpanCount, 7},
      {"eight", R::kSpanCount, 8},
      {"nine", R::kSpanCount, 9},
      {"ten", R::kSpanCount, 10},
      {"twenty", R::kSpanCount, 20},

      // Labels: "Phase 2", "No. 5", "Python 3" name things.
      {"class", R::kLabel},
      {"no.", R::kLabel},
      {"no", R::kLabel},
      {"nos.", R::kLabel},
      {"nos", R::kLabel},
      {"phase", R::kLabel},
      {"type", R::kLabel},
      {"article", R::kLabel},
      {"chapter", R::kLabel},
      {"section", R::kLabel},
      {"grade", R::kLabel},
      {"line", R::kLabel},
      {"page", R::kLabel},
      {"pages", R::kLabel},
      {"version", R::kLabel},
      {"tier", R::kLabel},
      {"room", R::kLabel},
      {"route", R::kLabel},
      {"gate", R::kLabel},
      {"item", R::kLabel},
      {"figure", R::kLabel},
      {"table", R::kLabel},
      {"level", R::kLabel},
      {"batch", R::kLabel},
      {"act", R::kLabel},
      {"ranked", R::kLabel},
      {"rank", R::kLabel},
      {"ranking", R::kLabel},
      {"top", R::kLabel},
      {"number", R::kLabel},
      {"vol.", R::kLabel},
      {"vol", R::kLabel},
      {"per", R::kLabel},
      {"step", R::kLabel},
      {"building", R::kLabel},
      {"floor", R::kLabel},
      {"suite", R::kLabel},
      {"exit", R::kLabel},
      {"p.", R::kLabel},
      {"pp.", R::kLabel},
      {"tel.", R::kLabel},
      {"tel", R::kLabel},
      {"phone", R::kLabel},
      {"fax", R::kLabel},
      {"ext.", R::kLabel},
      {"ext", R::kLabel},
      {"v", R::kLabel},
      {"release", R::kLabel},
      {"python", R::kLabel},
      {"ios", R::kLabel},
      {"android", R::kLabel},
      {"windows", R::kLabel},
      {"iso", R::kLabel},

      // Goals: a figure after these in its clause is a target.
      {"will", R::kTarget},
      {"shall", R::kTarget},
      {"aims", R::kTarget},
      {"aim", R::kTarget},
      {"aimed", R::kTarget},
      {"aiming", R::kTarget},
      {"targets", R::kTarget},
      {"target", R::kTarget},
      {"targeted", R::kTarget},
      {"targeting", R::kTarget},
      {"goals", R::kTarget},
      {"goal", R::kTarget},
      {"objectives", R::kTarget},
      {"objective", R::kTarget},
      {"plans to", R::kTarget},
      {"plan to", R::kTarget},
      {"planned to", R::kTarget},
      {"planning to", R::kTarget},
      {"strive", R::kTarget},
      {"strives", R::kTarget},
      {"striving", R::kTarget},
      {"seeks to", R::kTarget},
      {"seek to", R::kTarget},
      {"expects to", R::kTarget},
      {"expect to", R::kTarget},
      {"expected to", R::kTarget},
      {"is set to", R::kTarget},
      {"are set to", R::kTarget},
      {"projected", R::kTarget},
      {"forecasts", R::kTarget},
      {"forecast", R::kTarget},
      {"intends to", R::kTarget},
      {"intend to", R::kTarget},
      {"to reach", R::kTarget},
      {"to hit", R::kTarget},
      {"to exceed", R::kTarget},
      {"to achieve", R::kTarget},
      {"to surpass", R::kTarget},
      {"to top", R::kTarget},
      {"to double", R::kTarget},
      {"proposes", R::kTarget},
      {"propose", R::kTarget},
      {"proposed", R::kTarget},
      // "In terms of X, …": X is the topic of the sentences after.
      {"in terms of", R::kTopicOpener},
      {"regarding", R::kTopicOpener},
      {"as for", R::kTopicOpener},
      {"with respect to", R::kTopicOpener},
      {"when it comes to", R::kTopicOpener},
      {"as to", R::kTopicOpener},

      // Attribution.
      {"said", R::kSpeechVerb},
      {"says", R::kSpeechVerb},
      {"say", R::kSpeechVerb},
      {"told", R::kSpeechVerb},
      {"according", R::kSpeechVerb},
      {"reported", R::kSpeechVerb},
      {"noted", R::kSpeechVerb},
      {"added", R::kSpeechVerb},
      {"estimated", R::kSpeechVerb},
      {"claimed", R::kSpeechVerb},
      {"stated", R::kSpeechVerb},
      {"wrote", R::kSpeechVerb},
      {"argued", R::kSpeechVerb},
      {"believed", R::kSpeechVerb},
      {"believe", R::kSpeechVerb},
      {"reckon", R::kSpeechVerb},
      {"reckoned", R::kSpeechVerb},
      {"explained", R::kSpeechVerb},
      // "the bureau reported that …", "figures show that …".
      {"reported", R::kReportingVerb},
      {"reports", R::kReportingVerb},
      {"show", R::kReportingVerb},
      {"shows", R::kReportingVerb},
      {"showed", R::kReportingVerb},
      {"shown", R::kReportingVerb},
      {"found", R::kReportingVerb},
      {"finds", R::kReportingVerb},
      {"estimated", R::kReportingVerb},
      {"estimates", R::kReportingVerb},
      {"indicated", R::kReportingVerb},
      {"indicates", R::kReportingVerb},
      {"revealed", R::kReportingVerb},
      {"reveals", R::kReportingVerb},
      {"suggested", R::kReportingVerb},
      {"suggests", R::kReportingVerb},
      {"confirmed", R::kReportingVerb},
      {"confirms", R::kReportingVerb},
      {"announced", R::kReportingVerb},
      {"noted", R::kReportingVerb},
      {"stated", R::kReportingVerb},
      {"wrote", R::kReportingVerb},
      {"claimed", R::kReportingVerb},
      {"claims", R::kReportingVerb},
      // "figures released this week show …": without "that", only after
      // a word for a source of figures.
      {"report", R::kEvidenceWord},
      {"reports", R::kEvidenceWord},
      {"data", R::kEvidenceWord},
      {"figures", R::kEvidenceWord},
      {"figure", R::kEvidenceWord},
      {"statistics", R::kEvidenceWord},
      {"survey", R::kEvidenceWord},
      {"surveys", R::kEvidenceWord},
      {"study", R::kEvidenceWord},
      {"studies", R::kEvidenceWord},
      {"census", R::kEvidenceWord},
      {"numbers", R::kEvidenceWord},
      {"estimates", R::kEvidenceWord},
      {"records", R::kEvidenceWord},
      {"research", R::kEvidenceWord},
      {"analysis", R::kEvidenceWord},
      {"poll", R::kEvidenceWord},
      {"polls", R::kEvidenceWord},
      {"audit", R::kEvidenceWord},
      {"bulletin", R::kEvidenceWord},
      {"yearbook", R::kEvidenceWord},
  };
  return *kTable;
}

bool IsRegexSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The phrase as the table spells it: runs of spaces as one space.
std::string Normalise(std::string_view phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (IsRegexSpace(phrase[i])) {
      while (i + 1 < phrase.size() && IsRegexSpace(phrase[i + 1])) ++i;
      out += ' ';
    } else {
      out += phrase[i];
    }
  }
  return out;
}

using Index =
    std::map<std::pair<WordRole, std::string_view>, const FigureWord*>;

const Index& ByRoleAndSurface() {
  static const Index* const kIndex = [] {
    auto* index = new Index();
    for (const FigureWord& w : Table())
      index->emplace(std::make_pair(w.role, w.surface), &w);  // first wins
    return index;
  }();
  return *kIndex;
}

}  // namespace

const std::vector<FigureWord>& FigureWords() { return Table(); }

WordPlace WhereOf(WordRole role) {
  switch (role) {
    case R::kCardinal:
    case R::kArticle:
    case R::kFraction:
    case R::kMultiple:
    case R::kSpanCount: return WordPlace::kNumber;
    case R::kScale:
    case R::kGluedScale:
    case R::kUnit:
    case R::kPerUnit:
    case R::kTrailingBound:
    case R::kChangeNoun:
    case R::kComparative:
    case R::kDurationUnit: return WordPlace::kAfter;
    case R::kCurrency:
    case R::kQualifier:
    case R::kChangeBound:
    case R::kChangeVerb:
    case R::kParticleVerb:
    case R::kDurationLead:
    case R::kDurationOrder:
    case R::kLabel: return WordPlace::kBefore;
    case R::kRelativeYear:
    case R::kSpanLead:
    case R::kTarget:
    case R::kTopicOpener:
    case R::kSpeechVerb:
    case R::kReportingVerb:
    case R::kEvidenceWord: return WordPlace::kAnywhere;
  }
  return WordPlace::kAnywhere;
}

const char* WordRoleName(WordRole role) {
  switch (role) {
    case R::kCardinal: return "cardinal";
    case R::kArticle: return "article";
    case R::kFraction: return "fraction";
    case R::kMultiple: return "multiple";
    case R::kScale: return "scale";
    case R::kGluedScale: return "glued scale";
    case R::kUnit: return "unit";
    case R::kPerUnit: return "per unit";
    case R::kCurrency: return "currency";
    case R::kQualifier: return "qualifier";
    case R::kChangeBound: return "change bound";
    case R::kTrailingBound: return "trailing bound";
    case R::kChangeVerb: return "change verb";
    case R::kChangeNoun: return "change noun";
    case R::kComparative: return "comparative";
    case R::kParticleVerb: return "particle verb";
    case R::kDurationLead: return "duration lead";
    case R::kDurationOrder: return "duration order";
    case R::kDurationUnit: return "duration unit";
    case R::kRelativeYear: return "relative year";
    case R::kSpanLead: return "span lead";
    case R::kSpanCount: return "span count";
    case R::kLabel: return "label";
    case R::kTarget: return "target";
    case R::kTopicOpener: return "topic opener";
    case R::kSpeechVerb: return "speech verb";
    case R::kReportingVerb: return "reporting verb";
    case R::kEvidenceWord: return "evidence word";
  }
  return "";
}

std::vector<std::string_view> WordsOf(WordRole role) {
  std::vector<std::string_view> out;
  for (const FigureWord& w : Table())
    if (w.role == role) out.push_back(w.surface);
  return out;
}

std::vector<std::string_view> WordsOf(WordRole role, double lo, double hi) {
  std::vector<std::string_view> out;
  for (const FigureWord& w : Table())
    if (w.role == role && w.value >= lo && w.value <= hi)
      out.push_back(w.surface);
  return out;
}

std::string Alternation(const std::vector<std::string_view>& surfaces) {
  std::string out;
  for (std::string_view s : surfaces) {
    if (!out.empty()) out += '|';
    for (char c : s) {
      if (c == ' ') {
        out += "\\s+";
      } else {
        if (std::strchr("\\.^$|()[]{}*+?", c) != nullptr && c != '\0')
          out += '\\';
        out += c;
      }
    }
  }
  return out;
}

const FigureWord* Lookup(WordRole role, std::string_view phrase) {
  std::string key = Normalise(phrase);
  auto it = ByRoleAndSurface().find({role, std::string_view(key)});
  return it == ByRoleAndSurface().end() ? nullptr : it->second;
}

int WordNumber(const std::string& w) {
  for (WordRole role : {R::kCardinal, R::kArticle})
    if (const FigureWord* f = Lookup(role, w))
      return static_cast<int>(f->value);
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])))
    return std::atoi(w.c_str());
  return 0;
}

int FractionDenominator(const std::string& w) {
  const FigureWord* f = Lookup(R::kFraction, w);
  return f == nullptr ? 0 : static_cast<int>(f->value);
}

double ScaleOf(const std::string& w) {
  for (WordRole role : {R::kScale, R::kGluedScale})
    if (const FigureWord* f = Lookup(role, w)) return f->value;
  return 1;
}

double MultipleOf(const std::string& w) {
  const FigureWord* f = Lookup(R::kMultiple, w);
  return f == nullptr ? 0 : f->value;
}

std::string_view UnitOf(WordRole role, std::string_view phrase) {
  const FigureWord* f = Lookup(role, phrase);
  return f == nullptr ? std::string_view() : f->tag;
}

Qualifier QualifierOf(WordRole role, std::string_view phrase,
                      Qualifier otherwise) {
  const FigureWord* f = Lookup(role, phrase);
  Qualifier q;
  if (f == nullptr || !ParseQualifier(std::string(f->tag), &q))
    return otherwise;
  return q;
}

int DirectionOf(WordRole role, std::string_view phrase) {
  const FigureWord* f = Lookup(role, phrase);
  return f == nullptr ? 0 : static_cast<int>(f->value);
}

uint8_t RoleOf(std::string_view word) {
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, uint8_t>();
    for (const FigureWord& w : Table()) {
      if (w.role == R::kSpeechVerb) (*roles)[w.surface] |= kSpeech;
      if (w.role == R::kReportingVerb) (*roles)[w.surface] |= kReporting;
      if (w.role == R::kEvidenceWord) (*roles)[w.surface] |= kEvidence;
    }
    return roles;
  }();
  auto it = kRoles->find(word);
  return it == kRoles->end() ? 0 : it->second;
}

}  // namespace reader
}  // namespace figcheck
