// Frames each figure of a sentence. Method: the sentence's words are
// canonicalised through the lexicon; each figure owns the stretch between
// its neighbours' separators and weighs every term by its distance in
// content words, less outside its stretch, after a clause mark, inside an
// attribution or a "per" phrase. Lists that share a head, "respectively"
// lists, parts ("of which") and parenthetical conversions pass subjects
// between figures. Tested by tests/reader/frame_test.cc and
// tests/reader_test.cc.
// Each figure's period and goal are read in frame_period.cc, what a count
// counts in frame_counted.cc (framer.h).
#include "core/reader/frame.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/reader/clauses.h"
#include "core/reader/framer.h"
#include "core/reader/patterns.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

const std::vector<std::string_view>& PartOfPhrases() {
  static const auto* const kPhrases =
      new std::vector<std::string_view>(WordsOf(WordRole::kPartOf));
  return *kPhrases;
}

}  // namespace

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
  // "climbed to Y from X": the same pair, told end first.
  std::vector<bool> told_from(mentions_.size(), false);
  for (size_t i = 0; i + 1 < mentions_.size(); ++i) {
    const Mention& a = mentions_[i];
    const Mention& b = mentions_[i + 1];
    if (pair_of[i] >= 0 || pair_of[i + 1] >= 0 || b.parenthetical ||
        a.q.unit != b.q.unit)
      continue;
    const uint32_t a_start =
        a.qualifier_start != 0 ? a.qualifier_start : a.start;
    const uint32_t b_start =
        b.qualifier_start != 0 ? b.qualifier_start : b.start;
    if (b_start <= a.end) continue;
    std::string_view gap(lower_.data() + a.end, b_start - a.end);
    StringPiece before = Before(a_start, 6);
    std::string_view lead(before.data(), before.size());
    // "to Y", not "into Y" nor "close to Y" (a bound).
    const bool to_before =
        lead.size() >= 3 && lead.substr(lead.size() - 3) == "to " &&
        (lead.size() == 3 ||
         !std::isalpha(static_cast<unsigned char>(lead[lead.size() - 4]))) &&
        a.qualifier_start == 0;
    if (to_before && gap == " from ") {
      pair_of[i] = static_cast<int>(i + 1);
      pair_of[i + 1] = static_cast<int>(i);
      told_from[i + 1] = true;
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
    // (Not the "of" of a share: "25% of mobile games making over 10 million
    // yuan" names the share's whole.)
    const bool share =
        mentions_[i].q.unit.IsPercent() && mentions_[i].q.kind == Kind::kLevel;
    for (const Word& w : words_) {
      if (w.start < a || w.end > b) continue;
      if (Is(WordRole::kClauseJoin, w.lower)) hard = std::max(hard, w.end);
      if (prep == 0 && Is(WordRole::kPreposition, w.lower) &&
          !(share && w.lower == "of" &&
            lower_.find_first_not_of(' ', a) == w.start))
        prep = w.end;
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
  IndexWords();
  std::vector<uint32_t> content_prefix(nw + 1, 0), of_prefix(nw + 1, 0);
  for (size_t k = 0; k < nw; ++k) {
    content_prefix[k + 1] = content_prefix[k] + (word_stop[k] ? 0 : 1);
    of_prefix[k + 1] = of_prefix[k] + (words_[k].lower == "of" ? 1 : 0);
  }
  auto content_between = [&](uint32_t x,
                             uint32_t y) -> size_t {  // words in [x, y)
    if (y <= x) return 0;
    size_t from = FirstWordFrom(x), to = WordsBefore(y);
    return to > from ? content_prefix[to] - content_prefix[from] : 0;
  };
  auto of_between = [&](uint32_t x, uint32_t y) {
    size_t from = FirstWordFrom(x), to = WordsBefore(y);
    return to > from && of_prefix[to] - of_prefix[from] > 0;
  };
  // Words of a bound ("north of", "in the region of"): how a figure
  // compares, not what it counts.
  std::vector<bool> qualifier_word(nw, false);
  for (const Mention& x : mentions_)
    if (x.qualifier_start != 0)
      for (size_t k = FirstWordFrom(x.qualifier_start);
           k < nw && words_[k].end <= x.start; ++k)
        qualifier_word[k] = true;
  // "the stock of foreign R&D centres", "the tally of new firms": the
  // total noun says which aspect, the words after "of" what is counted.
  for (size_t k = 0; k + 1 < nw; ++k)
    if (Is(WordRole::kTotalNoun, words_[k].lower) &&
        words_[k + 1].lower == "of")
      qualifier_word[k] = true;
  // A change's baseline ("a 6.7 percent increase on the previous
  // edition", "up 5% from a year earlier") names what it is compared with,
  // not what it measures.
  for (const Mention& x : mentions_) {
    if (x.q.kind != Kind::kChange) continue;
    size_t k = FirstWordFrom(x.end);
    for (size_t seen = 0;
         k + 1 < nw && seen < 4 && !ClauseIn(x.end, words_[k].start);
         ++k, ++seen) {
      if (!Is(WordRole::kBaseline, words_[k].lower)) continue;
      size_t at = k + 1;
      if (at < nw && words_[at].lower == "the") ++at;
      if (at < nw &&
          (words_[at].lower == "previous" || words_[at].lower == "prior" ||
           words_[at].lower == "last" || words_[at].lower == "same")) {
        for (size_t e = k;
             e < nw && e <= at + 2 && !ClauseIn(words_[k].end, words_[e].start);
             ++e)
          qualifier_word[e] = true;
      }
      break;
    }
  }
  // "…, bringing the total to 956", "taking its tally to 965": the running
  // total of the things counted before. Its lead words ("bringing the
  // total to") say how the figure relates, not what it counts.
  std::vector<bool> total_lead(mentions_.size(), false);
  for (size_t i = 1; i < mentions_.size(); ++i) {
    size_t to = nw;
    for (size_t k = FirstWordFrom(mentions_[i - 1].end);
         k < nw && words_[k].end <= mentions_[i].start; ++k)
      to = k;
    if (to == nw || words_[to].lower != "to") continue;
    bool noun = false;
    for (size_t k = to; k-- > 0 && words_[k].start >= mentions_[i - 1].end;) {
      // ("lifting the city's total to 561")
      if (!(noun && Is(WordRole::kTotalVerb, words_[k].lower)) &&
          !TotalLeadWord(words_[k].lower) &&
          !clause::PossessiveAt(std::string_view(lower_).substr(0, s_.end),
                                words_[k].end))
        break;
      noun = noun || Is(WordRole::kTotalNoun, words_[k].lower);
      if (noun && Is(WordRole::kTotalVerb, words_[k].lower)) {
        total_lead[i] = true;
        for (size_t x = k; x <= to; ++x) qualifier_word[x] = true;
        break;
      }
    }
  }
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
      for (size_t k = FirstWordFrom(a.end); k < nw && words_[k].end <= gap_end;
           ++k) {
        const std::string& l = words_[k].lower;
        if (!word_stop[k] && l.size() > 3 && l.back() == 's' &&
            l[l.size() - 2] != 's' && lower_[words_[k].end] != '-')
          own_head = true;
        // "1,771 in 2023, and 548 were …": a figure with a phrase of its
        // own is no modifier of a shared head.
        if (Is(WordRole::kPreposition, l)) own_head = true;
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
      size_t k = FirstWordFrom(mentions_[j].end);
      // A head opens with a content word, not a verb ("… and 548 were
      // foreign-funded").
      const bool opens_head = k < nw && !word_stop[k];
      size_t skipped = 0;
      while (k < nw && skipped < own_words) {
        if (!word_stop[k]) ++skipped;
        ++k;
      }
      if (k < nw && opens_head &&
          !ClauseIn(mentions_[j].end, words_[k].start)) {
        uint32_t lo = words_[k].start, hi = words_[k].end;
        for (size_t e = k + 1;
             e < nw && e < k + 6 && !ClauseIn(hi, words_[e].start); ++e)
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
      size_t from = FirstWordFrom(own_lo[j]), to = WordsBefore(own_hi[j]);
      if (to <= from) continue;
      ++diff[from];
      --diff[to];
    }
    int running = 0;
    for (size_t k = 0; k < nw; ++k) cover[k] = (running += diff[k]);
    for (size_t j = 0; j < mentions_.size(); ++j) {
      size_t from = FirstWordFrom(own_lo[j]), to = WordsBefore(own_hi[j]);
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
    for (size_t k = WordsBefore(mentions_[i].start); k-- > 0;) {
      const Word& w = words_[k];
      if (w.start < own_lo[i] || ClauseIn(w.end, mentions_[i].start)) break;
      if (word_stop[k] || w.lower[0] == '#') continue;
      if (++content > 4) break;
      own_subject[i] = true;
      break;
    }
  }
  std::vector<float> right_strong(mentions_.size(), 0);
  std::vector<int> whole(mentions_.size());
  for (size_t i = 0; i < mentions_.size(); ++i) whole[i] = StatedWhole(i);
  // SubjectCount per pair, asked once: it is asked per word.
  std::vector<int8_t> subject_counts(mentions_.size() * mentions_.size(), -1);
  auto subject_count = [&](size_t j, size_t i) {
    int8_t& known = subject_counts[j * mentions_.size() + i];
    if (known < 0) known = SubjectCount(j, i) ? 1 : 0;
    return known == 1;
  };
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
      size_t at = WordsBefore(m.start);
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
        if (!shared_head && ClauseIn(at, w.start < m.start ? m.start : m.end))
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
            cover[t.word] == 1 && j >= 0 && w.start >= mentions_[j].end &&
            w.end <= m.start && subject_count(static_cast<size_t>(j), i);
        const bool of_whole = cover[t.word] == 1 && j >= 0 && j == whole[i];
        if (!counted_subject && !of_whole)
          wt = std::min(wt, other && mode_ == ReadMode::kClaim
                                ? kClaimOtherFigureWeight
                                : kSentenceWeight);
      }
      // "The total output value of the six key industries exceeded …": the
      // count is of the figure's subject, a set (FactBase::SetCount).
      // (The first such count: "53 parks in three batches" are 53.)
      if (mode_ == ReadMode::kSource && w.lower[0] == '#')
        for (size_t j = 0; j < i; ++j)
          if (subject_count(j, i)) {
            if (mentions_[j].start == w.start) wt = 1.0f;
            break;
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
  // A rank is of the amount beside it in its clause, and both have one
  // measure: "keeps the No. 1 spot with 10.7 trillion yuan of goods
  // trade", "ranks first for IPO funds at 230 billion yuan".
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (!mentions_[i].q.unit.IsRank()) continue;
    for (size_t j : {i - 1, i + 1}) {
      if (j >= mentions_.size() || mentions_[j].q.unit.IsRank() ||
          ClauseIn(std::min(mentions_[i].end, mentions_[j].end),
                   std::max(mentions_[i].start, mentions_[j].start)))
        continue;
      std::map<std::string, float> both = own[i];
      for (const auto& [stem, w] : own[j]) both[stem] = std::max(both[stem], w);
      own[i] = both;
      own[j] = std::move(both);
    }
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
      listed = (left_strong[k] < 1.0f || total_lead[k]) && k == n - tail;
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

  // What each run of years extends: the unit of the figure it follows.
  std::vector<Unit> run_of(mentions_.size());
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
    // (The phrase in the figure's clause: not "five areas including …,
    // …, with the scale to reach 500 billion".)
    bool part = false;
    for (std::string_view phrase : PartOfPhrases()) {
      const size_t at = gap.rfind(phrase);
      if (at != std::string_view::npos &&
          gap.find_first_of(",;:", at) == std::string_view::npos)
        part = true;
    }
    // "… reached 49.2 million TEUs, ranking first globally": the rank of
    // the figure before, in a clause that names only the ranking.
    bool ranks_before = false;
    if (mentions_[i].q.unit.IsRank() &&
        gap.find(',') != std::string_view::npos) {
      // Only the ranking after the comma: no subject of its own ("…, while
      // its rival ranked second").
      const uint32_t from =
          mentions_[i - 1].end + static_cast<uint32_t>(gap.rfind(','));
      bool only_rank = true;
      for (size_t k = 0; k < words_.size(); ++k) {
        const Word& w = words_[k];
        if (w.start < from || w.end > mentions_[i].start) continue;
        if (Is(WordRole::kRankVerb, w.lower))
          ranks_before = true;
        else if (!word_stop[k] && !Is(WordRole::kRankScope, w.lower))
          only_rank = false;
      }
      ranks_before = ranks_before && only_rank;
    }
    // "… surpassed $24 billion last year, and has now stayed above $20
    // billion": a clause joined on with its verb alone shares the subject.
    bool joined_verb = false;
    {
      size_t k = FirstWordFrom(mentions_[i - 1].end);
      size_t join = nw;
      for (; k < nw && words_[k].end <= mentions_[i].start; ++k)
        if (words_[k].lower == "and" || words_[k].lower == "but") join = k;
      if (join < nw) {
        size_t v = join + 1;
        while (v < nw && words_[v].end <= mentions_[i].start &&
               Is(WordRole::kOpeningAdverb, words_[v].lower))
          ++v;
        joined_verb = v < nw && words_[v].end <= mentions_[i].start &&
                      Is(WordRole::kOpeningVerb, words_[v].lower);
        // Only a verb phrase up to the figure: "…, and has seen exports top
        // $250 billion" names its own subject.
        for (size_t k = v + 1;
             joined_verb && k < nw && words_[k].end <= mentions_[i].start;
             ++k) {
          const std::string& l = words_[k].lower;
          joined_verb = word_stop[k] || qualifier_word[k] ||
                        (l.size() > 4 && l.compare(l.size() - 2, 2, "ed") == 0);
        }
      }
    }
    // "… ranked first in the national assessment … for two consecutive
    // years": a run of years in the clause of the figure before is how
    // long that figure held.
    const bool runs_on =
        mentions_[i].q.unit.IsYears() &&
        TellsRun(std::string_view(lower_.data() + mentions_[i].start,
                                  mentions_[i].end - mentions_[i].start)) &&
        gap.find_first_of(",;:") == std::string_view::npos;
    if (runs_on) run_of[i] = mentions_[i - 1].q.unit;
    if (mentions_[i].parenthetical || pair_end || weak || part ||
        ranks_before || joined_verb || total_lead[i] || runs_on) {
      for (const auto& [k, v] : own[i - 1])
        if (v >= 0.7f) own[i][k] = std::max(own[i][k], v * 0.95f);
    }
  }
  // "… has topped the national assessment for three consecutive years":
  // a run after a verb of being first, with no figure before it, is a run
  // of ranking first.
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (!run_of[i].empty() || !m.q.unit.IsYears() ||
        !TellsRun(std::string_view(lower_.data() + m.start, m.end - m.start)))
      continue;
    if (i > 0 && !ClauseIn(mentions_[i - 1].end, m.start)) continue;
    // (Not across "and": "has led the way in AI and held the conference
    // for seven consecutive years"; nor "led by", "headed to".)
    for (size_t k = WordsBefore(m.start); k-- > 0;) {
      // ("Small and medium-sized" joins no clauses.)
      const bool joins_verb =
          (words_[k].lower == "and" || words_[k].lower == "or") && k + 1 < nw &&
          (Is(WordRole::kPastVerb, words_[k + 1].lower) ||
           Is(WordRole::kOpeningVerb, words_[k + 1].lower) ||
           (words_[k + 1].lower.size() > 4 &&
            words_[k + 1].lower.compare(words_[k + 1].lower.size() - 2, 2,
                                        "ed") == 0));
      if (ClauseIn(words_[k].end, m.start) || joins_verb) break;
      const bool by = k + 1 < nw && (words_[k + 1].lower == "by" ||
                                     words_[k + 1].lower == "to");
      if (Is(WordRole::kFirstVerb, words_[k].lower) && !by) {
        run_of[i] = Unit::Rank();
        break;
      }
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
    f.first_to = m.first_to;
    f.run_of = run_of[i];
    if (mode_ == ReadMode::kClaim && m.q.kind == Kind::kLevel)
      f.toward = TowardOf(m.start);
    ReadPeriodAndGoal(i, figures, &f);
    // "every year since 2018 as of 2022": the run ends at a year told
    // after it, else at the text's date; no year before it is its end.
    if (m.since_year > 0) {
      f.period = Period();
      for (const PeriodMention& pm : periods_) {
        if (pm.start < m.end || !pm.period.is_year()) continue;
        // Only "as of", "by", "in", "through" or "until" that year, right
        // after the run: not a goal's year later in the sentence.
        std::string_view gap(lower_.data() + m.end, pm.start - m.end);
        while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
        while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
        if (gap == "as of" || gap == "by" || gap == "in" || gap == "through" ||
            gap == "until")
          f.period = pm.period;
        break;
      }
      const int end = f.period.is_year() ? f.period.to : date_.year;
      f.streak_from = m.since_year;
      f.quantity.value = std::max(0, end - m.since_year + 1);
    }
    f.terms.assign(own[i].begin(), own[i].end());
    if (mode_ == ReadMode::kClaim)
      f.counted = CountedSet(i, own_lo[i], &f.set_subject);
    CountThings(i, word_stop, &f);
    if (m.q.unit.IsPercent() && m.q.kind == Kind::kLevel) ShareOf(i, &f);
    figures.push_back(std::move(f));
  }
  ShareCountedThings(&figures);
  // A share of a count the claim states is of what that count counts.
  for (size_t i = 0; i < figures.size(); ++i)
    if (whole[i] >= 0 && figures[i].nouns.empty())
      figures[i].nouns = figures[static_cast<size_t>(whole[i])].nouns;
  // "95 nation-level, 713 municipal-level and 1,600 district-level
  // technology centers": the list's shared head is what each one counts.
  for (size_t x = 0; x < figures.size(); ++x) {
    if (head_hi[x] == 0 || !mentions_[x].q.unit.IsCount()) continue;
    for (size_t j = x + 1; j < figures.size(); ++j) {
      if (mentions_[j].end != head_from[x]) continue;
      const std::vector<std::string>& head = figures[j].nouns;
      std::vector<std::string>& nouns = figures[x].nouns;
      if (figures[j].quantity.unit.IsCount() && !head.empty() &&
          std::find(nouns.begin(), nouns.end(), head.back()) == nouns.end())
        nouns.push_back(head.back());
      break;
    }
  }
  for (size_t i = 0; i < mentions_.size(); ++i) {
    if (pair_of[i] < 0) continue;
    figures[i].pair = pair_of[i];
    figures[i].pair_from = told_from[i] || (static_cast<int>(i) < pair_of[i] &&
                                            !told_from[pair_of[i]]);
    figures[i].quantity.kind = Kind::kLevel;
    figures[i].quantity.direction = 0;
  }
  return figures;
}

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
