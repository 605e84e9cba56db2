// Text primitives shared by every stage: UTF-8 validation, calendar dates,
// tokens with byte offsets, sentence spans and word stems. ASCII-only case
// folding keeps byte offsets identical between the text and its lower-case
// copy, so every span reported points into the caller's bytes.
// Tested by tests/text_test.cc.
#ifndef FIGCHECK_CORE_TEXT_H_
#define FIGCHECK_CORE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace figcheck {

// Largest claim or document accepted, in bytes. Larger input is refused with
// kInputTooLarge rather than read slowly.
constexpr size_t kMaxClaimBytes = 64 * 1024;
constexpr size_t kMaxDocumentBytes = 10 * 1024 * 1024;

// Ok, or kInvalidUtf8 with the offset of the first bad byte.
Status CheckUtf8(std::string_view text);

struct Date {
  int year = 0, month = 0, day = 0;
  bool ok() const { return year != 0; }
  std::string ToString() const;  // YYYY-MM-DD
};
// Strict YYYY-MM-DD with a real calendar day.
StatusOr<Date> ParseDate(std::string_view text);

// ASCII lower case; other bytes unchanged.
std::string AsciiLower(std::string_view text);

// The copy every pattern runs on, byte for byte as long as the text so every
// offset still points into the caller's bytes: ASCII lower case; Unicode
// spaces become ASCII spaces, or kGroupSeparator between digit groups
// ("6 017"); fullwidth digits, commas, points and percent signs their ASCII
// forms; the Unicode minus and dashes between digits '-'; zero-width and
// bidi controls kIgnorable. Multi-byte characters pad with kIgnorable.
std::string FoldForMatching(std::string_view text);
constexpr char kGroupSeparator = '\x1F';  // a thousands separator
constexpr char kIgnorable = '\x1E';       // invisible: skipped inside tokens

enum class TokenType : uint8_t { kWord, kNumber, kPunct, kSpace };

struct Token {
  uint32_t start = 0, end = 0;
  TokenType type = TokenType::kWord;
  bool newline = false;  // for kSpace: holds a line break
};

// Words are runs of letters (ASCII letters, '&' inside a word, and any
// non-ASCII letter bytes); numbers are runs of digits with ',' and '.'
// joining digit groups; everything else is one punctuation token per
// character (UTF-8 sequences kept whole). Whitespace runs become kSpace.
std::vector<Token> Tokenize(std::string_view text);

struct Span {
  uint32_t start = 0, end = 0;
};

// Sentence spans, trimmed of surrounding whitespace. Splits on . ! ? before
// a capital, digit or quote, and on line breaks; abbreviations ("Mr.",
// "Sept.", "U.S."), decimals and "No.1" do not end a sentence.
std::vector<Span> SplitSentences(std::string_view text);

// The Snowball English (Porter2) stem of a lower-case word, for matching
// subject words ("enterprises" → "enterpris", "foreigners" → "foreign",
// "production" → "product").
std::string Stem(std::string_view lower_word);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_TEXT_H_
