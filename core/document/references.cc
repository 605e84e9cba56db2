// ReferenceSpans (core/document.h): the numbers of an extracted text that are
// references, not statements (list numbering, phone numbers, pages,
// versions, citation markers, web and mail addresses). A hand-written
// scanner over the whole text, no regular expressions: it reads every byte
// of every draft, so it looks closer only at words that can start a label,
// digits and a few marks. Tested by tests/scan_test.cc (ReferenceSpansTest,
// ScanTest.NonClaimsGiveNoFinding).
#include <algorithm>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/document/extract.h"

namespace figcheck {
namespace document {
namespace {

class ReferenceScanner {
 public:
  explicit ReferenceScanner(std::string_view t) : t_(t) {}
  std::vector<Span> Scan();

 private:
  void Add(size_t a, size_t b) {
    if (b <= a) return;
    while (!out_.empty() && a <= out_.back().start) {  // swallowed
      b = std::max<size_t>(b, out_.back().end);
      out_.pop_back();
    }
    if (!out_.empty() && a <= out_.back().end) {
      out_.back().end =
          std::max<uint32_t>(out_.back().end, static_cast<uint32_t>(b));
      return;
    }
    out_.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
  }
  bool Digit(size_t i) const { return i < t_.size() && IsDigit(t_[i]); }
  // Digits and the separators of a phone number from s[i]: returns the end
  // (after the last digit) and counts the digits.
  size_t PhoneRun(size_t i, int* digits) const;
  size_t Word(size_t i) const {
    while (i < t_.size() && IsAlpha(t_[i])) ++i;
    return i;
  }
  size_t SkipBlanks(size_t i) const {
    while (i < t_.size() && IsBlank(t_[i])) ++i;
    return i;
  }
  void AtWord(size_t i, size_t end);
  void AtNumber(size_t i);
  void AtAddress(size_t i);

  std::string_view t_;
  std::vector<Span> out_;
};

size_t ReferenceScanner::PhoneRun(size_t i, int* digits) const {
  size_t end = i;
  *digits = 0;
  size_t j = i;
  while (j < t_.size()) {
    if (IsDigit(t_[j])) {
      ++*digits;
      end = ++j;
    } else if ((t_[j] == ' ' || t_[j] == '-' || t_[j] == '.' || t_[j] == '(' ||
                t_[j] == ')') &&
               (Digit(j + 1) ||
                (j + 1 < t_.size() && t_[j + 1] == '(' && Digit(j + 2)) ||
                (t_[j] == ')' && j + 1 < t_.size() && t_[j + 1] == ' ' &&
                 Digit(j + 2)))) {
      ++j;
    } else {
      break;
    }
  }
  return end;
}

// At a word [i, end): phone keywords, page and version labels.
void ReferenceScanner::AtWord(size_t i, size_t end) {
  char buf[9];
  if (end - i > sizeof buf) return;
  switch (Lower(t_[i])) {  // the first letters of the labels below
    case 't':
    case 'p':
    case 'c':
    case 'f':
    case 'h':
    case 'm':
    case 'w':
    case 'd':
    case 'v': break;
    default: return;
  }
  for (size_t k = i; k < end; ++k) buf[k - i] = Lower(t_[k]);
  std::string_view w(buf, end - i);
  bool dot = end < t_.size() && t_[end] == '.';
  bool phone = false, page = false, version = false;
  switch (w[0]) {
    case 't': phone = w == "tel" || w == "telephone"; break;
    case 'p':
      phone = w == "phone";
      page = w == "page" || w == "pages" || w == "pg" ||
             ((w == "p" || w == "pp") && dot);
      break;
    case 'c': phone = w == "call" || w == "contact"; break;
    case 'f': phone = w == "fax"; break;
    case 'h': phone = w == "hotline"; break;
    case 'm': phone = w == "mobile"; break;
    case 'w': phone = w == "whatsapp"; break;
    case 'd': phone = w == "dial"; break;
    case 'v':
      version = (w == "v" && Digit(end)) || w == "version" || w == "ver";
      break;
  }
  if (phone) {
    size_t j = end;
    for (int hops = 0; hops < 3; ++hops) {
      while (j < t_.size() && (IsBlank(t_[j]) || t_[j] == ':' || t_[j] == '.'))
        ++j;
      size_t we = Word(j);
      if (we == j) break;
      if (!OneOf(AsciiLower(t_.substr(j, we - j)),
                 {"on", "at", "us", "number", "no", "the", "desk"}))
        return;
      j = we;
    }
    size_t number = j;
    if (j < t_.size() && t_[j] == '+') ++j;
    int digits = 0;
    size_t stop = PhoneRun(j, &digits);
    if (digits >= 5) Add(number, stop);
    return;
  }
  if (page) {
    size_t j = SkipBlanks(end + (dot ? 1 : 0));
    if (!Digit(j)) return;
    while (Digit(j)) ++j;
    size_t k = SkipBlanks(j);
    if (k < t_.size() && (t_[k] == '-' || StartsWith(t_, k, "\xE2\x80\x93"))) {
      size_t m = SkipBlanks(k + (t_[k] == '-' ? 1 : 3));
      if (Digit(m)) {
        j = m;
        while (Digit(j)) ++j;
      }
    }
    Add(i, j);
    return;
  }
  if (version) {
    size_t j = w == "v" ? end : SkipBlanks(end + (dot ? 1 : 0));
    if (!Digit(j)) return;
    while (Digit(j) || (j + 1 < t_.size() && t_[j] == '.' && Digit(j + 1))) ++j;
    Add(i, j);
  }
}

// At the first digit of a number: a phone number in three groups
// ("021-6321-5566", "021 6321 5566") or a dotted version ("4.2.1").
void ReferenceScanner::AtNumber(size_t i) {
  size_t j = i;
  size_t groups[3] = {0, 0, 0};
  char sep = 0;
  int g = 0;
  bool year_like = true;
  while (g < 3) {
    size_t a = j;
    while (Digit(j)) ++j;
    groups[g] = j - a;
    if (groups[g] != 4 || !(StartsWith(t_, a, "19") || StartsWith(t_, a, "20")))
      year_like = false;
    ++g;
    if (g == 3 || j >= t_.size()) break;
    char c = t_[j];
    if ((c != '-' && c != '.' && c != ' ') || (sep != 0 && c != sep) ||
        !Digit(j + 1))
      break;
    sep = c;
    ++j;
  }
  if (g == 3 && groups[0] >= 2 && groups[0] <= 4 && groups[1] >= 3 &&
      groups[1] <= 4 && groups[2] == 4 && !Digit(j) &&
      !(sep == ' ' && year_like)) {
    Add(i, j);
    return;
  }
  // Three or more dotted parts: a version or an address, not a quantity.
  size_t k = i;
  int dots = 0;
  while (Digit(k) || (k + 1 < t_.size() && t_[k] == '.' && Digit(k + 1))) {
    if (t_[k] == '.') ++dots;
    ++k;
  }
  if (dots >= 2) Add(i, k);
}

// Around t_[i] (a ':' of "://", an '@', a '/' after a host name, or the
// '.' of "www."): the address token, if it is one.
void ReferenceScanner::AtAddress(size_t i) {
  auto in_token = [&](char c) {
    return !IsSpace(c) && c != '(' && c != ')' && c != '[' && c != ']' &&
           c != '<' && c != '>' && c != '"' && c != ',' && c != ';';
  };
  size_t a = i;
  while (a > 0 && in_token(t_[a - 1])) --a;
  size_t z = i;
  while (z < t_.size() && in_token(t_[z])) ++z;
  while (z > i && (t_[z - 1] == '.' || t_[z - 1] == ':' || t_[z - 1] == '!' ||
                   t_[z - 1] == '?'))
    --z;
  std::string_view tok = t_.substr(a, z - a);
  bool address;
  if (StartsWithNoCase(tok, 0, "www.")) {
    address = tok.size() > 4;
  } else if (t_[i] == ':') {
    address = StartsWith(t_, i, "://") && i > a;
  } else if (t_[i] == '@') {
    address = i > a && tok.find('.', i - a) != std::string_view::npos;
  } else {
    // "example.com/2023/report": a lower-case host name whose last label
    // is a top-level domain.
    std::string_view host = t_.substr(a, i - a);
    size_t dot = host.rfind('.');
    address = dot != std::string_view::npos && dot > 0 &&
              host.size() - dot - 1 >= 2 && IsAlnum(host[0]);
    for (size_t k = 0; address && k < host.size(); ++k) {
      char h = host[k];
      address = k > dot ? (h >= 'a' && h <= 'z')
                        : ((h >= 'a' && h <= 'z') || IsDigit(h) || h == '.' ||
                           h == '-');
    }
  }
  if (address) Add(a, z);
}

std::vector<Span> ReferenceScanner::Scan() {
  const size_t n = t_.size();
  size_t i = 0;
  // Each branch moves i past what it read; a span found moves it past the
  // span.
  auto skip_to = [&](size_t j) {
    i = std::max(j, out_.empty() ? j : static_cast<size_t>(out_.back().end));
  };
  while (i < n) {
    const char c = t_[i];
    const bool boundary = i == 0 || !IsAlnum(t_[i - 1]);
    if (IsAlpha(c)) {  // most bytes: words
      size_t end = Word(i);
      if (boundary) {
        if ((c == 'w' || c == 'W') && StartsWithNoCase(t_, i, "www."))
          AtAddress(i + 3);
        AtWord(i, end);
      }
      skip_to(end);
      continue;
    }
    if (IsDigit(c)) {
      size_t j = i;
      while (j < n && (IsDigit(t_[j]) || t_[j] == ',' || t_[j] == '.')) ++j;
      if (i == 0 || t_[i - 1] == '\n') {
        // List numbering at the start of a line: "3. ", "3) ".
        size_t d = i;
        while (Digit(d)) ++d;
        if (d - i <= 3 && d + 1 < n && (t_[d] == '.' || t_[d] == ')') &&
            IsBlank(t_[d + 1])) {
          Add(i, d + 1);
          skip_to(d + 1);
          continue;
        }
      }
      if (boundary && t_[i - (i > 0)] != '.' && t_[i - (i > 0)] != ',')
        AtNumber(i);
      skip_to(j);
      continue;
    }
    switch (c) {
      case ':':
      case '@':
      case '/':
        if (c == '@' || (c == ':' && StartsWith(t_, i, "://")) ||
            (c == '/' && i > 0 && IsAlpha(t_[i - 1]))) {
          size_t before = out_.size();
          AtAddress(i);
          if (out_.size() != before) {
            skip_to(i + 1);
            continue;
          }
        }
        break;
      case '+':
        if (boundary && Digit(i + 1)) {
          int digits = 0;
          size_t end = PhoneRun(i + 1, &digits);
          if (digits >= 7) {
            Add(i, end);
            skip_to(end);
            continue;
          }
        }
        break;
      case '(':
        if (Digit(i + 1)) {  // "(021) 6321-5566"
          size_t j = i + 1;
          while (Digit(j)) ++j;
          if (j - i - 1 >= 2 && j - i - 1 <= 5 && j < n && t_[j] == ')') {
            size_t k = j + 1;
            if (k < n && IsBlank(t_[k])) ++k;
            int digits = 0;
            size_t end = Digit(k) ? PhoneRun(k, &digits) : k;
            if (digits >= 6) {
              Add(i, end);
              skip_to(end);
              continue;
            }
          }
        }
        break;
      case '[': {
        size_t close = t_.find(']', i);
        if (close != std::string_view::npos && close - i <= 13 &&
            IsCitationMark(t_.substr(i + 1, close - i - 1))) {
          Add(i, close + 1);
          skip_to(close + 1);
          continue;
        }
        break;
      }
      default: break;
    }
    ++i;
  }
  return std::move(out_);
}

}  // namespace
}  // namespace document

std::vector<Span> ReferenceSpans(std::string_view text) {
  return document::ReferenceScanner(text).Scan();
}

}  // namespace figcheck
