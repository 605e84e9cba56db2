// The framer of core/reader/frame.h: one sentence's mentions, periods and
// words → its Figures. One class, its members in three files: frame.cc
// (subject terms: each figure's stretch, list heads, "respectively" lists,
// weights by distance; "from X to Y" pairs), frame_period.cc (each figure's
// period and whether it is a goal, and the asides that end the stretch a
// period is looked for in), frame_counted.cc (what a count counts, the
// set a claim's figure is of, the whole a share is of, the word indexes).
// Private to core/reader/: the API is frame.h. Tested through it by
// tests/reader/frame_test.cc and tests/reader_test.cc.
#ifndef FIGCHECK_CORE_READER_FRAMER_H_
#define FIGCHECK_CORE_READER_FRAMER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/figure.h"
#include "core/lexicon.h"
#include "core/reader.h"
#include "core/reader/frame.h"
#include "core/reader/mentions.h"
#include "core/reader/period.h"
#include "core/reader/sentence.h"
#include "core/reader/subject.h"

namespace figcheck {
namespace reader {

// In a claim, words in another figure's own stretch of the sentence: each
// clause states its own figure ("GDP reached X, and the port handled Y").
// Sources keep the sentence weight: they set subjects across clauses.
constexpr float kClaimOtherFigureWeight = 0.15f;
// In a claim, the words after what a count counts, in its stretch.
constexpr float kPostModifierWeight = 0.5f;

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

  // What figure i counts (Figure::nouns), and in a claim the words after
  // them weighed down (frame_counted.cc); `word_stop`: per word of the
  // sentence, a stopword.
  void CountThings(size_t i, const std::vector<bool>& word_stop,
                   Figure* f) const;
  // "95 national-level and 713 municipal-level centres, plus more than
  // 1,600 at district level": a count that names nothing it counts, joined
  // to the count before it, counts the same things.
  void ShareCountedThings(std::vector<Figure>* figures) const;
  // The whole a share is of, when it names one: "40% of the country's
  // talents" → talent; nothing for "25% of the country's total".
  void ShareOf(size_t i, Figure* f) const;
  // In a claim, the count a share is of when it states one ("30 percent of
  // the 33 actions … target trade": 33), its mention's index, or -1. The
  // rest of that count's stretch tells of the share's part too.
  int StatedWhole(size_t i) const;
  // In a claim, how many things figure i is of (Figure::counted), when a
  // count before it in its clause is its subject ("Shanghai's 53 parks
  // turn out …"; the first: "six key industries in three categories" are
  // six), past an aside ("six key industries, including autos, posted …";
  // not "Of the six key industries, autos posted …"), or several things
  // are named ("chips, biomedicine and AI had …"); `own_lo`: where its
  // stretch starts. 0 for none.
  // `subject`: whether the set is the figure's subject (a count or a
  // list), not a count past an aside.
  int CountedSet(size_t i, uint32_t own_lo, bool* subject) const;
  // Whether count j, before figure i in one clause with nothing listing
  // them ("53 special industrial parks in three batches reached 14.1
  // billion yuan", "26 platforms connect more than 1.2 million firms") but
  // j's own members ("three industries of chips, drugs and AI drew …"),
  // is the subject of i's verb: what j counts is then i's subject too.
  bool SubjectCount(size_t j, size_t i) const;

  // Indexes over the sentence's words, made once per sentence so that
  // weighing stays near-linear in long sentences (frame_counted.cc).
  void IndexWords();
  // Words ending at or before `pos`.
  size_t WordsBefore(uint32_t pos) const;
  // The first word starting at or after `pos`.
  size_t FirstWordFrom(uint32_t pos) const;
  // Whether a clause break (not a bracket) lies between offsets x and y.
  bool ClauseIn(uint32_t x, uint32_t y) const;
  std::vector<uint32_t> word_start_, word_end_, clause_breaks_;

  // Figure i's period and whether it is a goal (frame_period.cc);
  // `figures`: those before it.
  void ReadPeriodAndGoal(size_t i, const std::vector<Figure>& figures,
                         Figure* f);

  const std::vector<Mention>& mentions_;
  const std::vector<PeriodMention>& periods_;
  const std::vector<Word>& words_;
  const std::vector<uint32_t>& boundaries_;

  // The first clause mark at or after `at` that opens an aside, or the
  // sentence's end. Each mark is judged once per sentence (a sentence of
  // many figures is read in n log n).
  uint32_t FirstAsideFrom(uint32_t at);
  // Whether the clause after boundary `b` is an aside: it opens an
  // attribution or a contrast, holds a relative clause ("…, at a fair which
  // has been held since 2021"), or says who said so ("…, the commission said
  // in September 2022": its date is the saying's). `next`: the clause mark
  // after `b`, or the sentence's end.
  bool OpensAside(uint32_t b, uint32_t next) const;
  // Where figure i's stretch from `from` ends: at the next figure or the
  // first clause mark, whichever comes first.
  uint32_t StretchEnd(size_t i, uint32_t from) const {
    uint32_t stop = i + 1 < mentions_.size() ? mentions_[i + 1].start : s_.end;
    for (uint32_t x : boundaries_)
      if (x >= from && x < stop) stop = x;
    return stop;
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
  bool GoesOn(uint32_t from, uint32_t to) const;
  // The direction of a change verb that leads to the level at `at`
  // ("fell in 2023 to 49 million", "shrank slightly last year, to about
  // $24 billion": -1); 0 for none, for "from X to Y" and "up to".
  int TowardOf(uint32_t at) const;
  // A comma in a list is not a clause mark (clauses.h).
  bool ListComma(uint32_t b) const;
  // The sentence's clause marks less its list commas, in text order (made
  // once, so that a sentence of many figures is read in n log n).
  const std::vector<uint32_t>& Marks();
  // Whether a period before offset `at` can be the figure's: no clause
  // mark between them; or the period's clause holds little else (at most
  // three words: "by the end of", "as of"); or the figure's clause goes on
  // from it ("… hit a record in 2023, exceeding 3,300 trillion yuan").
  bool LeadsTo(const PeriodMention& pm, uint32_t at);
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

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_FRAMER_H_
