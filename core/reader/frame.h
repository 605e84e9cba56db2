// Stage 4b of the reader: mentions, periods and words → figures. Each
// figure gets its subject terms weighted by closeness (its own stretch of
// the sentence weighs most), its period (the one after it in its stretch,
// else the nearest before), whether it is a goal, what a count counts, and
// its partner in "from X to Y". Tested by tests/reader/frame_test.cc.
#ifndef FIGCHECK_CORE_READER_FRAME_H_
#define FIGCHECK_CORE_READER_FRAME_H_

#include <string>
#include <utility>
#include <vector>

#include "core/figure.h"
#include "core/lexicon.h"
#include "core/reader.h"
#include "core/reader/mentions.h"
#include "core/reader/period.h"
#include "core/reader/sentence.h"
#include "core/reader/subject.h"

namespace figcheck {
namespace reader {

struct FramedSentence {
  std::vector<Figure> figures;  // one per mention, in text order
  // Every subject term of the sentence at weight 1: the next sentence's
  // context.
  std::vector<std::pair<std::string, float>> terms;
};

FramedSentence FrameFigures(const SentenceText& sentence,
                            const std::vector<Mention>& mentions,
                            const std::vector<PeriodMention>& periods,
                            const SentenceWords& words, Date date,
                            const Lexicon& lexicon, ReadMode mode);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_FRAME_H_
