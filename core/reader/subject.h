// Stage 4a of the reader: a sentence with its mentions and periods → its
// words, the ones a subject is made of: every word outside a figure or a
// period, each marked when it only attributes ("according to the bureau",
// ", analysts said") or qualifies through "per …", and the offsets of the
// clause marks between them. Tested by tests/reader/subject_test.cc.
#ifndef FIGCHECK_CORE_READER_SUBJECT_H_
#define FIGCHECK_CORE_READER_SUBJECT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/reader/mentions.h"
#include "core/reader/period.h"
#include "core/reader/sentence.h"
#include "core/text.h"

namespace figcheck {
namespace reader {

struct Word {
  uint32_t start, end;
  std::string lower;
  bool modifier = false;     // inside a "per ..." phrase
  bool attribution = false;  // inside "according to ..."
};

struct SentenceWords {
  std::vector<Word> words;           // in text order
  std::vector<uint32_t> boundaries;  // offsets of , ; : ( ) — –
};

// `tokens` are the sentence's (offsets from its start); a small count in
// words ("the three leading industries") is a word "#3" of the subject.
SentenceWords CollectWords(const SentenceText& sentence,
                           const std::vector<Token>& tokens,
                           const std::vector<Mention>& mentions,
                           const std::vector<PeriodMention>& periods);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_SUBJECT_H_
