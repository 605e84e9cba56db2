// Reads figures out of English text with RE2.
//
// Method: dates, times and codes are found first and fenced off. Each
// remaining digit run or number word becomes a mention; anchored RE2
// patterns then read what follows it (scale, unit, change noun) and what
// precedes it (currency, qualifier, change verb, "from"). Periods are found
// per sentence and given to the figure they sit next to (after it in its own
// stretch of text, else the nearest before it). Subject terms are the
// canonical stems of the words around the figure, weighted by closeness:
// its own stretch between neighbouring figures weighs most, the rest of the
// sentence less, the sentence before only a little unless this one opens
// with "these"/"that"/"it". Tested by tests/reader_test.cc; that the
// screens before patterns change nothing, by tests/reader_screens_test.cc.
#include "core/reader.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/reader_testing.h"

namespace figcheck {
namespace {

using re2::RE2;

// Weight of the sentence before as context: a little always ("So far,
// there have been 570 companies listed" after a sentence on the STAR
// Market), much when this one opens with "these", "that", "it", "and".
constexpr float kPreviousWeight = 0.3f;
constexpr float kAnaphorWeight = 0.85f;
// Context fainter than this is dropped (keeps the fact base small).
constexpr float kMinContextWeight = 0.1f;
// How much of a sentence's inherited context passes on to the next one.
constexpr float kChainDecay = 0.5f;
// In a claim, words in another figure's own stretch of the sentence: each
// clause states its own figure ("GDP reached X, and the port handled Y").
// Sources keep the sentence weight: they set subjects across clauses.
constexpr float kClaimOtherFigureWeight = 0.15f;
// Subject words set by an "In terms of X," earlier in the paragraph.
constexpr float kTopicCarryWeight = 0.6f;
using re2::StringPiece;

// All patterns are compiled once; RE2 objects are thread-safe for matching.
struct Patterns {
  Patterns()
      : date("(" R"(\b(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\b|)"
             R"(\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*\d{1,2}\b)?(?:,?\s*(?:19|20)\d\d\b)?|)"
             R"(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s*(?:19|20)\d\d\b)?|)"
             R"(\b\d{1,2}:\d\d\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b))" ")"),
        fraction("(" R"(\b(one|a|two|three|four)[\s-]+(half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths)\b)" ")"),
        one_in("(" R"(\b(one|two|three|four)\s+(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)(two|three|four|five|six|seven|eight|nine|ten|\d+)\b)" ")"),
        half("(" R"(\bhalf\b)" ")"),
        dozen("(" R"(\b(?:a\s+)?dozen\b)" ")"),
        count_word(R"(\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"),
        multiplier(R"(\b(doubled|doubling|double|twice|tripled|tripling|triple|threefold|three-fold|quadrupled|quadrupling|quadruple|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold)\b)"),
        scale(R"(^[\s\x1e-]*(thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn)\b)"),
        unit(R"(^[\s\x1e-]*(%|percent\b|per\s+cent\b|percentage\s+points?\b|yuan\b|rmb\b|renminbi\b|(?:us\s+|u\.s\.\s+|american\s+)?dollars?\b|usd\b|twenty-foot\s+equivalent\s+units?\b|teus?\b|square\s+met(?:er|re)s?\b|square\s+kilomet(?:er|re)s?\b|kilomet(?:er|re)s?\b|km\b|tons?\s+of\s+standard\s+coal\b|tonnes?\b|tons?\b|(?:consecutive\s+)?years?\b|times\b|-?fold\b))"),
        per(R"(^[\x1e]*(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:per|/|a)\s+(person|capita|head|square\s+kilomet(?:er|re)|km2|10,000\s+people|100\s+people|1,000\s+people))"),
        units_per(R"(^[\s\x1e-]*units?\s+per\s+(10,000|100|1,000)\s+people)"),
        currency_before(R"((us\$|u\.s\.\$|\$|\brmb\s*|¥|\busd\s*|\bcny\s*)$)"),
        qualifier_before(
            R"(\b(more\s+than|north\s+of|south\s+of|just\s+shy\s+of|shy\s+of|in\s+the\s+region\s+of|in\s+the\s+neighbou?rhood\s+of|on\s+the\s+order\s+of|over|exceeding|exceeded|exceeds|exceed|above|topped|tops|surpassed|surpasses|surpassing|passed|beyond|upwards\s+of|in\s+excess\s+of|greater\s+than|at\s+least|no\s+less\s+than|no\s+fewer\s+than|not\s+less\s+than|fewer\s+than|less\s+than|under|below|lower\s+than|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|about|around|approximately|approx\.|roughly|nearly|almost|some|close\s+to|an\s+estimated|estimated|circa|just\s+under|just\s+over)\s+(?:[a-z]+ly\s+)?(?:an?\s+)?$)"),
        change_before(
            R"(\b(up|down|rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased|increase|increases|increasing|jumped|jump|jumps|surged|surge|surges|soared|soar|soars|climbed|climb|climbs|gained|gain|gains|expanded|expand|expands|fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|declining|decreased|decrease|decreases|slipped|slip|slips|slid|slumped|plunged|plummeted|eased|ease|eases|contracted|shrank|shrunk|dipped|dip|dips|edged\s+up|edged\s+down|growth\s+of|increase\s+of|decline\s+of|drop\s+of|rise\s+of)\s+(?:by\s+)?(?:(?:more\s+than|over|about|around|approximately|roughly|nearly|almost|some|close\s+to|just\s+over|just\s+under|at\s+least|less\s+than)\s+)?(?:an?\s+)?$)"),
        from_before(R"(\bfrom\s+(?:(?:about|around|nearly|some|more\s+than|over)\s+)?$)"),
        change_after(R"(^[\s\x1e-]*(?:year[\s-]+on[\s-]+year\s+|year[\s-]+over[\s-]+year\s+|annual\s+|yearly\s+)?(surge|surges|jump|jumps|increase|increases|rise|rises|growth|gain|gains|hike|rebound|expansion|decline|declines|drop|drops|fall|falls|decrease|decreases|dip|contraction|slump|reduction|cut)\b)"),
        more_than_after(R"(^[\s\x1e]*(more|higher|less|lower|fewer)\s+than\s+(?:a|the|in|last|that|one)\b)"),
        yoy_after(R"(^[\s\x1e,]*(?:year[\s-]+on[\s-]+year|year[\s-]+over[\s-]+year|yoy|from\s+a\s+year\s+(?:earlier|before|ago)|on\s+the\s+year|over\s+the\s+previous\s+year)\b)"),
        or_more_after(R"(^[\s\x1e]*(or\s+more|or\s+so|plus)\b)"),
        duration_before(R"(\b(?:over|in|within|during|for\s+the|the|past|last|next|coming|following|recent|first)\s+(?:(?:past|last|next|coming|following|previous|first)\s+)?$)"),
        duration_after(R"(^[\s\x1e-]*(years?|decades?|months?|weeks?|days?)\b)"),
        ago_after(R"(^[\s\x1e-]*(?:years?|decades?|months?)\s+ago\b)"),
        consecutive_after(R"(^[\s\x1e]+consecutive\s+(?:years?|times|months|quarters))"),
        label_before(R"(\b(class|no\.?|nos\.?|phase|type|article|chapter|section|grade|line|page|pages|version|tier|room|route|gate|item|figure|table|level|batch|act|ranked|rank|ranking|top|number|vol\.?|per|step|room|building|floor|suite|exit|p\.|pp\.|tel\.?|phone|fax|ext\.?|version|v|release|python|ios|android|windows|iso)\s*$)"),
        year_range("(" R"(\b((?:19|20)\d\d)[\s\x1e]*(?:-|–|—|to|and|through|until)[\s\x1e]*((?:19|20)\d\d)\b)" ")"),
        year("(" R"(\b((?:19|20)\d\d)\b)" ")"),
        relative_year("(" R"(\b(last|this|next|the\s+current|the\s+previous|previous|the\s+past)\s+year\b)" ")"),
        span("(" R"(\b(past|last|previous|recent|next|coming|following)\s+(decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(years|decades))\b)" ")"),
        bare_span("(" R"(\b(?:in|over|within|across|during)\s+(?:the\s+)?(a\s+decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(years|decades))\b)" ")"),
        since("(" R"(\bsince\s+((?:19|20)\d\d)\b)" ")"),
        target(R"(\b(will|shall|aims?|aimed|aiming|targets?|targeted|targeting|goals?|objectives?|plans?\s+to|planned\s+to|planning\s+to|strive|strives|striving|seeks?\s+to|expects?\s+to|expected\s+to|(?:is|are)\s+set\s+to|projected|forecasts?|intends?\s+to|to\s+(?:reach|hit|exceed|achieve|surpass|top|double)|proposes?|proposed)\b)"),
        anaphor(R"(^\W*(?:(?:and|also|but)\b|(?:\w+\W+){0,5}?(?:these|this|that|it|they|the\s+figure|the\s+number)\b))"),
        respectively(R"(\brespectively\b)"),
        part_of_year(R"(\b(?:first|second|third|fourth|last|past|latter|final|early|late|next|previous)\s+$)"),
        share_after(R"(^[\s\x1e]*(?:of\b|[,.;)]|$))"),
        half_point_after(R"(^[\s\x1e]+an?\s+(percentage\s+point))"),
        half_percent_after(R"(^[\s\x1e]+an?\s+(percent|per\s+cent))"),
        period_part_after(R"(^[\s\x1e]+(?:quarters?|months?|weeks?|halves)\b)"),
        baseline_before(R"(\b(?:same\s+period|from|than|on|over|compared\s+with|versus|vs\.?)\s*(?:the\s+)?$)"),
        parenthetical_gap(R"(\s*\(\s*(?:about|around|approximately|roughly|or|some|nearly|almost|equivalent\s+to|approx\.)?\s*)"),
        list_gap(R"(\s*(?:,|and|,\s*and)\s*)"),
        power_of_ten(R"(^\s*(?:×|x|\*)\s*10(?:\^|\*\*)?((?:\d|⁰|¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹){1,3}))"),
        any_word_number(R"(\b(?:one|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|halves|dozen|doubled|doubling|double|twice|tripled|tripling|triple|threefold|three-fold|quadrupled|quadrupling|quadruple|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold)\b)"),
        phrasal_up(R"(\b(?:set|sets|setting|picked|pick|made|make|makes|took|take|takes|build|built|builds|open|opened|opens|sign|signed|signs|call|called|end|ended|ends|keep|kept|add|added|adds|draw|drew|drawn|put|puts|ramp|ramped|gear|geared|step|stepped|steps|speed|sped|scale|scaled|shore|shored|back|backed|sum|summed|total|totalled|totaled|came|come|comes|show|showed|shows|turn|turned|line|lined|break|broke|broken|clean|cleaned|cut|cuts|shut|slow|slowed|wind|wound|bring|brought|mop|fill|filled|hold|held|pile|piled|rack|racked|run|ran|tie|tied|team|teamed|use|used)\s+(?:up|down)\s+(?:by\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?(?:an?\s+)?$)") {}

  RE2 date, fraction, one_in, half, dozen, count_word, multiplier;
  RE2 scale, unit, per, units_per, currency_before, qualifier_before;
  RE2 change_before, from_before, change_after, more_than_after, yoy_after;
  RE2 or_more_after, duration_before, duration_after, ago_after;
  RE2 consecutive_after, label_before, year_range, year, relative_year, span;
  RE2 bare_span, since, target, anaphor, respectively, part_of_year;
  RE2 share_after, half_point_after, half_percent_after, period_part_after;
  RE2 baseline_before, parenthetical_gap, list_gap, power_of_ten, any_word_number,
      phrasal_up;
};

const Patterns& P() {
  static const Patterns* patterns = new Patterns();
  return *patterns;
}

// False only in tests (reader_testing.h): then every screen below says
// "may match", so RE2 alone decides and the two readings can be compared.
bool screens_on = true;

bool IsSpace(char c) {  // a superset of RE2's \s
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// A screen run before a pattern anchored at one end: the words a match
// can open with (past spaces, fillers, hyphens and commas) or close with
// (before spaces and full stops), each a whole run of letters. A text that
// fails the screen cannot match, so RE2 is not asked: most numbers are
// followed by no unit and preceded by no qualifier, and a screen costs a
// few comparisons where a match costs a pass of RE2. Screens only make the
// reader faster; what it reads is RE2's answer.
class WordScreen {
 public:
  // A vector, not an initializer list, so that {{"x"}, "*"} reads as words
  // and marks rather than as two words.
  WordScreen(std::vector<std::string_view> words, std::string_view marks = {},
             bool adverbs = false)
      : marks_(marks), adverbs_(adverbs) {
    for (std::string_view w : words) buckets_[Bucket(w)].push_back(w);
  }
  // For a pattern anchored with ^: its first word, or one of `marks`.
  bool MayOpen(StringPiece s) const {
    if (!screens_on) return true;
    size_t i = 0;
    while (i < s.size() && (IsSpace(s[i]) || s[i] == kIgnorable || s[i] == '-' || s[i] == ','))
      ++i;
    if (i == s.size()) return false;
    if (!IsLetter(s[i])) return marks_.find(s[i]) != std::string_view::npos;
    size_t j = i;
    while (j < s.size() && IsLetter(s[j])) ++j;
    return Has(std::string_view(s.data() + i, j - i));
  }
  // For a pattern anchored with $: its last word ("an …ly" adverb too when
  // `adverbs`).
  bool MayClose(StringPiece s) const {
    if (!screens_on) return true;
    size_t j = s.size();
    while (j > 0 && (IsSpace(s[j - 1]) || s[j - 1] == '.')) --j;
    size_t i = j;
    while (i > 0 && IsLetter(s[i - 1])) --i;
    std::string_view word(s.data() + i, j - i);
    if (adverbs_ && word.size() > 2 && word.substr(word.size() - 2) == "ly") return true;
    return Has(word);
  }
  // For an unanchored pattern: any of its first words, anywhere. A word
  // in `then` only counts when the next word is in it (the "to" of "to
  // reach").
  bool MayHold(StringPiece s, const std::pair<std::string_view, const WordScreen*>* then = nullptr,
               size_t thens = 0) const {
    if (!screens_on) return true;
    for (size_t i = 0; i < s.size();) {
      if (!IsLetter(s[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < s.size() && IsLetter(s[j])) ++j;
      std::string_view word(s.data() + i, j - i);
      if (Has(word)) {
        const WordScreen* next = nullptr;
        for (size_t k = 0; k < thens; ++k)
          if (then[k].first == word) next = then[k].second;
        if (next == nullptr) return true;
        size_t a = j;
        while (a < s.size() && IsSpace(s[a])) ++a;
        size_t b = a;
        while (b < s.size() && IsLetter(s[b])) ++b;
        if (next->Has(std::string_view(s.data() + a, b - a))) return true;
      }
      i = j;
    }
    return false;
  }
  bool Has(std::string_view word) const {
    if (word.empty() || !IsLetter(word[0])) return false;
    for (std::string_view w : buckets_[Bucket(word)])
      if (w == word) return true;
    return false;
  }

 private:
  // Words by first letter and length (longer ones share the last length),
  // so most words of prose are ruled out by one empty bucket.
  static constexpr size_t kLengths = 16;
  static size_t Bucket(std::string_view w) {
    return static_cast<size_t>(w[0] - 'a') * kLengths + std::min(w.size(), kLengths) - 1;
  }
  std::vector<std::string_view> buckets_[26 * kLengths];
  std::string_view marks_;
  bool adverbs_;
};

// The screens, pattern by pattern (see Patterns for the patterns).
struct Screens {
  WordScreen scale{{"thousand", "million", "billion", "trillion", "bn", "bln", "mn", "mln",
                    "tn", "trn"}};
  WordScreen unit{{"percent", "per", "percentage", "yuan", "rmb", "renminbi", "us", "u",
                   "american", "dollar", "dollars", "usd", "twenty", "teu", "teus", "square",
                   "kilometer", "kilometers", "kilometre", "kilometres", "km", "ton", "tons",
                   "tonne", "tonnes", "consecutive", "year", "years", "times", "fold"},
                  "%"};
  WordScreen per{{"of", "per", "a"}, "/"};
  WordScreen units_per{{"unit", "units"}};
  WordScreen power_of_ten{{"x"}, "*\xC3"};  // "×" opens with 0xC3
  WordScreen or_more_after{{"or", "plus"}};
  WordScreen duration_after{{"year", "years", "decade", "decades", "month", "months", "week",
                             "weeks", "day", "days"}};  // ago_after's words too
  WordScreen change_after{{"year", "annual", "yearly", "surge", "surges", "jump", "jumps",
                           "increase", "increases", "rise", "rises", "growth", "gain", "gains",
                           "hike", "rebound", "expansion", "decline", "declines", "drop",
                           "drops", "fall", "falls", "decrease", "decreases", "dip",
                           "contraction", "slump", "reduction", "cut"}};
  WordScreen more_than_after{{"more", "higher", "less", "lower", "fewer"}};
  WordScreen yoy_after{{"year", "yoy", "from", "on", "over"}};
  WordScreen label_before{{"class", "no", "nos", "phase", "type", "article", "chapter",
                           "section", "grade", "line", "page", "pages", "version", "tier",
                           "room", "route", "gate", "item", "figure", "table", "level", "batch",
                           "act", "ranked", "rank", "ranking", "top", "number", "vol", "per",
                           "step", "building", "floor", "suite", "exit", "p", "pp", "tel",
                           "phone", "fax", "ext", "v", "release", "python", "ios", "android",
                           "windows", "iso"}};
  WordScreen qualifier_before{{"than", "of", "over", "exceeding", "exceeded", "exceeds",
                               "exceed", "above", "topped", "tops", "surpassed", "surpasses",
                               "surpassing", "passed", "beyond", "least", "under", "below",
                               "to", "most", "about", "around", "approximately", "approx",
                               "roughly", "nearly", "almost", "some", "estimated", "circa",
                               "a", "an"},
                              {}, /*adverbs=*/true};
  WordScreen change_before{
      {"up", "down", "rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows",
       "grown", "growing", "increased", "increase", "increases", "increasing", "jumped", "jump",
       "jumps", "surged", "surge", "surges", "soared", "soar", "soars", "climbed", "climb",
       "climbs", "gained", "gain", "gains", "expanded", "expand", "expands", "fell", "fall",
       "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline",
       "declines", "declining", "decreased", "decrease", "decreases", "slipped", "slip", "slips",
       "slid", "slumped", "plunged", "plummeted", "eased", "ease", "eases", "contracted",
       "shrank", "shrunk", "dipped", "dip", "dips", "of", "by", "than", "over", "about",
       "around", "approximately", "roughly", "nearly", "almost", "some", "to", "under", "least",
       "a", "an"}};
  WordScreen from_before{{"from", "about", "around", "nearly", "some", "than", "over"}};
  WordScreen duration_before{{"over", "in", "within", "during", "the", "past", "last", "next",
                              "coming", "following", "recent", "first", "previous"}};
  WordScreen topic{{"in", "regarding", "as", "with", "when"}};
  // target: "to" and "is"/"are" only before the words that make a goal.
  WordScreen target{{"will", "shall", "aim", "aims", "aimed", "aiming", "target", "targets",
                     "targeted", "targeting", "goal", "goals", "objective", "objectives",
                     "plan", "plans", "planned", "planning", "strive", "strives", "striving",
                     "seek", "seeks", "expect", "expects", "expected", "is", "are",
                     "projected", "forecast", "forecasts", "intend", "intends", "to",
                     "propose", "proposes", "proposed"}};
  // any_word_number ("three-fold" opens with "three").
  WordScreen number_word{
      {"one", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths",
       "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth",
       "tenths", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
       "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
       "eighty", "ninety", "half", "halves", "dozen", "doubled", "doubling", "double", "twice",
       "tripled", "tripling", "triple", "threefold", "quadrupled", "quadrupling", "quadruple",
       "fourfold", "fivefold", "tenfold"}};
  WordScreen target_to{{"reach", "hit", "exceed", "achieve", "surpass", "top", "double"}};
  WordScreen target_set{{"set"}};
};

const Screens& S() {
  static const Screens* screens = new Screens();
  return *screens;
}

// Where p.year matches in `s`, left to right, without RE2: "19dd" or
// "20dd" between ASCII word boundaries (a match ends at a boundary, so
// matches never overlap and the next search starts after one).
std::vector<size_t> YearsIn(std::string_view s) {
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || IsLetter(c) || (c >= 'A' && c <= 'Z') || c == '_';
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<size_t> out;
  if (!screens_on) {  // the pattern the scan stands for
    StringPiece in(s.data(), s.size()), whole;
    while (RE2::FindAndConsume(&in, P().year, &whole))
      out.push_back(static_cast<size_t>(whole.data() - s.data()));
    return out;
  }
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (i > 0 && word(s[i - 1])) continue;
    if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))) continue;
    if (!digit(s[i + 2]) || !digit(s[i + 3])) continue;
    if (i + 4 < s.size() && word(s[i + 4])) continue;
    out.push_back(i);
    i += 3;
  }
  return out;
}

// currency_before: "$" or "¥" last, or "rmb", "usd", "cny" before spaces.
bool MayCloseWithCurrency(StringPiece s) {
  if (!screens_on) return true;
  size_t n = s.size();
  if (n >= 1 && s[n - 1] == '$') return true;
  if (n >= 2 && s[n - 2] == '\xC2' && s[n - 1] == '\xA5') return true;
  while (n > 0 && IsSpace(s[n - 1])) --n;
  if (n < 3) return false;
  std::string_view last(s.data() + n - 3, 3);
  return last == "rmb" || last == "usd" || last == "cny";
}

// topic_re: past the non-word bytes that open the sentence, its first word.
bool MayOpenTopic(StringPiece s) {
  if (!screens_on) return true;
  size_t i = 0;
  while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i])) && s[i] != '_') ++i;
  size_t j = i;
  while (j < s.size() && IsLetter(s[j])) ++j;
  return S().topic.Has(std::string_view(s.data() + i, j - i));
}

bool MayHoldTarget(StringPiece s) {
  const Screens& x = S();
  const std::pair<std::string_view, const WordScreen*> then[] = {
      {"to", &x.target_to}, {"is", &x.target_set}, {"are", &x.target_set}};
  return x.target.MayHold(s, then, 3);
}

// The date pattern needs a digit, separator and digit ("2023-05-01"), a
// month's name at the start of a word, a colon ("10:30") or a digit before
// "am"/"pm"/"a.m.".
bool MayHoldDate(std::string_view s) {
  if (!screens_on) return true;
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  auto three = [](char a, char b, char c) {
    return static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 |
           static_cast<unsigned char>(c);
  };
  static const uint32_t kMonths[] = {
      three('j', 'a', 'n'), three('f', 'e', 'b'), three('m', 'a', 'r'), three('a', 'p', 'r'),
      three('m', 'a', 'y'), three('j', 'u', 'n'), three('j', 'u', 'l'), three('a', 'u', 'g'),
      three('s', 'e', 'p'), three('o', 'c', 't'), three('n', 'o', 'v'), three('d', 'e', 'c')};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return true;
    if (digit(i)) {
      if (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '.' || s[i + 1] == '/') &&
          digit(i + 2))
        return true;
      size_t k = i + 1;
      while (k < s.size() && IsSpace(s[k])) ++k;
      if (k + 1 < s.size() && (s[k] == 'a' || s[k] == 'p') && (s[k + 1] == 'm' || s[k + 1] == '.'))
        return true;
    } else if (IsLetter(c) && (i == 0 || !IsLetter(s[i - 1])) && i + 3 <= s.size()) {
      uint32_t word = three(c, s[i + 1], s[i + 2]);
      for (uint32_t m : kMonths)
        if (word == m) return true;
    }
  }
  return false;
}

int WordNumber(const std::string& w) {
  static const std::map<std::string, int> kWords = {
      {"a", 1},        {"one", 1},       {"two", 2},       {"three", 3},
      {"four", 4},     {"five", 5},      {"six", 6},       {"seven", 7},
      {"eight", 8},    {"nine", 9},      {"ten", 10},      {"eleven", 11},
      {"twelve", 12},  {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},   {"seventy", 70},  {"eighty", 80},   {"ninety", 90}};
  auto it = kWords.find(w);
  if (it != kWords.end()) return it->second;
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])))
    return std::atoi(w.c_str());
  return 0;
}

int FractionDenominator(const std::string& w) {
  if (w.rfind("hal", 0) == 0) return 2;
  if (w.rfind("third", 0) == 0) return 3;
  if (w.rfind("quarter", 0) == 0 || w.rfind("fourth", 0) == 0) return 4;
  if (w.rfind("fifth", 0) == 0) return 5;
  if (w.rfind("sixth", 0) == 0) return 6;
  if (w.rfind("seventh", 0) == 0) return 7;
  if (w.rfind("eighth", 0) == 0) return 8;
  if (w.rfind("ninth", 0) == 0) return 9;
  if (w.rfind("tenth", 0) == 0) return 10;
  return 0;
}

// A number found in the text, before its context is read.
struct Mention {
  uint32_t start = 0, end = 0;  // the whole figure text
  uint32_t num_start = 0, num_end = 0;
  Quantity q;
  bool word = false;      // spelled out
  bool fraction = false;  // a share written as a fraction
  bool parenthetical = false;
  bool is_years = false;
  uint32_t qualifier_start = 0;  // "north of 4.7": where "north" starts; 0: none
  std::vector<std::string> unit_terms;  // "teu" for TEUs, etc.
};

struct PeriodMention {
  uint32_t start = 0, end = 0;
  Period period;
};

bool Overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  return a0 < b1 && b0 < a1;
}

// Offset of a StringPiece inside `base`.
uint32_t Off(const std::string& base, const char* p) {
  return static_cast<uint32_t>(p - base.data());
}

// Parses "24,087" or "49.158"; step is the place value of the last digit.
bool ParseDigits(std::string_view raw, double* value, double* step) {
  // Fillers go; a run of group separators ("6 017") reads as one ','.
  std::string norm;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == kIgnorable) continue;
    if (raw[i] == kGroupSeparator) {
      if (norm.empty() || norm.back() != ',') norm += ',';
      continue;
    }
    norm += raw[i];
  }
  std::string_view s = norm;
  std::string plain;
  int dots = 0;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') ++dots;
    plain += c;
  }
  if (dots > 1 || plain.empty() || plain.size() > 300) return false;
  // Grouping must be in threes: "6,017" yes, "60,17" no.
  size_t comma = s.find(',');
  if (comma != std::string_view::npos) {
    size_t dot = s.find('.');
    std::string_view intpart = s.substr(0, dot);
    size_t last = 0;
    for (size_t i = 0; i < intpart.size(); ++i)
      if (intpart[i] == ',') {
        if (i == 0 || (last != 0 && i - last != 4)) return false;
        last = i;
      }
    if (intpart.size() - last != 4) return false;
  }
  *value = std::strtod(plain.c_str(), nullptr);
  if (!std::isfinite(*value)) return false;
  size_t dot = plain.find('.');
  if (dot != std::string::npos) {
    *step = std::pow(10.0, -static_cast<double>(plain.size() - dot - 1));
  } else {
    size_t zeros = 0;
    for (size_t i = plain.size(); i > 1 && plain[i - 1] == '0'; --i) ++zeros;
    *step = std::pow(10.0, static_cast<double>(zeros));
  }
  return true;
}

double ScaleOf(const std::string& w) {
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "mln" || w == "m") return 1e6;
  if (w == "billion" || w == "bn" || w == "bln") return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  if (w == "k") return 1e3;
  return 1;
}

// What a word says about attribution, by table: CollectWords asks of every
// word of a figure's sentence.
enum WordRole : uint8_t {
  kSpeechVerb = 1,  // "said", "according": a clause that only attributes
  kReporting = 2,   // "reported", "shows": attributes with "that" or evidence
  kEvidence = 4,    // "report", "data": a source of figures
};

uint8_t RoleOf(std::string_view word) {
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, uint8_t>();
    static const char* const kVerbs[] = {
        "said",  "says",     "say",      "told",    "according", "reported",
        "noted", "added",    "estimated", "claimed", "stated",    "wrote",
        "argued", "believed", "believe",  "reckon",  "reckoned",  "explained"};
    // "the bureau reported that …", "figures show that …".
    static const char* const kReportingVerbs[] = {
        "reported", "reports", "show",      "shows",     "showed",    "shown",
        "found",    "finds",   "estimated", "estimates", "indicated", "indicates",
        "revealed", "reveals", "suggested", "suggests",  "confirmed", "confirms",
        "announced", "noted",  "stated",    "wrote",     "claimed",   "claims"};
    // "figures released this week show …", "a government report shows …":
    // without "that" only after a word for a source of figures.
    static const char* const kEvidenceWords[] = {
        "report", "reports", "data",   "figures",  "figure", "statistics", "survey",
        "surveys", "study",  "studies", "census",  "numbers", "estimates", "records",
        "research", "analysis", "poll", "polls",   "audit",  "bulletin",   "yearbook"};
    for (const char* w : kVerbs) (*roles)[w] |= kSpeechVerb;
    for (const char* w : kReportingVerbs) (*roles)[w] |= kReporting;
    for (const char* w : kEvidenceWords) (*roles)[w] |= kEvidence;
    return roles;
  }();
  auto it = kRoles->find(word);
  return it == kRoles->end() ? 0 : it->second;
}

class SentenceReader {
 public:
  // `lower` is the folded copy of `original`; both have the same offsets.
  SentenceReader(const std::string& lower, std::string_view original, Span s,
                 Date date, const Lexicon& lexicon,
                 const std::vector<Span>& fenced, ReadMode mode)
      : lower_(lower), text_(lower), original_(original), s_(s), date_(date),
        lexicon_(lexicon), fenced_(fenced), mode_(mode) {}

  std::vector<Figure> Read();
  // Terms of this sentence's words, for the next sentence's anaphora.
  std::vector<std::pair<std::string, float>> AllTerms() const;
  bool StartsWithAnaphor() const;

 private:
  void FindDigitMentions();
  void FindWordMentions();
  bool Fenced(uint32_t a, uint32_t b) const;
  void ReadAfter(Mention* m);
  void ReadBefore(Mention* m);
  void FindPeriods();
  void CollectWords();

  StringPiece Piece(uint32_t a, uint32_t b) const {
    return StringPiece(lower_.data() + a, b - a);
  }
  // Up to `n` bytes of lower-case text before offset a (within sentence).
  StringPiece Before(uint32_t a, uint32_t n = 60) const {
    uint32_t b = a > s_.start + n ? a - n : s_.start;
    return Piece(b, a);
  }
  StringPiece After(uint32_t a, uint32_t n = 80) const {
    uint32_t e = std::min<uint32_t>(s_.end, a + n);
    return Piece(a, e);
  }

  const std::string& lower_;
  std::string_view text_;      // folded: what patterns and tokens see
  std::string_view original_;  // for quoting figures as written
  Span s_;
  Date date_;
  const Lexicon& lexicon_;
  const std::vector<Span>& fenced_;
  ReadMode mode_;
  std::vector<Mention> mentions_;
  std::vector<PeriodMention> periods_;
  std::vector<Span> used_years_;  // years read as periods or dates
  struct Word {
    uint32_t start, end;
    std::string lower;
    bool modifier = false;     // inside a "per ..." phrase
    bool attribution = false;  // inside "according to ..." 
  };
  std::vector<Token> tokens_;  // of the sentence, offsets from s_.start
  std::vector<Word> words_;
  std::vector<Lexicon::Term> terms_;  // canonical stems of words_
  std::vector<bool> term_stop_;       // per term of terms_: a stopword
  std::vector<uint32_t> boundaries_;  // offsets of , ; : ( ) — –
};

bool SentenceReader::Fenced(uint32_t a, uint32_t b) const {
  for (const Span& f : fenced_)
    if (Overlaps(a, b, f.start, f.end)) return true;
  return false;
}

void SentenceReader::FindDigitMentions() {
  const Patterns& p = P();
  tokens_ = Tokenize(text_.substr(s_.start, s_.end - s_.start));
  const std::vector<Token>& tokens = tokens_;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.type != TokenType::kNumber) continue;
    uint32_t a = s_.start + t.start, b = s_.start + t.end;
    if (Fenced(a, b)) continue;
    std::string_view digits = text_.substr(a, t.end - t.start);
    // Glued to letters: "5G", "C919", "14nm", "34th", "7x24".
    auto alpha = [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    };
    // A currency code glued on ("RMB500 million", "USD24bn") is not a code.
    bool glued_currency =
        a >= 3 && (lower_.compare(a - 3, 3, "rmb") == 0 ||
                   lower_.compare(a - 3, 3, "usd") == 0 ||
                   lower_.compare(a - 3, 3, "cny") == 0) &&
        (a == 3 || !alpha(text_[a - 4]));
    if (a > 0 && !glued_currency &&
        (alpha(text_[a - 1]) || text_[a - 1] == '+' || text_[a - 1] == '#'))
      continue;
    // Scientific notation: "4.72e12", "1.5E+9".
    int exponent = 0;
    if (b + 1 < text_.size() && text_[b] == 'e') {
      size_t k = b + 1;
      bool negative = false;
      if (k < text_.size() && (text_[k] == '+' || text_[k] == '-')) negative = text_[k++] == '-';
      size_t d = k;
      while (k < text_.size() && k - d < 3 && std::isdigit(static_cast<unsigned char>(text_[k])))
        exponent = exponent * 10 + (text_[k++] - '0');
      if (k > d && (k >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[k])))) {
        if (negative) exponent = -exponent;
        b = static_cast<uint32_t>(k);
      } else {
        exponent = 0;
      }
    }
    // Glued to a scale: "4.72tn", "$664bn", "US$1.5m", "¥800k" ("m" and
    // "k" only after a currency sign: "5m" may be metres).
    size_t letters = b;
    while (letters < text_.size() && alpha(text_[letters])) ++letters;
    std::string_view glued = text_.substr(b, letters - b);  // text_ is lower case
    bool glued_scale = false;
    if (!glued.empty() && (letters >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[letters])))) {
      bool needs_currency = glued == "m" || glued == "k";
      glued_scale = ScaleOf(std::string(glued)) != 1 &&
                    (!needs_currency || (MayCloseWithCurrency(Before(a, 8)) &&
                                          RE2::PartialMatch(Before(a, 8), p.currency_before)));
    }
    if (b < text_.size() && !glued_scale && (alpha(text_[b]) || text_[b] == '+')) continue;
    // A code with a hyphen: "COVID-19", "ARJ-21".
    if (a >= 2 && text_[a - 1] == '-' && alpha(text_[a - 2])) continue;
    // Inside quotes: "the '3' refers to".
    if (a > 0 && b < text_.size() && (text_[a - 1] == '\'' || text_[a - 1] == '"') &&
        (text_[b] == '\'' || text_[b] == '"'))
      continue;
    // Footnote "[1]".
    if (a > 0 && b < text_.size() && text_[a - 1] == '[' && text_[b] == ']')
      continue;
    // Ranges "5-10 years", "4.7–4.8 trillion" (the dash may carry fillers).
    {
      uint32_t k = b;
      if (k < text_.size() && text_[k] == '-') {
        ++k;
        while (k < text_.size() && text_[k] == kIgnorable) ++k;
        if (k < text_.size() && std::isdigit(static_cast<unsigned char>(text_[k]))) continue;
      }
      k = a;
      while (k > 0 && text_[k - 1] == kIgnorable) --k;
      if (k >= 2 && text_[k - 1] == '-' &&
          std::isdigit(static_cast<unsigned char>(text_[k - 2])))
        continue;
    }
    // List numbering: "1. The construction" at the start of a line.
    if (a == s_.start && b < s_.end && (text_[b] == '.' || text_[b] == ')') &&
        digits.size() <= 2)
      continue;
    if (S().label_before.MayClose(Before(a, 12)) &&
        RE2::PartialMatch(Before(a, 12), p.label_before))
      continue;

    Mention m;
    m.start = a;
    m.end = b;
    m.num_start = a;
    m.num_end = b;
    double value = 0, step = 0;
    if (!ParseDigits(digits, &value, &step)) continue;
    if (exponent != 0) {
      value *= std::pow(10.0, exponent);
      step *= std::pow(10.0, exponent);
      if (!std::isfinite(value) || value > 1e300) continue;
    }
    std::string clean(digits);
    clean.erase(std::remove(clean.begin(), clean.end(), kIgnorable), clean.end());
    bool plain = clean.find_first_of(",.\x1F") == std::string::npos;
    // Durations are periods, not figures: "over the past 10 years".
    StringPiece after = After(b, 40);
    bool duration = S().duration_after.MayOpen(after);
    if (duration && RE2::PartialMatch(after, p.ago_after)) continue;
    if (duration && RE2::PartialMatch(after, p.duration_after) &&
        !RE2::PartialMatch(after, p.consecutive_after) &&
        S().duration_before.MayClose(Before(a, 24)) &&
        RE2::PartialMatch(Before(a, 24), p.duration_before))
      continue;
    m.q.value = value;
    m.q.step = step;
    ReadAfter(&m);
    // A bare four-digit year is a period, not a figure.
    if (plain && clean.size() == 4 && value >= 1900 && value <= 2100 &&
        m.q.unit == "count" && m.end == b) {
      continue;
    }
    mentions_.push_back(m);
  }
}

void SentenceReader::FindWordMentions() {
  const Patterns& p = P();
  StringPiece sentence = Piece(s_.start, s_.end);
  // Most sentences hold no number word at all: one pass decides.
  if (screens_on && (!S().number_word.MayHold(sentence) ||
                     !RE2::PartialMatch(sentence, p.any_word_number)))
    return;
  auto add = [&](uint32_t a, uint32_t b, double value, double step,
                 const char* unit, Kind kind, bool fraction) {
    for (const Mention& m : mentions_)
      if (Overlaps(a, b, m.start, m.end)) return;
    if (Fenced(a, b)) return;
    Mention m;
    m.start = m.num_start = a;
    m.end = m.num_end = b;
    m.q.value = value;
    m.q.step = step;
    m.q.unit = unit;
    m.q.kind = kind;
    m.word = true;
    m.fraction = fraction;
    mentions_.push_back(m);
  };
  StringPiece in = sentence;
  std::string num, den;
  StringPiece whole_in;
  // "one out of every four", "one in five"
  while (RE2::FindAndConsume(&in, p.one_in, &whole_in, &num, &den)) {
    uint32_t a = Off(lower_, whole_in.data());
    uint32_t b = a + static_cast<uint32_t>(whole_in.size());
    int n = WordNumber(num), d = WordNumber(den);
    if (n > 0 && d > n) add(a, b, 100.0 * n / d, 1, "%", Kind::kLevel, true);
  }
  in = sentence;
  {
    StringPiece whole;
    while (RE2::FindAndConsume(&in, p.fraction, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      std::string w(whole);
      size_t split = w.find_first_of(" \t\r\n-");
      if (split == std::string::npos) continue;
      std::string n = w.substr(0, split);
      size_t dpos = w.find_first_not_of(" \t\r\n-", split);
      if (dpos == std::string::npos) continue;
      std::string d = w.substr(dpos);
      int num_v = WordNumber(n), den_v = FractionDenominator(d);
      if (num_v <= 0 || den_v <= 0 || num_v >= den_v) continue;
      // "the first three quarters of 2023", "the second half": a period.
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year)) continue;
      // "a third" as an ordinal: "a third round" — a share needs "of" or
      // a change context; accept when followed by "of", end, or punctuation.
      StringPiece rest = After(b, 12);
      bool share = RE2::PartialMatch(rest, p.share_after) ||
                   n != "a" || RE2::PartialMatch(Before(a, 40), p.change_before) ||
                   RE2::PartialMatch(Before(a, 40), p.qualifier_before);
      if (!share) continue;
      add(a, b, 100.0 * num_v / den_v, 1, "%", Kind::kLevel, true);
    }
  }
  in = sentence;
  {
    StringPiece whole;
    while (RE2::FindAndConsume(&in, p.half, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + 4;
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year)) continue;
      StringPiece rest = After(b, 40);
      std::string unit;
      if (RE2::PartialMatch(rest, p.half_point_after, &unit)) {
        uint32_t e = b + static_cast<uint32_t>(rest.find(unit) + unit.size());
        add(a, e, 0.5, 0.1, "pp", Kind::kLevel, false);
      } else if (RE2::PartialMatch(rest, p.half_percent_after, &unit)) {
        uint32_t e = b + static_cast<uint32_t>(rest.find(unit) + unit.size());
        add(a, e, 0.5, 0.1, "%", Kind::kLevel, false);
      } else if (RE2::PartialMatch(rest, p.share_after) ||
                 RE2::PartialMatch(Before(a, 40), p.change_before) ||
                 RE2::PartialMatch(Before(a, 40), p.qualifier_before)) {
        add(a, b, 50, 1, "%", Kind::kLevel, true);
      }
    }
  }
  in = sentence;
  {
    StringPiece whole;
    while (RE2::FindAndConsume(&in, p.dozen, &whole)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      if (b < s_.end && lower_[b] == 's') continue;  // "dozens"
      add(a, b, 12, 1, "count", Kind::kLevel, false);
    }
  }
  in = sentence;
  {
    std::string w;
    while (RE2::FindAndConsume(&in, p.multiplier, &w)) {
      uint32_t b = Off(lower_, in.data());
      uint32_t a = b - static_cast<uint32_t>(w.size());
      double v = 2;
      if (w.find("tripl") == 0 || w.find("three") == 0) v = 3;
      if (w.find("quadrupl") == 0 || w.find("four") == 0) v = 4;
      if (w.find("five") == 0) v = 5;
      if (w.find("ten") == 0) v = 10;
      // "tripled" states a whole multiple; the 5% cap keeps it honest.
      add(a, b, v, 1, "x", Kind::kChange, false);
    }
  }
  in = sentence;
  {
    std::string w;
    while (RE2::FindAndConsume(&in, p.count_word, &w)) {
      uint32_t b = Off(lower_, in.data());
      uint32_t a = b - static_cast<uint32_t>(w.size());
      // Hyphenated compounds are adjectives: "five-year plan", "two-way".
      if (b < s_.end && (lower_[b] == '-' || lower_[b] == '\'')) continue;
      if (a > s_.start && lower_[a - 1] == '-') continue;
      StringPiece after = After(b, 40);
      bool duration = S().duration_after.MayOpen(after);
      if (duration && RE2::PartialMatch(after, p.ago_after)) continue;
      if (duration && RE2::PartialMatch(after, p.duration_after) &&
          !RE2::PartialMatch(after, p.consecutive_after) &&
          S().duration_before.MayClose(Before(a, 24)) &&
          RE2::PartialMatch(Before(a, 24), p.duration_before))
        continue;
      // "the first three quarters", "the first two months": a period.
      if (RE2::PartialMatch(Before(a, 16), p.part_of_year) &&
          RE2::PartialMatch(after, p.period_part_after))
        continue;
      // "one of the two", "two of them": still a count; "the first two" too.
      Mention m;
      m.start = m.num_start = a;
      m.end = m.num_end = b;
      m.q.value = WordNumber(w);
      m.q.step = 1;
      m.word = true;
      bool clash = false;
      for (const Mention& o : mentions_)
        if (Overlaps(a, b, o.start, o.end)) clash = true;
      if (clash || Fenced(a, b)) continue;
      ReadAfter(&m);
      mentions_.push_back(m);
    }
  }
}

// Reads scale, unit, "per …", change nouns and trailing qualifiers.
void SentenceReader::ReadAfter(Mention* m) {
  const Patterns& p = P();
  StringPiece rest = After(m->end, 90);
  std::string w;
  double scale = 1;
  const Screens& x = S();
  if (x.scale.MayOpen(rest) && RE2::Consume(&rest, p.scale, &w)) {
    scale = ScaleOf(w);
    m->end = Off(lower_, rest.data());
  } else if (m->end < s_.end && (lower_[m->end] == 'm' || lower_[m->end] == 'k') &&
             (m->end + 1 >= s_.end || !std::isalnum(static_cast<unsigned char>(lower_[m->end + 1]))) &&
             MayCloseWithCurrency(Before(m->start, 12)) &&
             RE2::PartialMatch(Before(m->start, 12), p.currency_before)) {
    // "$1.5m", "¥800k": glued, after a currency sign.
    scale = ScaleOf(std::string(1, lower_[m->end]));
    ++m->end;
  }
  // "4.72×10^12", "4.72 x 10^12", "4.72×10¹²".
  std::string power;
  if (scale == 1 && x.power_of_ten.MayOpen(rest) &&
      RE2::Consume(&rest, p.power_of_ten, &power)) {
    int e = 0;
    static const char* const kSuperscripts[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (size_t k = 0; k < power.size();) {
      if (std::isdigit(static_cast<unsigned char>(power[k]))) {
        e = e * 10 + (power[k] - '0');
        ++k;
        continue;
      }
      bool matched = false;
      for (int d = 0; d < 10 && !matched; ++d) {
        size_t len = std::strlen(kSuperscripts[d]);
        if (power.compare(k, len, kSuperscripts[d]) == 0) {
          e = e * 10 + d;
          k += len;
          matched = true;
        }
      }
      if (!matched) ++k;
    }
    if (e > 0 && e <= 300) scale = std::pow(10.0, e);
    m->end = Off(lower_, rest.data());
  }
  m->q.value *= scale;
  m->q.step *= scale;
  StringPiece probe = rest;
  if (x.units_per.MayOpen(probe) && RE2::PartialMatch(probe, p.units_per)) {
    std::string n;
    StringPiece r2 = rest;
    RE2::Consume(&r2, p.units_per, &n);
    m->q.unit = n == "10,000" ? "count/10k-people"
                : n == "1,000"  ? "count/1k-people"
                                : "count/100-people";
    m->end = Off(lower_, r2.data());
    return;
  }
  if (x.unit.MayOpen(rest) && RE2::Consume(&rest, p.unit, &w)) {
    std::string u = w;
    if (u == "%" || u.find("percent") == 0 || u.find("per") == 0) {
      if (u.find("percentage") == 0) {
        m->q.unit = "pp";
      } else {
        m->q.unit = "%";
      }
    } else if (u == "yuan" || u == "rmb" || u == "renminbi") {
      m->q.unit = "CNY";
    } else if (u.find("dollar") != std::string::npos || u == "usd") {
      m->q.unit = "USD";
    } else if (u.find("teu") == 0 || u.find("twenty") == 0) {
      m->q.unit = "count";
      m->unit_terms.push_back("teu");
    } else if (u.find("square") == 0 && u.find("kilomet") != std::string::npos) {
      m->q.unit = "km2";
    } else if (u.find("square") == 0) {
      m->q.unit = "m2";
    } else if (u.find("kilomet") == 0 || u == "km") {
      m->q.unit = "km";
    } else if (u.find("standard coal") != std::string::npos) {
      m->q.unit = "tce";
    } else if (u.find("ton") == 0) {
      m->q.unit = "t";
    } else if (u.find("year") != std::string::npos) {
      // "14 consecutive years", "for three years": a count of years.
      m->q.unit = "years";
      m->is_years = true;
    } else if (u == "times" || u.find("fold") != std::string::npos) {
      m->q.unit = "x";
      m->q.kind = Kind::kChange;
    }
    m->end = Off(lower_, rest.data());
  }
  // "yuan per person", "billion yuan per square kilometer".
  if (x.per.MayOpen(rest) && RE2::Consume(&rest, p.per, &w)) {
    std::string base = m->q.unit.empty() ? "count" : m->q.unit;
    if (w.find("square") == 0 || w == "km2") {
      m->q.unit = base + "/km2";
    } else if (w.find("10,000") == 0) {
      m->q.unit = base + "/10k-people";
    } else if (w.find("1,000") == 0) {
      m->q.unit = base + "/1k-people";
    } else if (w.find("100") == 0) {
      m->q.unit = base + "/100-people";
    } else {
      m->q.unit = base + "/person";
    }
    m->end = Off(lower_, rest.data());
  }
  if (x.or_more_after.MayOpen(rest) && RE2::PartialMatch(rest, p.or_more_after, &w)) {
    if (w == "or so") m->q.qualifier = Qualifier::kApprox;
    else if (w == "plus") m->q.qualifier = Qualifier::kMoreThan;
    else m->q.qualifier = Qualifier::kAtLeast;
  }
  if (m->q.unit.empty()) m->q.unit = "count";
}

void SentenceReader::ReadBefore(Mention* m) {
  const Patterns& p = P();
  uint32_t a = m->start;
  // Currency symbol glued before the number: "US$24,087", "$663.7".
  StringPiece before = Before(a, 12);
  std::string cur;
  if (MayCloseWithCurrency(before) && RE2::PartialMatch(before, p.currency_before, &cur)) {
    std::string c = cur;
    while (!c.empty() && c.back() == ' ') c.pop_back();
    if (c == "rmb" || c == "¥" || c == "cny") {
      if (m->q.unit == "count") m->q.unit = "CNY";
    } else {
      if (m->q.unit == "count" || m->q.unit == "CNY") m->q.unit = "USD";
    }
    // Whole words only: "rmb" must not end another word.
    a -= static_cast<uint32_t>(cur.size());
    m->start = a;
  }
  // A minus sign directly before the number: "−4.72 trillion", "(-3%)".
  {
    uint32_t k = a;
    while (k > s_.start && lower_[k - 1] == kIgnorable) --k;  // "−" is '-' + fillers
    if (k > s_.start && lower_[k - 1] == '-' &&
        (k - 1 == s_.start || lower_[k - 2] == ' ' || lower_[k - 2] == '(')) {
      m->q.value = -m->q.value;
      a = k - 1;
      m->start = a;
    }
  }
  std::string q;
  StringPiece window = Before(a, 48);
  if (S().qualifier_before.MayClose(window) &&
      RE2::PartialMatch(window, p.qualifier_before, &q)) {
    // Its words say how the figure compares, not what it counts.
    size_t at = std::string_view(window.data(), window.size()).rfind(q);
    if (at != std::string_view::npos) m->qualifier_start = Off(lower_, window.data() + at);
    std::string k = q;
    for (char& c : k)
      if (c == '\n' || c == '\t') c = ' ';
    if (k.find("at least") == 0 || k.find("no less") == 0 ||
        k.find("no fewer") == 0 || k.find("not less") == 0) {
      m->q.qualifier = Qualifier::kAtLeast;
    } else if (k.find("fewer") == 0 || k.find("less") == 0 ||
               k == "under" || k == "below" || k.find("lower") == 0 ||
               k == "just under" || k.find("south") == 0 || k.find("shy") != std::string::npos) {
      m->q.qualifier = k == "just under" ? Qualifier::kApprox
                                         : Qualifier::kLessThan;
    } else if (k.find("up to") == 0 || k.find("at most") == 0 ||
               k.find("no more") == 0 || k.find("not more") == 0) {
      m->q.qualifier = Qualifier::kAtMost;
    } else if (k == "about" || k == "around" || k == "approximately" ||
               k == "approx." || k == "roughly" || k == "nearly" ||
               k == "almost" || k == "some" || k.find("close") == 0 ||
               k.find("estimated") != std::string::npos || k == "circa" ||
               k == "just over" || k.find("in the") == 0 || k.find("on the") == 0) {
      m->q.qualifier = Qualifier::kApprox;
    } else {
      m->q.qualifier = Qualifier::kMoreThan;
    }
  }
  std::string verb;
  StringPiece change_window = Before(a, 64);
  if (S().change_before.MayClose(change_window) &&
      RE2::PartialMatch(change_window, p.change_before, &verb) &&
      !((verb == "up" || verb == "down") &&
        RE2::PartialMatch(change_window, p.phrasal_up))) {
    static const char* const kDown[] = {"down", "fell", "fall", "drop", "declin",
                                        "decreas", "slip", "slid", "slump",
                                        "plung", "plummet", "eas", "contract",
                                        "shr", "dip", "edged down"};
    m->q.kind = Kind::kChange;
    m->q.direction = 1;
    for (const char* d : kDown)
      if (verb.rfind(d, 0) == 0) m->q.direction = -1;
  }
}

void SentenceReader::FindPeriods() {
  const Patterns& p = P();
  StringPiece sentence = Piece(s_.start, s_.end);
  auto taken = [&](uint32_t a, uint32_t b) {
    for (const Mention& m : mentions_)
      if (Overlaps(a, b, m.start, m.end)) return true;
    return Fenced(a, b);
  };
  auto push = [&](uint32_t a, uint32_t b, Period per) {
    for (const PeriodMention& pm : periods_)
      if (Overlaps(a, b, pm.start, pm.end)) return;
    periods_.push_back({a, b, per});
  };
  std::string_view text(sentence.data(), sentence.size());
  bool has_year = false;
  for (size_t k = 0; k + 1 < text.size(); ++k)
    if ((text[k] == '1' && text[k + 1] == '9') || (text[k] == '2' && text[k + 1] == '0')) {
      has_year = true;
      break;
    }
  bool has_span = text.find("year") != std::string_view::npos ||
                  text.find("decade") != std::string_view::npos;
  if (!screens_on) has_year = has_span = true;
  StringPiece in = sentence;
  std::string y1, y2;
  StringPiece whole;
  if (has_year) {
    while (RE2::FindAndConsume(&in, p.year_range, &whole, &y1, &y2)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      if (taken(a, b)) continue;
      Period per;
      per.from = std::atoi(y1.c_str());
      per.to = std::atoi(y2.c_str());
      per.years = per.to - per.from;
      per.stated = true;
      if (per.to > per.from) push(a, b, per);
    }
  }
  in = sentence;
  if (has_year) {
    while (RE2::FindAndConsume(&in, p.since, &whole, &y1)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      Period per;
      per.from = std::atoi(y1.c_str());
      per.to = date_.year;
      per.years = per.to - per.from;
      per.stated = true;
      if (per.to >= per.from) push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string which, what, n, unit;
    while (RE2::FindAndConsume(&in, p.span, &whole, &which, &what, &n, &unit)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = what == "decade" ? 10 : WordNumber(n);
      if (unit == "decades") years *= 10;
      if (years <= 0) continue;
      if (which == "next" || which == "coming" || which == "following") {
        push(a, b, Period{});  // future span: fenced, no period
        continue;
      }
      Period per;
      per.to = date_.year;
      per.from = date_.year - years;
      per.years = years;
      per.stated = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string what, n, unit;
    while (RE2::FindAndConsume(&in, p.bare_span, &whole, &what, &n, &unit)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      int years = what == "a decade" ? 10 : WordNumber(n);
      if (unit == "decades") years *= 10;
      if (years <= 0) continue;
      Period per;
      per.years = years;
      per.stated = true;
      push(a, b, per);
    }
  }
  in = sentence;
  if (has_span) {
    std::string which;
    while (RE2::FindAndConsume(&in, p.relative_year, &whole, &which)) {
      uint32_t a = Off(lower_, whole.data());
      uint32_t b = a + static_cast<uint32_t>(whole.size());
      // "up 0.5 percent from the same period last year": a baseline.
      StringPiece before = Before(a, 30);
      if (RE2::PartialMatch(before, p.baseline_before))
        continue;
      int offset = 0;
      if (which == "last" || which == "the previous" || which == "previous" ||
          which == "the past")
        offset = -1;
      else if (which == "next")
        offset = 1;
      Period per;
      per.from = per.to = date_.year + offset;
      per.stated = true;
      push(a, b, per);
    }
  }
  if (has_year) {
    for (size_t at : YearsIn(text)) {
      uint32_t a = Off(lower_, text.data() + at);
      uint32_t b = a + 4;
      if (taken(a, b)) continue;
      // Part of a longer number ("2,023") or glued to letters.
      if (a > 0 && (std::isalnum(static_cast<unsigned char>(lower_[a - 1])) ||
                    lower_[a - 1] == ',' || lower_[a - 1] == '.'))
        continue;
      if (b < lower_.size() && lower_[b] == ',' && b + 1 < lower_.size() &&
          std::isdigit(static_cast<unsigned char>(lower_[b + 1])))
        continue;
      Period per;
      per.from = per.to = std::atoi(std::string(text.substr(at, 4)).c_str());
      per.stated = true;
      push(a, b, per);
    }
  }
  std::sort(periods_.begin(), periods_.end(),
            [](const PeriodMention& x, const PeriodMention& y) {
              return x.start < y.start;
            });
}

void SentenceReader::CollectWords() {
  for (const Token& t : tokens_) {
    uint32_t a = s_.start + t.start, b = s_.start + t.end;
    if (t.type == TokenType::kWord) {
      bool inside = false;
      for (const Mention& m : mentions_)
        if (Overlaps(a, b, m.start, m.end)) inside = true;
      for (const PeriodMention& pm : periods_)
        if (Overlaps(a, b, pm.start, pm.end)) inside = true;
      if (inside) continue;
      // The "th" of "6th", the "nm" of "14nm": part of a code, not a word.
      if (a > 0 && std::isdigit(static_cast<unsigned char>(text_[a - 1]))) continue;
      std::string w = lower_.substr(a, b - a);
      // "foreign-invested", "Shanghai's": keep hyphen parts as words;
      // drop the possessive.
      w.erase(std::remove(w.begin(), w.end(), kIgnorable), w.end());
      words_.push_back({a, b, w});
    } else if (t.type == TokenType::kPunct) {
      char c = text_[a];
      unsigned char u = static_cast<unsigned char>(c);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
          (u == 0xE2 && b - a == 3 &&
           static_cast<unsigned char>(text_[a + 1]) == 0x80 &&
           (static_cast<unsigned char>(text_[a + 2]) == 0x94 ||
            static_cast<unsigned char>(text_[a + 2]) == 0x93)))
        boundaries_.push_back(a);
      // "Shanghai's": the "s" after an apostrophe is not a word.
    }
  }
  // A small count in words is part of a subject too: "the three leading
  // industries" names the same set as "three industries".
  for (const Mention& m : mentions_)
    if (m.word && !m.fraction && m.q.unit == "count" && m.q.value <= 12)
      words_.push_back({m.start, m.end, "#" + std::to_string(static_cast<int>(m.q.value))});
  std::sort(words_.begin(), words_.end(),
            [](const Word& x, const Word& y) { return x.start < y.start; });
  std::vector<uint8_t> roles(words_.size());
  for (size_t k = 0; k < words_.size(); ++k) roles[k] = RoleOf(words_[k].lower);
  // A clause of its own that only attributes (", analysts said", "(Xinhua
  // reported)") names a speaker, not a subject.
  {
    std::vector<uint32_t> cuts = {s_.start};
    for (uint32_t b : boundaries_) cuts.push_back(b);
    cuts.push_back(s_.end);
    std::sort(cuts.begin(), cuts.end());
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      uint32_t lo = cuts[c], hi = cuts[c + 1];
      bool has_figure = false;
      for (const Mention& m : mentions_)
        if (m.start >= lo && m.end <= hi) has_figure = true;
      if (has_figure) continue;
      bool attributes = false;
      for (size_t k = 0; k < words_.size(); ++k)
        if (words_[k].start >= lo && words_[k].end <= hi && (roles[k] & kSpeechVerb))
          attributes = true;
      if (!attributes) continue;
      for (Word& w : words_)
        if (w.start >= lo && w.end <= hi) w.attribution = true;
    }
  }
  // Attributions ("according to the city government", "…, said Mr. Li")
  // name a speaker, not a subject. "said" inside a clause ("officials said
  // (that) the GDP reached …", "…, the bureau said") has its speaker before
  // it, in its clause; what follows is what was said.
  auto boundary_between = [&](size_t j) {
    for (uint32_t b : boundaries_)
      if (b >= words_[j - 1].end && b < words_[j].start) return true;
    return false;
  };
  for (size_t i = 0; i < words_.size(); ++i) {
    bool according = words_[i].lower == "according" && i + 1 < words_.size() &&
                     words_[i + 1].lower == "to";
    bool said = words_[i].lower == "said" || words_[i].lower == "says" ||
                words_[i].lower == "say";
    bool reporting = (roles[i] & kReporting) != 0;
    if (!according && !said && reporting) {
      said = i + 1 < words_.size() && words_[i + 1].lower == "that";
      for (size_t j = i; !said && j-- > 0 && j + 8 >= i;) {
        if (boundary_between(j + 1)) break;
        if (roles[j] & kEvidence) said = true;
      }
    }
    if (!according && !said) continue;
    size_t last = i;
    while (last + 1 < words_.size() && last + 1 <= i + 8 && !boundary_between(last + 1)) ++last;
    bool speaker_after = according;
    if (said && (i == 0 || boundary_between(i))) {
      speaker_after = i + 1 >= words_.size() || words_[i + 1].lower != "that";
      uint32_t hi = last > i ? words_[last].end : words_[i].end;
      for (const Mention& m : mentions_)
        if (m.start >= words_[i].end && m.start < hi) speaker_after = false;
    }
    if (speaker_after) {
      for (size_t j = i + 1; j <= last; ++j) words_[j].attribution = true;
      continue;
    }
    for (size_t j = i; j-- > 0;) {
      if (boundary_between(j + 1)) break;
      bool figure = false;
      for (const Mention& m : mentions_)
        if (m.start < words_[j].end && m.end > words_[j].start) figure = true;
      if (figure) break;
      words_[j].attribution = true;
    }
  }
  // A credit in brackets closing the sentence, "(Xinhua)", "(Reuters
  // reported)", names a source, when it holds no figure.
  if (!words_.empty()) {
    std::string_view tail(lower_.data() + words_.back().end, s_.end - words_.back().end);
    size_t open = lower_.rfind('(', words_.back().start);
    if (tail.find(')') != std::string_view::npos &&
        tail.find_first_not_of(") .!?\"'\u2019\u201d") == std::string_view::npos &&
        open != std::string::npos && open >= s_.start &&
        std::none_of(mentions_.begin(), mentions_.end(),
                     [&](const Mention& m) { return m.end > open; }))
      for (Word& w : words_)
        if (w.start > open) w.attribution = true;
  }
  // Words in a "per (unit of) X" phrase, up to the next verb-like word.
  for (size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].lower != "per") continue;
    // "per capita disposable income": "per capita" qualifies what follows.
    if (i + 1 < words_.size() &&
        (words_[i + 1].lower == "capita" || words_[i + 1].lower == "person" ||
         words_[i + 1].lower == "head"))
      continue;
    for (size_t j = i + 1; j < words_.size() && j <= i + 6; ++j) {
      const std::string& w = words_[j].lower;
      if (w == "has" || w == "have" || w == "is" || w == "are" || w == "was" ||
          w == "were" || w == "reached" || w == "rose" || w == "fell" ||
          w == "declined" || w == "hit" || w == "exceeds" || w == "exceeded")
        break;
      words_[j].modifier = true;
    }
  }
  // Drop possessive "s" tokens left by "Shanghai's" / "Shanghai’s".
  words_.erase(std::remove_if(words_.begin(), words_.end(),
                              [&](const Word& w) {
                                return w.lower == "s" && w.start > 0 &&
                                       (text_[w.start - 1] == '\'' ||
                                        static_cast<unsigned char>(
                                            text_[w.start - 1]) == 0x99);
                              }),
               words_.end());
}

std::vector<std::pair<std::string, float>> SentenceReader::AllTerms() const {
  std::map<std::string, float> best;
  for (size_t k = 0; k < terms_.size(); ++k)
    if (!term_stop_[k]) best[terms_[k].stem] = 1;
  return {best.begin(), best.end()};
}

bool SentenceReader::StartsWithAnaphor() const {
  return RE2::PartialMatch(Piece(s_.start, s_.end), P().anaphor);
}

std::vector<Figure> SentenceReader::Read() {
  const Patterns& p = P();
  FindDigitMentions();
  FindWordMentions();
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& x, const Mention& y) { return x.start < y.start; });
  for (Mention& m : mentions_) ReadBefore(&m);
  // Figures never share bytes ("4 USD 4", "1e-4"): the first one keeps them.
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& x, const Mention& y) { return x.start < y.start; });
  {
    std::vector<Mention> kept;
    for (Mention& m : mentions_)
      if (kept.empty() || m.start >= kept.back().end) kept.push_back(std::move(m));
    mentions_ = std::move(kept);
  }
  // Change nouns after the figure: "a 6.7-percent surge", "a 12% increase".
  for (Mention& m : mentions_) {
    StringPiece after = After(m.end, 50);
    std::string noun;
    const Screens& x = S();
    if (x.change_after.MayOpen(after) && RE2::PartialMatch(after, p.change_after, &noun)) {
      m.q.kind = Kind::kChange;
      static const char* const kDown[] = {"decline", "drop", "fall", "decrease",
                                          "dip", "contraction", "slump",
                                          "reduction", "cut"};
      m.q.direction = 1;
      for (const char* d : kDown)
        if (noun.rfind(d, 0) == 0) m.q.direction = -1;
    } else if (x.more_than_after.MayOpen(after) &&
               RE2::PartialMatch(after, p.more_than_after, &noun) &&
               (m.q.unit == "%" || m.q.unit == "pp")) {
      m.q.kind = Kind::kChange;
      m.q.direction = (noun == "more" || noun == "higher") ? 1 : -1;
    } else if (x.yoy_after.MayOpen(after) && RE2::PartialMatch(after, p.yoy_after) &&
               (m.q.unit == "%" || m.q.unit == "pp")) {
      m.q.kind = Kind::kChange;
    }
    if (m.q.kind == Kind::kChange && m.q.value < 0) {  // "−5%": down 5%
      m.q.value = -m.q.value;
      m.q.direction = -1;
    }
    if (m.q.unit == "x") {
      m.q.kind = Kind::kChange;
      if (m.q.direction == 0) m.q.direction = m.q.value >= 1 ? 1 : -1;
    }
    // A share written as a fraction after a change verb is a change:
    // "grew by nearly half".
    if (m.fraction && m.q.kind == Kind::kChange && m.q.direction == 0)
      m.q.direction = 1;
  }
  // Parenthetical conversions: "4.72 trillion yuan (about $663.7 billion)".
  for (size_t i = 1; i < mentions_.size(); ++i) {
    std::string_view between(lower_.data() + mentions_[i - 1].end,
                             mentions_[i].start - mentions_[i - 1].end);
    if (RE2::FullMatch(StringPiece(between.data(), between.size()),
                       p.parenthetical_gap))
      mentions_[i].parenthetical = true;
  }
  FindPeriods();
  CollectWords();

  std::vector<Figure> figures;
  figures.reserve(mentions_.size());
  // Canonical terms of the sentence's words with their word index, kept
  // for AllTerms.
  {
    std::vector<std::string> lowers;
    lowers.reserve(words_.size());
    for (const Word& w : words_) lowers.push_back(w.lower);
    terms_ = lexicon_.Canonicalize(lowers);
  }
  const std::vector<Lexicon::Term>& terms = terms_;
  // Stopword flags, asked once per word and term rather than per figure.
  std::vector<bool> word_stop(words_.size());
  for (size_t k = 0; k < words_.size(); ++k) word_stop[k] = lexicon_.IsStopword(words_[k].lower);
  term_stop_.resize(terms.size());
  for (size_t k = 0; k < terms.size(); ++k) term_stop_[k] = lexicon_.IsStopword(terms[k].stem);
  const std::vector<bool>& term_stop = term_stop_;

  // "from X to Y": link the pair; Y takes X's subject.
  std::vector<int> pair_of(mentions_.size(), -1);
  for (size_t i = 0; i + 1 < mentions_.size(); ++i) {
    const Mention& a = mentions_[i];
    if (!S().from_before.MayClose(Before(a.start, 40)) ||
        !RE2::PartialMatch(Before(a.start, 40), p.from_before))
      continue;
    for (size_t j = i + 1; j < mentions_.size(); ++j) {
      if (mentions_[j].parenthetical) continue;
      std::string_view gap(lower_.data() + a.end, mentions_[j].start - a.end);
      if (gap.find(" to ") != std::string_view::npos ||
          (gap.size() >= 3 && gap.substr(gap.size() - 3) == " to")) {
        pair_of[i] = static_cast<int>(j);
        pair_of[j] = static_cast<int>(i);
      }
      break;
    }
  }
  // Between figures i and i+1, own_hi[i] ends the first's stretch and
  // own_lo[i+1] starts the second's. At a separator (the last comma,
  // semicolon, "and"/"or"; else the first preposition) they divide:
  // "65 regional headquarters and 30 …", "3,486 companies from 128 …".
  // With none, the words between are shared.
  std::vector<uint32_t> own_lo(mentions_.size(), s_.start);
  std::vector<uint32_t> own_hi(mentions_.size(), s_.end);
  for (size_t i = 0; i + 1 < mentions_.size(); ++i) {
    uint32_t a = mentions_[i].end, b = mentions_[i + 1].start;
    uint32_t hard = 0, prep = 0;
    for (uint32_t x : boundaries_)
      if (x >= a && x < b && lower_[x] != '(' && lower_[x] != ')')
        hard = std::max(hard, x + 1);
    for (const Word& w : words_) {
      if (w.start < a || w.end > b) continue;
      if (w.lower == "and" || w.lower == "or" || w.lower == "while")
        hard = std::max(hard, w.end);
      static const char* const kPrepositions[] = {
          "of", "across", "from", "in", "with", "for", "at", "on", "to", "by",
          "among", "than", "including"};
      for (const char* p : kPrepositions)
        if (w.lower == p && prep == 0) prep = w.end;
    }
    uint32_t at = hard != 0 ? hard : prep;
    own_hi[i] = at != 0 ? at : b;
    own_lo[i + 1] = at != 0 ? at : a;
  }
  std::vector<std::map<std::string, float>> own(mentions_.size());
  // Indexes over the sentence's words, so weighing stays near-linear in
  // long sentences: content words before an offset, "of" before an
  // offset, clause breaks, and which figures' stretches cover each word.
  const size_t nw = words_.size();
  std::vector<uint32_t> word_end(nw), word_start(nw);
  std::vector<uint32_t> content_prefix(nw + 1, 0), of_prefix(nw + 1, 0);
  for (size_t k = 0; k < nw; ++k) {
    word_start[k] = words_[k].start;
    word_end[k] = words_[k].end;
    content_prefix[k + 1] = content_prefix[k] + (word_stop[k] ? 0 : 1);
    of_prefix[k + 1] = of_prefix[k] + (words_[k].lower == "of" ? 1 : 0);
  }
  // Words ending at or before `pos`.
  auto words_before = [&](uint32_t pos) {
    return static_cast<size_t>(std::upper_bound(word_end.begin(), word_end.end(), pos) -
                               word_end.begin());
  };
  // Words starting at or after `pos`.
  auto first_word_from = [&](uint32_t pos) {
    return static_cast<size_t>(std::lower_bound(word_start.begin(), word_start.end(), pos) -
                               word_start.begin());
  };
  auto content_between = [&](uint32_t x, uint32_t y) -> size_t {  // words in [x, y)
    if (y <= x) return 0;
    size_t from = first_word_from(x), to = words_before(y);
    return to > from ? content_prefix[to] - content_prefix[from] : 0;
  };
  auto of_between = [&](uint32_t x, uint32_t y) {
    size_t from = first_word_from(x), to = words_before(y);
    return to > from && of_prefix[to] - of_prefix[from] > 0;
  };
  std::vector<uint32_t> clause_breaks;
  for (uint32_t b : boundaries_)
    if (lower_[b] != '(' && lower_[b] != ')') clause_breaks.push_back(b);
  auto clause_in = [&](uint32_t x, uint32_t y) {
    if (x > y) std::swap(x, y);
    auto it = std::lower_bound(clause_breaks.begin(), clause_breaks.end(), x);
    return it != clause_breaks.end() && *it < y;
  };
  // Words of a bound ("north of", "in the region of"): how a figure
  // compares, not what it counts.
  std::vector<bool> qualifier_word(nw, false);
  for (const Mention& x : mentions_)
    if (x.qualifier_start != 0)
      for (size_t k = first_word_from(x.qualifier_start); k < nw && words_[k].end <= x.start; ++k)
        qualifier_word[k] = true;
  // A list sharing one head: "95 nation-level, 713 municipal-level and more
  // than 1,600 district-level corporate technology centers". Each figure
  // keeps its own modifiers; the head after the last one ("corporate
  // technology centers", past as many content words as the first figure's
  // own modifiers) belongs to every figure of the list.
  std::vector<uint32_t> head_lo(mentions_.size(), 0), head_hi(mentions_.size(), 0);
  std::vector<uint32_t> head_from(mentions_.size(), 0);  // the list's last figure's end
  for (size_t i = 0; i < mentions_.size();) {
    size_t j = i;
    size_t own_words = 0;
    while (j + 1 < mentions_.size()) {
      const Mention& a = mentions_[j];
      const Mention& b = mentions_[j + 1];
      uint32_t gap_end = b.qualifier_start != 0 ? b.qualifier_start : b.start;
      if (gap_end <= a.end || a.q.unit != b.q.unit || a.q.kind != b.q.kind) break;
      std::string_view gap(lower_.data() + a.end, gap_end - a.end);
      bool separated = gap.find(',') != std::string_view::npos ||
                       gap.find(" and ") != std::string_view::npos ||
                       gap.find(" or ") != std::string_view::npos;
      size_t content = content_between(a.end, gap_end);
      if (!separated || content > 2 || gap.find(';') != std::string_view::npos ||
          gap.find('(') != std::string_view::npos)
        break;
      if (j == i) own_words = content;
      ++j;
    }
    if (j > i) {
      // The head: after the last figure, past its own modifiers, up to the
      // next clause mark.
      size_t k = first_word_from(mentions_[j].end);
      size_t skipped = 0;
      while (k < nw && skipped < own_words) {
        if (!word_stop[k]) ++skipped;
        ++k;
      }
      if (k < nw && !clause_in(mentions_[j].end, words_[k].start)) {
        uint32_t lo = words_[k].start, hi = words_[k].end;
        for (size_t e = k + 1; e < nw && e < k + 6 && !clause_in(hi, words_[e].start); ++e)
          hi = words_[e].end;
        for (size_t x = i; x < j; ++x) {
          head_lo[x] = lo;
          head_hi[x] = hi;
          head_from[x] = mentions_[j].end;
        }
      }
    }
    i = j + 1;
  }
  // cover[k]: how many figures' own stretches hold word k; owner[k]: one.
  std::vector<int> cover(nw + 1, 0), owner(nw, -1);
  {
    std::vector<int> diff(nw + 1, 0);
    for (size_t j = 0; j < mentions_.size(); ++j) {
      size_t from = first_word_from(own_lo[j]), to = words_before(own_hi[j]);
      if (to <= from) continue;
      ++diff[from];
      --diff[to];
    }
    int running = 0;
    for (size_t k = 0; k < nw; ++k) cover[k] = (running += diff[k]);
    for (size_t j = 0; j < mentions_.size(); ++j) {
      size_t from = first_word_from(own_lo[j]), to = words_before(own_hi[j]);
      for (size_t k = from; k < to; ++k)
        if (cover[k] == 1) owner[k] = static_cast<int>(j);
    }
  }
  // Weight of close, same-clause subject words before each figure.
  std::vector<float> left_strong(mentions_.size(), 0);
  // Whether a figure names its own subject just before it ("and its GDP
  // reached"): then the sentence's opening belongs to the first clause only.
  std::vector<bool> own_subject(mentions_.size(), false);
  for (size_t i = 0; i < mentions_.size(); ++i) {
    size_t content = 0;
    for (size_t k = words_before(mentions_[i].start); k-- > 0;) {
      const Word& w = words_[k];
      if (w.start < own_lo[i] || clause_in(w.end, mentions_[i].start)) break;
      if (word_stop[k] || w.lower[0] == '#') continue;
      if (++content > 4) break;
      own_subject[i] = true;
      break;
    }
  }
  std::vector<float> right_strong(mentions_.size(), 0);
  // Very long sentences: only words near a figure describe it.
  constexpr size_t kLongSentenceWords = 400;
  constexpr size_t kWindowWords = 100;
  std::vector<size_t> term_order;  // term indexes by word index
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    uint32_t lo = own_lo[i];
    uint32_t hi = own_hi[i];
    size_t first_term = 0, last_term = terms.size();
    if (nw > kLongSentenceWords) {
      size_t at = words_before(m.start);
      size_t w_lo = at > kWindowWords ? at - kWindowWords : 0;
      size_t w_hi = std::min(nw, at + kWindowWords);
      first_term = static_cast<size_t>(
          std::lower_bound(terms.begin(), terms.end(), w_lo,
                           [](const Lexicon::Term& t, size_t v) { return t.word < v; }) -
          terms.begin());
      last_term = static_cast<size_t>(
          std::lower_bound(terms.begin(), terms.end(), w_hi,
                           [](const Lexicon::Term& t, size_t v) { return t.word < v; }) -
          terms.begin());
    }
    std::map<std::string, float> weights;
    for (size_t ti = first_term; ti < last_term; ++ti) {
      const Lexicon::Term& t = terms[ti];
      if (term_stop[ti]) continue;
      const Word& w = words_[t.word];
      if (w.start == m.start) continue;  // the figure's own "#3"
      if (qualifier_word[t.word]) continue;
      // Closeness in content words: the noun right after a count or the
      // subject right before a verb weighs most; a long sentence's far end
      // little, so a sentence listing everything does not match everything.
      // A list's shared head is as close to each figure as to the last.
      bool shared_head = head_hi[i] != 0 && w.start >= head_lo[i] && w.end <= head_hi[i];
      size_t distance = shared_head           ? content_between(head_from[i], w.start)
                        : w.start < m.start ? content_between(w.end, m.start)
                                            : content_between(m.end, w.start);
      float wt = distance <= 4 ? 1.0f : distance <= 8 ? 0.8f : distance <= 16 ? 0.55f : 0.35f;
      if ((w.start >= lo && w.end <= hi) || shared_head) {
        uint32_t at = w.start < m.start ? w.end : w.start;
        if (!shared_head && clause_in(at, w.start < m.start ? m.start : m.end)) wt *= 0.8f;
        // "energy consumption per unit of industrial added value": what
        // follows "per" qualifies the subject, it is not the subject.
        if (w.start < m.start && w.modifier) wt *= 0.5f;
      } else {
        // Words that describe another figure of the sentence say less about
        // this one than the sentence's shared opening does, unless this
        // figure's clause names its own subject.
        bool covered_by_other =
            cover[t.word] >= 2 || (cover[t.word] == 1 && owner[t.word] != static_cast<int>(i));
        bool other = covered_by_other && (w.start >= mentions_[0].start || own_subject[i]);
        wt = std::min(wt, other && mode_ == ReadMode::kClaim ? kClaimOtherFigureWeight
                                                             : kSentenceWeight);
      }
      if (w.attribution) wt *= 0.15f;
      float& slot = weights[t.stem];
      slot = std::max(slot, wt);
      if (wt >= 1.0f && w.end <= m.start) left_strong[i] += wt;
      // Right of a share, "of the country's total" names the whole, not
      // the subject.
      if (wt >= 1.0f && w.start >= m.end && !(m.q.unit == "%" && of_between(m.end, w.start)))
        right_strong[i] += wt;
    }
    for (const std::string& u : m.unit_terms) weights[u] = 1.0f;
    own[i] = std::move(weights);
  }
  // "… 65 regional headquarters and 30 foreign R&D centers …, bringing the
  // totals to 956 and 561, respectively": the k-th figure of the trailing
  // list takes the subject of the k-th figure of the leading one.
  std::vector<bool> mapped(mentions_.size(), false);
  if (mentions_.size() >= 4) {
    size_t n = mentions_.size();
    size_t tail = 1;
    while (tail < n) {
      const Mention& a = mentions_[n - tail - 1];
      const Mention& b = mentions_[n - tail];
      std::string_view gap(lower_.data() + a.end, b.start - a.end);
      if (!RE2::FullMatch(StringPiece(gap.data(), gap.size()),
                          p.list_gap))
        break;
      ++tail;
    }
    bool listed = RE2::PartialMatch(Piece(s_.start, s_.end), p.respectively);
    for (size_t k = n - tail; k < n && !listed; ++k)
      listed = left_strong[k] < 1.0f && k == n - tail;
    if (tail >= 2 && n >= 2 * tail && listed) {
      for (size_t k = 0; k < tail; ++k) {
        size_t src = n - 2 * tail + k, dst = n - tail + k;
        for (auto& [key, v] : own[dst]) {
          auto it = own[src].find(key);
          if (v >= 0.7f && (it == own[src].end() || it->second < 0.7f)) v = 0.5f;
        }
        for (const auto& [key, v] : own[src])
          if (v >= 0.7f) own[dst][key] = std::max(own[dst][key], v);
        mapped[dst] = true;
      }
    }
  }

  // A figure whose own stretch names nothing ("up 38.3 percent", a
  // parenthetical conversion, the "to" of "from X to Y") takes the subject
  // of the figure before it.
  for (size_t i = 1; i < mentions_.size(); ++i) {
    bool pair_end = pair_of[i] >= 0 && pair_of[i] < static_cast<int>(i);
    if (mapped[i]) continue;
    bool weak = left_strong[i] < 1.0f && right_strong[i] < 1.0f;
    // "700 billion yuan, of which the manufacturing output reached 170
    // billion": a part takes the subject of its whole.
    std::string_view gap(lower_.data() + mentions_[i - 1].end,
                         mentions_[i].start - mentions_[i - 1].end);
    bool part = gap.find("of which") != std::string_view::npos ||
                gap.find("among which") != std::string_view::npos ||
                gap.find("among them") != std::string_view::npos ||
                gap.find("of them") != std::string_view::npos;
    if (mentions_[i].parenthetical || pair_end || weak || part) {
      for (const auto& [k, v] : own[i - 1])
        if (v >= 0.7f) own[i][k] = std::max(own[i][k], v * 0.95f);
    }
  }
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    Figure f;
    f.start = m.start;
    f.end = m.end;
    // Fillers after the last character belong to it (see FoldForMatching).
    while (f.end < s_.end && lower_[f.end] == kIgnorable) ++f.end;
    f.text = std::string(original_.substr(m.start, m.end - m.start));
    f.quantity = m.q;
    f.spelled = m.word && !m.fraction;
    // Period: the first one after the figure in its own stretch (skipping a
    // parenthetical conversion), else the nearest before it.
    uint32_t hi = s_.end;
    for (size_t j = i + 1; j < mentions_.size(); ++j)
      if (!mentions_[j].parenthetical) {
        hi = mentions_[j].start;
        break;
      }
    const PeriodMention* chosen = nullptr;
    for (const PeriodMention& pm : periods_)
      if (pm.start >= m.end && pm.end <= hi && !pm.period.empty()) {
        chosen = &pm;
        break;
      }
    if (chosen == nullptr)
      for (const PeriodMention& pm : periods_)
        if (pm.end <= m.start && !pm.period.empty()) chosen = &pm;
    if (chosen == nullptr)  // "rose 5 percent to 12 billion yuan in 2023"
      for (const PeriodMention& pm : periods_)
        if (pm.start >= m.end && !pm.period.empty()) {
          chosen = &pm;
          break;
        }
    if (m.parenthetical && i > 0) {
      f.period = figures[i - 1].period;
    } else if (chosen != nullptr) {
      f.period = chosen->period;
    }
    // A goal: a future marker earlier in the clause, or a period later than
    // the text's date.
    uint32_t clause = s_.start;
    for (uint32_t b : boundaries_)
      if (b < m.start && (lower_[b] == ';' || lower_[b] == ':')) clause = b;
    f.target = (MayHoldTarget(Piece(clause, m.start)) &&
                RE2::PartialMatch(Piece(clause, m.start), p.target)) ||
               (f.period.from > date_.year && f.period.is_year());
    if (m.parenthetical && i > 0) f.target = figures[i - 1].target;
    f.terms.assign(own[i].begin(), own[i].end());
    // What a count counts: the content words right after it, up to the
    // first function word, separator or figure ("33 specific actions
    // across …" → specific, action).
    if (m.q.unit == "count" && !m.fraction) {
      uint32_t stop = i + 1 < mentions_.size() ? mentions_[i + 1].start : s_.end;
      for (uint32_t x : boundaries_)
        if (x >= m.end && x < stop) stop = x;
      for (size_t k = 0; k < words_.size(); ++k) {
        const Word& w = words_[k];
        if (w.start < m.end || w.start >= stop) continue;
        if (word_stop[k] && f.nouns.empty() &&
            (w.lower == "new" || w.lower == "more" || w.lower == "other"))
          continue;
        if (word_stop[k] || f.nouns.size() >= 4) break;
        for (size_t ti = 0; ti < terms.size(); ++ti)
          if (terms[ti].word == k && !term_stop[ti]) f.nouns.push_back(terms[ti].stem);
      }
      for (const std::string& u : m.unit_terms) f.nouns.push_back(u);
    }
    figures.push_back(std::move(f));
  }
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (pair_of[i] < 0) continue;
    figures[i].pair = pair_of[i];
    figures[i].pair_from = static_cast<int>(i) < pair_of[i];
    figures[i].quantity.kind = Kind::kLevel;
    figures[i].quantity.direction = 0;
  }
  return figures;
}

std::vector<Span> FenceDates(const std::string& lower) {
  std::vector<Span> fenced;
  StringPiece in(lower);
  StringPiece whole;
  if (!MayHoldDate(lower)) return fenced;
  while (RE2::FindAndConsume(&in, P().date, &whole)) {
    if (whole.empty()) {
      if (in.empty()) break;
      in.remove_prefix(1);
      continue;
    }
    uint32_t a = Off(lower, whole.data());
    fenced.push_back({a, a + static_cast<uint32_t>(whole.size())});
  }
  return fenced;
}

}  // namespace

void SetReaderScreensForTesting(bool on) { screens_on = on; }

std::vector<SentenceFigures> ReadFigures(std::string_view text, Date date,
                                         const Lexicon& lexicon, ReadMode mode) {
  std::string lower = FoldForMatching(text);
  std::vector<Span> fenced = FenceDates(lower);
  std::vector<SentenceFigures> out;
  std::vector<std::pair<std::string, float>> previous;
  // "In terms of metaverse, …": the topic of the sentences that follow in
  // the same paragraph, until the next such phrase.
  static const RE2 topic_re(
      R"(^\W*(?:in\s+terms\s+of|regarding|as\s+for|with\s+respect\s+to|when\s+it\s+comes\s+to|as\s+to)\s+([^,.;:]{1,100}),)");
  std::vector<std::string> topic;
  uint32_t last_end = 0;
  for (const Span& s : SplitSentences(text)) {
    if (std::string_view(lower.data() + last_end, s.start - last_end).find('\n') !=
        std::string_view::npos) {
      topic.clear();  // a new paragraph: only the last sentence carries over
      previous.erase(std::remove_if(previous.begin(), previous.end(),
                                    [](const auto& t) { return t.second < 1.0f; }),
                     previous.end());
    }
    last_end = s.end;
    std::string phrase;
    StringPiece sentence(lower.data() + s.start, s.end - s.start);
    if (MayOpenTopic(sentence) && RE2::PartialMatch(sentence, topic_re, &phrase)) {
      std::vector<std::string> words;
      std::string w;
      for (char c : phrase) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '&') {
          w += c;
        } else if (!w.empty()) {
          words.push_back(w);
          w.clear();
        }
      }
      if (!w.empty()) words.push_back(w);
      topic.clear();
      for (const Lexicon::Term& t : lexicon.Canonicalize(words))
        if (!lexicon.IsStopword(t.stem)) topic.push_back(t.stem);
    }
    SentenceReader reader(lower, text, s, date, lexicon, fenced, mode);
    SentenceFigures sf;
    sf.sentence = s;
    sf.figures = reader.Read();
    if (!sf.figures.empty() && !previous.empty()) {
      float w = reader.StartsWithAnaphor() ? kAnaphorWeight : kPreviousWeight;
      for (Figure& f : sf.figures) {
        std::map<std::string, float> merged(f.terms.begin(), f.terms.end());
        for (const auto& [k, v] : previous) {
          if (v * w < kMinContextWeight) continue;  // too faint to matter
          float& slot = merged[k];
          slot = std::max(slot, v * w);
        }
        f.terms.assign(merged.begin(), merged.end());
      }
    }
    if (!topic.empty()) {
      for (Figure& f : sf.figures) {
        std::map<std::string, float> merged(f.terms.begin(), f.terms.end());
        for (const std::string& t : topic) {
          float& slot = merged[t];
          slot = std::max(slot, kTopicCarryWeight);
        }
        f.terms.assign(merged.begin(), merged.end());
      }
    }
    // Context chains through a paragraph: "…STAR Market… So far, 570
    // companies… Among these, 90 …" — what this sentence inherited passes
    // on, fainter.
    std::map<std::string, float> next;
    for (const auto& [term, w] : previous)
      if (w * kChainDecay >= kMinContextWeight) next[term] = w * kChainDecay;
    for (const auto& [term, w] : reader.AllTerms()) {
      sf.terms.push_back(term);
      next[term] = 1.0f;
    }
    previous.assign(next.begin(), next.end());
    out.push_back(std::move(sf));
  }
  return out;
}

}  // namespace figcheck
