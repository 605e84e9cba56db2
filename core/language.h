// Before reading a claim: text → whether it is English, and if not, what it
// looks like ("French", or another script). figcheck reads English only; a
// claim in another language would have its digits read without its words
// ("4,72 billions de yuans" as 4.72 and no scale), so Check refuses it with
// kNotEnglish rather than answer about something it did not read.
// Guaranteed: text with few function words of any language (a headline, a
// figure alone) and English that names foreign places, firms or phrases
// ("a joint venture with Société Générale") are English.
// Tested by tests/language_test.cc.
#ifndef FIGCHECK_CORE_LANGUAGE_H_
#define FIGCHECK_CORE_LANGUAGE_H_

#include <cstddef>
#include <string_view>

namespace figcheck {

struct LanguageGuess {
  bool english = true;
  // When not English: the language it looks like ("French"); empty when
  // its letters are mostly of another script than Latin.
  std::string_view looks_like;
  // Byte offset of the first word or letter that told.
  size_t offset = 0;
};

// Valid UTF-8 in (Check validates first).
LanguageGuess GuessLanguage(std::string_view text);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_LANGUAGE_H_
