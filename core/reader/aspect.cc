// Reads a figure's aspect. Method: marker words and phrases in the figure's
// clause, in order: part of a year (anywhere in the sentence), an average,
// several things combined, new ones ("new", "newly", "added", "six more"),
// a running total ("accumulated", "to date", a count at a point in time,
// what there is: "is home to", "has 956"); else plain. A stock verb loses
// to an event of the figure's own clause. Event participles ("issued",
// "set up") are told from levels reached or held ("exceeded", "stood") and
// from adjectives in "-ed" ("licensed institutions"). Tested through
// tests/reader/clause_frame_test.cc and tests/frames_test.cc.
#include "core/reader/aspect.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/reader/words.h"

namespace figcheck {
namespace clause {
namespace {

using reader::Is;
using reader::WordRole;

// "has" at words[k] as a main verb ("the city has fewer than 15,000 new
// …"), not an auxiliary ("has set up 30 new …", "has also introduced"):
// the word after it, adverbs aside, is no participle.
bool PossessionAt(const std::vector<Word>& words, size_t k) {
  if (!In(words[k].lower, {"has", "have", "had"})) return false;
  auto ends = [](std::string_view w, std::string_view end) {
    return w.size() > end.size() && w.substr(w.size() - end.size()) == end;
  };
  size_t j = k + 1;
  while (j < words.size() &&
         (ends(words[j].lower, "ly") ||
          In(words[j].lower, {"also", "now", "already", "since", "still"})))
    ++j;
  if (j >= words.size()) return false;
  const std::string& w = words[j].lower;
  return !ends(w, "ed") && !ends(w, "en") &&
         !In(w,
             {"set",     "built", "made",  "become", "been",  "won",   "drawn",
              "brought", "begun", "grown", "risen",  "put",   "cut",   "kept",
              "held",    "led",   "met",   "paid",   "sold",  "spent", "sent",
              "got",     "seen",  "hit",   "run",    "shown", "done"});
}

// A past participle of an event ("issued", "set up", "opened"), not of a
// level reached or held ("exceeded", "grown", "stood", "handled").
// A word that may follow a verb in "-ed" but not an adjective in "-ed":
// "completed the …", "opened in 2023", not "licensed institutions".
bool FollowsVerb(std::string_view w) {
  return In(w, {"the",   "a",     "an",     "in",     "on",   "at",     "by",
                "to",    "from",  "for",    "with",   "of",   "and",    "its",
                "their", "over",  "about",  "up",     "more", "nearly", "last",
                "this",  "since", "during", "across", "so"});
}

bool EventParticiple(const std::string& w) {
  const bool participle =
      (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                        w.compare(w.size() - 2, 2, "en") == 0)) ||
      In(w, {"set", "built", "made", "won", "drawn", "brought", "held", "led",
             "paid", "sold", "sent", "run", "done", "begun", "put"});
  // A compound ("foreign-funded", "state-owned") is an adjective.
  return participle && w.find('-') == std::string::npos &&
         !Is(WordRole::kChangeVerb, w) && !Is(WordRole::kQualifier, w) &&
         !Is(WordRole::kPhraseEnd, w) &&
         !In(w, {"become", "totaled", "totalled", "stood", "remained", "kept",
                 "maintained", "achieved", "recorded", "posted", "ranked",
                 "accounted", "amounted", "handled", "seen", "numbered",
                 "counted"});
}

}  // namespace

// "has issued", "have been set up" at words[k]: an event in the present
// perfect, which with no period of its own counts everything to date. Not
// a level reached ("has exceeded", "has grown to").
bool PerfectEventAt(const std::vector<Word>& words, size_t k) {
  if (!In(words[k].lower, {"has", "have"}) || PossessionAt(words, k))
    return false;
  size_t j = k + 1;
  while (j < words.size() &&
         (In(words[j].lower, {"also", "now", "already", "still", "been"}) ||
          (words[j].lower.size() > 4 &&
           words[j].lower.compare(words[j].lower.size() - 2, 2, "ly") == 0)))
    ++j;
  if (j >= words.size() || words[j - 1].lower == "recently") return false;
  return EventParticiple(words[j].lower);
}

// An event participle right before the figure's words, or within a few
// words after them following a word that is not a function word.
bool TellsEvent(const std::vector<Word>& words, size_t a, size_t b,
                size_t first_after, const Figure& f) {
  size_t k = first_after;
  while (k > a && words[k - 1].end > f.start) --k;  // the figure's own words
  if (k > a && EventParticiple(words[k - 1].lower)) return true;
  static constexpr std::string_view kFunction[] = {
      "the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "with",
      "and", "its", "their", "number", "total",
      // a clause of its own, another figure's: "90 after 12 opened"
      "after", "before", "when", "while", "since", "as"};
  for (size_t j = first_after; j < std::min(b, first_after + 4); ++j)
    if (EventParticiple(words[j].lower) &&
        (j == first_after
             // "30 opened in 2023", not "1,771 licensed institutions"
             ? j + 1 >= b || FollowsVerb(words[j + 1].lower)
             : std::find(std::begin(kFunction), std::end(kFunction),
                         words[j - 1].lower) == std::end(kFunction)))
      return true;
  return false;
}

bool LeadsToTotal(const std::vector<Word>& words, size_t a, size_t figure) {
  // (The second of "… to 956 and 561": numbers are no words.)
  if (figure > a + 1 && words[figure - 1].lower == "and") --figure;
  if (figure == 0 || figure <= a || words[figure - 1].lower != "to")
    return false;
  bool noun = false;
  for (size_t k = figure - 1; k-- > a;) {
    if (noun && Is(WordRole::kTotalVerb, words[k].lower)) return true;
    // ("lifting the city's total to 561")
    if (!reader::TotalLeadWord(words[k].lower) && !words[k].possessive)
      return false;
    if (Is(WordRole::kTotalNoun, words[k].lower)) noun = true;
  }
  return false;
}

namespace {

// A word's bit among 64, by its first letter and length: a phrase whose
// first word's bit is not among a clause's words' is not in the clause.
// A screen before HasPhrase: most phrases are in no sentence, and a
// figure's aspect looks for some fifty.
uint64_t WordBit(std::string_view w) {
  const unsigned first = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return uint64_t{1} << ((first * 7 + w.size()) % 64);
}

uint64_t WordBits(const std::vector<Word>& words, size_t b) {
  uint64_t bits = 0;
  for (size_t k = 0; k < b; ++k) bits |= WordBit(words[k].lower);
  return bits;
}

bool MayHold(uint64_t bits, std::string_view phrase) {
  return (bits & WordBit(phrase.substr(0, phrase.find(' ')))) != 0;
}

}  // namespace

// Part of a year: anywhere in the sentence, as periods are (read once per
// sentence).
bool PartOfYear(const std::vector<Word>& words) {
  const uint64_t bits = WordBits(words, words.size());
  for (const char* p :
       {"so far this year", "first half", "first quarter",
        "first three quarters", "first two months", "first three months",
        "first four months", "first five months", "first six months",
        "first seven months", "first eight months", "first nine months",
        "first ten months", "first eleven months", "year to date",
        "first months"})
    if (MayHold(bits, p) && HasPhrase(words, 0, words.size(), p)) return true;
  return false;
}

Aspect AspectOf(const std::vector<Word>& words, size_t a, size_t b,
                size_t first_after, bool part_of_year, bool count) {
  if (part_of_year) return Aspect::kPartYear;
  const uint64_t bits = WordBits(words, b);
  auto has = [&](size_t from, size_t to, std::string_view p) {
    return MayHold(bits, p) && HasPhrase(words, from, to, p);
  };
  // "a year earlier", "a year ago": the baseline of a change, no average.
  bool baseline = false;
  for (size_t k = first_after; k + 2 < std::min(b, first_after + 4); ++k)
    baseline = baseline ||
               (words[k].lower == "a" && words[k + 1].lower == "year" &&
                In(words[k + 2].lower, {"earlier", "ago", "before", "prior"}));
  for (const char* p :
       {"on average", "an average", "average", "averaged", "per year",
        "annually", "each year", "a year", "annual average"}) {
    const std::string_view phrase(p);
    if (phrase == "a year" && baseline) continue;
    const bool near = phrase != "average" &&
                      has(first_after, std::min(b, first_after + 3), p);
    bool in_clause = has(a, b, p) &&
                     phrase.find(' ') != std::string_view::npos &&
                     phrase != "a year" && phrase != "each year";
    // "average" before the figure names its measure ("the average wage
    // was …"); after it, "the (international) average" is what it is
    // compared with.
    if (phrase == "average")
      for (size_t k = a; k < b && !in_clause; ++k)
        in_clause =
            words[k].lower == "average" &&
            (k < first_after || !((k >= 1 && words[k - 1].lower == "the") ||
                                  (k >= 2 && words[k - 2].lower == "the")));
    if (near || in_clause) return Aspect::kAverage;
  }
  for (const char* p : {"collectively", "combined", "together", "jointly",
                        "altogether", "added up", "add up", "adds up"})
    if (has(a, b, p)) return Aspect::kCombined;
  // "new" before the figure in its clause, or just after it; not "New" in
  // a name ("Pudong New Area"), though a clause may open with it.
  // "new" close before the figure ("the number of new firms reached …",
  // "New enterprises; 7,200"), not far off ("the online new economy …").
  // Not "new" of a kind of thing: "new energy vehicles".
  auto new_ones = [&](size_t k) {
    return words[k].lower == "new" &&
           !(k + 1 < words.size() &&
             Is(WordRole::kNewKind, words[k + 1].lower));
  };
  bool new_before = false;
  for (size_t k = first_after > a + 4 ? first_after - 4 : a; k < first_after;
       ++k)
    if (new_ones(k) && (!words[k].capital || k == a)) new_before = true;
  bool new_after = false;
  for (size_t k = first_after; k < std::min(b, first_after + 2); ++k)
    new_after = new_after || new_ones(k);
  // "added 548 institutions": the new ones (not "added value").
  for (size_t k = first_after > a + 3 ? first_after - 3 : a; k < first_after;
       ++k)
    if (In(words[k].lower, {"added", "adds", "adding"}) &&
        !(k + 1 < words.size() && words[k + 1].lower == "value") &&
        !(k > 0 && words[k - 1].lower == "value"))  // "value added"
      new_before = true;
  // "is home to 24,000 new high-tech enterprises": what there is; "new"
  // after the figure is then part of what it counts. The verb may govern a
  // list ("is home to 80 platforms, …, and 24,000 new …"): sought from the
  // sentence's start; or after the figure, in its clause ("… are based in
  // Shanghai"); or "has" as a main verb of its own clause.
  static const std::vector<std::string_view> stock =
      WordsOf(WordRole::kStockVerb);
  // A stock phrase in words [from, b), or "has" as a main verb of the
  // figure's own clause.
  auto says_stock = [&](size_t from) {
    if (std::any_of(stock.begin(), stock.end(),
                    [&](std::string_view p) { return has(from, b, p); }))
      return true;
    for (size_t k = a; k < first_after; ++k)
      if (PossessionAt(words, k)) return true;
    return false;
  };
  bool there_is = says_stock(0);
  // Unless the figure's clause has an event of its own, before the figure
  // ("…, and added 600 new companies in 2023") or after it ("…, and 12 new
  // ones opened in 2023"); "based" of "are based" is no event.
  auto ends_stock_phrase = [&](std::string_view w) {
    return std::any_of(stock.begin(), stock.end(), [&](std::string_view p) {
      return p.size() > w.size() && p.substr(p.size() - w.size()) == w &&
             p[p.size() - w.size() - 1] == ' ';
    });
  };
  // An "-ed" word before a noun is an adjective ("advanced research
  // institutes"), no event.
  auto adjective = [&](size_t k) {
    return k + 1 < b && !FollowsVerb(words[k + 1].lower);
  };
  for (size_t k = a; k < b && there_is; ++k) {
    const std::string& w = words[k].lower;
    if (!ends_stock_phrase(w) &&
        ((w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0 &&
          !adjective(k)) ||
         In(w, {"set", "built", "began", "came", "opened"})))
      there_is = false;
  }
  // "six more regulations", "an additional 300 buses": the new ones too.
  // Not "21% more than a year earlier", a change.
  const bool more_after =
      first_after < b &&
      In(words[first_after].lower, {"more", "additional", "extra"}) &&
      !has(first_after, b, "than");
  if (new_before || has(a, b, "newly") ||
      (!there_is && (more_after || new_after)))
    return Aspect::kNew;
  for (const char* p :
       {"accumulated", "accumulative", "cumulative", "cumulatively",
        "over the years", "to date", "so far", "bringing the total",
        "total number", "in all", "in total", "all told", "currently",
        "at present", "stock of"})
    if (has(a, b, p)) return Aspect::kTotal;
  // A count at a point in time ("had 1,771 at the end of 2023", "numbered
  // 561 as of June"): what there is then; not one told by an event ("set
  // up 30 labs at the end of 2023").
  bool event = false;
  for (size_t k = a; k < first_after && !event; ++k)
    event = EventParticiple(words[k].lower) ||
            In(words[k].lower, {"set", "opened", "open", "opens"});
  // (Or in the passive after it: "65 had been established".)
  for (size_t k = first_after; k + 1 < b && !event; ++k)
    event = In(words[k].lower, {"been", "were", "was"}) &&
            EventParticiple(words[k + 1].lower);
  for (const char* p : {"at the end of", "as of", "at end"})
    if (count && !event && has(a, b, p)) return Aspect::kTotal;
  // A count of what there is, said in the figure's own clause ("is home
  // to", "are based in", "has 956 …"): all of them so far, not the new ones
  // of a period. (An amount "with a scale of" after it is no count.)
  return count && there_is && says_stock(a) ? Aspect::kTotal : Aspect::kPlain;
}

}  // namespace clause
}  // namespace figcheck
