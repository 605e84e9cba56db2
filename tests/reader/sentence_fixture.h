// One sentence prepared the way core/reader/context.cc prepares it for the
// stages: folded for matching, dates fenced, tokenized. For the stage tests
// in tests/reader/.
#ifndef FIGCHECK_TESTS_READER_SENTENCE_FIXTURE_H_
#define FIGCHECK_TESTS_READER_SENTENCE_FIXTURE_H_

#include <cstdio>
#include <string>
#include <vector>

#include "core/reader/mentions.h"
#include "core/reader/sentence.h"
#include "core/text.h"

namespace figcheck {
namespace reader {

class SentenceFixture {
 public:
  explicit SentenceFixture(std::string text)
      : text_(std::move(text)),
        lower_(FoldForMatching(text_)),
        fenced_(FenceDates(lower_)),
        tokens_(Tokenize(lower_)) {}

  SentenceText sentence() const {
    return {lower_, text_, Span{0, static_cast<uint32_t>(text_.size())},
            fenced_};
  }
  const std::vector<Token>& tokens() const { return tokens_; }
  std::string Quote(uint32_t start, uint32_t end) const {
    return text_.substr(start, end - start);
  }

 private:
  std::string text_, lower_;
  std::vector<Span> fenced_;
  std::vector<Token> tokens_;
};

// A number as the tables write it: "%g" with enough digits.
inline std::string Number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_TESTS_READER_SENTENCE_FIXTURE_H_
