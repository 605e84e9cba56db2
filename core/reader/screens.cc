// The byte screens written by hand: scans for the bytes a pattern's match
// needs (a year's digits, a currency before the number, a date's digits
// and separators, a month's name), each standing for its pattern where it
// says no; and what a scale glued to the digits means ("6.75m" is millions,
// "15.5m deep" metres). Tested by tests/reader_screens_test.cc (screens on
// and off read the same) and tests/reader_test.cc.
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "core/reader/patterns.h"

namespace figcheck {
namespace reader {
namespace {

using R = WordRole;

}  // namespace

std::vector<size_t> YearsIn(std::string_view s) {
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || IsLetter(c) || (c >= 'A' && c <= 'Z') ||
           c == '_';
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<size_t> out;
  if (!ScreensOn()) {  // the pattern the scan stands for
    StringPiece in(s.data(), s.size()), whole;
    while (RE2::FindAndConsume(&in, P().year, &whole))
      out.push_back(static_cast<size_t>(whole.data() - s.data()));
    return out;
  }
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (i > 0 && word(s[i - 1])) continue;
    if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')))
      continue;
    if (!digit(s[i + 2]) || !digit(s[i + 3])) continue;
    if (i + 4 < s.size() && word(s[i + 4])) continue;
    out.push_back(i);
    i += 3;
  }
  return out;
}

// currency_before: a sign last, or a code before spaces.
double GluedScaleAt(std::string_view lower, size_t end, StringPiece before) {
  size_t letters = end;
  while (letters < lower.size() && IsLetter(lower[letters])) ++letters;
  std::string_view glued = lower.substr(end, letters - end);
  if (glued.empty() ||
      (letters < lower.size() &&
       std::isalnum(static_cast<unsigned char>(lower[letters]))))
    return 1;
  double scale = ScaleOf(std::string(glued));
  if (scale == 1 || glued != "m") return scale;
  if (letters < lower.size() && lower[letters] == '+') return scale;
  if (MayCloseWithCurrency(before) &&
      RE2::PartialMatch(before, P().currency_before))
    return scale;
  // Metres where a length is told: "1.5m-wide", "a depth of 15.5m",
  // "15.5m deep".
  if (letters < lower.size() && lower[letters] == '-') return 1;
  {
    size_t n = letters;
    while (n < lower.size() && IsSpace(lower[n])) ++n;
    size_t e = n;
    while (e < lower.size() && IsLetter(lower[e])) ++e;
    const std::string_view after = lower.substr(n, e - n);
    const std::string_view lead(before.data(), before.size());
    for (std::string_view w : {"deep", "wide", "tall", "high", "long"})
      if (after == w) return 1;
    for (std::string_view w : {"depth", "height", "width", "length", "metre"})
      if (lead.find(w) != std::string_view::npos) return 1;
  }
  // Millions, not metres: a number with decimals ("6.75m in 2020"), or one
  // of things counted in the plural ("49m TEUs", "1.2m people"); "a 632m
  // tower" stays metres.
  size_t digits = end;
  while (digits > 0 &&
         (std::isdigit(static_cast<unsigned char>(lower[digits - 1])) ||
          lower[digits - 1] == '.' || lower[digits - 1] == ','))
    --digits;
  if (lower.substr(digits, end - digits).find('.') != std::string_view::npos)
    return scale;
  size_t next = letters;
  while (next < lower.size() && IsSpace(lower[next])) ++next;
  size_t next_end = next;
  while (next_end < lower.size() && IsLetter(lower[next_end])) ++next_end;
  const std::string_view word = lower.substr(next, next_end - next);
  const bool plural =
      word.size() >= 4 && word.back() == 's' && word[word.size() - 2] != 's';
  return plural || word == "people" ? scale : 1;
}

bool MayCloseWithCurrency(StringPiece s) {
  if (!ScreensOn()) return true;
  std::string_view text(s.data(), s.size());
  std::string_view trimmed = text;
  while (!trimmed.empty() && IsSpace(trimmed.back())) trimmed.remove_suffix(1);
  auto ends_with = [](std::string_view t, std::string_view end) {
    return t.size() >= end.size() && t.substr(t.size() - end.size()) == end;
  };
  static const auto* const kCurrencies =
      new std::vector<std::string_view>(WordsOf(R::kCurrency));
  for (std::string_view w : *kCurrencies)
    if (ends_with(IsLetter(w.back()) ? trimmed : text, w)) return true;
  return false;
}

// topic_re: past the non-word bytes that open the sentence, its first word.
bool MayOpenTopic(StringPiece s) {
  if (!ScreensOn()) return true;
  size_t i = 0;
  while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i])) &&
         s[i] != '_')
    ++i;
  size_t j = i;
  while (j < s.size() && IsLetter(s[j])) ++j;
  return S().topic.Has(std::string_view(s.data() + i, j - i));
}

bool MayHoldTarget(StringPiece s) { return S().target.MayHold(s); }

// The date pattern needs a digit, separator and digit ("2023-05-01"), a
// month's name at the start of a word, a colon ("10:30") or a digit before
// "am"/"pm"/"a.m.".
bool MayHoldDate(std::string_view s) {
  if (!ScreensOn()) return true;
  auto digit = [&](size_t i) {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
  };
  auto three = [](char a, char b, char c) {
    return static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 |
           static_cast<unsigned char>(c);
  };
  static const uint32_t kMonths[] = {
      three('j', 'a', 'n'), three('f', 'e', 'b'), three('m', 'a', 'r'),
      three('a', 'p', 'r'), three('m', 'a', 'y'), three('j', 'u', 'n'),
      three('j', 'u', 'l'), three('a', 'u', 'g'), three('s', 'e', 'p'),
      three('o', 'c', 't'), three('n', 'o', 'v'), three('d', 'e', 'c')};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return true;
    if (digit(i)) {
      if (i + 1 < s.size() &&
          (s[i + 1] == '-' || s[i + 1] == '.' || s[i + 1] == '/') &&
          digit(i + 2))
        return true;
      size_t k = i + 1;
      while (k < s.size() && IsSpace(s[k])) ++k;
      if (k + 1 < s.size() && (s[k] == 'a' || s[k] == 'p') &&
          (s[k + 1] == 'm' || s[k + 1] == '.'))
        return true;
    } else if (IsLetter(c) && (i == 0 || !IsLetter(s[i - 1])) &&
               i + 3 <= s.size()) {
      uint32_t word = three(c, s[i + 1], s[i + 2]);
      for (uint32_t m : kMonths)
        if (word == m) return true;
    }
  }
  return false;
}

}  // namespace reader
}  // namespace figcheck
