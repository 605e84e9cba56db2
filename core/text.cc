// Text primitives: UTF-8 validation by the Unicode table of well-formed byte
// sequences, strict dates, a single-pass tokenizer, a rule-based sentence
// splitter, and Snowball's English (Porter2) stemmer: libstemmer from Debian
// natively, its generated C compiled in the WebAssembly build (both from
// Snowball 2.2.0, so both stem alike). Tested by tests/text_test.cc.
#include "core/text.h"

#include <libstemmer.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/numbers.h"

namespace figcheck {
namespace {

// The C locale's classes, inline: the tokenizer and the sentence splitter
// ask of every byte.
bool IsAsciiAlpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsDigit(c); }
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Length of the UTF-8 sequence starting at text[i], or 0 if ill-formed.
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {
      "mr",   "mrs", "ms",  "dr",   "prof", "st",   "no",   "nos", "vs",
      "etc",  "inc", "ltd", "co",   "corp", "jan",  "feb",  "mar", "apr",
      "jun",  "jul", "aug", "sep",  "sept", "oct",  "nov",  "dec", "approx",
      "est",  "fig", "vol", "gov",  "gen",  "rep",  "sen",  "jr",  "sr",
      "dept", "u.s", "u.k", "e.g",  "i.e",  "a.m",  "p.m",  "p",   "pp",
      "tel",  "ext", "cf",  "ibid", "vols", "incl", "excl", "avg", "govt"};
  // Every sentence mark asks: lower-case into a buffer, no allocation.
  constexpr size_t kLongest = 6;
  if (word.size() <= kLongest) {
    char buf[kLongest];
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    std::string_view lower(buf, word.size());
    for (std::string_view a : kAbbreviations)
      if (lower == a) return true;
  }
  // Single capital letters ("U.S.", "J. Smith") are initials.
  return word.size() == 1 && IsAsciiUpper(static_cast<unsigned char>(word[0]));
}

}  // namespace

Status CheckUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // ASCII, the common case, eight bytes at a time.
    if (i + 8 <= text.size()) {
      uint64_t block;
      std::memcpy(&block, text.data() + i, 8);
      if ((block & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    size_t len = Utf8SequenceLength(text, i);
    if (len == 0) {
      std::string hex = FormatHex(static_cast<unsigned char>(text[i]), 2);
      for (char& c : hex) c = static_cast<char>(std::toupper(c));
      return Status(
          ErrorCode::kInvalidUtf8,
          "invalid UTF-8 byte 0x" + hex + " at offset " + std::to_string(i), i);
    }
    i += len;
  }
  return Status();
}

std::string Date::ToString() const {
  // Zero-padded as ISO 8601 writes them; years below 1000 are not dates
  // the reader makes, but print in four digits all the same.
  auto pad = [](int v, size_t width) {
    std::string s = std::to_string(v < 0 ? -v : v);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    return (v < 0 ? "-" : "") + s;
  };
  return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
}

StatusOr<Date> ParseDate(std::string_view text) {
  auto bad = [&] {
    return Status(ErrorCode::kBadDate, "date must be YYYY-MM-DD, got \"" +
                                           std::string(text.substr(0, 32)) +
                                           "\"");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!IsDigit(static_cast<unsigned char>(text[i]))) return bad();
  // The digits are checked above, so no std::stoi (which would bring its
  // error path, and printf with it, into the WebAssembly modules).
  auto number = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  Date d;
  d.year = number(0, 4);
  d.month = number(5, 2);
  d.day = number(8, 2);
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > kDays[d.month - 1] || (d.month == 2 && d.day == 29 && !leap))
    return bad();
  return d;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

// Byte length of an invisible format character at s[i], or 0.
size_t InvisibleLength(const std::string& s, size_t i) {
  auto u = [&](size_t k) {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
  };
  if (u(i) == 0xC2 && u(i + 1) == 0xAD) return 2;  // soft hyphen
  if (u(i) == 0xD8 && u(i + 1) == 0x9C) return 2;  // Arabic letter mark
  if (u(i) == 0xEF && u(i + 1) == 0xBB && u(i + 2) == 0xBF) return 3;  // BOM
  if (u(i) != 0xE2) return 0;
  if (u(i + 1) == 0x80 && ((u(i + 2) >= 0x8B && u(i + 2) <= 0x8F) ||
                           (u(i + 2) >= 0xAA && u(i + 2) <= 0xAE)))
    return 3;
  if (u(i + 1) == 0x81 && u(i + 2) >= 0xA0 && u(i + 2) <= 0xA9) return 3;
  return 0;
}

}  // namespace

std::string FoldForMatching(std::string_view text) {
  std::string out = AsciiLower(text);
  const size_t n = out.size();
  // Control characters (NUL included) are spaces; this also keeps the two
  // marker bytes below from ever coming from the input.
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' &&
        c != '\r')
      c = ' ';
  auto u = [&](size_t i) { return static_cast<unsigned char>(out[i]); };
  auto digit_at = [&](size_t i) {
    return i < n && out[i] >= '0' && out[i] <= '9';
  };
  // Fills [i, i+len) with `first` then kIgnorable bytes.
  auto put = [&](size_t i, size_t len, char first) {
    out[i] = first;
    for (size_t k = 1; k < len; ++k) out[i + k] = kIgnorable;
  };
  for (size_t i = 0; i < n; ++i) {
    unsigned char a = u(i);
    if (a < 0xC2) continue;
    size_t len = 0;
    if (a == 0xC2 && i + 1 < n && u(i + 1) == 0xA0) {
      len = 2;  // no-break space
    } else if (a == 0xE2 && i + 2 < n && u(i + 1) == 0x80 &&
               ((u(i + 2) >= 0x80 && u(i + 2) <= 0x8A) || u(i + 2) == 0xAF)) {
      len = 3;  // U+2000..U+200A spaces, U+202F narrow no-break space
    }
    if (len != 0) {
      // Between digit groups ("6 017") a space is a thousands separator.
      bool group = i > 0 && digit_at(i - 1) && digit_at(i + len) &&
                   digit_at(i + len + 1) && digit_at(i + len + 2) &&
                   !digit_at(i + len + 3);
      put(i, len, group ? kGroupSeparator : ' ');
      if (!group)
        for (size_t k = 1; k < len; ++k) out[i + k] = ' ';
      i += len - 1;
      continue;
    }
    // Invisible format characters: zero-width and bidi controls
    // (U+200B..U+200F, U+202A..U+202E, U+2060..U+2069), the BOM, the soft
    // hyphen and the Arabic letter mark. Inside a word or number they vanish
    // ("G<ZWSP>DP" reads "gdp"); elsewhere they are spaces.
    if (size_t inv = InvisibleLength(out, i); inv != 0) {
      size_t end = i + inv;
      while (size_t more = InvisibleLength(out, end)) end += more;
      size_t before = i;
      while (before > 0 && out[before - 1] == kIgnorable) --before;
      bool inside = before > 0 &&
                    IsAsciiAlnum(static_cast<unsigned char>(out[before - 1])) &&
                    end < n &&
                    IsAsciiAlnum(static_cast<unsigned char>(out[end]));
      for (size_t k = i; k < end; ++k) out[k] = inside ? kIgnorable : ' ';
      i = end - 1;
      continue;
    }
    // Fullwidth digits and separators (U+FF10..U+FF19, U+FF0C, U+FF0E, U+FF05).
    if (a == 0xEF && i + 2 < n && u(i + 1) == 0xBC) {
      unsigned char c = u(i + 2);
      if (c >= 0x90 && c <= 0x99) {
        put(i, 3, static_cast<char>('0' + (c - 0x90)));
      } else if (c == 0x8C) {
        put(i, 3, ',');
      } else if (c == 0x8E) {
        put(i, 3, '.');
      } else if (c == 0x85) {
        put(i, 3, '%');
      } else {
        continue;
      }
      i += 2;
      continue;
    }
    // Unicode minus and dashes read as ASCII hyphens ("2011–2021").
    if (a == 0xE2 && i + 2 < n &&
        ((u(i + 1) == 0x88 && u(i + 2) == 0x92) ||
         (u(i + 1) == 0x80 && (u(i + 2) == 0x93 || u(i + 2) == 0x94 ||
                               u(i + 2) == 0x90 || u(i + 2) == 0x91)))) {
      bool digits_around = i > 0 && digit_at(i - 1) && digit_at(i + 3);
      if (digits_around || (u(i + 1) == 0x88)) {
        put(i, 3, '-');
        i += 2;
      }
    }
  }
  // Inside each word or number, fillers move to its end ("tril<ZWSP>lion"
  // reads "trillion", "２０２３" reads "2023"): token boundaries keep their
  // offsets, and patterns see whole words.
  for (size_t i = 0; i < n;) {
    auto in_token = [&](size_t k) {
      unsigned char c = static_cast<unsigned char>(out[k]);
      return IsAsciiAlnum(c) || c == static_cast<unsigned char>(kIgnorable);
    };
    if (!in_token(i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && in_token(end)) ++end;
    // Fillers before the first letter or digit stay: they belong to the
    // character before the token (the minus of "−4.72").
    while (i < end && out[i] == kIgnorable) ++i;
    size_t w = i;
    for (size_t k = i; k < end; ++k)
      if (out[k] != kIgnorable) out[w++] = out[k];
    for (; w < end; ++w) out[w] = kIgnorable;
    i = end;
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 3 + 1);  // a word and a space: 4 bytes or so
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    Token t;
    t.start = static_cast<uint32_t>(i);
    unsigned char c = s[i];
    if (IsAsciiSpace(c)) {
      t.type = TokenType::kSpace;
      while (i < n && IsAsciiSpace(s[i])) {
        if (s[i] == '\n') t.newline = true;
        ++i;
      }
    } else if (IsDigit(c)) {
      t.type = TokenType::kNumber;
      while (i < n) {
        if (IsDigit(s[i])) {
          ++i;
        } else if (s[i] == ',' || s[i] == '.' || s[i] == kGroupSeparator ||
                   s[i] == kIgnorable) {
          // Separators and fillers continue the number only before a digit;
          // at most one ',' or '.' among them.
          size_t j = i;
          int marks = 0;
          while (j < n && (s[j] == kGroupSeparator || s[j] == kIgnorable ||
                           ((s[j] == ',' || s[j] == '.') && marks++ == 0)))
            ++j;
          if (j < n && IsDigit(s[j])) {
            i = j;
          } else {
            break;
          }
        } else {
          break;
        }
      }
    } else if (IsAsciiAlpha(c) || (c >= 0xC3 && c != 0xE2 && c != 0xEF)) {
      t.type = TokenType::kWord;
      while (i < n) {
        if (IsAsciiAlpha(s[i])) {
          ++i;
        } else if (s[i] >= 0x80) {
          // Non-ASCII letters stay in the word; punctuation such as curly
          // quotes (E2 80 xx) ends it.
          size_t len = Utf8SequenceLength(text, i);
          if (len == 0) len = 1;
          if (s[i] == 0xE2 || s[i] == 0xEF || s[i] == 0xC2) break;
          i += len;
        } else if (s[i] == '&' && i + 1 < n && IsAsciiAlpha(s[i + 1])) {
          ++i;  // "R&D"
        } else if (s[i] == kIgnorable) {
          size_t j = i;
          while (j < n && s[j] == kIgnorable) ++j;
          if (j < n && IsAsciiAlpha(s[j])) {
            i = j;  // an invisible character inside a word
          } else {
            break;
          }
        } else {
          break;
        }
      }
    } else {
      t.type = TokenType::kPunct;
      size_t len = c >= 0x80 ? Utf8SequenceLength(text, i) : 1;
      i += len == 0 ? 1 : len;
    }
    // Trailing fillers belong to the token's last character ("２" is
    // '2' and two fillers).
    if (t.type == TokenType::kNumber || t.type == TokenType::kWord)
      while (i < n && s[i] == kIgnorable) ++i;
    if (i == t.start) {  // never stall on an unexpected byte
      t.type = TokenType::kPunct;
      ++i;
    }
    t.end = static_cast<uint32_t>(i);
    tokens.push_back(t);
  }
  return tokens;
}

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> spans;
  size_t n = text.size();
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t a = start, b = end;
    while (a < b && IsAsciiSpace(static_cast<unsigned char>(text[a]))) ++a;
    while (b > a && IsAsciiSpace(static_cast<unsigned char>(text[b - 1]))) --b;
    if (b > a)
      spans.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
    start = end;
  };
  // The bytes that can end a sentence; the rest are passed over at once.
  static constexpr auto kMarks = [] {
    std::array<bool, 256> marks{};
    for (unsigned char c : {'\n', ':', '.', '!', '?'}) marks[c] = true;
    return marks;
  }();
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    if (!kMarks[static_cast<unsigned char>(c)]) continue;
    if (c == '\n') {
      emit(i + 1);
      continue;
    }
    // "outlining 33 specific actions:First, we aim": a glued colon before a
    // capital starts a new sentence too.
    if (c == ':' && i + 1 < n &&
        IsAsciiUpper(static_cast<unsigned char>(text[i + 1])) && i > 0 &&
        IsAsciiLower(static_cast<unsigned char>(text[i - 1]))) {
      emit(i + 1);
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // Decimal point or "No.1".
    if (i + 1 < n && IsDigit(static_cast<unsigned char>(text[i + 1]))) continue;
    // Consume closing quotes/brackets after the mark.
    size_t j = i + 1;
    while (j < n && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j + 2 < n && static_cast<unsigned char>(text[j]) == 0xE2 &&
        static_cast<unsigned char>(text[j + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[j + 2]) == 0x9D ||
         static_cast<unsigned char>(text[j + 2]) == 0x99))
      j += 3;  // ” or ’
    bool space = j < n && IsAsciiSpace(static_cast<unsigned char>(text[j]));
    size_t k = j;
    while (k < n && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k >= n) {
      emit(n);
      break;
    }
    unsigned char next = static_cast<unsigned char>(text[k]);
    bool opener = IsAsciiUpper(next) || IsDigit(next) || next == '"' ||
                  next == '\'' || next == 0xE2 || next == '\n' || next == '(';
    if (!opener) continue;
    // The word before the mark.
    size_t w = i;
    while (w > start &&
           (IsAsciiAlpha(static_cast<unsigned char>(text[w - 1])) ||
            text[w - 1] == '.'))
      --w;
    std::string_view word = text.substr(w, i - w);
    if (c == '.' && IsAbbreviation(word)) continue;
    if (!space) {
      // "reporters.Building": only a lower-case word glued to a capital.
      if (c != '.' || word.size() < 2 ||
          !IsAsciiLower(static_cast<unsigned char>(word.back())) ||
          !IsAsciiUpper(next))
        continue;
    }
    emit(j);
  }
  if (start < n) emit(n);
  return spans;
}

namespace {

// One Snowball stemmer per thread: a stemmer keeps the word it works on, so
// it cannot be shared, and creating one per word would allocate each time.
struct Stemmer {
  sb_stemmer* english = sb_stemmer_new("english", "UTF_8");
  ~Stemmer() { sb_stemmer_delete(english); }
};

}  // namespace

// One per thread natively (a scan reads on several); WebAssembly has one
// thread, and its modules have no thread-local storage without atomics.
#ifdef __EMSCRIPTEN__
#define FIGCHECK_PER_THREAD static
#else
#define FIGCHECK_PER_THREAD thread_local
#endif

std::string Stem(std::string_view lower_word) {
  FIGCHECK_PER_THREAD Stemmer stemmer;
  // A draft repeats its words; remembering their stems saves most of the
  // stemmer's time in a scan. Bounded so a long run cannot grow it forever.
  FIGCHECK_PER_THREAD std::unordered_map<std::string, std::string> known;
  constexpr size_t kMaxKnown = 1 << 15;
  std::string word(lower_word);
  if (auto it = known.find(word); it != known.end()) return it->second;
  // Only out of memory makes either call fail; the word then stays whole.
  if (stemmer.english == nullptr) return word;
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer.english, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  if (stem == nullptr) return word;
  std::string out(reinterpret_cast<const char*>(stem),
                  static_cast<size_t>(sb_stemmer_length(stemmer.english)));
  if (known.size() >= kMaxKnown) known.clear();
  known.emplace(std::move(word), out);
  return out;
}

}  // namespace figcheck
