// What every stage of the reader reads: one sentence of a text folded for
// matching (core/text.h: ASCII lower case, the caller's byte offsets), the
// original text for quoting, and the spans already fenced off as dates.
// Stages keep offsets into the whole text. Internal to the reader
// (core/reader.h is the public API); tested through tests/reader/.
#ifndef FIGCHECK_CORE_READER_SENTENCE_H_
#define FIGCHECK_CORE_READER_SENTENCE_H_

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace figcheck {
namespace reader {

using re2::StringPiece;

struct SentenceText {
  const std::string& lower;  // the folded text, same offsets as `original`
  std::string_view original;
  Span span;                        // this sentence
  const std::vector<Span>& fenced;  // dates and times: never figures
};

inline bool Overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  return a0 < b1 && b0 < a1;
}

// Offset of a StringPiece inside `base`.
inline uint32_t Off(const std::string& base, const char* p) {
  return static_cast<uint32_t>(p - base.data());
}

// The sentence as a stage's state: windows of lower-case text around an
// offset, never past the sentence.
class SentenceStage {
 protected:
  explicit SentenceStage(const SentenceText& t)
      : lower_(t.lower),
        text_(t.lower),
        original_(t.original),
        s_(t.span),
        fenced_(t.fenced) {}

  bool Fenced(uint32_t a, uint32_t b) const {
    return FencedAt(a, b) != nullptr;
  }
  const Span* FencedAt(uint32_t a, uint32_t b) const {
    for (const Span& f : fenced_)
      if (Overlaps(a, b, f.start, f.end)) return &f;
    return nullptr;
  }
  StringPiece Piece(uint32_t a, uint32_t b) const {
    return StringPiece(lower_.data() + a, b - a);
  }
  // Up to `n` bytes of lower-case text before offset a (within sentence).
  StringPiece Before(uint32_t a, uint32_t n = 60) const {
    uint32_t b = a > s_.start + n ? a - n : s_.start;
    return Piece(b, a);
  }
  StringPiece After(uint32_t a, uint32_t n = 80) const {
    uint32_t e = std::min<uint32_t>(s_.end, a + n);
    return Piece(a, e);
  }

  const std::string& lower_;
  std::string_view text_;      // folded: what patterns and tokens see
  std::string_view original_;  // for quoting figures as written
  Span s_;
  const std::vector<Span>& fenced_;
};

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_SENTENCE_H_
