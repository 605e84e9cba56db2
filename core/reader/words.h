// The figure words: every word or phrase the reader gives a meaning to, in
// one table of {surface form, role, value, tag}. The RE2 patterns
// (core/reader/patterns.h), the word screens before them and the value maps
// below are all made from this table, so adding a unit or a change verb is
// one line of data, and a screen cannot miss a word its pattern reads.
// A surface is lower case; a space in it stands for any run of spaces.
// Tested by tests/reader/words_test.cc; tests/reader_screens_test.cc reads
// sentences made of these words with screens on and off.
#ifndef FIGCHECK_CORE_READER_WORDS_H_
#define FIGCHECK_CORE_READER_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/figure.h"

namespace figcheck {
namespace reader {

// What a word does, and so which pattern it belongs to. Where a word sits
// relative to the number is the role's, and WhereOf says it.
enum class WordRole : uint8_t {
  kCardinal,       // "two": value; a count, or part of "two thirds"
  kArticle,        // "a" of "a third": value 1
  kFraction,       // "thirds": value is the denominator
  kMultiple,       // "tripled": value is the factor
  kScale,          // "million" after a number: value
  kGluedScale,     // "m" of "$1.5m": value; only glued, after a currency
  kUnit,           // "percent": tag is the unit ("%", "USD", "teu", ...)
  kPerUnit,        // "capita" of "per capita": tag is the unit it is per
  kCurrency,       // "us$" before a number: tag is the unit
  kQualifier,      // "more than" before a number: tag is a QualifierName
  kChangeBound,    // "about" between a change verb and its number
  kFromBound,      // "about" of "from about 300 to 450"
  kConversion,     // "about" of "4.7 trillion yuan (about $660 billion)"
  kTrailingBound,  // "or more" after a number: tag is a QualifierName
  kChangeVerb,     // "rose" before a number: value is the direction
  kChangeNoun,     // "surge" after a number: value is the direction
  kComparative,    // "more" of "5% more than": value is the direction
  kParticleVerb,   // "set" of "set up": its "up" is not a rise
  kDurationLead,   // "over" of "over 10 years": a duration, not a figure
  kDurationOrder,  // "past" of "over the past 10 years"
  kDurationUnit,   // "years" after a number: value in years
  kRelativeYear,   // "last" of "last year": value is the offset in years
  kBaseline,       // "same period" of "from the same period last year"
  kPeriodPart,     // "first" of "the first three quarters": a period
  kSpanLead,       // "past" of "past five years": value -1, or +1 ahead
  kSpanCount,      // "five" of "past five years": value
  kLabel,          // "phase", "no.": a number after it names, not counts
  kTarget,         // "aims", "to reach": a goal, not an achievement
  kTopicOpener,    // "in terms of": the topic of the sentences after
  kSpeechVerb,     // "said", "according": a clause that only attributes
  kReportingVerb,  // "reported", "shows": attributes with "that" or evidence
  kEvidenceWord,   // "report", "data": a source of figures
  kSayVerb,        // "said": attributes what follows unless "that" does
  kPhraseEnd,      // "reached": ends a "per unit of X" phrase
  kClauseJoin,     // "and": ends one figure's stretch of a sentence
  kPreposition,    // "of": ends it when no clause join does
  kPartOf,         // "of which": the figure after is part of the one before
  kCountModifier,  // "new" of "30 new firms": not yet what a count counts
  kOrdinal,        // "third", "fortieth": value is the position
  kRankVerb,       // "ranked" of "ranked third": the ordinal is a rank
  kRankScope,      // "globally" after "first": a rank; value 1 after an
                   // ordinal, 0 only after "No. 1" ("No. 1 in China")
  kRankHolder,     // "world" of "the world's busiest": over what it ranks
  kSuperlative,    // "busiest" after a holder or an ordinal: a rank
  kRankNoun,       // "spot" of "top spot", "second place": a rank
  kGroupLead,      // "one of" before "the world's largest": not a rank
  kRunning,        // "straight" of "14th straight year": a count of years
  kPatternWord,    // "dozen", "no" of "No. 1", "lead" of "took the lead":
                   // written into a pattern; the screens pass it
  kYearlyLead,     // "every year" of "every year since 2010": a run of
                   // years from then to the figure's time
  kEditionNoun,    // "edition" of "in its 34th edition": the ordinal
                   // counts the event's editions
  kRateLead,       // "for every" of "2.6 robots for every 100 people"
  kRateAdjective,  // "monthly" of "a monthly income of 10 million yuan":
                   // tag is the unit the figure is per
  kPlaceNoun,      // "district" of "Pudong District": part of a place's
                   // name, not a name of its own
  kStockVerb,      // "home to" before "24,000 new high-tech firms", "are
                   // based" after it: a count of what there is, so "new"
                   // after the number is part of what it counts
  kContentVerb,    // "contains" of "the plan to … contains 24 measures":
                   // what a text holds, so no goal before it is the figure's
  kMarkVerb,       // "broke" of "broke the 4 trillion yuan mark": tag is
                   // the qualifier the threshold gives the figure
  kPastVerb,       // "was", "grew": a sentence that tells of the past
  kNotPast,        // "has", "will", "when": a sentence of the present, the
                   // future or a time of its own, no past account's
  kNewKind,        // "energy" of "30 new energy buses": "new" names a kind,
                   // not the new ones of a period
  kTotalVerb,      // "bringing" of "…, bringing the total to 956": the
                   // figure after is the running total of the one before
  kTotalNoun,      // "tally" of "taking its tally to 965"
  kOpeningVerb,    // "handled" of "…, the country's second-busiest, handled
                   // 35 million TEUs", "has" of "…, and has stayed above":
                   // a clause opening with it has its subject further back
  kState,          // "under construction": value is a bit of what things
                   // are in (kStateDone, kStateBuilding, kStatePlanned)
  kOpeningAdverb,  // "just" of "Shenzhen just passed 24,000 firms", "now"
                   // of "…, and now has": passed over before a verb
  kFirstVerb,      // "topped" of "has topped the assessment for three
                   // consecutive years": the run is one of ranking first
  kGoesOnAdverb,   // "thus" of "…, thus concluding a campaign": the clause
                   // goes on from the one before, in its time
  kRemainder,      // "not", "outside", "excluding": a claim's figure beside
                   // another may be what is left of a whole without it
  kContrastLead,   // "although" of "Although X does not have the most
                   // firms, it ranks first …": a clause it opens, with no
                   // figure, is a contrast and names no figure's subject
};

// Where a role's words sit: before the number, after it, or anywhere.
enum class WordPlace : uint8_t { kBefore, kAfter, kNumber, kAnywhere };
WordPlace WhereOf(WordRole role);
const char* WordRoleName(WordRole role);

struct FigureWord {
  std::string_view surface;
  WordRole role;
  double value = 0;
  std::string_view tag = {};
};

// The table, in the order patterns try the words.
const std::vector<FigureWord>& FigureWords();
// Its parts, by file: the words of quantities (quantity_words.cc), of
// qualifiers and changes (qualifier_words.cc), of periods
// (period_words.cc), of a figure's clause (clause_words.cc). A role's words
// are all in one part. Read the table through FigureWords().
std::vector<FigureWord> QuantityWords();
std::vector<FigureWord> QualifierWords();
std::vector<FigureWord> PeriodWords();
std::vector<FigureWord> ClauseWords();

// A role's surfaces, in table order; with `lo`/`hi`, only words whose value
// lies in [lo, hi].
std::vector<std::string_view> WordsOf(WordRole role);
std::vector<std::string_view> WordsOf(WordRole role, double lo, double hi);

// An RE2 alternation of the surfaces (no group around it): metacharacters
// escaped, each space as \s+.
std::string Alternation(const std::vector<std::string_view>& surfaces);

// Value maps. A phrase is looked up as captured: case-folded text, any
// run of spaces inside counts as one. A miss returns the stated default.
const FigureWord* Lookup(WordRole role, std::string_view phrase);  // or null
// A word inside "bringing the total number to": a total noun or a
// determiner. Any other word names the total's own things ("the total of
// foreign firms"): no lead to the figure before's total.
bool TotalLeadWord(std::string_view w);
int WordNumber(const std::string& w);  // cardinals, "a", digits; else 0
int FractionDenominator(const std::string& w);  // else 0
double ScaleOf(const std::string& w);           // scales, glued; else 1
double MultipleOf(const std::string& w);        // else 0
// Number words as one number: "five hundred and forty-eight" = 548, "two
// hundred thousand" = 200,000, "six and three-quarter" = 6.75. Words are
// cardinals, "hundred" and the scales, "and", and a fraction after "and".
// 0 when a word is none of these.
double NumberWordsValue(std::string_view phrase);
// An ordinal in words or digits: "third" = 3, "thirty-fourth" = 34, "14th"
// = 14; else 0.
int OrdinalOf(std::string_view phrase);
std::string_view UnitOf(WordRole role, std::string_view phrase);  // or ""
double UnitFactorOf(std::string_view phrase);  // of a unit into its tag's; 1
Qualifier QualifierOf(WordRole role, std::string_view phrase,
                      Qualifier otherwise);
int DirectionOf(WordRole role, std::string_view phrase);  // ±1; else 0

// Whether a single word (no spaces) has the role.
bool Is(WordRole role, std::string_view word);

// Whether a figure's text tells a run of years: "14 consecutive years",
// "the 14th year in a row", "every year since 2010".
bool TellsRun(std::string_view figure_text);
// Whether a rank's text is "took the lead": being first to do something,
// a rank of nothing else.
bool TellsLead(std::string_view figure_text);
// Whether a figure counts something that grows a year at a time: a run
// of years, or an event's editions told as an ordinal ("34th").
bool GrowsYearly(const Figure& f);

// The editions a text names: an ordinal right before a capitalised word
// ("the 6th CIIE", "the fifth China International Import Expo": 6, 5), in
// text order. `text` is as written (case kept).
std::vector<int> EditionsIn(std::string_view text);

// The states a text gives the things it counts (kState words), as bits;
// kStateEither too when it joins two or more with "or" ("either
// completed, under construction, or planned"). `lower`: folded text.
enum StateBit : int {
  kStateDone = 1,
  kStateBuilding = 2,
  kStatePlanned = 4,
  kStateEither = 8,
};
int StatesIn(std::string_view lower);

// What a word says about attribution: bits of AttributionRole.
enum AttributionRole : uint8_t {
  kSpeech = 1,     // kSpeechVerb
  kReporting = 2,  // kReportingVerb
  kEvidence = 4,   // kEvidenceWord
};
uint8_t RoleOf(std::string_view word);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_WORDS_H_
