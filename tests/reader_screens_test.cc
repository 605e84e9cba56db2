// Tests the reader's screens (core/reader/patterns.h): the byte and word
// tests run before RE2 patterns only make reading faster, so a screen that
// says "cannot match" where its pattern would match loses figures without
// a trace. Every text here is read with screens on and off
// (core/reader_testing.h), in source and claim mode, and the two readings
// must agree in every field of every figure. The texts: the documents under
// data/sources/, the fuzz seed corpora and the scan fixtures, and sentences
// generated with a fixed seed from number spellings, filler words, the
// figure-word table (core/reader/words.h), each word where its role puts
// it, and strings sampled from the reader's compiled patterns. A word added
// to the table is tried here at once, without anyone remembering this test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/figure.h"
#include "core/reader.h"
#include "core/reader/patterns.h"
#include "core/reader/words.h"
#include "core/reader_testing.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::D;

// ------------------------------------------------------------ reading

// Puts the screens back even when an assertion returns early.
class ScreensOff {
 public:
  ScreensOff() { SetReaderScreensForTesting(false); }
  ~ScreensOff() { SetReaderScreensForTesting(true); }
};

std::string Number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string Weight(float w) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%.9g", w);
  return buf;
}

// Per sentence, a line for it and lines for each figure with every field:
// two readings are the same when these lines are.
std::vector<std::string> Serialise(const std::vector<SentenceFigures>& read,
                                   size_t* figures) {
  std::vector<std::string> out;
  for (const SentenceFigures& sf : read) {
    std::string s = "sentence [" + std::to_string(sf.sentence.start) + "," +
                    std::to_string(sf.sentence.end) + ") terms:";
    for (const std::string& t : sf.terms) s += " " + t;
    for (const Figure& f : sf.figures) {
      const Quantity& q = f.quantity;
      s += "\n  figure [" + std::to_string(f.start) + "," +
           std::to_string(f.end) + ") \"" + f.text +
           "\" value=" + Number(q.value) + " step=" + Number(q.step) +
           " unit=" + q.unit.ToString() +
           " qualifier=" + QualifierName(q.qualifier) +
           " kind=" + (q.kind == Kind::kChange ? "change" : "level") +
           " direction=" + std::to_string(q.direction) +
           " period=" + std::to_string(f.period.from) + "-" +
           std::to_string(f.period.to) + "/" + std::to_string(f.period.years) +
           (f.period.stated ? " stated" : " inferred") +
           " target=" + std::to_string(f.target) +
           " spelled=" + std::to_string(f.spelled) +
           " pair=" + std::to_string(f.pair) +
           " pair_from=" + std::to_string(f.pair_from) + "\n    its terms:";
      for (const auto& [term, weight] : f.terms)
        s += " " + term + "=" + Weight(weight);
      s += "\n    its nouns:";
      for (const std::string& n : f.nouns) s += " " + n;
      ++*figures;
    }
    out.push_back(std::move(s));
  }
  return out;
}

// Control bytes visible, long sentences cut: a failure names the sentence.
std::string Quote(std::string_view s) {
  std::string out;
  for (unsigned char c : s.substr(0, 400)) {
    if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > 400) out += "…";
  return out;
}

// The lines only one of `on` and `off` holds (a longest common subsequence
// of lines apart), so one figure found or lost shows as one line; figures
// first, as the terms of every figure change with them.
std::string Difference(const std::string& on, const std::string& off) {
  auto lines = [](const std::string& s) {
    std::vector<std::string> out;
    size_t a = 0;
    for (size_t b; (b = s.find('\n', a)) != std::string::npos; a = b + 1)
      out.push_back(s.substr(a, b - a));
    out.push_back(s.substr(a));
    return out;
  };
  std::vector<std::string> x = lines(on), y = lines(off);
  size_t n = x.size(), m = y.size();
  std::vector<std::vector<size_t>> common(n + 1, std::vector<size_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      common[i][j] = x[i] == y[j]
                         ? common[i + 1][j + 1] + 1
                         : std::max(common[i + 1][j], common[i][j + 1]);
  std::string figures, out;
  size_t i = 0, j = 0, others = 0;
  auto add = [&](const char* side, const std::string& line) {
    if (line.rfind("  figure", 0) == 0) {
      figures += side + line + "\n";
    } else if (++others <= 8) {
      out += side + line + "\n";
    }
  };
  while (i < n || j < m) {
    if (i < n && j < m && x[i] == y[j]) {
      ++i, ++j;
    } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
      add("  only with screens:    ", x[i++]);
    } else {
      add("  only without screens: ", y[j++]);
    }
  }
  if (others > 8) out += "  … " + std::to_string(others - 8) + " more lines\n";
  return figures + out;
}

struct Tally {
  size_t texts = 0, sentences = 0, figures = 0, mismatches = 0;
  std::set<std::string> seen;  // qualifier, unit, kind, ... values read
};

// Reads `text` both ways in both modes; a failure per mode names the first
// sentence that differs (the ones after it inherit its context).
void ExpectSameReading(const std::string& name, std::string_view text,
                       Date date, Tally* tally) {
  const Lexicon& lexicon = test_data::RealLexicon();
  ++tally->texts;
  for (ReadMode mode : {ReadMode::kSource, ReadMode::kClaim}) {
    std::vector<SentenceFigures> screened =
        ReadFigures(text, date, lexicon, mode);
    std::vector<SentenceFigures> unscreened;
    {
      ScreensOff off;
      unscreened = ReadFigures(text, date, lexicon, mode);
    }
    size_t figures = 0, ignored = 0;
    std::vector<std::string> on = Serialise(screened, &figures);
    std::vector<std::string> off = Serialise(unscreened, &ignored);
    if (mode == ReadMode::kSource) {  // a text counts once
      tally->sentences += on.size();
      tally->figures += figures;
    }
    for (const SentenceFigures& sf : screened)
      for (const Figure& f : sf.figures) {
        const Quantity& q = f.quantity;
        tally->seen.insert(std::string("qualifier ") +
                           QualifierName(q.qualifier));
        tally->seen.insert("unit " + q.unit.ToString());
        if (q.kind == Kind::kChange)
          tally->seen.insert("change " + std::to_string(q.direction));
        if (f.period.from != 0) tally->seen.insert("period");
        if (f.period.years != 0) tally->seen.insert("span");
        if (f.target) tally->seen.insert("target");
        if (f.pair >= 0) tally->seen.insert("pair");
        if (f.spelled) tally->seen.insert("spelled");
      }
    const char* how = mode == ReadMode::kSource ? "source" : "claim";
    if (on.size() != off.size()) {
      ++tally->mismatches;
      ADD_FAILURE() << name << " (" << how << " mode): " << on.size()
                    << " sentences with screens, " << off.size() << " without";
      continue;
    }
    for (size_t i = 0; i < on.size(); ++i) {
      if (on[i] == off[i]) continue;
      ++tally->mismatches;
      const Span& s = screened[i].sentence;
      ADD_FAILURE() << name << " (" << how << " mode): a screen changes what "
                    << "is read in sentence " << i << ":\n  \""
                    << Quote(text.substr(s.start, s.end - s.start)) << "\"\n"
                    << Difference(on[i], off[i]);
      break;
    }
  }
}

void Report(const char* what, const Tally& t) {
  std::printf(
      "[ screens  ] %s: %zu texts, %zu sentences, %zu figures "
      "compared, each read in both modes\n",
      what, t.texts, t.sentences, t.figures);
}

// ------------------------------------------------- sampling the patterns

// A regular expression as a tree: as much of RE2's syntax as the reader's
// patterns use. Sampling it gives text the pattern (or the piece of one)
// matches, more or less: repetitions are kept short.
struct Regex {
  enum Type { kLiteral, kChoice, kSequence, kRepeat };
  Type type = kSequence;
  std::vector<std::string> choices;  // kLiteral: one; kChoice: any one
  std::vector<Regex> parts;          // kSequence: all; kChoice of subtrees
  int min = 0, max = 0;              // kRepeat of parts[0]
};

Regex Literal(std::string s) {
  Regex r;
  r.type = Regex::kLiteral;
  r.choices.push_back(std::move(s));
  return r;
}

Regex Choice(std::vector<std::string> choices) {
  Regex r;
  r.type = Regex::kChoice;
  r.choices = std::move(choices);
  return r;
}

std::vector<std::string> Letters() {
  std::vector<std::string> out;
  for (char c = 'a'; c <= 'z'; ++c) out.push_back(std::string(1, c));
  return out;
}

// What an escape may stand for. Spaces are mostly ' ', sometimes the ones
// the folding turns into spaces; \x1e (a filler in folded text) comes from
// a zero-width space.
bool EscapeChoices(char c, std::vector<std::string>* out) {
  switch (c) {
    case 's': *out = {" ", " ", " ", "\t", "  ", "\xC2\xA0"}; return true;
    case 'd':
      *out = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
      return true;
    case 'b': *out = {""}; return true;
    case 'w': *out = Letters(); return true;
    case 'W': *out = {" ", ",", "(", "\"", " - "}; return true;
    default: break;
  }
  if (std::isalnum(static_cast<unsigned char>(c))) return false;
  *out = {std::string(1, c)};
  return true;
}

size_t Utf8Length(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

class RegexParser {
 public:
  explicit RegexParser(std::string_view s) : s_(s) {}
  bool Parse(Regex* out) {
    *out = Alternation();
    return ok_ && i_ == s_.size();
  }

 private:
  bool At(char c) const { return i_ < s_.size() && s_[i_] == c; }

  Regex Alternation() {
    std::vector<Regex> branches{Sequence()};
    while (ok_ && At('|')) {
      ++i_;
      branches.push_back(Sequence());
    }
    if (branches.size() == 1) return std::move(branches[0]);
    Regex r;
    r.type = Regex::kChoice;
    r.parts = std::move(branches);
    return r;
  }

  Regex Sequence() {
    Regex seq;
    while (ok_ && i_ < s_.size() && !At('|') && !At(')')) {
      Regex atom = Atom();
      if (At('?') || At('*') || At('+') || At('{'))
        atom = Repeat(std::move(atom));
      seq.parts.push_back(std::move(atom));
    }
    return seq;
  }

  Regex Repeat(Regex atom) {
    Regex r;
    r.type = Regex::kRepeat;
    char c = s_[i_++];
    if (c == '?') {
      r.max = 1;
    } else if (c == '*') {
      r.max = 2;
    } else if (c == '+') {
      r.min = 1;
      r.max = 3;
    } else {
      r.min = r.max = Count();
      if (At(',')) {
        ++i_;
        r.max = At('}') ? r.min + 3 : Count();
      }
      if (!At('}')) ok_ = false;
      ++i_;
    }
    r.max = std::min(r.max, r.min + 3);
    if (At('?')) ++i_;  // lazy: same strings
    r.parts.push_back(std::move(atom));
    return r;
  }

  int Count() {
    int n = 0;
    if (!(i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))))
      ok_ = false;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])))
      n = n * 10 + (s_[i_++] - '0');
    return n;
  }

  Regex Atom() {
    char c = s_[i_];
    if (c == '(') {
      ++i_;
      if (s_.substr(i_, 2) == "?:") i_ += 2;
      Regex inner = Alternation();
      if (!At(')')) ok_ = false;
      ++i_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '^' || c == '$') {
      ++i_;
      return Literal("");
    }
    if (c == '.') {
      ++i_;
      return Choice(Letters());
    }
    if (c == '\\') {
      std::vector<std::string> choices;
      if (!Escape(&choices)) ok_ = false;
      return Choice(std::move(choices));
    }
    size_t n = Utf8Length(static_cast<unsigned char>(c));
    Regex r = Literal(std::string(s_.substr(i_, n)));
    i_ += n;
    return r;
  }

  // After the backslash: one escape, as choices.
  bool Escape(std::vector<std::string>* out) {
    ++i_;
    if (i_ >= s_.size()) return false;
    if (s_[i_] == 'x') {
      if (s_.substr(i_ + 1, 2) != "1e") return false;
      i_ += 3;
      *out = {"\xE2\x80\x8B"};
      return true;
    }
    return EscapeChoices(s_[i_++], out);
  }

  Regex Class() {
    ++i_;
    bool negated = At('^');
    if (negated) ++i_;
    std::vector<std::string> members;
    while (ok_ && i_ < s_.size() && !At(']')) {
      if (At('\\')) {
        std::vector<std::string> e;
        if (!Escape(&e)) ok_ = false;
        members.insert(members.end(), e.begin(), e.end());
        continue;
      }
      size_t n = Utf8Length(static_cast<unsigned char>(s_[i_]));
      std::string first(s_.substr(i_, n));
      i_ += n;
      if (n == 1 && At('-') && i_ + 1 < s_.size() && s_[i_ + 1] != ']') {
        for (char x = first[0]; x <= s_[i_ + 1]; ++x)
          members.push_back(std::string(1, x));
        i_ += 2;
      } else {
        members.push_back(first);
      }
    }
    if (!At(']')) ok_ = false;
    ++i_;
    // The reader's negated classes exclude punctuation: letters are outside.
    return Choice(negated ? Letters() : members);
  }

  std::string_view s_;
  size_t i_ = 0;
  bool ok_ = true;
};

class Random {
 public:
  explicit Random(uint32_t seed) : engine_(seed) {}
  // std::mt19937's numbers are fixed by the standard; distributions are not.
  size_t Below(size_t n) { return engine_() % n; }
  bool OneIn(size_t n) { return Below(n) == 0; }
  template <typename T>
  const T& Of(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  std::mt19937 engine_;
};

void Sample(const Regex& r, Random& random, std::string* out) {
  switch (r.type) {
    case Regex::kLiteral: *out += r.choices[0]; return;
    case Regex::kChoice:
      if (!r.parts.empty()) {
        Sample(random.Of(r.parts), random, out);
      } else if (!r.choices.empty()) {
        *out += random.Of(r.choices);
      }
      return;
    case Regex::kSequence:
      for (const Regex& p : r.parts) Sample(p, random, out);
      return;
    case Regex::kRepeat: {
      size_t n = r.min + random.Below(r.max - r.min + 1);
      for (size_t k = 0; k < n; ++k) Sample(r.parts[0], random, out);
      return;
    }
  }
}

// The reader's patterns by where they look: what precedes a number (anchored
// with $), what follows it (anchored with ^), anywhere in a sentence.
struct ReaderPatterns {
  std::vector<Regex> before, after, anywhere;
  size_t size() const { return before.size() + after.size() + anywhere.size(); }
};

// Every pattern of the reader as compiled, parsed. A pattern the parser
// cannot read fails the test: teach the parser, or the pattern's words go
// untried.
ReaderPatterns ReadReaderPatterns() {
  ReaderPatterns out;
  for (const re2::RE2* re : reader::P().All()) {
    const std::string& pattern = re->pattern();
    Regex r;
    if (RegexParser(pattern).Parse(&r)) {
      if (pattern.back() == '$') {
        out.before.push_back(std::move(r));
      } else if (pattern.front() == '^') {
        out.after.push_back(std::move(r));
      } else {
        out.anywhere.push_back(std::move(r));
      }
    } else {
      ADD_FAILURE() << "cannot sample the pattern " << pattern;
    }
  }
  return out;
}

// The figure words by where their role puts them (reader::WhereOf).
struct TableWords {
  std::vector<std::string_view> before, after, number, anywhere;
};

TableWords ReadTableWords() {
  TableWords out;
  for (const reader::FigureWord& w : reader::FigureWords()) {
    switch (reader::WhereOf(w.role)) {
      case reader::WordPlace::kBefore: out.before.push_back(w.surface); break;
      case reader::WordPlace::kAfter: out.after.push_back(w.surface); break;
      case reader::WordPlace::kNumber: out.number.push_back(w.surface); break;
      case reader::WordPlace::kAnywhere:
        out.anywhere.push_back(w.surface);
        break;
    }
  }
  return out;
}

// ------------------------------------------------ generated sentences

std::string Digits(Random& random, size_t n) {
  std::string s(1, static_cast<char>('1' + random.Below(9)));
  while (s.size() < n) s += static_cast<char>('0' + random.Below(10));
  return s;
}

// A number as news copy, reports and claims write it.
std::string NumberSpelling(Random& random) {
  static const std::vector<std::string> kWhole = {
      "6,017",
      "24,087",
      "1,234,567",
      "6\xE2\x80\xAF"
      "017",
      "6 017",
      "548",
      "38.3",
      "4.72",
      "0.5",
      "1.2",
      "49.158",
      "100",
      "2023",
      "1999",
      "2100",
      "12",
      "3",
      "10",
      "20",
      "4.72e12",
      "1.5E+9",
      "1e-4",
      "\xEF\xBC\x94\xEF\xBC\x8E\xEF\xBC\x97",  // fullwidth "4.7"
      "2011-2021",
      "2011 to 2021",
      "2019\xE2\x80\x93"
      "2023",
      "3-5",
      "4.7\xE2\x80\x93"
      "4.8",
      "5-10",
      "1/3",
      "10^12",
      "664",
      "1.5"};
  static const std::vector<std::string> kBefore = {
      "",     "",    "",         "",      "US$",   "$", "\xC2\xA5",     "RMB",
      "RMB ", "USD", "USD ",     "CNY ",  "U.S.$", "-", "\xE2\x88\x92", "(",
      "#",    "No.", "between ", "from ", "Phase "};
  static const std::vector<std::string> kAfter = {"",
                                                  "",
                                                  "",
                                                  "",
                                                  "",
                                                  "%",
                                                  " %",
                                                  "\xEF\xBC\x85",
                                                  "tn",
                                                  "bn",
                                                  "m",
                                                  "k",
                                                  "mn",
                                                  "bln",
                                                  "trn",
                                                  " million",
                                                  " billion",
                                                  " trillion",
                                                  " thousand",
                                                  "\xC3\x97"
                                                  "10^12",
                                                  " x 10^12",
                                                  "\xC3\x97"
                                                  "10\xC2\xB9\xC2\xB2",
                                                  "th",
                                                  "-fold",
                                                  " times",
                                                  " percent",
                                                  " per cent",
                                                  " percentage points",
                                                  ")",
                                                  "s",
                                                  "\xE2\x80\x8B"};
  std::string n;
  switch (random.Below(4)) {
    case 0: n = random.Of(kWhole); break;
    case 1: n = Digits(random, 1 + random.Below(7)); break;
    case 2:
      n = Digits(random, 1 + random.Below(3)) + "." +
          Digits(random, 1 + random.Below(3));
      break;
    default: {
      n = Digits(random, 1 + random.Below(3));
      for (size_t k = 1 + random.Below(3); k > 0; --k) {
        n += ',';
        for (int d = 0; d < 3; ++d)
          n += static_cast<char>('0' + random.Below(10));
      }
    }
  }
  std::string s = random.Of(kBefore) + n + random.Of(kAfter);
  if (random.OneIn(6)) {
    static const std::vector<std::string> kJoin = {" and ", " to ", "-", " or ",
                                                   ", "};
    s += random.Of(kJoin) + Digits(random, 1 + random.Below(4));
  }
  return s;
}

// A surface of the table as text writes it: a space in it is any run of
// spaces, as in the patterns made from it.
void AddTableWord(std::string_view surface, Random& random, std::string* out) {
  static const std::vector<std::string> kSpaces = {" ",  " ",  " ",
                                                   "  ", "\t", "\xC2\xA0"};
  for (char c : surface) {
    if (c == ' ') {
      *out += random.Of(kSpaces);
    } else {
      *out += c;
    }
  }
}

const std::vector<std::string>& FillerWords() {
  static const std::vector<std::string> kWords = {
      "the",         "city",
      "GDP",         "port",
      "handled",     "reached",
      "exports",     "of",
      "and",         "in",
      "to",          "which",
      "its",         "these",
      "it",          "said",
      "according",   "per",
      "capita",      "people",
      "by",          "output",
      "value",       "total",
      "a",           "an",
      "enterprises", "foreign-invested",
      "R&D",         "Shanghai",
      "China's",     "companies",
      "listed",      "STAR",
      "Market",      "new",
      "more",        "than",
      "year",        "last",
      "this",        "since",
      "over",        "up",
      "down",        "was",
      "were",        "has",
      "have",        "will",
      "set",         "is",
      "are",         "with",
      "as",          "when",
      "regarding",   "that",
      "they",        "also",
      "but",         "respectively",
      "of which",    "among them",
      "same period", "compared with",
      "versus",      "vs.",
      "a.m.",        "p.m.",
      "10:30",       "March 5",
      "5th of May",  "2023-05-01",
      "Jan.",        "Sept.",
      "COVID-19",    "5G",
      "C919",        "[1]",
      "'3'",         "\"7\"",
      "north",       "shy",
      "region",      "neighbourhood",
      "order",       "excess",
      "upwards",     "consecutive",
      "quarters",    "months",
      "ago",         "plus",
      "so",          "or",
      "square",      "units",
      "TEUs",        "tons",
      "tonnes",      "standard coal",
      "km",          "kilometres",
      "fold"};
  return kWords;
}

// One sentence: figures (a number, often with what a pattern reads before or
// after it), samples of any pattern and filler words in random order,
// joined mostly by single spaces, sometimes by punctuation or nothing.
std::string GeneratedSentence(Random& random, const ReaderPatterns& patterns,
                              const TableWords& words) {
  static const std::vector<std::string> kJoins = {
      " ",       " ",  " ",   " ",  " ",
      " ",       ", ", " - ", "",   " (",
      ") ",      "; ", "\t",  ": ", " \xE2\x80\x94 ",
      "\xC2\xA0"};
  std::string s;
  size_t pieces = 3 + random.Below(9);
  for (size_t k = 0; k < pieces; ++k) {
    if (k > 0) s += random.Of(kJoins);
    size_t what = random.Below(5);
    if (what < 2) {
      if (random.OneIn(2)) Sample(random.Of(patterns.before), random, &s);
      s += NumberSpelling(random);
      if (random.OneIn(2)) Sample(random.Of(patterns.after), random, &s);
    } else if (what < 3) {
      // Figure words where their roles put them, around a number or a
      // number word.
      if (random.OneIn(2)) {
        AddTableWord(random.Of(words.before), random, &s);
        s += ' ';
      }
      if (random.OneIn(3)) {
        AddTableWord(random.Of(words.number), random, &s);
        if (random.OneIn(2)) {
          s += random.OneIn(2) ? " " : "-";
          AddTableWord(random.Of(words.number), random, &s);
        }
      } else {
        s += NumberSpelling(random);
      }
      if (random.OneIn(2)) {
        if (!random.OneIn(4)) s += ' ';
        AddTableWord(random.Of(words.after), random, &s);
      }
    } else if (what < 4) {
      if (random.OneIn(2)) {
        AddTableWord(random.Of(words.anywhere), random, &s);
        continue;
      }
      const std::vector<Regex>* all[] = {&patterns.before, &patterns.after,
                                         &patterns.anywhere};
      Sample(random.Of(*all[random.Below(3)]), random, &s);
    } else {
      s += random.Of(FillerWords());
    }
  }
  if (random.OneIn(5)) {
    for (char& c : s)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  } else if (!s.empty()) {
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  }
  return s + (random.OneIn(8) ? "" : ".");
}

// ------------------------------------------------------------- tests

TEST(ReaderScreens, SourceDocumentsReadTheSameWithoutScreens) {
  Tally tally;
  for (const SourceText& s : test_data::RealSources())
    ExpectSameReading("data/sources/" + s.meta.file, s.text,
                      D(s.meta.date.c_str()), &tally);
  EXPECT_GE(tally.texts, 5u);
  EXPECT_GT(tally.figures, 200u);
  Report("sources", tally);
}

// Seeds are claims (check), drafts (scan_*) and fact bases (factbase): all
// are text to the reader. Drafts are read raw and as extracted for a scan.
TEST(ReaderScreens, FuzzSeedsAndScanFixturesReadTheSameWithoutScreens) {
  namespace fs = std::filesystem;
  Tally tally;
  std::vector<fs::path> files;
  for (const char* dir : {"fuzz/corpus", "tests/fixtures/scan"})
    for (const auto& e :
         fs::recursive_directory_iterator(test_data::RepoPath(dir)))
      if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  size_t skipped = 0;
  for (const fs::path& path : files) {
    std::string bytes = test_data::ReadFile(path.string());
    if (!CheckUtf8(bytes).ok()) {
      ++skipped;  // the reader's callers refuse these
      continue;
    }
    std::string name =
        path.lexically_relative(test_data::RepoPath("")).string();
    ExpectSameReading(name, bytes, D("2024-06-01"), &tally);
    DraftFormat format = FormatForPath(path.string());
    if (name.find("scan_html") != std::string::npos)
      format = DraftFormat::kHtml;
    if (name.find("scan_markdown") != std::string::npos)
      format = DraftFormat::kMarkdown;
    if (format != DraftFormat::kPlain || name.find("scan") != std::string::npos)
      ExpectSameReading(name + " (extracted)", ExtractText(bytes, format).text,
                        D("2024-06-01"), &tally);
  }
  EXPECT_GT(tally.texts, 100u);
  Report("fuzz seeds and scan fixtures", tally);
  std::printf("[ screens  ] %zu seeds skipped: not UTF-8\n", skipped);
}

// Every pattern and figure word of the reader, sampled, next to numbers in
// many spellings.
// The tally checks the text reaches every kind of reading, so a generator
// that stopped producing, say, qualifiers would fail rather than pass idly.
TEST(ReaderScreens, GeneratedSentencesReadTheSameWithoutScreens) {
  ReaderPatterns patterns = ReadReaderPatterns();
  ASSERT_GE(patterns.size(), 40u)
      << "the reader has fewer patterns than expected";
  ASSERT_GE(patterns.before.size(), 5u);
  ASSERT_GE(patterns.after.size(), 5u);
  TableWords words = ReadTableWords();
  ASSERT_GE(words.before.size(), 100u);
  ASSERT_GE(words.after.size(), 50u);
  ASSERT_GE(words.number.size(), 50u);
  Random random(20241123);
  Tally tally;
  constexpr int kTexts = 1000;
  constexpr int kSentencesPerText = 10;
  for (int t = 0; t < kTexts; ++t) {
    std::string text;
    for (int k = 0; k < kSentencesPerText; ++k) {
      if (k > 0) text += random.OneIn(4) ? "\n\n" : " ";
      text += GeneratedSentence(random, patterns, words);
    }
    ExpectSameReading("generated text " + std::to_string(t), text,
                      D("2024-03-28"), &tally);
    if (tally.mismatches >= 10) {
      ADD_FAILURE() << "stopped after 10 texts that read differently";
      break;
    }
  }
  for (const char* reading :
       {"qualifier exact", "qualifier approximately", "qualifier more than",
        "qualifier at least", "qualifier less than", "qualifier at most",
        "unit %", "unit pp", "unit USD", "unit CNY", "unit x", "unit count",
        "change 1", "change -1", "period", "span", "target", "pair", "spelled"})
    EXPECT_TRUE(tally.seen.count(reading))
        << "no generated figure has " << reading;
  Report("generated", tally);
}

// The sampler's own error path: syntax it does not know is refused, so a
// new kind of pattern fails ReadReaderPatterns loudly instead of going untried.
TEST(ReaderScreens, SamplerRefusesSyntaxItDoesNotKnow) {
  struct Case {
    const char* pattern;
    bool ok;
  } const kCases[] = {
      {R"(\b(more\s+than|over)\s+$)", true},
      {R"(^[\s\x1e-]*(percent\b|per\s+cent\b))", true},
      {R"((?:\w+\W+){0,5}?(these|this))", true},
      {R"(a{2,})", true},
      {R"((unclosed)", false},
      {R"(\p{L}+)", false},
      {R"(a{,3})", false},
      {R"([abc)", false},
  };
  for (const Case& c : kCases) {
    Regex r;
    EXPECT_EQ(RegexParser(c.pattern).Parse(&r), c.ok) << c.pattern;
  }
}

}  // namespace
}  // namespace figcheck
