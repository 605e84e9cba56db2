// Builds the reader's patterns once, at first use, and runs the byte
// screens that decide where they are worth running. Method: a word pattern
// is its structure written here around alternations of the figure-word
// table's words (core/reader/words.h), in table order; its screen is the
// words a match can open or close with, taken from the same words, so the
// two cannot drift. Other screens are scans for the bytes a match needs
// (screens.cc).
// Tested by tests/reader/words_test.cc (every word passes its screen),
// tests/reader_screens_test.cc (screens on and off read the same) and
// tests/reader_test.cc.
#include "core/reader/patterns.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <utility>

#include "core/reader_testing.h"

namespace figcheck {
namespace reader {
namespace {

bool screens_on = true;

using R = WordRole;

// Durations of a month or longer: "5 years ago", "a decade earlier", not
// "5 days ago".
constexpr double kMonth = 1.0 / 12;
constexpr double kForever = 1e9;

std::string Words(WordRole role) { return Alternation(WordsOf(role)); }

// Cardinals with values in [lo, hi], with "a" among them when `articles`,
// in table order.
std::string Numbers(double lo, double hi, bool articles) {
  std::vector<std::string_view> out;
  for (const FigureWord& w : FigureWords())
    if ((w.role == R::kCardinal || (articles && w.role == R::kArticle)) &&
        w.value >= lo && w.value <= hi)
      out.push_back(w.surface);
  return Alternation(out);
}

bool EndsInWord(std::string_view s) {
  char c = s.back();
  return IsLetter(c) || (c >= '0' && c <= '9');
}

// Each surface a whole word: "percent\b", not the start of "percentage".
std::string WholeWords(WordRole role) {
  std::string out;
  for (std::string_view w : WordsOf(role)) {
    if (!out.empty()) out += '|';
    out += Alternation({w});
    if (EndsInWord(w)) out += "\\b";
  }
  return out;
}

// Signs may touch the number ("us$5"); a code is a whole word, and spaces
// may follow it ("rmb 500").
std::string Currencies() {
  std::string out;
  for (std::string_view w : WordsOf(R::kCurrency)) {
    if (!out.empty()) out += '|';
    if (EndsInWord(w)) {
      out += "\\b" + Alternation({w}) + "\\s*";
    } else {
      out += Alternation({w});
    }
  }
  return out;
}

std::string_view FirstWord(std::string_view phrase);

// The scales from a million up, spelled out ("million", not "mn"): "a
// million" is a number, "a mn" is not.
std::vector<std::string_view> ScalesSpelledOut() {
  std::vector<std::string_view> out;
  for (std::string_view w : WordsOf(R::kScale, 1e6, 1e15))
    if (w.size() >= 7) out.push_back(w);
  return out;
}

// Every word a word mention starts with (the number_word screen), and the words
// a rank or a run of years needs when its number is in digits ("ranked 3rd",
// "No. 1 in", "14th straight year").
std::vector<std::string_view> NumberWords() {
  std::vector<std::string_view> out = WordsOf(R::kCardinal);
  for (WordRole role :
       {R::kFraction, R::kMultiple, R::kOrdinal, R::kRankVerb, R::kRankHolder,
        R::kSuperlative, R::kRankNoun, R::kRunning, R::kEditionNoun})
    for (std::string_view w : WordsOf(role)) out.push_back(FirstWord(w));
  for (std::string_view w : WordsOf(R::kPatternWord)) out.push_back(w);
  for (std::string_view w : ScalesSpelledOut()) out.push_back(w);
  return out;
}

// A count in words, as a rate's base: "ten thousand", "one hundred".
std::string SpelledCount() {
  std::vector<std::string_view> rest = WordsOf(R::kCardinal);
  for (std::string_view w : {"hundred", "thousand", "and"}) rest.push_back(w);
  for (std::string_view w : ScalesSpelledOut()) rest.push_back(w);
  return "(?:" + Alternation(WordsOf(R::kCardinal)) +
         ")(?:[\\s-]+(?:" + Alternation(rest) + "))*";
}

// Number words as one number (NumberWordsValue): below a hundred
// ("forty-eight"), hundreds ("five hundred and forty-eight"), thousands
// ("two hundred thousand"); larger scales are read after it, as after
// digits. A mixed number first: "six and three-quarter".
std::string CompoundNumber() {
  std::string units = Numbers(1, 9, false), teens = Numbers(10, 19, false),
              tens = Numbers(20, 90, false);
  std::string below_100 = "(?:(?:" + tens + R"()\b(?:(?:-|\s+)(?:)" + units +
                          R"()\b)?|(?:)" + teens + R"()\b|(?:)" + units +
                          R"()\b))";
  // "a hundred and five" as "one hundred and five".
  std::string below_1000 = "(?:(?:" + below_100 +
                           R"(|\ba)\s+hundred\b(?:\s+(?:and\s+)?)" + below_100 +
                           ")?|" + below_100 + ")";
  std::string mixed = below_100 + R"(\s+and\s+(?:a|)" + Numbers(1, 3, false) +
                      R"()[\s-]+(?:)" + Words(R::kFraction) + R"()\b)";
  std::string thousands =
      R"(\s+thousand\b(?:,?\s+(?:and\s+)?)" + below_1000 + ")?";
  // "a million": the larger scales read after a number word need one.
  std::string a_large =
      R"(\ba\s+(?:)" + Alternation(ScalesSpelledOut()) + R"()\b)";
  return "(?:" + mixed + "|" + a_large + R"(|\ba)" + thousands + "|" +
         below_1000 + "(?:" + thousands + ")?)";
}

// An ordinal in words ("third", "thirty-fourth") or, with `digits`, also
// in digits ("14th").
std::string Ordinal(bool digits = true) {
  return "(?:(?:(?:" + Numbers(20, 90, false) + R"()[\s-]+)?(?:)" +
         Words(R::kOrdinal) + ")\\b" +
         (digits ? R"(|\d{1,3}(?:st|nd|rd|th)\b)" : "") + ")";
}

// A superlative: "largest", or "most" before its adjective.
std::string Superlative() {
  return "(?:(?:" + Alternation(WordsOf(R::kSuperlative, 0, 0)) + R"()\b|(?:)" +
         Alternation(WordsOf(R::kSuperlative, 1, 1)) + R"()\s+[a-z]+\b))";
}

// A rank, in five ways; the capture that matched holds the position, and
// none does for "the world's busiest" and "top spot" (first).
std::string Rank() {
  std::string ord = Ordinal();
  // "No. 1", "No.1", "No 1", "number one"; not "no8".
  std::string number = R"((?:no\.\s*|no\s+|number\s+)(?:\d{1,3}\b|(?:)" +
                       Numbers(1, 19, false) + R"()\b))";
  return
      // "ranked third", "came in 5th", "ranked No. 1"
      R"(\b(?:)" + Words(R::kRankVerb) + R"()\s+(?:in\s+|as\s+)?()" + ord +
      "|" + number +
      ")|"
      // "first globally", "second in the world" (in words: the screen
      // before the pattern looks for a word of the number)
      R"(\b()" +
      Ordinal(false) + R"()\s+(?:)" +
      Alternation(WordsOf(R::kRankScope, 1, 1)) +
      R"()\b|)"
      // "No. 1 in China"
      R"(\b()" +
      number + R"()\s+(?:)" + Words(R::kRankScope) +
      R"()\b|)"
      // "world No. 1", "the country's No. 2"
      R"(\b(?:)" +
      Words(R::kRankHolder) + R"()(?:(?:'|’)s)?\s+()" + number +
      R"()(?:\s+(?:)" + Words(R::kRankNoun) +
      R"()\b)?|)"
      // "the world's busiest", "the country's second-largest",
      // "second-largest"
      R"(\b(?:)" +
      Words(R::kRankHolder) + R"()(?:'|’)s\s+(?:()" + ord + R"()[\s-]+)?)" +
      Superlative() + R"(|\b()" + ord + R"()[\s-]+)" + Superlative() +
      "|"
      // "the busiest container port in the world", "the largest in the
      // country": a superlative with a scope after it
      R"(\bthe\s+()" +
      Superlative() + R"()(?:\s+[a-z&-]+){0,3}?\s+(?:)" +
      Alternation(WordsOf(R::kRankScope, 1, 1)) +
      R"()\b|)"
      // "took the lead in releasing …": was the first to
      R"(\b(?:takes?|took|taken|taking)\s+the\s+lead\b|)"
      // "the top spot", "second place", "the No. 1 spot"
      R"(\b(?:top|()" +
      ord + "|" + number + R"())\s+(?:)" + Words(R::kRankNoun) + R"()\b)";
}

// The run of letters a phrase opens with, past what MayOpen skips.
std::string_view FirstWord(std::string_view phrase) {
  size_t i = 0;
  while (i < phrase.size() &&
         (IsSpace(phrase[i]) || phrase[i] == '-' || phrase[i] == ','))
    ++i;
  size_t j = i;
  while (j < phrase.size() && IsLetter(phrase[j])) ++j;
  return phrase.substr(i, j - i);
}

// The run of letters a phrase closes with, before what MayClose skips.
std::string_view LastWord(std::string_view phrase) {
  size_t j = phrase.size();
  while (j > 0 && (IsSpace(phrase[j - 1]) || phrase[j - 1] == '.')) --j;
  size_t i = j;
  while (i > 0 && IsLetter(phrase[i - 1])) --i;
  return phrase.substr(i, j - i);
}

std::vector<std::string_view> FirstWords(
    const std::vector<std::string_view>& phrases,
    std::vector<std::string_view> also = {}) {
  for (std::string_view p : phrases) also.push_back(FirstWord(p));
  return also;
}

std::vector<std::string_view> LastWords(
    const std::vector<std::string_view>& phrases,
    std::vector<std::string_view> also = {}) {
  for (std::string_view p : phrases) also.push_back(LastWord(p));
  return also;
}

// The bytes other than letters that phrases open with ("%").
std::string Marks(const std::vector<std::string_view>& phrases) {
  std::string marks;
  for (std::string_view p : phrases) {
    std::string_view w = FirstWord(p);
    size_t at = w.data() - p.data();
    if (w.empty() && at < p.size() && marks.find(p[at]) == std::string::npos)
      marks += p[at];
  }
  return marks;
}

// For an unanchored pattern of phrases: a first word that only ever opens
// a longer phrase counts only before one of the phrases' second words.
WordScreen PhraseScreen(const std::vector<std::string_view>& phrases) {
  std::vector<std::string_view> words;
  std::vector<std::pair<std::string_view, std::vector<std::string_view>>> then;
  std::vector<std::string_view> alone;  // first words that are whole phrases
  for (std::string_view p : phrases) {
    std::string_view first = FirstWord(p);
    words.push_back(first);
    size_t space = p.find(' ');
    if (space == std::string_view::npos || first.size() != space) {
      alone.push_back(first);
      continue;
    }
    std::string_view second = FirstWord(p.substr(space + 1));
    auto it = std::find_if(then.begin(), then.end(),
                           [&](const auto& t) { return t.first == first; });
    if (it == then.end()) {
      then.push_back({first, {second}});
    } else {
      it->second.push_back(second);
    }
  }
  then.erase(std::remove_if(then.begin(), then.end(),
                            [&](const auto& t) {
                              return std::find(alone.begin(), alone.end(),
                                               t.first) != alone.end();
                            }),
             then.end());
  return WordScreen(words, {}, false, std::move(then));
}

}  // namespace

bool ScreensOn() { return screens_on; }

Patterns::Patterns()
    : date(
          "("
          R"(\b(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\b|)"
          R"(\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*\d{1,2}\b)?(?:,?\s*(?:19|20)\d\d\b)?|)"
          R"(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s*(?:19|20)\d\d\b)?|)"
          R"(\b\d{1,2}:\d\d\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
          ")"),
      fraction(
          "("
          R"(\b()" +
          Numbers(1, 4, true) + R"()[\s-]+()" + Words(R::kFraction) +
          R"()\b)"
          ")"),
      one_in(
          "("
          R"(\b()" +
          Numbers(1, 4, false) +
          R"()\s+(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)()" +
          Numbers(2, 10, false) +
          R"(|\d+)\b)"
          ")"),
      // "1 in 3 games", "3 out of every 10": the numerator in digits.
      digit_in(
          R"(^\s+(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)(\d{1,3}|)" +
          Numbers(2, 10, false) + R"()\b)"),
      half(
          "("
          R"(\bhalf\b)"
          ")"),
      dozen(
          "("
          R"(\b(?:a\s+)?dozen\b)"
          ")"),
      count_word(R"(\b()" + CompoundNumber() + ")"),
      rank("(" + Rank() + ")"),
      running_year(R"((\b()" + Ordinal() + R"()\s+(?:(?:)" +
                   Words(R::kRunning) +
                   R"()\s+years?|years?\s+(?:in\s+a\s+row|running))\b))"),
      // "every year since 2010"; the year is captured, the count of years
      // is the framer's (it ends at the figure's period).
      yearly_since(R"((\b(?:)" + Words(R::kYearlyLead) +
                   R"()\s+since\s+((?:19|20)\d\d)\b))"),
      // "in its 34th edition": the ordinal alone is the figure.
      edition_count(R"(\b(?:its|their)\s+()" + Ordinal() + R"()\s+(?:)" +
                    Words(R::kEditionNoun) + R"()\b)"),
      mixed_lead(R"(\b(?:)" + Numbers(1, 90, false) + R"()\s+and\s+$)"),
      group_before(R"(\b(?:)" + Words(R::kGroupLead) + R"()\s+(?:the\s+)?$)"),
      multiplier(R"(\b()" + Words(R::kMultiple) + R"()\b)"),
      scale(R"(^[\s\x1e-]*()" + Words(R::kScale) + R"()\b)"),
      unit(R"(^[\s\x1e-]*()" + WholeWords(R::kUnit) + ")"),
      // "yuan per person", "per 10,000 people", "robots for every 100
      // residents": the counted noun, the count and the base captured.
      per(R"(^[\x1e]*(?:(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:(?:)" +
          Words(R::kRateLead) +
          R"(|a)\s+|/\s*)|\s+([a-z]+(?:[\s-]+[a-z]+){0,3})\s+(?:)" +
          Words(R::kRateLead) + R"(|an?)\s+)(?:(\d{1,3}(?:,\d{3})+|\d+k?|)" +
          SpelledCount() + R"()\s+)?()" + Words(R::kPerUnit) + R"()\b)"),
      // The base of a rate before its number, in the same clause: "patents
      // per 10,000 people rose to 50.2".
      per_before(R"(\bper\s+(?:(\d{1,3}(?:,\d{3})+|\d+)\s+)?()" +
                 Words(R::kPerUnit) + R"()\b([^\d,;:.()]{0,40})$)"),
      // "a monthly income of more than 10 million yuan": per month.
      rate_adjective_before(R"(\b()" + Words(R::kRateAdjective) +
                            R"()\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|at)\s+)"
                            R"((?:[a-z]+\s+){0,3}$)"),
      currency_before("(" + Currencies() + ")$"),
      qualifier_before(R"(\b()" + Words(R::kQualifier) +
                       R"()\s+(?:[a-z]+ly\s+)?(?:an?\s+)?$)"),
      change_before(R"(\b()" + Words(R::kChangeVerb) +
                    R"()\s+(?:by\s+)?(?:(?:)" + Words(R::kChangeBound) +
                    R"()\s+)?(?:an?\s+)?$)"),
      from_before(R"(\bfrom\s+(?:(?:)" + Words(R::kFromBound) + R"()\s+)?$)"),
      change_after(
          R"(^[\s\x1e-]*(?:year[\s-]+on[\s-]+year\s+|year[\s-]+over[\s-]+year\s+|annual\s+|yearly\s+)?()" +
          Words(R::kChangeNoun) + R"()\b)"),
      more_than_after(R"(^[\s\x1e]*()" + Words(R::kComparative) +
                      R"()\s+than\s+(?:a|the|in|last|that|one)\b)"),
      // "18,000 more professionals in 2023 than in 2022": a difference.
      // (Without "than", "six more regulations" are the new ones.)
      more_than_later(
          R"(^[\s\x1e]*()" + Words(R::kComparative) +
          R"()\s+(?:[\w'&-]+\s+){1,10}?than\s+(?:a|an|the|in|last|that|one|(?:19|20)\d\d)\b)"),
      yoy_after(
          R"(^[\s\x1e,]*(?:year[\s-]+on[\s-]+year|year[\s-]+over[\s-]+year|yoy|from\s+a\s+year\s+(?:earlier|before|ago)|on\s+the\s+year|over\s+the\s+previous\s+year)\b)"),
      // "24,000+" and "80-plus" as well as "80 or more".
      or_more_after(R"(^[\s\x1e-]*()" + Words(R::kTrailingBound) +
                    R"()(?:\W|$))"),
      duration_before(R"(\b(?:)" + Words(R::kDurationLead) + R"()\s+(?:(?:)" +
                      Words(R::kDurationOrder) + R"()\s+)?$)"),
      duration_after(R"(^[\s\x1e-]*()" + Words(R::kDurationUnit) + R"()\b)"),
      ago_after(
          R"(^[\s\x1e-]*(?:)" +
          Alternation(WordsOf(R::kDurationUnit, kMonth, kForever)) +
          R"()\s+(?:(?:ago|earlier)\b|(?:before|prior)\s*(?:[,.;:)]|$)))"),
      consecutive_after(
          R"(^[\s\x1e]+consecutive\s+(?:years?|times|months|quarters))"),
      label_before(R"(\b()" + Words(R::kLabel) + R"()\s*$)"),
      year_range(
          "("
          R"(\b((?:19|20)\d\d)[\s\x1e]*(?:-|–|—|to|and|through|until)[\s\x1e]*((?:19|20)\d\d)\b)"
          ")"),
      year(
          "("
          R"(\b((?:19|20)\d\d)\b)"
          ")"),
      // "last year", "the year before last".
      relative_year(
          "("
          R"(\b()" +
          Words(R::kRelativeYear) +
          R"()\s+(?:year|yr)\b|\bthe\s+year\s+(before\s+last)\b)"
          ")"),
      span(
          "("
          R"(\b()" +
          Words(R::kSpanLead) + R"()\s+(decade|(\d+|)" + Words(R::kSpanCount) +
          R"()\s+(years|yrs|decades))\b)"
          ")"),
      bare_span(
          "("
          R"(\b(?:in|over|within|across|during)\s+(?:the\s+)?(a\s+decade|(\d+|)" +
          Words(R::kSpanCount) +
          R"()\s+(years|yrs|decades))\b)"
          ")"),
      // "three years ago", "a year ago": a year before the text's.
      years_ago(
          "("
          R"(\b(\d{1,2}|)" +
          Numbers(1, 20, true) +
          R"()\s+years?\s+ago\b)"
          ")"),
      // "a decade earlier", "two years before.": counted back from the
      // year the sentence tells before it ("three decades before it
      // ended" is a length of time).
      years_earlier(
          "("
          R"(\b(\d{1,2}|)" +
          Numbers(1, 20, true) +
          R"()\s+(years?|decades?)\s+(?:earlier\b|(?:before|prior)\s*(?:[,.;:)]|$)))"
          ")"),
      since(
          "("
          R"(\bsince\s+((?:19|20)\d\d)\b)"
          ")"),
      target(R"(\b()" + Words(R::kTarget) + R"()\b)"),
      anaphor(
          R"(^\W*(?:(?:and|also|but)\b|(?:\w+\W+){0,5}?(?:these|this|that|it|they|the\s+figure|the\s+number)\b))"),
      // "In 2021, the total scale of three industries …": a small count of
      // things near the start, which may be those just listed.
      count_back(
          R"(^\W*(?:[a-z0-9'-]+\W+){0,8}?(?:the|these|those|of|all|both)\s+(?:)" +
          Numbers(2, 12, false) + R"()\s+(?:[a-z]+\s+)??([a-z]+s)\b)"),
      respectively(R"(\brespectively\b)"),
      part_of_year(R"(\b(?:)" + Words(R::kPeriodPart) + R"()\s+$)"),
      share_after(R"(^[\s\x1e]*(?:of\b|[,.;)]|$))"),
      // "two-thirds of a million", "half a dozen", "half-trillion".
      of_a_scale(R"(^[\s-]+(?:of\s+)?(?:a[\s-]+)?(dozen|)" + Words(R::kScale) +
                 R"()\b)"),
      half_point_after(R"(^[\s\x1e]+an?\s+(percentage\s+point))"),
      half_percent_after(R"(^[\s\x1e]+an?\s+(percent|per\s+cent))"),
      period_part_after(R"(^[\s\x1e]+(?:quarters?|months?|weeks?|halves)\b)"),
      baseline_before(R"(\b(?:)" + Words(R::kBaseline) + R"()\s*(?:the\s+)?$)"),
      parenthetical_gap(R"(\s*\(\s*(?:)" + Words(R::kConversion) + R"()?\s*)"),
      list_gap(R"(\s*(?:,|and|,\s*and)\s*)"),
      power_of_ten(
          R"(^\s*(?:×|x|\*)\s*10(?:\^|\*\*)?((?:\d|⁰|¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹){1,3}))"),
      phrasal_up(R"(\b(?:)" + Words(R::kParticleVerb) +
                 R"()\s+(?:up|down)\s+(?:by\s+)?(?:(?:some|)" +
                 Words(R::kQualifier) + R"()\s+)?(?:an?\s+)?$)"),
      // "In terms of metaverse, …": the topic of the sentences that follow
      // in the same paragraph, until the next such phrase.
      topic(R"(^\W*(?:)" + Words(R::kTopicOpener) + R"()\s+([^,.;:]{1,100}),)"),
      // "the top 10%", "its top 5": "top" as an adjective, a label.
      top_as_label(R"(\b(?:the|its|their|our|a)\s+top\s*$)"),
      of_after(R"(^\s*of\b)"),
      // "took the lead in …", "… nationwide to …"
      lead_after(R"(^\s+(?:in|to|nationwide|in\s+the\s+country)\b)"),
      // "cut energy use per unit of added value by 42 percent": "by" after
      // the verb's object.
      by_before(R"(\bby\s+(?:(?:)" + Words(R::kChangeBound) + R"()\s+)?$)"),
      change_verb_before(R"(\b()" + Words(R::kChangeVerb) +
                         R"()\b[^,;:.()]*$)"),
      // "first in the country to roll out …": being first to do it.
      first_to_after(
          R"(^(?:\s+(?:in|among|across|nationwide|worldwide)\b[^,.;]{0,30}?)?\s+to\s+[a-z]+)"),
      add_up_before(R"(\badd(?:s|ed|ing)?\s+up\s+to\s*$)"),
#ifdef __EMSCRIPTEN__
      any_word_number_(R"(\b(?:)" + Alternation(NumberWords()) + R"()\b)") {
}
#else
      word_passes_(RE2::Options(), RE2::UNANCHORED) {
  // In WordPass order: Add numbers them as they come.
  for (const RE2* pass :
       {&rank, &running_year, &yearly_since, &edition_count, &one_in, &fraction,
        &half, &dozen, &multiplier, &count_word})
    word_passes_.Add(pass->pattern(), nullptr);
  word_passes_.Compile();
}
#endif

unsigned Patterns::WordPassesIn(StringPiece sentence) const {
  constexpr unsigned kAll = (1u << kWordPasses) - 1;
#ifdef __EMSCRIPTEN__
  return RE2::PartialMatch(sentence, any_word_number_) ? kAll : 0;
#else
  std::vector<int> found;
  RE2::Set::ErrorInfo error;
  if (!word_passes_.Match(sentence, &found, &error))
    return error.kind == RE2::Set::kNoError ? 0 : kAll;
  unsigned bits = 0;
  for (int k : found) bits |= 1u << k;
  return bits;
#endif
}

std::vector<const RE2*> Patterns::All() const {
  return {&date,
          &fraction,
          &one_in,
          &digit_in,
          &half,
          &dozen,
          &count_word,
          &rank,
          &running_year,
          &yearly_since,
          &edition_count,
          &group_before,
          &mixed_lead,
          &multiplier,
          &scale,
          &unit,
          &per,
          &per_before,
          &rate_adjective_before,
          &currency_before,
          &qualifier_before,
          &change_before,
          &from_before,
          &change_after,
          &more_than_after,
          &more_than_later,
          &yoy_after,
          &or_more_after,
          &duration_before,
          &duration_after,
          &ago_after,
          &consecutive_after,
          &label_before,
          &year_range,
          &year,
          &relative_year,
          &span,
          &bare_span,
          &years_ago,
          &years_earlier,
          &since,
          &target,
          &anaphor,
          &count_back,
          &respectively,
          &part_of_year,
          &share_after,
          &of_a_scale,
          &half_point_after,
          &half_percent_after,
          &period_part_after,
          &baseline_before,
          &parenthetical_gap,
          &list_gap,
          &power_of_ten,
          &lead_after,
          &by_before,
          &change_verb_before,
          &first_to_after,
          &add_up_before,
          &phrasal_up,
          &topic,
          &top_as_label,
          &of_after};
}

const Patterns& P() {
  static const Patterns* patterns = new Patterns();
  return *patterns;
}

// A word screen holds what its pattern's matches can open or close with:
// the table's words of the pattern's roles, and the few words written into
// the pattern itself ("by", "a"/"an", "annual"), listed here beside them.
Screens::Screens()
    : scale(FirstWords(WordsOf(R::kScale))),
      unit(FirstWords(WordsOf(R::kUnit)), Marks(WordsOf(R::kUnit))),
      per(FirstWords(WordsOf(R::kRateLead), {"of", "a"}), "/"),  // "/" too
      // "37,000 card payments a day": "a" leads a base too.
      counted_per(PhraseScreen([] {
        std::vector<std::string_view> leads = WordsOf(R::kRateLead);
        leads.insert(leads.end(), {"a", "an"});
        return leads;
      }())),
      power_of_ten({"x"}, "*\xC3"),  // "×" opens with 0xC3
      or_more_after(FirstWords(WordsOf(R::kTrailingBound)),
                    Marks(WordsOf(R::kTrailingBound))),
      duration_after(FirstWords(WordsOf(R::kDurationUnit))),
      change_after(
          FirstWords(WordsOf(R::kChangeNoun), {"year", "annual", "yearly"})),
      more_than_after(FirstWords(WordsOf(R::kComparative))),
      yoy_after({"year", "yoy", "from", "on", "over"}),
      label_before(LastWords(WordsOf(R::kLabel))),
      qualifier_before(LastWords(WordsOf(R::kQualifier), {"a", "an"}), {},
                       /*adverbs=*/true),
      change_before(
          LastWords(WordsOf(R::kChangeVerb),
                    LastWords(WordsOf(R::kChangeBound), {"by", "a", "an"}))),
      from_before(LastWords(WordsOf(R::kFromBound), {"from"})),
      duration_before(LastWords(WordsOf(R::kDurationLead),
                                LastWords(WordsOf(R::kDurationOrder)))),
      topic(FirstWords(WordsOf(R::kTopicOpener))),
      target(PhraseScreen(WordsOf(R::kTarget))),
      number_word(FirstWords(NumberWords())) {}

const Screens& S() {
  static const Screens* screens = new Screens();
  return *screens;
}

}  // namespace reader

void SetReaderScreensForTesting(bool on) { reader::screens_on = on; }

void PrepareReader() {
  reader::P();
  reader::S();
}

}  // namespace figcheck
