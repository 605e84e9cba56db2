// Frames each figure of a sentence. Method: the sentence's words are
// canonicalised through the lexicon; each figure owns the stretch between
// its neighbours' separators and weighs every term by its distance in
// content words, less outside its stretch, after a clause mark, inside an
// attribution or a "per" phrase. Lists that share a head, "respectively"
// lists, parts ("of which") and parenthetical conversions pass subjects
// between figures. Tested by tests/reader/frame_test.cc and
// tests/reader_test.cc.
#include "core/reader/frame.h"

#include <algorithm>
#include <map>

#include "core/reader/clauses.h"
#include "core/reader/patterns.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

// In a claim, words in another figure's own stretch of the sentence: each
// clause states its own figure ("GDP reached X, and the port handled Y").
// Sources keep the sentence weight: they set subjects across clauses.
constexpr float kClaimOtherFigureWeight = 0.15f;
// In a claim, the words after what a count counts, in its stretch.
constexpr float kPostModifierWeight = 0.5f;

const std::vector<std::string_view>& PartOfPhrases() {
  static const auto* const kPhrases =
      new std::vector<std::string_view>(WordsOf(WordRole::kPartOf));
  return *kPhrases;
}

class FigureFramer : SentenceStage {
 public:
  FigureFramer(const SentenceText& t, const std::vector<Mention>& mentions,
               const std::vector<PeriodMention>& periods,
               const SentenceWords& words, Date date, const Lexicon& lexicon,
               ReadMode mode)
      : SentenceStage(t),
        mentions_(mentions),
        periods_(periods),
        words_(words.words),
        boundaries_(words.boundaries),
        date_(date),
        lexicon_(lexicon),
        mode_(mode) {}

  FramedSentence Frame() {
    FramedSentence out;
    out.figures = Read();
    out.terms = AllTerms();
    return out;
  }

 private:
  std::vector<Figure> Read();
  std::vector<std::pair<std::string, float>> AllTerms() const;

  // "95 national-level and 713 municipal-level centres, plus more than
  // 1,600 at district level": a count that names nothing it counts, joined
  // to the count before it, counts the same things.
  void ShareCountedThings(std::vector<Figure>* figures) const {
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
      if (!ones) {
        if (!f.nouns.empty() || before.nouns.empty()) continue;
        std::string_view gap(lower_.data() + mentions_[i - 1].end,
                             m.start - mentions_[i - 1].end);
        if (gap.find_first_of(";:()") != std::string_view::npos) continue;
        bool joined = false;
        for (const Word& w : words_)
          if (w.start >= mentions_[i - 1].end && w.end <= m.start)
            joined = joined || w.lower == "and" || w.lower == "plus" ||
                     w.lower == "or" || w.lower == "while";
        // "40 of them": a part of what is counted, not more of it.
        if (!joined || WordAt(m.end) == "of") continue;
        // "and 40 are in Pudong": a name after it makes it a part
        // elsewhere.
        uint32_t stop =
            i + 1 < mentions_.size() ? mentions_[i + 1].start : s_.end;
        for (uint32_t x : boundaries_)
          if (x >= m.end && x < stop) stop = x;
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
        auto it = std::find_if(f.terms.begin(), f.terms.end(),
                               [&](const auto& t) { return t.first == stem; });
        if (it == f.terms.end())
          f.terms.emplace_back(stem, weight * 0.95f);
        else
          it->second = std::max(it->second, weight * 0.95f);
      }
    }
  }

  // The whole a share is of, when it names one: "40% of the country's
  // talents" → talent; nothing for "25% of the country's total".
  void ShareOf(size_t i, Figure* f) const {
    const Mention& m = mentions_[i];
    size_t k = 0;
    while (k < words_.size() && words_[k].start < m.end) ++k;
    if (k >= words_.size() || words_[k].lower != "of") return;
    uint32_t stop = i + 1 < mentions_.size() ? mentions_[i + 1].start : s_.end;
    for (uint32_t x : boundaries_)
      if (x >= m.end && x < stop) stop = x;
    for (++k; k < words_.size() && words_[k].end <= stop; ++k) {
      const Word& w = words_[k];
      const bool possessive =
          w.end < s_.end && (lower_[w.end] == '\'' ||
                             lower_.compare(w.end, 3, "\xE2\x80\x99") == 0);
      // "the national total": the whole's scope, not what it is of.
      if (f->nouns.empty() &&
          (possessive || w.lower == "the" || w.lower == "its" ||
           w.lower == "their" || Is(WordRole::kRankHolder, w.lower) ||
           w.lower == "national" || w.lower == "global"))
        continue;
      bool content = false;
      for (size_t ti = 0; ti < terms_.size(); ++ti)
        if (terms_[ti].word == k && !term_stop_[ti]) {
          f->nouns.push_back(terms_[ti].stem);
          content = true;
        }
      if (!content || f->nouns.size() >= 3) break;
    }
  }

  const std::vector<Mention>& mentions_;
  const std::vector<PeriodMention>& periods_;
  const std::vector<Word>& words_;
  const std::vector<uint32_t>& boundaries_;

  // Whether the clause after boundary `b` is an aside: it opens an
  // attribution or a contrast, holds a relative clause ("…, at a fair which
  // has been held since 2021"), or says who said so ("…, the commission said
  // in September 2022": its date is the saying's).
  // The first clause mark at or after `at` that opens an aside, or the
  // sentence's end. Each mark is judged once per sentence (a sentence of
  // many figures is read in n log n).
  uint32_t FirstAsideFrom(uint32_t at) {
    if (!asides_ready_) {
      std::vector<uint32_t> sorted = boundaries_;
      std::sort(sorted.begin(), sorted.end());
      for (size_t k = 0; k < sorted.size(); ++k)
        if (OpensAside(sorted[k],
                       k + 1 < sorted.size() ? sorted[k + 1] : s_.end))
          asides_.push_back(sorted[k]);
      asides_ready_ = true;
    }
    auto it = std::lower_bound(asides_.begin(), asides_.end(), at);
    return it == asides_.end() ? s_.end : *it;
  }
  // `next`: the clause mark after `b`, or the sentence's end.
  bool OpensAside(uint32_t b, uint32_t next) const {
    uint32_t end = 0;
    std::string_view w = WordAt(b + 1, &end);
    for (std::string_view x :
         {"which", "who", "whose", "according", "while", "despite", "amid",
          "whereas", "although", "though"})
      if (w == x) return true;
    // Or it holds a relative clause, or who said so.
    for (uint32_t at = b + 1; at < next;) {
      w = WordAt(at, &end);
      if (w.empty() || end > next) break;
      for (std::string_view x : {"said", "says", "told", "noted", "announced",
                                 "added", "which", "who", "whose"})
        if (w == x) return true;
      at = end;
    }
    return false;
  }
  // The word at or after offset i (letters only), and where it ends.
  std::string_view WordAt(uint32_t i, uint32_t* end = nullptr) const {
    while (i < s_.end && !(lower_[i] >= 'a' && lower_[i] <= 'z')) ++i;
    uint32_t j = i;
    while (j < s_.end && lower_[j] >= 'a' && lower_[j] <= 'z') ++j;
    if (end != nullptr) *end = j;
    return std::string_view(lower_.data() + i, j - i);
  }
  // Whether the text from `from` (after a figure) to `to` (the next) goes
  // on from it in a participle clause: ", remaining No. 1 nationwide", ",
  // ranking first globally": the same time as the figure before.
  bool GoesOn(uint32_t from, uint32_t to) const {
    uint32_t comma = from;
    while (comma < to && lower_[comma] != ',') {
      if (lower_[comma] == ';' || lower_[comma] == '.') return false;
      ++comma;
    }
    if (comma >= to) return false;
    uint32_t end = 0;
    std::string_view w = WordAt(comma + 1, &end);
    return end <= to && w.size() > 4 && w.substr(w.size() - 3) == "ing";
  }
  // A comma in a list is not a clause mark (clauses.h).
  bool ListComma(uint32_t b) const {
    uint32_t next = s_.end;
    for (uint32_t x : boundaries_)
      if (x > b) next = std::min(next, x);
    return ListCommaAt(std::string_view(lower_.data(), s_.end), b, next);
  }
  // Whether a period before offset `at` can be the figure's: no clause
  // mark between them; or the period's clause holds little else (at most
  // three words: "by the end of", "as of"); or the figure's clause goes on
  // from it ("… hit a record in 2023, exceeding 3,300 trillion yuan").
  // The sentence's clause marks less its list commas, in text order (made
  // once, so that a sentence of many figures is read in n log n).
  const std::vector<uint32_t>& Marks() {
    if (!marks_ready_) {
      for (uint32_t b : boundaries_)
        if (!ListComma(b)) marks_.push_back(b);
      std::sort(marks_.begin(), marks_.end());
      marks_ready_ = true;
    }
    return marks_;
  }
  bool LeadsTo(const PeriodMention& pm, uint32_t at) {
    const std::vector<uint32_t>& marks = Marks();
    auto first = std::lower_bound(marks.begin(), marks.end(), pm.end);
    if (first == marks.end() || *first >= at) return true;  // none between
    auto before = std::lower_bound(marks.begin(), marks.end(), pm.start);
    uint32_t lo = before == marks.begin() ? s_.start : *(before - 1);
    uint32_t hi = *first;
    uint32_t last = *(std::lower_bound(marks.begin(), marks.end(), at) - 1);
    std::string_view opens = WordAt(last + 1);
    if (opens == "up" || opens == "down" || opens == "and" || opens == "with" ||
        (opens.size() > 4 && opens.substr(opens.size() - 3) == "ing"))
      return true;
    int words = 0;
    for (uint32_t k = lo; k < hi; ++k) {
      if (k >= pm.start && k < pm.end) continue;
      bool letter = lower_[k] >= 'a' && lower_[k] <= 'z';
      bool starts = letter && (k == lo ||
                               !(lower_[k - 1] >= 'a' && lower_[k - 1] <= 'z'));
      if (starts) ++words;
    }
    return words <= 3;
  }
  std::vector<uint32_t> marks_;
  bool marks_ready_ = false;
  std::vector<uint32_t> asides_;
  bool asides_ready_ = false;
  Date date_;
  const Lexicon& lexicon_;
  ReadMode mode_;
  std::vector<Lexicon::Term> terms_;  // canonical stems of words_
  std::vector<bool> term_stop_;       // per term of terms_: a stopword
};

std::vector<std::pair<std::string, float>> FigureFramer::AllTerms() const {
  std::map<std::string, float> best;
  for (size_t k = 0; k < terms_.size(); ++k)
    if (!term_stop_[k]) best[terms_[k].stem] = 1;
  return {best.begin(), best.end()};
}

std::vector<Figure> FigureFramer::Read() {
  const Patterns& p = P();
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
  for (size_t k = 0; k < words_.size(); ++k)
    word_stop[k] = lexicon_.IsStopword(words_[k].lower);
  term_stop_.resize(terms.size());
  for (size_t k = 0; k < terms.size(); ++k)
    term_stop_[k] = lexicon_.IsStopword(terms[k].stem);
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
      if (Is(WordRole::kClauseJoin, w.lower)) hard = std::max(hard, w.end);
      if (prep == 0 && Is(WordRole::kPreposition, w.lower)) prep = w.end;
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
    return static_cast<size_t>(
        std::upper_bound(word_end.begin(), word_end.end(), pos) -
        word_end.begin());
  };
  // Words starting at or after `pos`.
  auto first_word_from = [&](uint32_t pos) {
    return static_cast<size_t>(
        std::lower_bound(word_start.begin(), word_start.end(), pos) -
        word_start.begin());
  };
  auto content_between = [&](uint32_t x,
                             uint32_t y) -> size_t {  // words in [x, y)
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
      for (size_t k = first_word_from(x.qualifier_start);
           k < nw && words_[k].end <= x.start; ++k)
        qualifier_word[k] = true;
  // A list sharing one head: "95 nation-level, 713 municipal-level and more
  // than 1,600 district-level corporate technology centers". Each figure
  // keeps its own modifiers; the head after the last one ("corporate
  // technology centers", past as many content words as the first figure's
  // own modifiers) belongs to every figure of the list.
  std::vector<uint32_t> head_lo(mentions_.size(), 0),
      head_hi(mentions_.size(), 0);
  std::vector<uint32_t> head_from(mentions_.size(),
                                  0);  // the list's last figure's end
  for (size_t i = 0; i < mentions_.size();) {
    size_t j = i;
    size_t own_words = 0;
    while (j + 1 < mentions_.size()) {
      const Mention& a = mentions_[j];
      const Mention& b = mentions_[j + 1];
      uint32_t gap_end = b.qualifier_start != 0 ? b.qualifier_start : b.start;
      if (gap_end <= a.end || a.q.unit != b.q.unit || a.q.kind != b.q.kind)
        break;
      std::string_view gap(lower_.data() + a.end, gap_end - a.end);
      bool separated = gap.find(',') != std::string_view::npos ||
                       gap.find(" and ") != std::string_view::npos ||
                       gap.find(" or ") != std::string_view::npos;
      size_t content = content_between(a.end, gap_end);
      // "1.2 million enterprises and 8.2 million facilities": a plural
      // there is the first figure's own head, not a modifier.
      bool own_head = false;
      for (size_t k = first_word_from(a.end);
           k < nw && words_[k].end <= gap_end; ++k) {
        const std::string& l = words_[k].lower;
        if (!word_stop[k] && l.size() > 3 && l.back() == 's' &&
            l[l.size() - 2] != 's' && lower_[words_[k].end] != '-')
          own_head = true;
      }
      if (!separated || content > 2 || own_head ||
          gap.find(';') != std::string_view::npos ||
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
        for (size_t e = k + 1;
             e < nw && e < k + 6 && !clause_in(hi, words_[e].start); ++e)
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
  // Whether count j, before figure i in one clause with nothing listing
  // them ("53 special industrial parks in three batches reached 14.1
  // billion yuan", "26 platforms connect more than 1.2 million firms"),
  // is the subject of i's verb: what j counts is then i's subject too.
  auto subject_count = [&](size_t j, size_t i) {
    const Mention& a = mentions_[j];
    const Mention& b = mentions_[i];
    if (j >= i || !a.q.unit.IsCount() || a.fraction ||
        clause_in(a.end, b.start))
      return false;
    std::string_view gap(lower_.data() + a.end, b.start - a.end);
    if (gap.find_first_of(",;:()") != std::string_view::npos) return false;
    for (size_t k = words_before(a.end); k < nw && words_[k].start < b.start;
         ++k)
      if (words_[k].start >= a.end &&
          (words_[k].lower == "and" || words_[k].lower == "or" ||
           words_[k].lower == "plus"))
        return false;
    return true;
  };
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
          std::lower_bound(
              terms.begin(), terms.end(), w_lo,
              [](const Lexicon::Term& t, size_t v) { return t.word < v; }) -
          terms.begin());
      last_term = static_cast<size_t>(
          std::lower_bound(
              terms.begin(), terms.end(), w_hi,
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
      bool shared_head =
          head_hi[i] != 0 && w.start >= head_lo[i] && w.end <= head_hi[i];
      size_t distance = shared_head ? content_between(head_from[i], w.start)
                        : w.start < m.start ? content_between(w.end, m.start)
                                            : content_between(m.end, w.start);
      float wt = distance <= 4    ? 1.0f
                 : distance <= 8  ? 0.8f
                 : distance <= 16 ? 0.55f
                                  : 0.35f;
      if ((w.start >= lo && w.end <= hi) || shared_head) {
        uint32_t at = w.start < m.start ? w.end : w.start;
        if (!shared_head && clause_in(at, w.start < m.start ? m.start : m.end))
          wt *= 0.8f;
        // "energy consumption per unit of industrial added value": what
        // follows "per" qualifies the subject, it is not the subject.
        if (w.start < m.start && w.modifier) wt *= 0.5f;
      } else {
        // Words that describe another figure of the sentence say less about
        // this one than the sentence's shared opening does, unless this
        // figure's clause names its own subject.
        bool covered_by_other =
            cover[t.word] >= 2 ||
            (cover[t.word] == 1 && owner[t.word] != static_cast<int>(i));
        bool other = covered_by_other &&
                     (w.start >= mentions_[0].start || own_subject[i]);
        const int j = owner[t.word];
        const bool counted_subject =
            mode_ == ReadMode::kSource && cover[t.word] == 1 && j >= 0 &&
            w.start >= mentions_[j].end && w.end <= m.start &&
            subject_count(static_cast<size_t>(j), i);
        if (!counted_subject)
          wt = std::min(wt, other && mode_ == ReadMode::kClaim
                                ? kClaimOtherFigureWeight
                                : kSentenceWeight);
      }
      if (w.attribution) wt *= 0.15f;
      float& slot = weights[t.stem];
      slot = std::max(slot, wt);
      if (wt >= 1.0f && w.end <= m.start) left_strong[i] += wt;
      // Right of a share, "of the country's total" names the whole, not
      // the subject.
      if (wt >= 1.0f && w.start >= m.end &&
          !(m.q.unit.IsPercent() && of_between(m.end, w.start)))
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
      if (!RE2::FullMatch(StringPiece(gap.data(), gap.size()), p.list_gap))
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
          if (v >= 0.7f && (it == own[src].end() || it->second < 0.7f))
            v = 0.5f;
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
    bool part = false;
    for (std::string_view phrase : PartOfPhrases())
      if (gap.find(phrase) != std::string_view::npos) part = true;
    // "… reached 49.2 million TEUs, ranking first globally": the rank of
    // the figure before, in a clause that names only the ranking.
    bool ranks_before = false;
    if (mentions_[i].q.unit.IsRank() && gap.find(',') != std::string_view::npos)
      for (const Word& w : words_)
        if (w.start >= mentions_[i - 1].end && w.end <= mentions_[i].start &&
            Is(WordRole::kRankVerb, w.lower))
          ranks_before = true;
    if (mentions_[i].parenthetical || pair_end || weak || part ||
        ranks_before) {
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
    // A clause that attributes or adds an aside ("…, which has been held
    // every year since 2021") ends the stretch a period is looked for in,
    // and any period after it is not the figure's.
    const uint32_t aside = FirstAsideFrom(m.end);
    hi = std::min(hi, aside);
    const PeriodMention* chosen = nullptr;
    for (const PeriodMention& pm : periods_)
      if (pm.start >= m.end && pm.end <= hi && !pm.period.empty()) {
        chosen = &pm;
        break;
      }
    // Before the figure: a period of its own clause, or of a clause that is
    // only a period ("In 2023, …"); not one of a clause about something
    // else ("Under plans released this year, the city aims …").
    if (chosen == nullptr)
      for (auto pm = periods_.rbegin(); pm != periods_.rend(); ++pm)
        if (pm->end <= m.start && !pm->period.empty() &&
            LeadsTo(*pm, m.start)) {
          chosen = &*pm;  // the nearest
          break;
        }
    if (chosen == nullptr)  // "rose 5 percent to 12 billion yuan in 2023"
      for (const PeriodMention& pm : periods_)
        if (pm.start >= m.end && pm.end <= aside && !pm.period.empty()) {
          chosen = &pm;
          break;
        }
    if (m.parenthetical && i > 0) {
      f.period = figures[i - 1].period;
    } else if (chosen != nullptr) {
      f.period = chosen->period;
    } else if (i > 0 && GoesOn(mentions_[i - 1].end, m.start)) {
      f.period = figures[i - 1].period;
    }
    // A goal: a future marker earlier in the clause, or a period later than
    // the text's date.
    uint32_t clause = s_.start;
    for (uint32_t b : boundaries_)
      if (b < m.start && (lower_[b] == ';' || lower_[b] == ':')) clause = b;
    // Not when a verb of what a text holds comes between the goal and the
    // figure: "the action plan to attract foreign investment contains 24
    // measures" lists what the plan is, not what it aims at.
    uint32_t goal_from = clause;
    for (const Word& w : words_)
      if (w.start >= clause && w.end <= m.start &&
          Is(WordRole::kContentVerb, w.lower))
        goal_from = w.end;
    f.target = (MayHoldTarget(Piece(goal_from, m.start)) &&
                RE2::PartialMatch(Piece(goal_from, m.start), p.target)) ||
               (f.period.from > date_.year && f.period.is_year());
    if (m.parenthetical && i > 0) f.target = figures[i - 1].target;
    f.terms.assign(own[i].begin(), own[i].end());
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
      uint32_t stop =
          i + 1 < mentions_.size() ? mentions_[i + 1].start : s_.end;
      for (uint32_t x : boundaries_)
        if (x >= from && x < stop) stop = x;
      // "Five of the Hongqiao measures": part of a set counts what the set
      // holds.
      size_t part_of = words_.size();
      for (size_t k = 0; k + 1 < words_.size(); ++k)
        if (words_[k].start >= from && words_[k].start < stop) {
          if (words_[k].lower == "of" &&
              (words_[k + 1].lower == "the" || words_[k + 1].lower == "its" ||
               words_[k + 1].lower == "these" ||
               words_[k + 1].lower == "those" ||
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
        if ((w.lower == "and" || w.lower == "or") && !f.nouns.empty() &&
            k > 0 && words_[k - 1].lower.back() != 's' &&
            k + 2 < words_.size() && words_[k + 2].start < stop &&
            !word_stop[k + 1] && !word_stop[k + 2])
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
        for (size_t ti = 0; ti < terms.size(); ++ti) {
          const size_t k = terms[ti].word;
          if (k <= head_end || words_[k].start >= stop) continue;
          const std::string& stem = terms[ti].stem;
          if (std::find(f.nouns.begin(), f.nouns.end(), stem) != f.nouns.end())
            continue;
          for (auto& [term, weight] : f.terms)
            if (term == stem) weight = std::min(weight, kPostModifierWeight);
        }
      }
    }
    if (m.q.unit.IsPercent() && m.q.kind == Kind::kLevel) ShareOf(i, &f);
    figures.push_back(std::move(f));
  }
  ShareCountedThings(&figures);
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (pair_of[i] < 0) continue;
    figures[i].pair = pair_of[i];
    figures[i].pair_from = static_cast<int>(i) < pair_of[i];
    figures[i].quantity.kind = Kind::kLevel;
    figures[i].quantity.direction = 0;
  }
  return figures;
}
}  // namespace

FramedSentence FrameFigures(const SentenceText& sentence,
                            const std::vector<Mention>& mentions,
                            const std::vector<PeriodMention>& periods,
                            const SentenceWords& words, Date date,
                            const Lexicon& lexicon, ReadMode mode) {
  return FigureFramer(sentence, mentions, periods, words, date, lexicon, mode)
      .Frame();
}

}  // namespace reader
}  // namespace figcheck
