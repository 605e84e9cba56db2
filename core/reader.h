// Stage 1: text → figures. Finds every checkable number in a text (digits,
// scales, currencies, percentages, words and fractions, multipliers), reads
// its qualifier, whether it is a level or a change, its period (resolved
// against the text's date), whether it is a goal rather than an achievement,
// and the subject terms around it. Sources and claims go through the same
// reader. Dates, ordinals, list numbers, codes like "5G" and years are not
// figures. The stages live in core/reader/, its words in one table
// (core/reader/words.h). Tested by tests/reader_test.cc and, stage by
// stage, tests/reader/; tests/reader_screens_test.cc checks that the byte
// screens before RE2 never drop what a pattern would read
// (core/reader_testing.h turns them off).
#ifndef FIGCHECK_CORE_READER_H_
#define FIGCHECK_CORE_READER_H_

#include <string_view>
#include <vector>

#include "core/figure.h"
#include "core/lexicon.h"
#include "core/text.h"

namespace figcheck {

struct SentenceFigures {
  Span sentence;
  std::vector<Figure> figures;     // offsets into the whole text
  std::vector<std::string> terms;  // every subject term of the sentence
};

// Sources and claims are read alike but for one thing: in a claim, each
// clause states its own figure, so one figure's words count little for
// another's subject; a source sets subjects across clauses.
enum class ReadMode { kSource, kClaim };

// Weight of subject words elsewhere in a figure's sentence (outside its own
// stretch). The matcher treats words this faint as context, not subject.
constexpr float kSentenceWeight = 0.5f;

// `date` resolves "last year", "this year", "in the past decade". Figures
// with no stated period keep an empty period; the caller decides what that
// means (a source: its date; a claim: the latest the sources give). A
// claim in which no number is found comes back with its sentences and
// nothing else (no terms).
std::vector<SentenceFigures> ReadFigures(std::string_view text, Date date,
                                         const Lexicon& lexicon,
                                         ReadMode mode = ReadMode::kSource);

// Builds the reader's patterns and byte screens now; otherwise the first
// read builds them (about 10 ms, mostly RE2 compiling). A caller with a
// core to spare builds them while it loads its fact base and its drafts.
void PrepareReader();

}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_H_
