// Reads the names of a text. Method: a name is a capitalised word, split at
// hyphens, stemmed and folded through the lexicon, that is no stopword,
// month or day name, nor a place noun ("District" of "Pudong District"); a
// sentence's opening word only when possessive or an acronym; in a headline
// in title case none. A place designated by the text is a capitalised word
// before a capitalised place noun ("Minhang District", "Pudong New Area").
// A source's figure takes the names of the title and of the eight sentences
// before it at kContextNameWeight. Tested by tests/reader/names_test.cc and
// tests/reader/clause_frame_test.cc.
#include "core/reader/names.h"

#include <algorithm>
#include <cctype>

#include "core/reader/words.h"

namespace figcheck {
namespace clause {

using reader::Is;
using reader::WordRole;

bool CalendarWord(std::string_view w) {
  return In(w, {"january", "february",  "march",    "april",     "may",
                "june",    "july",      "august",   "september", "sept",
                "october", "november",  "december", "jan",       "feb",
                "mar",     "apr",       "jun",      "jul",       "aug",
                "sep",     "oct",       "nov",      "dec",       "monday",
                "tuesday", "wednesday", "thursday", "friday",    "saturday",
                "sunday"});
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

// A figure whose clause names nothing takes the place of a short opening
// clause ("Nationwide, 53,766 firms were set up, up 39.7 percent"), else
// that of the figure before it in the sentence, which it follows on from
// ("In 2023, Shenzhen Port handled 30 million TEUs, up 4.9 percent").
void InheritPlaces(const Clauses& c, Span s, const Lexicon& lexicon,
                   bool all_names, std::vector<Figure>* figures) {
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
  // A claim's owners, named possessive ("Jiangsu's", "Tesla's"), are
  // places or makers whether or not the lexicon knows them as places.
  std::vector<std::string> owners;
  if (all_names)
    for (const Word& w : c.words)
      if (w.capital && w.possessive) AddStems(w.lower, lexicon, &owners);
  std::vector<std::string> before;
  for (Figure& f : *figures) {
    if (f.names.empty()) {
      f.names = before.empty() ? lead : before;
    }
    before = places_of(f.names);
    for (const std::string& n : f.names)
      if (std::find(owners.begin(), owners.end(), n) != owners.end() &&
          std::find(before.begin(), before.end(), n) == before.end())
        before.push_back(n);
  }
}

bool NumberEndsName(std::string_view lower, std::string_view original, Span s,
                    uint32_t a) {
  auto letter = [&](uint32_t i) {
    return std::isalpha(static_cast<unsigned char>(original[i])) != 0;
  };
  if (a < s.start + 3 || original[a - 1] != ' ') return false;
  uint32_t k = a - 1;
  while (k > s.start && letter(k - 1)) --k;
  if (k == s.start || a - 1 - k < 2 ||
      !std::isupper(static_cast<unsigned char>(original[k])) ||
      !std::islower(static_cast<unsigned char>(original[a - 2])))
    return false;
  const std::string word(lower.substr(k, a - 1 - k));
  if (CalendarWord(word) || Is(WordRole::kCurrency, word) ||
      Is(WordRole::kUnit, word) || Is(WordRole::kLabel, word))
    return false;
  // Plain digits, no unit or scale after them: not "Shanghai 5%", "In
  // Pudong 6,017 firms", "Shanghai 4.7 trillion".
  uint32_t b = a;
  while (b < s.end && std::isdigit(static_cast<unsigned char>(original[b])))
    ++b;
  if (b < s.end && (original[b] == ',' || original[b] == '.' ||
                    original[b] == '%' || letter(b)))
    return false;
  uint32_t n = b;
  while (n < s.end && original[n] == ' ') ++n;
  uint32_t e = n;
  while (e < s.end && letter(e)) ++e;
  const std::string after(lower.substr(n, e - n));
  if (Is(WordRole::kScale, after) || Is(WordRole::kUnit, after)) return false;
  // Nothing but marks before the word: it opens the sentence; a
  // preposition: it is a place or a time ("in Shanghai 30 firms …").
  uint32_t j = k;
  while (j > s.start &&
         !std::isalnum(static_cast<unsigned char>(original[j - 1])))
    --j;
  if (j == s.start) return false;
  uint32_t p = j;
  while (p > s.start && letter(p - 1)) --p;
  if (In(std::string(lower.substr(p, j - p)),
         {"in", "at", "for", "from", "of", "to", "by", "on", "with", "across"}))
    return false;
  // Not in a headline in title case: no longer word in lower case.
  for (uint32_t i = s.start; i < s.end;) {
    uint32_t w = i;
    while (w < s.end && letter(w)) ++w;
    if (w - i >= 4 && std::islower(static_cast<unsigned char>(original[i])))
      return true;
    i = w + 1;
  }
  return false;
}

}  // namespace clause

namespace {

using clause::AddStems;
using clause::CalendarWord;
using clause::Clauses;
using clause::Split;
using clause::TitleCase;
using clause::Word;
using reader::Is;
using reader::WordRole;

// The names of a stretch of text: capitalised words past the first of each
// sentence, possessives and acronyms.
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
  // A place noun, singular or plural ("provinces", "cities").
  auto place_noun = [](const std::string& w) {
    if (Is(WordRole::kPlaceNoun, w)) return true;
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0)
      return Is(WordRole::kPlaceNoun, w.substr(0, w.size() - 3) + "y");
    return w.size() > 1 && w.back() == 's' &&
           Is(WordRole::kPlaceNoun, w.substr(0, w.size() - 1));
  };
  for (Span s : SplitSentences(text)) {
    Clauses c = Split(text, s);
    // "the provinces of Jiangsu, Zhejiang and Anhui", "the city of Ningbo".
    for (size_t k = 0; k + 2 < c.words.size(); ++k) {
      if (c.words[k].capital || !place_noun(c.words[k].lower) ||
          c.words[k + 1].lower != "of")
        continue;
      for (size_t j = k + 2; j < c.words.size(); ++j) {
        const Word& w = c.words[j];
        if (w.lower == "and" || w.lower == "or") continue;
        if (!w.capital || w.lower.size() < 2) break;
        if (!place_noun(w.lower) && w.lower != "new") out.push_back(w.lower);
      }
    }
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
