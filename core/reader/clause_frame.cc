// Reads the frame of each figure beyond its subject terms.
//
// Method: the sentence is cut into clauses (clauses.h). A figure's own
// clause is the one it sits in, less what comes before a speech verb in it
// ("Gu Jun said Pudong had introduced 18 …": the speaker is not the
// subject); one that says nothing before its figure, or opens with its
// verb, reaches back. Its names are the capitalised words of that clause
// that are not stopwords, month or day names, nor the opening word of the
// sentence (unless possessive or an acronym), before the figure: what
// follows it is a scope or a comparison ("approved in China", "more than
// anywhere else in China"). A headline in title case has no names: every
// word is capitalised (names.h). The aspect comes from marker words in the
// clause (aspect.h; the sentence for part of a year). In a claim, the words
// of other clauses weigh little and the figure's verb is noted. Tested by
// tests/reader/clause_frame_test.cc.
#include "core/reader/clause_frame.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/reader/aspect.h"
#include "core/reader/clauses.h"
#include "core/reader/names.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace {

using clause::AddStems;
using clause::AspectOf;
using clause::CalendarWord;
using clause::Clauses;
using clause::HasPhrase;
using clause::In;
using clause::InheritPlaces;
using clause::LeadsToTotal;
using clause::PartOfYear;
using clause::PerfectEventAt;
using clause::Split;
using clause::TellsEvent;
using clause::TitleCase;
using clause::Word;
using reader::Is;
using reader::WordRole;

bool OpensWithVerb(std::string_view w) { return Is(WordRole::kOpeningVerb, w); }

bool SpeechWord(std::string_view w) {
  // Not "added" ("industrial added value") nor "reported" ("reported
  // profits"): before a figure they are more often its measure.
  return In(w, {"said", "says", "say", "told", "tells", "according", "speaking",
                "noted", "announced", "stated", "explained"});
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
    // "#3": a small count; "500" of "the Global 500 list", a name's.
    if (stem.empty() || stem[0] == '#' ||
        std::isdigit(static_cast<unsigned char>(stem[0])))
      continue;
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
  // A verb of what a text holds ("the plan contains 23 actions") names no
  // measure at all.
  if (before > a && Is(WordRole::kContentVerb, words[before - 1].lower))
    for (const Lexicon::Term& t :
         lexicon.CanonicalizeWord(words[before - 1].lower))
      for (auto& [term, weight] : f->terms)
        if (term == t.stem) weight = std::min(weight, kOtherClauseWeight);
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

namespace {

// The word an opening word is the subject of when it is a verb: the next
// one, past an adverb ("Shenzhen just passed 24,000 …"), in the same clause.
const Word* VerbAfter(const Clauses& c, size_t k) {
  size_t v = k + 1;
  if (v < c.words.size() && Is(WordRole::kOpeningAdverb, c.words[v].lower)) ++v;
  if (v >= c.words.size()) return nullptr;
  auto cut = std::lower_bound(c.cuts.begin(), c.cuts.end(), c.words[k].end);
  if (cut != c.cuts.end() && *cut < c.words[v].start) return nullptr;
  return &c.words[v];
}

// A claim's names anywhere before its figures, not only in their own
// clauses: "The capital, Beijing, reported GDP of …", "In Beijing, GDP
// was …", "Beijing, by comparison, used …". A name the sources never use
// keeps a figure from being refuted (decide.cc): it may be another
// place's. The opening word counts when a comma or a verb follows it, or
// it is possessive or an acronym.
void NoteSentenceNames(std::string_view text, const Clauses& c,
                       SentenceFigures& sf, const Lexicon& lexicon) {
  // Clause by clause, in one pass each (a sentence of a thousand words and
  // figures is read in n log n): whether it holds a figure, and a word of
  // saying. (Not who says so: ", Reuters reported", ", analyst Li Ming
  // said": a clause with a word of saying and no figure.)
  auto clause_of = [&](uint32_t at) {
    return static_cast<size_t>(
        std::upper_bound(c.cuts.begin(), c.cuts.end(), at) - c.cuts.begin());
  };
  std::vector<bool> has_figure(c.cuts.size() + 1, false);
  std::vector<bool> says(c.cuts.size() + 1, false);
  uint32_t last_start = 0;
  for (const Figure& f : sf.figures) {
    has_figure[clause_of(f.start)] = true;
    last_start = std::max(last_start, f.start);
  }
  for (const Word& x : c.words)
    if (SpeechWord(x.lower) || Is(WordRole::kReportingVerb, x.lower) ||
        Is(WordRole::kSayVerb, x.lower) || Is(WordRole::kSpeechVerb, x.lower))
      says[clause_of(x.start)] = true;
  std::vector<std::string> names;
  constexpr size_t kMaxNames = 32;
  for (size_t k = 0; k < c.words.size() && names.size() < kMaxNames; ++k) {
    const Word& w = c.words[k];
    // (Before the last figure: after it come places and times of another
    // kind, "drew crowds to the Bund".)
    if (w.end > last_start) break;
    const size_t clause = clause_of(w.start);
    if (!w.capital || w.end - w.start < 2 || CalendarWord(w.lower) ||
        lexicon.IsStopword(w.lower) || (says[clause] && !has_figure[clause]))
      continue;
    // A credit in brackets: "SHANGHAI, March 29 (Reuters) -".
    if (w.start > 0 && text[w.start - 1] == '(' && w.end < text.size() &&
        text[w.end] == ')')
      continue;
    auto after = std::upper_bound(
        sf.figures.begin(), sf.figures.end(), w.start,
        [](uint32_t at, const Figure& f) { return at < f.start; });
    if (after != sf.figures.begin() && w.end <= (after - 1)->end) continue;
    if (k == 0 && !w.possessive && !w.acronym) {
      const Word* next = k + 1 < c.words.size() ? &c.words[k + 1] : nullptr;
      auto cut = std::lower_bound(c.cuts.begin(), c.cuts.end(), w.end);
      // (A comma, not a label's colon: "Update: Shanghai set up …".)
      const bool comma = next != nullptr && cut != c.cuts.end() &&
                         *cut < next->start && text[*cut] == ',';
      // (Or a change verb: "Wuhan gained 30 labs"; whether the word is a
      // name no source uses is the decider's to tell.)
      const Word* v = VerbAfter(c, k);
      const bool verb = v != nullptr && !v->capital &&
                        (Is(WordRole::kOpeningVerb, v->lower) ||
                         Is(WordRole::kChangeVerb, v->lower));
      if (!comma && !verb) continue;
      if (verb) {
        std::vector<std::string> subject;
        AddStems(w.lower, lexicon, &subject);
        for (Figure& f : sf.figures)
          if (f.start > w.end && !subject.empty()) f.subject_name = subject[0];
      }
    }
    AddStems(w.lower, lexicon, &names);
  }
  for (Figure& f : sf.figures) f.sentence_names = names;
}

}  // namespace

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
      // Takes `a` back to the start of the clause before the cut at
      // `cut_at` (a clause's first offset).
      auto take_clause_before = [&](uint32_t cut_at) {
        auto cut = std::lower_bound(c.cuts.begin(), c.cuts.end(), cut_at);
        uint32_t before = cut == c.cuts.begin()
                              ? sf.sentence.start
                              : std::max(sf.sentence.start, *(cut - 1));
        while (a > 0 && c.words[a - 1].start >= before) --a;
      };
      // A figure that opens its clause takes the clause before as its
      // lead ("New foreign-invested enterprises; 7,200" in a table row).
      if (first_after == a && a > 0) {
        take_clause_before(lo);
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
        take_clause_before(lo);
        // Past an attribution between them ("…, organisers said, a 6.7
        // percent increase"): the clause before it.
        bool said = false;
        size_t words = 0;
        for (size_t k = a; k < c.words.size() && c.words[k].start < lo; ++k) {
          said = said || SpeechWord(c.words[k].lower);
          ++words;
        }
        if (said && words <= 4 && a > 0) {
          auto opens =
              std::lower_bound(c.cuts.begin(), c.cuts.end(), c.words[a].start);
          take_clause_before(opens == c.cuts.begin() ? sf.sentence.start
                                                     : *(opens - 1));
        }
      }
      // So does one that only leads to the running total of the figure
      // before ("…, taking its tally to 965").
      const size_t fig = std::max(a, word_from(f.start));
      bool lead_only = a > 0 && LeadsToTotal(c.words, a, fig);
      for (size_t k = a; k < fig && lead_only; ++k)
        lead_only = lexicon.IsStopword(c.words[k].lower) ||
                    Is(WordRole::kTotalVerb, c.words[k].lower) ||
                    Is(WordRole::kTotalNoun, c.words[k].lower);
      if (lead_only) take_clause_before(lo);
      // A clause that opens with its verb has its subject further back, at
      // the sentence's start: past an apposition ("Ningbo-Zhoushan Port, the
      // country's second-busiest, handled 35.3 million TEUs")
      // (or past a figure of its own: "X, now worth 250 billion yuan,
      // accounts for a third …").
      // So does one joined on with its verb alone ("…, and has now stayed
      // above $20 billion"): the subject is the first clause's.
      size_t verb = a;
      if (verb < first_after && In(c.words[verb].lower, {"and", "but"})) ++verb;
      while (verb < first_after &&
             In(c.words[verb].lower, {"now", "also", "still", "since"}))
        ++verb;
      if (verb < first_after && a > 0 && OpensWithVerb(c.words[verb].lower)) {
        a = 0;
        for (size_t k = a; k < first_after; ++k)
          if (SpeechWord(c.words[k].lower)) a = k + 1;
      }
      // (A comma the list reading kept inside the clause may open it too:
      // the subject is then the clause's before the apposition.)
      for (size_t k = a + 1; k < first_after && a > 0; ++k) {
        uint32_t at = c.words[k].start;
        while (at > 0 && text[at - 1] == ' ') --at;
        if (at > 0 && text[at - 1] == ',' && OpensWithVerb(c.words[k].lower)) {
          // From the cut that opens the apposition (a's clause).
          auto opens =
              std::lower_bound(c.cuts.begin(), c.cuts.end(), c.words[a].start);
          take_clause_before(opens == c.cuts.begin() ? sf.sentence.start
                                                     : *(opens - 1));
          break;
        }
      }
      if (mode == ReadMode::kClaim) {
        KeepOwnClause(c.words, a, b, lexicon, &f);
        NoteVerb(c.words, a, b, lexicon, &f);
        // (None when the clause denies them: "are not yet complete".)
        bool denied = false;
        for (size_t k = a; k < b; ++k)
          denied = denied || In(c.words[k].lower,
                                {"not", "no", "none", "never", "yet", "nor"});
        if (a < b && !denied)
          f.states = reader::StatesIn(AsciiLower(text.substr(
              c.words[a].start, c.words[b - 1].end - c.words[a].start)));
        // "Each of the four clusters has reached 1 trillion yuan": a
        // figure of every one of a set, not their total; not a rate's base
        // ("each unit of added value", "each resident").
        for (size_t k = a; k < b; ++k)
          f.each = f.each || c.words[k].lower == "apiece" ||
                   (c.words[k].lower == "each" &&
                    !(k + 1 < c.words.size() &&
                      (c.words[k + 1].lower == "unit" ||
                       c.words[k + 1].lower == "year" ||
                       Is(WordRole::kPerUnit, c.words[k + 1].lower))));
        // "The share of … rose 3.3 percent": a change of a share, not of
        // what it is a share of.
        for (size_t k = a; k < b; ++k)
          f.of_share = f.of_share ||
                       In(c.words[k].lower, {"share", "proportion", "slice",
                                             "portion", "weight"});
        if (a < c.words.size() && c.words[a].start < f.start) {
          std::vector<int> editions = reader::EditionsIn(
              text.substr(c.words[a].start, f.start - c.words[a].start));
          if (!editions.empty()) f.edition = editions.back();
        }
      }
      // "gained 30 foreign R&D centres": a rise told of a count of things
      // named after it is the new ones, not the change of a level.
      const bool verb_before =
          first_after > 0 && first_after - 1 < c.words.size() &&
          Is(WordRole::kChangeVerb, c.words[first_after - 1].lower);
      if (f.quantity.unit.IsCount() && f.quantity.kind == Kind::kChange &&
          f.quantity.direction > 0 && first_after < b && verb_before &&
          c.words[first_after].start >= f.end &&
          !lexicon.IsStopword(c.words[first_after].lower) &&
          !In(c.words[first_after].lower,
              {"more", "fewer", "less", "year", "compared", "percent"})) {
        f.quantity.kind = Kind::kLevel;
        f.quantity.direction = 0;
        f.aspect = Aspect::kNew;
      }
      if (f.aspect != Aspect::kNew)
        f.aspect = AspectOf(c.words, a, b, first_after, part_of_year,
                            f.quantity.unit.IsCount());
      // "At the end of 2023, the city had 1,771 …", "By 2022, it had
      // signed 690 …": an opening clause that is only an as-of date makes
      // the count what there was then.
      if ((f.aspect == Aspect::kPlain ||
           (f.aspect == Aspect::kNew && !HasPhrase(c.words, a, b, "new") &&
            !HasPhrase(c.words, a, b, "newly"))) &&
          f.quantity.unit.IsCount() && !c.cuts.empty() &&
          word_from(c.cuts.front()) <= 7 && c.cuts.front() < f.start &&
          (HasPhrase(c.words, 0, word_from(c.cuts.front()), "end of") ||
           HasPhrase(c.words, 0, word_from(c.cuts.front()), "as of") ||
           (!c.words.empty() && c.words.front().lower == "by")) &&
          !HasPhrase(c.words, a, b, "that year") &&
          !HasPhrase(c.words, a, b, "this year"))
        f.aspect = Aspect::kTotal;
      if (f.quantity.unit.IsCount() && LeadsToTotal(c.words, a, fig))
        f.aspect = Aspect::kTotal;
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
      // In a claim, one amount for a set its clause lists or counts
      // ("chips, biomedicine and AI reached 1.6 trillion yuan", "the
      // three industries reached …", "570 companies have raised 900
      // billion yuan") is theirs added up, as "together" says; not "…
      // each", "all"/"both" (each one's), one of several amounts
      // ("… 390 billion, 980 billion and 400 billion yuan respectively"),
      // a count (the year's new ones or a total), a share, a rate, nor a
      // change ("6,017 firms, up 33.8 percent" is the count's).
      bool one_amount = !HasPhrase(c.words, 0, c.words.size(), "respectively");
      for (size_t k = a; k < b && one_amount; ++k)
        one_amount = !In(c.words[k].lower, {"all", "both"});
      for (const Figure& g : sf.figures)
        one_amount = one_amount && (&g == &f || g.end <= lo || g.start >= hi ||
                                    !(g.quantity.unit == f.quantity.unit));
      if (mode == ReadMode::kClaim && f.aspect == Aspect::kPlain &&
          f.counted >= 2 && f.set_subject && !f.each && one_amount &&
          f.quantity.kind == Kind::kLevel && !f.quantity.unit.IsCount() &&
          !f.quantity.unit.IsPercent() && !f.quantity.unit.IsRate())
        f.aspect = Aspect::kCombined;
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
          for (const Lexicon::Term& t : lexicon.CanonicalizeWord(w.lower))
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
          for (const Lexicon::Term& t : lexicon.CanonicalizeWord(w.lower))
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
          // (Not a change verb: "Output grew 4 percent" is no name's.)
          const Word* v = VerbAfter(c, k);
          bool subject = v != nullptr && !v->capital &&
                         Is(WordRole::kOpeningVerb, v->lower) &&
                         !Is(WordRole::kChangeVerb, v->lower);
          if (!place && !longer_name && !place_noun && !subject) continue;
        }
        if (CalendarWord(w.lower) || w.end - w.start < 2) continue;
        // The country that opens a longer name is the name's, not the
        // figure's place: "the China International Import Expo". ("Pudong
        // New Area" is a place's name; "the Singapore Data Exchange" is
        // Singapore's.)
        bool longer_name = k + 2 < c.words.size() && c.words[k + 1].capital &&
                           c.words[k + 2].capital;
        for (size_t n = k + 1;
             longer_name && n < c.words.size() && c.words[n].capital; ++n)
          if (Is(WordRole::kPlaceNoun, c.words[n].lower)) longer_name = false;
        if (longer_name) {
          bool place = false;
          for (const Lexicon::Term& t : lexicon.CanonicalizeWord(w.lower))
            place = place || lexicon.IsScope(t.stem);
          if (place) continue;
        }
        AddStems(w.lower, lexicon, &f.names);
      }
    }
    InheritPlaces(c, sf.sentence, lexicon, mode == ReadMode::kClaim,
                  &sf.figures);
    if (mode == ReadMode::kClaim && !title)
      NoteSentenceNames(text, c, sf, lexicon);
  }
}

}  // namespace figcheck
