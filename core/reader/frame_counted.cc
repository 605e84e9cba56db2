// What a count counts, and the whole a share is of. Method: the content
// words right after a count, up to the first function word, separator,
// scope or figure (a participle after the noun ends them; "of the"/"of
// these" makes it part of a set, "pieces of" looks past "of"); a count that
// names nothing, joined to the count before it, counts the same things; a
// share's whole is the content words after its "of", past the whole's
// scope ("the country's", "national"). Tested by tests/reader/frame_test.cc
// and tests/reader_test.cc. Also the framer's word indexes (where a word
// starts and ends, the clause breaks) and the set a claim's figure is of.
#include <algorithm>
#include <utility>

#include "core/agreement.h"
#include "core/reader/clauses.h"
#include "core/reader/framer.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {

void FigureFramer::IndexWords() {
  word_start_.resize(words_.size());
  word_end_.resize(words_.size());
  for (size_t k = 0; k < words_.size(); ++k) {
    word_start_[k] = words_[k].start;
    word_end_[k] = words_[k].end;
  }
  clause_breaks_.clear();
  for (uint32_t b : boundaries_)
    if (lower_[b] != '(' && lower_[b] != ')') clause_breaks_.push_back(b);
}

size_t FigureFramer::WordsBefore(uint32_t pos) const {
  return static_cast<size_t>(
      std::upper_bound(word_end_.begin(), word_end_.end(), pos) -
      word_end_.begin());
}

size_t FigureFramer::FirstWordFrom(uint32_t pos) const {
  return static_cast<size_t>(
      std::lower_bound(word_start_.begin(), word_start_.end(), pos) -
      word_start_.begin());
}

bool FigureFramer::ClauseIn(uint32_t x, uint32_t y) const {
  if (x > y) std::swap(x, y);
  auto it = std::lower_bound(clause_breaks_.begin(), clause_breaks_.end(), x);
  return it != clause_breaks_.end() && *it < y;
}

namespace {

// Where the list of a count's members ends its last separator, when the
// words after the count name them, as many as it counts: "[three]
// industries of chips, drugs and AI have drawn" → past "and "; 0 when
// they do not. What follows is the last member and the verb.
size_t MembersListed(std::string_view gap, double count) {
  const size_t of = gap.find(" of ");
  if (count < 2 || of == std::string_view::npos ||
      gap.substr(0, of).find_first_of(",;:()") != std::string_view::npos)
    return 0;
  double items = 1;
  size_t last = 0;
  for (size_t k = of + 4; k < gap.size(); ++k) {
    if (gap[k] == ',') {
      ++items;
      if (gap.compare(k + 1, 5, " and ") == 0 ||
          gap.compare(k + 1, 4, " or ") == 0)
        k += 4;
      last = k + 1;
    } else if (gap.compare(k, 5, " and ") == 0 ||
               gap.compare(k, 4, " or ") == 0) {
      ++items;
      k += 3;
      last = k + 1;
    }
  }
  return items == count ? last : 0;
}

}  // namespace

bool FigureFramer::SubjectCount(size_t j, size_t i) const {
  const Mention& a = mentions_[j];
  const Mention& b = mentions_[i];
  if (j >= i || !a.q.unit.IsCount() || a.fraction) return false;
  // Past a list of the count's members, the rest must be one clause.
  const uint32_t from =
      a.end +
      static_cast<uint32_t>(MembersListed(
          std::string_view(lower_.data() + a.end, b.start - a.end), a.q.value));
  std::string_view gap(lower_.data() + from, b.start - from);
  if (ClauseIn(from, b.start) ||
      gap.find_first_of(",;:()") != std::string_view::npos)
    return false;
  for (size_t k = WordsBefore(from);
       k < words_.size() && words_[k].start < b.start; ++k)
    if (words_[k].start >= from &&
        (words_[k].lower == "and" || words_[k].lower == "or" ||
         words_[k].lower == "plus"))
      return false;
  return true;
}

int FigureFramer::CountedSet(size_t i, uint32_t own_lo, bool* subject) const {
  const Mention& m = mentions_[i];
  int counted = 0;
  *subject = false;
  for (size_t j = 0; j < i; ++j)
    if (SubjectCount(j, i)) {
      if (mentions_[j].q.value >= 2 && mentions_[j].q.value < 1e6) {
        counted = static_cast<int>(mentions_[j].q.value);
        *subject = true;
      }
      break;
    }
  // Past an aside: "Shanghai's six key industries, including autos,
  // posted …"; not a part of them, "Of the six key industries, autos
  // posted …".
  if (counted == 0 && i > 0 && mentions_[i - 1].q.unit.IsCount() &&
      mentions_[i - 1].q.value >= 2 && mentions_[i - 1].q.value < 1e6) {
    const Mention& j = mentions_[i - 1];
    std::string_view gap(lower_.data() + j.end, m.start - j.end);
    bool joined = gap.find_first_of(";:()") != std::string_view::npos;
    for (size_t k = WordsBefore(j.end);
         k < words_.size() && words_[k].end <= m.start; ++k)
      joined = joined || words_[k].lower == "and" || words_[k].lower == "or";
    const size_t before = WordsBefore(j.start);
    const bool part = before > 0 && clause::In(words_[before - 1].lower,
                                               {"of", "among", "from"});
    if (!joined && !part) counted = static_cast<int>(j.q.value);
  }
  // (A list with a comma inside the clause: "life and health" is one
  // industry, and the comma after "In 2021," lists nothing.)
  const size_t first = FirstWordFrom(own_lo);
  int commas = 0;
  for (size_t k = first + 1;
       counted == 0 && k < words_.size() && words_[k].end <= m.start; ++k) {
    if (ClauseIn(words_[k].end, m.start)) continue;
    const size_t comma = lower_.find(',', words_[k - 1].end);
    if (comma < words_[k].start && ListComma(static_cast<uint32_t>(comma)))
      ++commas;
    if (words_[k].lower == "and" && commas > 0) {
      counted = commas + 2;
      *subject = true;
    }
  }
  return counted;
}

void FigureFramer::CountThings(size_t i, const std::vector<bool>& word_stop,
                               Figure* figure) const {
  const Mention& m = mentions_[i];
  const std::vector<Lexicon::Term>& terms = terms_;
  const std::vector<bool>& term_stop = term_stop_;
  Figure& f = *figure;
  // What a count counts: the content words right after it, up to the
  // first function word, separator or figure ("33 specific actions
  // across …" → specific, action).
  // A rate of a count ("2.6 robots for every 100 people") counts the
  // words between its number and its base; "units" there names nothing.
  bool rate = m.q.unit.IsRate() && m.q.unit.Numerator().IsCount();
  constexpr size_t kNoWord = static_cast<size_t>(-1);
  size_t last_noun = kNoWord;
  if ((m.q.unit.IsCount() || rate) && !m.fraction) {
    uint32_t from = rate ? m.num_end : m.end;
    const uint32_t stop = StretchEnd(i, from);
    // "Five of the Hongqiao measures": part of a set counts what the set
    // holds.
    size_t part_of = words_.size();
    for (size_t k = 0; k + 1 < words_.size(); ++k)
      if (words_[k].start >= from && words_[k].start < stop) {
        if (words_[k].lower == "of" &&
            (words_[k + 1].lower == "the" || words_[k + 1].lower == "its" ||
             words_[k + 1].lower == "these" || words_[k + 1].lower == "those" ||
             words_[k + 1].lower == "their"))
          part_of = k + 1;
        break;
      }
    for (size_t k = 0; k < words_.size(); ++k) {
      const Word& w = words_[k];
      if (w.start < from || w.start >= stop ||
          (part_of < words_.size() && k <= part_of))
        continue;
      if ((word_stop[k] || rate) && f.nouns.empty() &&
          Is(WordRole::kCountModifier, w.lower))
        continue;
      // "8.2 million pieces of equipment": what is counted follows "of".
      if (f.nouns.empty() && w.lower == "of" && k > 0 &&
          Is(WordRole::kCountModifier, words_[k - 1].lower))
        continue;
      // Words joined by "and" before the noun they share ("172,000
      // domestic and overseas professionals"). A plural before "and"
      // ("countries and regions") or nothing after the next word makes it
      // a list of things, which the head noun ends.
      if ((w.lower == "and" || w.lower == "or") && !f.nouns.empty() && k > 0 &&
          words_[k - 1].lower.back() != 's' && k + 2 < words_.size() &&
          words_[k + 2].start < stop && !word_stop[k + 1] && !word_stop[k + 2])
        continue;
      // A function word inside a compound modifier does not end them:
      // "713 municipal-level technology centers".
      bool compound = (w.end < s_.end && lower_[w.end] == '-') ||
                      (w.start > 0 && lower_[w.start - 1] == '-');
      if (word_stop[k] && compound && k + 1 < words_.size() &&
          words_[k + 1].start < stop)
        continue;
      if (word_stop[k] || f.nouns.size() >= 4) break;
      // So does a scope: "8.2 million facilities nationwide".
      if (Is(WordRole::kRankScope, w.lower)) break;
      // A participle after the noun ends it: "70,000 foreign companies
      // established", not "foreign-invested enterprises".
      const std::string& l = w.lower;
      if (!f.nouns.empty() && l.size() >= 5 &&
          l.compare(l.size() - 2, 2, "ed") == 0 &&
          l.compare(l.size() - 3, 3, "eed") != 0 &&
          (w.start == 0 || lower_[w.start - 1] != '-'))
        break;
      // So does one in -ing after a plural ("72 nations showcasing their
      // prowess"); after a singular it makes a compound ("vehicle
      // charging stations").
      if (!f.nouns.empty() && k > 0 && l.size() >= 6 &&
          l.compare(l.size() - 3, 3, "ing") == 0 &&
          words_[k - 1].lower.back() == 's' &&
          (w.start == 0 || lower_[w.start - 1] != '-'))
        break;
      for (size_t ti = 0; ti < terms.size(); ++ti)
        if (terms[ti].word == k && !term_stop[ti]) {
          f.nouns.push_back(terms[ti].stem);
          last_noun = k;
        }
    }
    for (const std::string& u : m.unit_terms) f.nouns.push_back(u);
    // In a claim, what follows the counted things in their stretch says
    // what they are for or where ("33 actions to turn Hongqiao into a
    // trade hub", "… under its pilot reform"), not what is counted: it
    // weighs less than the things themselves.
    if (mode_ == ReadMode::kClaim && !rate && last_noun != kNoWord) {
      // "150 countries and regions": a thing joined to the head is counted.
      size_t head_end = last_noun;
      if (head_end + 2 < words_.size() &&
          (words_[head_end + 1].lower == "and" ||
           words_[head_end + 1].lower == "or"))
        head_end += 2;
      // Up to the verb: what the things did after it says which they are
      // ("72 countries took part in the national exhibition").
      size_t verb = words_.size();
      for (size_t k = head_end + 1; k < words_.size() && words_[k].start < stop;
           ++k) {
        const std::string& l = words_[k].lower;
        // (Not a copula: "five measures are about turning exhibits into
        // goods" says what they are for.)
        if (clause::In(l, {"are", "is", "was", "were", "be", "been", "has",
                           "have", "had"}))
          continue;
        if (Is(WordRole::kPastVerb, l) || Is(WordRole::kOpeningVerb, l) ||
            clause::In(l, {"took", "take", "takes"})) {
          verb = k;
          break;
        }
      }
      for (size_t ti = 0; ti < terms.size(); ++ti) {
        const size_t k = terms[ti].word;
        if (k <= head_end || k > verb || words_[k].start >= stop) continue;
        const std::string& stem = terms[ti].stem;
        if (std::find(f.nouns.begin(), f.nouns.end(), stem) != f.nouns.end())
          continue;
        for (auto& [term, weight] : f.terms)
          if (term == stem) weight = std::min(weight, kPostModifierWeight);
      }
    }
  }
}

void FigureFramer::ShareCountedThings(std::vector<Figure>* figures) const {
  for (size_t i = 1; i < figures->size(); ++i) {
    Figure& f = (*figures)[i];
    const Mention& m = mentions_[i];
    const Figure& before = (*figures)[i - 1];
    if (!m.q.unit.IsCount() || m.fraction || m.parenthetical ||
        !before.quantity.unit.IsCount())
      continue;
    // "561 … after 30 new ones opened": "ones" are what it counts.
    bool ones = false;
    for (const Word& w : words_)
      if (w.start >= m.end) {
        if (Is(WordRole::kCountModifier, w.lower)) continue;
        ones = w.lower == "ones";
        break;
      }
    // Within one clause or list: not past ";", ":" or brackets.
    std::string_view gap(lower_.data() + mentions_[i - 1].end,
                         m.start - mentions_[i - 1].end);
    if (gap.find_first_of(";:()") != std::string_view::npos) continue;
    if (!ones) {
      if (!f.nouns.empty() || before.nouns.empty()) continue;
      bool joined = false;
      for (const Word& w : words_)
        if (w.start >= mentions_[i - 1].end && w.end <= m.start)
          joined = joined || w.lower == "and" || w.lower == "plus" ||
                   w.lower == "or";
      // "40 of them": a part of what is counted, not more of it.
      if (!joined || WordAt(m.end) == "of") continue;
      // "and 40 are in Pudong": a name after it makes it a part
      // elsewhere.
      const uint32_t stop = StretchEnd(i, m.end);
      bool named = false;
      for (const Word& w : words_)
        if (w.start >= m.end && w.end <= stop && original_[w.start] >= 'A' &&
            original_[w.start] <= 'Z')
          named = true;
      if (named) continue;
    }
    f.nouns = before.nouns;
    for (const auto& [stem, weight] : before.terms) {
      if (weight < 0.7f) continue;
      auto it = std::find_if(
          f.terms.begin(), f.terms.end(),
          [&stem = stem](const auto& t) { return t.first == stem; });
      if (it == f.terms.end())
        f.terms.emplace_back(stem, weight * 0.95f);
      else
        it->second = std::max(it->second, weight * 0.95f);
    }
  }
}

int FigureFramer::StatedWhole(size_t i) const {
  const Mention& m = mentions_[i];
  if (mode_ != ReadMode::kClaim || !m.q.unit.IsPercent() ||
      m.q.kind != Kind::kLevel || i + 1 >= mentions_.size())
    return -1;
  const Mention& whole = mentions_[i + 1];
  if (!whole.q.unit.IsCount() || whole.q.kind != Kind::kLevel ||
      !IsPoint(whole.q.qualifier))
    return -1;
  std::string_view gap(lower_.data() + m.end, whole.start - m.end);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  if (gap != " of" && gap != " of the" && gap != " of its" &&
      gap != " of their" && gap != " of all" && gap != " of all the")
    return -1;
  // Not of what the things own: "40% of the 2,000 firms' revenue".
  for (size_t k = FirstWordFrom(whole.end);
       k < words_.size() && k < FirstWordFrom(whole.end) + 4 &&
       !ClauseIn(whole.end, words_[k].start);
       ++k) {
    const uint32_t end = words_[k].end;
    if (end < s_.end &&
        (lower_[end] == '\'' || lower_.compare(end, 3, "\xE2\x80\x99") == 0))
      return -1;
  }
  return static_cast<int>(i + 1);
}

void FigureFramer::ShareOf(size_t i, Figure* f) const {
  const Mention& m = mentions_[i];
  size_t k = 0;
  while (k < words_.size() && words_[k].start < m.end) ++k;
  if (k >= words_.size() || words_[k].lower != "of") return;
  const int whole = StatedWhole(i);
  if (whole >= 0) f->of_count = mentions_[static_cast<size_t>(whole)].q.value;
  const uint32_t stop = StretchEnd(i, m.end);
  // The whole's scope ("the world's total", "the national total"), kept
  // when nothing more is named: a share of the world's is not of China's.
  std::string scope;
  for (++k; k < words_.size() && words_[k].end <= stop; ++k) {
    const Word& w = words_[k];
    const bool possessive =
        w.end < s_.end && (lower_[w.end] == '\'' ||
                           lower_.compare(w.end, 3, "\xE2\x80\x99") == 0);
    if (f->nouns.empty() &&
        (possessive || w.lower == "the" || w.lower == "its" ||
         w.lower == "their" || Is(WordRole::kRankHolder, w.lower) ||
         w.lower == "national" || w.lower == "global")) {
      for (size_t ti = 0; ti < terms_.size(); ++ti)
        if (terms_[ti].word == k && lexicon_.IsScope(terms_[ti].stem))
          scope = terms_[ti].stem;
      continue;
    }
    // A participle after a plural ends the whole: "of mobile games grossing
    // over 10 million yuan".
    const std::string& l = w.lower;
    if (!f->nouns.empty() && k > 0 && l.size() >= 6 &&
        l.compare(l.size() - 3, 3, "ing") == 0 &&
        words_[k - 1].lower.back() == 's')
      break;
    bool content = false;
    for (size_t ti = 0; ti < terms_.size(); ++ti)
      if (terms_[ti].word == k && !term_stop_[ti]) {
        f->nouns.push_back(terms_[ti].stem);
        content = true;
      }
    if (!content || f->nouns.size() >= 3) break;
  }
  if (f->nouns.empty() && !scope.empty()) f->nouns.push_back(scope);
}

}  // namespace reader
}  // namespace figcheck
