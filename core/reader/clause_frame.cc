// Reads the frame of each figure beyond its subject terms.
//
// Method: the sentence is cut into clauses at , ; : ( ) and dashes (a comma
// inside a number is not a cut). A figure's own clause is the one it sits
// in, less what comes before a speech verb in it ("Gu Jun said Pudong had
// introduced 18 …": the speaker is not the subject). Its names are the
// capitalised words of that clause that are not stopwords, month or day
// names, nor the opening word of the sentence (unless possessive or an
// acronym), before the figure: what follows it is a scope or a comparison
// ("approved in China", "more than anywhere else in China"). A headline in
// title case has no names: every word is capitalised. The aspect comes from
// marker words in the clause (the sentence for part of a year). Tested by
// tests/frame_test.cc.
#include "core/reader/clause_frame.h"

#include <algorithm>
#include <cstring>

#include "core/reader/words.h"

namespace figcheck {
namespace {

using reader::Is;
using reader::WordRole;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

struct Word {
  uint32_t start, end;  // offsets in the whole text
  std::string lower;
  bool capital = false;     // opens with a capital letter
  bool acronym = false;     // two or more letters, all capitals
  bool possessive = false;  // followed by 's or ’s
};

// The words and clause cuts of one sentence.
struct Clauses {
  std::vector<Word> words;
  std::vector<uint32_t> cuts;  // offsets of clause boundaries
};

// Bytes of an invisible format character at `k` (zero-width and bidi
// controls, the BOM, the soft hyphen, the Arabic letter mark), or 0: inside
// a word they do not end it ("G\u200bDP"), as FoldForMatching reads them.
size_t InvisibleAt(std::string_view t, size_t k) {
  auto u = [&](size_t i) {
    return i < t.size() ? static_cast<unsigned char>(t[i]) : 0;
  };
  if (u(k) == 0xE2 && u(k + 1) == 0x80 &&
      ((u(k + 2) >= 0x8B && u(k + 2) <= 0x8F) ||
       (u(k + 2) >= 0xAA && u(k + 2) <= 0xAE)))
    return 3;
  if (u(k) == 0xE2 && u(k + 1) == 0x81 && u(k + 2) >= 0xA0 && u(k + 2) <= 0xA9)
    return 3;
  if (u(k) == 0xEF && u(k + 1) == 0xBB && u(k + 2) == 0xBF) return 3;
  if ((u(k) == 0xC2 && u(k + 1) == 0xAD) || (u(k) == 0xD8 && u(k + 1) == 0x9C))
    return 2;
  return 0;
}

Clauses Split(std::string_view text, Span s) {
  Clauses out;
  uint32_t i = s.start;
  while (i < s.end) {
    char c = text[i];
    if (IsAsciiLetter(c)) {
      uint32_t j = i;
      std::string lower;
      bool all_capitals = true;
      while (j < s.end) {
        if (size_t skip = InvisibleAt(text, j);
            skip != 0 && j + skip < s.end && IsAsciiLetter(text[j + skip])) {
          j += static_cast<uint32_t>(skip);
          continue;
        }
        if (!(IsAsciiLetter(text[j]) ||
              (text[j] == '-' && j + 1 < s.end && IsAsciiLetter(text[j + 1]))))
          break;
        lower += static_cast<char>(
            std::tolower(static_cast<unsigned char>(text[j])));
        if (!IsUpper(text[j]) && text[j] != '-') all_capitals = false;
        ++j;
      }
      Word w{i, j, lower};
      w.capital = IsUpper(c);
      w.acronym = lower.size() >= 2 && all_capitals;
      std::string_view rest = text.substr(j, std::min<uint32_t>(4, s.end - j));
      w.possessive =
          rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
      out.words.push_back(std::move(w));
      i = j;
      continue;
    }
    bool digits_around =
        i > s.start && i + 1 < s.end &&
        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]));
    if ((c == ',' && !digits_around) || c == ';' || c == ':' || c == '(' ||
        c == ')' || c == '|' || c == '\n' ||
        (c == '-' && i + 1 < s.end && text[i + 1] == '-'))
      out.cuts.push_back(i);
    // Em and en dashes: E2 80 94, E2 80 93.
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < s.end &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x94 ||
         static_cast<unsigned char>(text[i + 2]) == 0x93))
      out.cuts.push_back(i);
    ++i;
  }
  // A comma in a list does not end a clause (ListCommaAt).
  std::vector<uint32_t> cuts;
  for (size_t n = 0; n < out.cuts.size(); ++n) {
    uint32_t cut = out.cuts[n];
    uint32_t next = n + 1 < out.cuts.size() ? out.cuts[n + 1] : s.end;
    if (!ListCommaAt(text, cut, next)) cuts.push_back(cut);
  }
  out.cuts = std::move(cuts);
  return out;
}

bool In(std::string_view w, std::initializer_list<const char*> list) {
  for (const char* x : list)
    if (w == x) return true;
  return false;
}

bool CalendarWord(std::string_view w) {
  return In(w, {"january", "february",  "march",    "april",     "may",
                "june",    "july",      "august",   "september", "sept",
                "october", "november",  "december", "jan",       "feb",
                "mar",     "apr",       "jun",      "jul",       "aug",
                "sep",     "oct",       "nov",      "dec",       "monday",
                "tuesday", "wednesday", "thursday", "friday",    "saturday",
                "sunday"});
}

bool OpensWithVerb(std::string_view w) {
  return In(
      w, {"has",       "have",      "had",       "is",       "are",    "was",
          "were",      "handled",   "reached",   "hit",      "rose",   "fell",
          "grew",      "saw",       "attracted", "recorded", "posted", "topped",
          "exceeded",  "surpassed", "totalled",  "totaled",  "stood",  "came",
          "accounted", "accounts",  "account",   "makes",    "made",   "ranks",
          "ranked",    "remains",   "remained"});
}

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
  return participle && !Is(WordRole::kChangeVerb, w) &&
         !Is(WordRole::kQualifier, w) && !Is(WordRole::kPhraseEnd, w) &&
         !In(w, {"become", "totaled", "totalled", "stood", "remained", "kept",
                 "maintained", "achieved", "recorded", "posted", "ranked",
                 "accounted", "amounted", "handled", "seen", "numbered"});
}

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

bool SpeechWord(std::string_view w) {
  // Not "added" ("industrial added value") nor "reported" ("reported
  // profits"): before a figure they are more often its measure.
  return In(w, {"said", "says", "say", "told", "tells", "according", "speaking",
                "noted", "announced", "stated", "explained"});
}

// A headline or title in title case: nearly all longer words capitalised
// (acronyms aside: "TEUs" says nothing of the case of the rest).
bool TitleCase(const std::vector<Word>& words) {
  int longer = 0, capital = 0;
  for (const Word& w : words) {
    if (w.end - w.start < 4 || w.acronym) continue;
    ++longer;
    if (w.capital) ++capital;
  }
  return longer >= 4 && capital * 10 >= longer * 8;
}

void AddStems(const std::string& lower, const Lexicon& lexicon,
              std::vector<std::string>* out) {
  // Split at hyphens, as a figure's terms are: "Chinese-funded" names
  // what "Chinese-funded" does in a claim's words.
  std::vector<std::string> parts;
  for (size_t i = 0; i <= lower.size();) {
    size_t j = std::min(lower.find('-', i), lower.size());
    if (j > i) parts.push_back(lower.substr(i, j - i));
    i = j + 1;
  }
  std::vector<Lexicon::Term> terms = lexicon.Canonicalize(parts);
  for (const Lexicon::Term& t : terms) {
    // "District" of "Pudong District" is no name of its own: a claim that
    // writes "Pudong" names the same place.
    if (t.stem.empty() || lexicon.IsStopword(t.stem) ||
        lexicon.IsStopword(lower) || Is(WordRole::kPlaceNoun, lower))
      continue;
    // A place inside a longer name ("CIIE": China International Import
    // Expo) does not make the name a place.
    if (terms.size() > 1 && lexicon.IsPlace(t.stem)) continue;
    if (std::find(out->begin(), out->end(), t.stem) == out->end())
      out->push_back(t.stem);
  }
}

// Whether words [a, b) hold the phrase `p` (words separated by spaces).
bool HasPhrase(const std::vector<Word>& words, size_t a, size_t b,
               std::string_view p) {
  // The phrase's first word screens each start; the rest are compared in
  // place (no copies: this runs some thirty times a figure).
  const size_t space = p.find(' ');
  const std::string_view first = p.substr(0, space);
  for (size_t i = a; i < b; ++i) {
    if (words[i].lower != first) continue;
    size_t k = i + 1;
    size_t at = space;
    bool all = true;
    while (all && at != std::string_view::npos) {
      size_t next = p.find(' ', at + 1);
      std::string_view part = p.substr(at + 1, next == std::string_view::npos
                                                   ? std::string_view::npos
                                                   : next - at - 1);
      all = k < b && words[k].lower == part;
      ++k;
      at = next;
    }
    if (all) return true;
  }
  return false;
}

// Part of a year: anywhere in the sentence, as periods are (read once per
// sentence).
bool PartOfYear(const std::vector<Word>& words) {
  for (const char* p :
       {"so far this year", "first half", "first quarter",
        "first three quarters", "first two months", "first three months",
        "first four months", "first five months", "first six months",
        "first seven months", "first eight months", "first nine months",
        "first ten months", "first eleven months", "year to date",
        "first months"})
    if (HasPhrase(words, 0, words.size(), p)) return true;
  return false;
}

Aspect AspectOf(const std::vector<Word>& words, size_t a, size_t b,
                size_t first_after, bool part_of_year, bool count) {
  if (part_of_year) return Aspect::kPartYear;
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
    const bool near =
        HasPhrase(words, first_after, std::min(b, first_after + 3), p);
    const bool in_clause = HasPhrase(words, a, b, p) &&
                           ((phrase.find(' ') != std::string_view::npos &&
                             phrase != "a year" && phrase != "each year") ||
                            phrase == "average");
    if (near || in_clause) return Aspect::kAverage;
  }
  for (const char* p :
       {"collectively", "combined", "together", "jointly", "altogether"})
    if (HasPhrase(words, a, b, p)) return Aspect::kCombined;
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
        !(k + 1 < words.size() && words[k + 1].lower == "value"))
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
    if (std::any_of(stock.begin(), stock.end(), [&](std::string_view p) {
          return HasPhrase(words, from, b, p);
        }))
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
      !HasPhrase(words, first_after, b, "than");
  if (new_before || HasPhrase(words, a, b, "newly") ||
      (!there_is && (more_after || new_after)))
    return Aspect::kNew;
  for (const char* p :
       {"accumulated", "accumulative", "cumulative", "cumulatively",
        "over the years", "to date", "so far", "bringing the total",
        "total number", "in all", "in total", "all told", "currently",
        "at present", "stock of"})
    if (HasPhrase(words, a, b, p)) return Aspect::kTotal;
  // A count at a point in time ("at the end of 2023", "as of June"): what
  // there is then.
  for (const char* p : {"at the end of", "as of", "at end"})
    if (count && HasPhrase(words, a, b, p)) return Aspect::kTotal;
  // A count of what there is, said in the figure's own clause ("is home
  // to", "are based in", "has 956 …"): all of them so far, not the new ones
  // of a period. (An amount "with a scale of" after it is no count.)
  return count && there_is && says_stock(a) ? Aspect::kTotal : Aspect::kPlain;
}

// A figure whose clause names nothing takes the place of a short opening
// clause ("Nationwide, 53,766 firms were set up, up 39.7 percent"), else
// that of the figure before it in the sentence, which it follows on from
// ("In 2023, Shenzhen Port handled 30 million TEUs, up 4.9 percent").
void InheritPlaces(const Clauses& c, Span s, const Lexicon& lexicon,
                   std::vector<Figure>* figures) {
  auto places_of = [&](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& n : names)
      if (lexicon.IsPlace(n)) out.push_back(n);
    return out;
  };
  std::vector<std::string> lead;
  uint32_t first_cut = c.cuts.empty() ? s.end : c.cuts.front();
  size_t lead_words = 0;
  for (const Word& w : c.words) {
    if (w.end > first_cut) break;
    ++lead_words;
    if (w.capital || In(w.lower, {"nationwide", "countrywide"}))
      AddStems(w.lower, lexicon, &lead);
  }
  if (lead_words > 4 ||
      std::any_of(figures->begin(), figures->end(),
                  [&](const Figure& f) { return f.start < first_cut; }))
    lead.clear();
  lead = places_of(lead);
  std::vector<std::string> before;
  for (Figure& f : *figures) {
    if (f.names.empty()) {
      f.names = before.empty() ? lead : before;
    }
    before = places_of(f.names);
  }
}

// In a claim, a figure's measure is in its own clause (with the clause it
// follows on from): words of the other clauses, an attribution, a lead-in,
// a side remark ("…, despite a sluggish global economy"), weigh little.
void KeepOwnClause(const std::vector<Word>& words, size_t a, size_t b,
                   const Lexicon& lexicon, Figure* f) {
  std::vector<std::string> own;
  for (size_t k = a; k < b; ++k) {
    // The reader reads "low-carbon" as "low" and "carbon".
    const std::string& w = words[k].lower;
    for (size_t i = 0; i <= w.size();) {
      size_t j = std::min(w.find('-', i), w.size());
      if (j > i) own.push_back(w.substr(i, j - i));
      i = j + 1;
    }
  }
  std::vector<Lexicon::Term> stems = lexicon.Canonicalize(own);
  for (auto& term : f->terms) {
    const std::string& stem = term.first;
    if (stem.empty() || stem[0] == '#') continue;  // "#3": a small count
    bool in_own =
        std::any_of(stems.begin(), stems.end(),
                    [&](const Lexicon::Term& t) { return t.stem == stem; });
    if (!in_own) term.second = std::min(term.second, kOtherClauseWeight);
  }
}

// A claim figure's verb ("churned out 900 trips", "are
// subsidised by"): how the figure is told. One no source uses
// does not count against the match (core/match.cc); one the sources use
// ("exported") may be the measure itself, and counts in full.
void NoteVerb(const std::vector<Word>& words, size_t a, size_t b,
              const Lexicon& lexicon, Figure* f) {
  std::vector<std::string> verbs;
  auto take = [&](size_t k) {
    const Word& w = words[k];
    if (!w.capital && !w.acronym && !lexicon.IsStopword(w.lower))
      verbs.push_back(w.lower);
  };
  size_t k = a;
  while (k < b && words[k].end <= f->start) ++k;  // the first word after
  size_t before = k;
  while (before > a &&
         In(words[before - 1].lower,
            {"out", "to", "through", "up", "above", "below", "over", "under",
             "the", "a", "an", "past", "beyond", "at", "by", "in", "into"}))
    --before;
  if (before > a) take(before - 1);  // also "pairs 40 ferries"
  while (k < b && words[k].start < f->end) ++k;
  for (; k + 1 < b; ++k) {
    if (!In(words[k].lower, {"is", "are", "was", "were", "been", "be"}))
      continue;
    const std::string& w = words[k + 1].lower;
    if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) take(k + 1);
    break;
  }
  if (verbs.empty()) return;
  for (const Lexicon::Term& t : lexicon.Canonicalize(verbs))
    f->verbs.push_back(t.stem);
}

}  // namespace

bool ListCommaAt(std::string_view text, size_t comma, size_t next_mark) {
  if (comma >= text.size() || text[comma] != ',') return false;
  next_mark = std::min(next_mark, text.size());
  // The first four words after the comma, lower case.
  std::string words[4];
  size_t n = 0;
  for (size_t i = comma + 1; i < next_mark && n < 4;) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < next_mark && IsAsciiLetter(text[j])) ++j;
    for (size_t k = i; k < j; ++k)
      words[n] +=
          static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    ++n;
    i = j;
  }
  // "…, we introduced and attracted …": a clause with its own subject.
  if (n > 0 && In(words[0], {"we", "it", "they", "he", "she", "i", "you",
                             "this", "that", "which", "who", "there"}))
    return false;
  // "…, and the software industry posted …": so is one after "and".
  if (n > 1 && (words[0] == "and" || words[0] == "or") &&
      In(words[1],
         {"the", "its", "it", "we", "they", "this", "these", "there"}))
    return false;
  for (size_t k = 1; k < n; ++k)
    if (words[k] == "and" || words[k] == "or") return true;
  return false;
}

void ReadFrames(std::string_view text, const Lexicon& lexicon, ReadMode mode,
                std::vector<SentenceFigures>* sentences) {
  for (SentenceFigures& sf : *sentences) {
    if (sf.figures.empty()) continue;
    Clauses c = Split(text, sf.sentence);
    const bool title = TitleCase(c.words);
    const bool part_of_year = PartOfYear(c.words);
    for (Figure& f : sf.figures) {
      // Cuts and words are in text order: a sentence of a thousand figures
      // is read in n log n.
      uint32_t lo = sf.sentence.start, hi = sf.sentence.end;
      auto cut_after = std::lower_bound(c.cuts.begin(), c.cuts.end(), f.start);
      if (cut_after != c.cuts.begin()) lo = std::max(lo, *(cut_after - 1));
      auto cut_hi = std::lower_bound(c.cuts.begin(), c.cuts.end(), f.end);
      if (cut_hi != c.cuts.end()) hi = std::min(hi, *cut_hi);
      auto word_from = [&](uint32_t at) {
        return static_cast<size_t>(
            std::lower_bound(
                c.words.begin(), c.words.end(), at,
                [](const Word& w, uint32_t x) { return w.start < x; }) -
            c.words.begin());
      };
      size_t a = word_from(lo);
      size_t b = word_from(hi);  // words start before the cut, so end at it
      size_t first_after = std::max(a, std::min(b, word_from(f.end)));
      // A figure that opens its clause takes the clause before as its
      // lead ("New foreign-invested enterprises; 7,200" in a table row).
      if (first_after == a && a > 0) {
        auto below = std::lower_bound(c.cuts.begin(), c.cuts.end(), lo);
        uint32_t before = below == c.cuts.begin()
                              ? sf.sentence.start
                              : std::max(sf.sentence.start, *(below - 1));
        while (a > 0 && c.words[a - 1].start >= before) --a;
      }
      // A speaker before the figure in its clause is not its subject.
      for (size_t k = a; k < first_after; ++k)
        if (SpeechWord(c.words[k].lower)) a = k + 1;
      // A clause that says nothing before its figure but stopwords or a
      // change ("…, up 0.5 percent") follows on from the clause before.
      bool bare = a > 0 && first_after > a;
      for (size_t k = a; k < first_after && bare; ++k)
        bare = lexicon.IsStopword(c.words[k].lower) ||
               In(c.words[k].lower,
                  {"up", "down", "rising", "falling", "growing", "an", "a"});
      if (bare) {
        auto below = std::lower_bound(c.cuts.begin(), c.cuts.end(), lo);
        uint32_t before = below == c.cuts.begin()
                              ? sf.sentence.start
                              : std::max(sf.sentence.start, *(below - 1));
        while (a > 0 && c.words[a - 1].start >= before) --a;
      }
      // A clause that opens with its verb has its subject further back, at
      // the sentence's start: past an apposition ("Ningbo-Zhoushan Port, the
      // country's second-busiest, handled 35.3 million TEUs")
      // (or past a figure of its own: "X, now worth 250 billion yuan,
      // accounts for a third …").
      if (a < first_after && a > 0 && OpensWithVerb(c.words[a].lower)) a = 0;
      if (mode == ReadMode::kClaim) {
        KeepOwnClause(c.words, a, b, lexicon, &f);
        NoteVerb(c.words, a, b, lexicon, &f);
        if (a < c.words.size() && c.words[a].start < f.start) {
          std::vector<int> editions = reader::EditionsIn(
              text.substr(c.words[a].start, f.start - c.words[a].start));
          if (!editions.empty()) f.edition = editions.back();
        }
      }
      f.aspect = AspectOf(c.words, a, b, first_after, part_of_year,
                          f.quantity.unit.IsCount());
      // "added 12 in 2023, bringing the total to 90": the count before a
      // total it brings about is the new ones.
      if (f.aspect == Aspect::kPlain && f.quantity.unit.IsCount() &&
          (HasPhrase(c.words, first_after, c.words.size(), "the total to") ||
           HasPhrase(c.words, first_after, c.words.size(),
                     "the total number to")))
        f.aspect = Aspect::kNew;

      // In a claim, a count of one year told by an event ("opened 30 labs
      // in 2023", "65 firms opened offices in 2023") is the year's new
      // ones: the verb right before the figure, or one shortly after it
      // that follows a word of its own (not "the number of licensed …").
      if (mode == ReadMode::kClaim && f.aspect == Aspect::kPlain &&
          f.quantity.unit.IsCount() && f.quantity.kind == Kind::kLevel &&
          f.period.stated && f.period.is_year() && !f.target &&
          TellsEvent(c.words, a, b, first_after, f))
        f.aspect = Aspect::kNew;
      // "has issued 90,000 work permits", dated by nothing: in a source,
      // all of them to date, not a year's; in a claim, perhaps all of them,
      // perhaps a year's told undated ("has opened 12 labs").
      if (f.aspect == Aspect::kPlain && f.quantity.unit.IsCount() &&
          f.quantity.kind == Kind::kLevel && f.period.empty() && !f.target)
        // (Or after it: "670,000 vehicles have been sold".)
        for (size_t k = a; k < std::min(b, first_after + 6); ++k)
          if (PerfectEventAt(c.words, k)) {
            if (mode == ReadMode::kSource) f.aspect = Aspect::kTotal;
            f.perfect = true;
          }
      // In a claim, "18,000 more professionals in 2023" is a difference
      // from a base it does not give: a change, never a level a total
      // could contradict. (A plan's "will pass six more rules", like a
      // source's, are the new ones, as AspectOf reads them.)
      // So is "12% fewer new firms".
      if (mode == ReadMode::kClaim && !f.target &&
          f.quantity.kind == Kind::kLevel && first_after < b &&
          In(c.words[first_after].lower, {"more", "fewer", "less"}) &&
          !HasPhrase(c.words, first_after, b, "than")) {
        f.quantity.kind = Kind::kChange;
        f.quantity.direction = c.words[first_after].lower == "more" ? 1 : -1;
        f.aspect = Aspect::kPlain;
      }
      f.names.clear();
      // The whole country, in words: "Nationwide, 53,766 …", "the
      // country's ports handled …" (not "first in the country").
      for (size_t k = a; k < first_after; ++k) {
        const Word& w = c.words[k];
        if (In(w.lower, {"nationwide", "countrywide"}) ||
            (In(w.lower, {"nation", "country"}) && w.possessive) ||
            (k + 2 < first_after && w.lower == "across" &&
             c.words[k + 1].lower == "the" &&
             In(c.words[k + 2].lower, {"country", "nation"})))
          for (const Lexicon::Term& t : lexicon.Canonicalize({w.lower}))
            if (std::find(f.names.begin(), f.names.end(), t.stem) ==
                f.names.end())
              f.names.push_back(t.stem);
      }
      if (title) continue;
      // A claim's names come before its figure: after it come scopes and
      // comparisons ("approved in China", "more than anywhere else in
      // China"). A source's take in the names right after it ("two Costco
      // stores"), so that a claim about another thing does not refute it.
      size_t end = first_after;
      if (mode == ReadMode::kSource)
        while (end < b && c.words[end].capital) ++end;
      // Names before another figure of the clause are that one's ("two
      // Costco stores and a dozen other supermarkets").
      size_t from = a;
      for (const Figure& g : sf.figures)
        if (a < first_after && g.end <= f.start && g.end > c.words[a].start) {
          while (from < first_after && c.words[from].start < g.end) ++from;
          while (from < first_after && c.words[from].capital) ++from;
        }
      for (size_t k = from; k < end; ++k) {
        const Word& w = c.words[k];
        if (!w.capital || (w.start >= f.start && w.end <= f.end))
          continue;  // "TEUs"
        bool opens =
            w.start == sf.sentence.start ||
            (k == 0 &&
             text.substr(sf.sentence.start, w.start - sf.sentence.start)
                     .find_first_not_of(" \"'\xE2\x80\x9C") ==
                 std::string_view::npos);
        // The opening word is capitalised anyway: a name only when it says
        // so (a possessive, an acronym, a known place) or is the subject
        // of a verb ("Guangzhou has issued …", "Tianjin handled …").
        if (opens && !w.possessive && !w.acronym) {
          bool place = false;
          for (const Lexicon::Term& t : lexicon.Canonicalize({w.lower}))
            place = place || lexicon.IsPlace(t.stem);
          // The next word of the same clause ("Update: Shanghai set up …"
          // is two clauses).
          const Word* next = k + 1 < c.words.size() ? &c.words[k + 1] : nullptr;
          if (next != nullptr) {
            auto cut = std::lower_bound(c.cuts.begin(), c.cuts.end(), w.end);
            if (cut != c.cuts.end() && *cut < next->start) next = nullptr;
          }
          // "Shenzhen Port", "Pudong New Area": a name of several words.
          bool longer_name = next != nullptr && next->capital;
          bool place_noun =
              next != nullptr && Is(WordRole::kPlaceNoun, next->lower);
          bool subject =
              next != nullptr && !next->capital &&
              In(next->lower,
                 {"has", "have", "had", "is", "are", "was", "were", "saw",
                  "sees", "handled", "issued", "reached", "recorded", "posted",
                  "attracted", "hosts", "hosted", "boasts"});
          if (!place && !longer_name && !place_noun && !subject) continue;
        }
        if (CalendarWord(w.lower) || w.end - w.start < 2) continue;
        AddStems(w.lower, lexicon, &f.names);
      }
    }
    InheritPlaces(c, sf.sentence, lexicon, &sf.figures);
  }
}

// The names of a stretch of text: capitalised words past the first of each
// sentence, possessives and acronyms.
namespace {
std::vector<std::string> NamesIn(std::string_view text, Span s,
                                 const Lexicon& lexicon, bool title) {
  std::vector<std::string> out;
  Clauses c = Split(text, s);
  if (!title && TitleCase(c.words)) return out;
  for (size_t k = 0; k < c.words.size(); ++k) {
    const Word& w = c.words[k];
    if (!w.capital || w.end - w.start < 2 || CalendarWord(w.lower)) continue;
    if (k == 0 && !title && !w.possessive && !w.acronym) continue;
    AddStems(w.lower, lexicon, &out);
  }
  return out;
}
}  // namespace

std::vector<std::string> CapitalisedWords(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) {
    Clauses c = Split(text, s);
    for (size_t k = 1; k < c.words.size(); ++k)
      if (c.words[k].capital && c.words[k].lower.size() >= 2)
        out.push_back(c.words[k].lower);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> DesignatedNames(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) {
    Clauses c = Split(text, s);
    for (size_t k = 0; k + 1 < c.words.size(); ++k) {
      const Word& w = c.words[k];
      if (!w.capital || w.lower.size() < 2 || Is(WordRole::kPlaceNoun, w.lower))
        continue;
      size_t n = k + 1;
      if (n + 1 < c.words.size() && c.words[n].capital &&
          c.words[n].lower == "new")
        ++n;
      if (c.words[n].capital && Is(WordRole::kPlaceNoun, c.words[n].lower))
        out.push_back(w.lower);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void AddContextNames(std::string_view text, std::string_view title,
                     const Lexicon& lexicon,
                     std::vector<SentenceFigures>* sentences) {
  constexpr size_t kSentencesBack = 8;
  const std::vector<std::string> from_title = NamesIn(
      title, Span{0, static_cast<uint32_t>(title.size())}, lexicon, true);
  std::vector<std::vector<std::string>> names;
  for (const SentenceFigures& sf : *sentences)
    names.push_back(NamesIn(text, sf.sentence, lexicon, false));
  for (size_t i = 0; i < sentences->size(); ++i) {
    std::vector<std::string> context = from_title;
    for (size_t k = i > kSentencesBack ? i - kSentencesBack : 0; k < i; ++k)
      context.insert(context.end(), names[k].begin(), names[k].end());
    for (Figure& f : (*sentences)[i].figures)
      for (const std::string& n : context)
        if (std::none_of(f.terms.begin(), f.terms.end(),
                         [&](const auto& t) { return t.first == n; }))
          f.terms.emplace_back(n, kContextNameWeight);
  }
}

}  // namespace figcheck
