// See numbers.h. simdjson's to_chars (Grisu2) gives digits that round-trip;
// the layout rules here are printf's, so the JSON and the explanations read
// as they always have.
#include "core/numbers.h"

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace figcheck {
namespace {

// The shortest digits of a finite, non-zero |value| with no leading or
// trailing zeros, and the power of ten of the first: 4.72e12 → "472", 12.
void ShortestDigits(double value, std::string* digits, int* exp10) {
  char buf[40];
  char* end =
      simdjson::internal::to_chars(buf, buf + sizeof buf, std::fabs(value));
  std::string_view s(buf, static_cast<size_t>(end - buf));
  int e = 0;
  size_t mark = s.find('e');
  if (mark != std::string_view::npos) {
    std::string_view x = s.substr(mark + 1);
    bool negative = !x.empty() && x[0] == '-';
    for (char c : x)
      if (c >= '0' && c <= '9') e = e * 10 + (c - '0');
    if (negative) e = -e;
    s = s.substr(0, mark);
  }
  digits->clear();
  int point = -1;
  for (char c : s) {
    if (c == '.')
      point = static_cast<int>(digits->size());
    else
      digits->push_back(c);
  }
  if (point < 0) point = static_cast<int>(digits->size());
  size_t lead = digits->find_first_not_of('0');
  digits->erase(0, lead);
  point -= static_cast<int>(lead);
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *exp10 = point - 1 + e;
  // Grisu2's digits read back, but are not always the fewest
  // ("5.2369999999999996e-12" for 5.237e-12): round them to 1, 2, …
  // digits, and keep the first that reads back, as printf's search would.
  const double magnitude = std::fabs(value);
  for (size_t p = 1; p < digits->size(); ++p) {
    std::string d = digits->substr(0, p);
    int x = *exp10;
    if ((*digits)[p] >= '5') {
      size_t i = p;
      while (i > 0 && d[i - 1] == '9') d[--i] = '0';
      if (i == 0) {
        d.insert(d.begin(), '1');
        d.pop_back();
        ++x;
      } else {
        ++d[i - 1];
      }
    }
    std::string text = d.substr(0, 1) + "." +
                       (d.size() > 1 ? d.substr(1) : std::string("0")) + "e" +
                       std::to_string(x);
    if (simdjson::internal::from_chars(
            text.data(), text.data() + text.size()) == magnitude) {
      while (d.size() > 1 && d.back() == '0') d.pop_back();
      *digits = d;
      *exp10 = x;
      return;
    }
  }
}

bool NonFinite(double value, std::string* out) {
  if (std::isnan(value)) {
    *out = "nan";
    return true;
  }
  if (std::isinf(value)) {
    *out = value < 0 ? "-inf" : "inf";
    return true;
  }
  return false;
}

}  // namespace

std::string FormatShortest(double value) {
  std::string out;
  if (NonFinite(value, &out)) return out;
  if (value == 0) return std::signbit(value) ? "-0" : "0";
  std::string digits;
  int e = 0;
  ShortestDigits(value, &digits, &e);
  if (value < 0) out += '-';
  // printf's %g at P significant digits: scientific below 1e-4 and from
  // 10^P on. The shortest round trip is found from P = 6 up.
  const int p = std::max(6, static_cast<int>(digits.size()));
  if (e < -4 || e >= p) {
    out += digits[0];
    if (digits.size() > 1) out += '.' + digits.substr(1);
    out += e < 0 ? "e-" : "e+";
    int a = e < 0 ? -e : e;
    if (a < 10) out += '0';
    out += std::to_string(a);
  } else if (e < 0) {
    out += "0." + std::string(static_cast<size_t>(-e - 1), '0') + digits;
  } else if (static_cast<int>(digits.size()) <= e + 1) {
    out +=
        digits + std::string(static_cast<size_t>(e + 1) - digits.size(), '0');
  } else {
    out += digits.substr(0, static_cast<size_t>(e + 1)) + '.' +
           digits.substr(static_cast<size_t>(e + 1));
  }
  return out;
}

std::string FormatFixed(double value, int decimals) {
  std::string out;
  if (NonFinite(value, &out)) return out;
  decimals = std::max(0, std::min(decimals, 17));
  std::string digits = "0";
  int e = 0;
  if (value != 0) ShortestDigits(value, &digits, &e);
  // Digits as a fixed number: `whole` digits before the point.
  std::string fixed;
  int whole = e + 1;
  if (whole <= 0) {
    fixed = std::string(static_cast<size_t>(-whole), '0') + digits;
    whole = 0;
  } else {
    fixed = digits;
    if (static_cast<int>(fixed.size()) < whole)
      fixed.append(static_cast<size_t>(whole) - fixed.size(), '0');
  }
  const size_t keep = static_cast<size_t>(whole + decimals);
  if (fixed.size() > keep) {
    bool up = fixed[keep] >= '5';
    fixed.resize(keep);
    for (size_t i = keep; up && i > 0; --i) {
      if (fixed[i - 1] == '9') {
        fixed[i - 1] = '0';
      } else {
        ++fixed[i - 1];
        up = false;
      }
    }
    if (up) {  // 9.99 → 10.0
      fixed.insert(fixed.begin(), '1');
      ++whole;
    }
  } else {
    fixed.append(keep - fixed.size(), '0');
  }
  std::string int_part = whole > 0 ? fixed.substr(0, static_cast<size_t>(whole))
                                   : std::string("0");
  std::string frac = fixed.substr(static_cast<size_t>(whole));
  bool zero = int_part.find_first_not_of('0') == std::string::npos &&
              frac.find_first_not_of('0') == std::string::npos;
  if (value < 0 && !zero) out += '-';
  out += int_part;
  if (decimals > 0) out += '.' + frac;
  return out;
}

double ParseDecimal(std::string_view text) {
  bool digit = false, point = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return std::numeric_limits<double>::quiet_NaN();
    }
  }
  if (!digit) return std::numeric_limits<double>::quiet_NaN();
  // simdjson reads JSON numbers, which start with a digit.
  std::string s = text[0] == '.' ? "0" + std::string(text) : std::string(text);
  if (s.back() == '.') s.pop_back();
  return simdjson::internal::from_chars(s.data(), s.data() + s.size());
}

std::string FormatHex(uint64_t value, int width) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  do {
    out.insert(out.begin(), kDigits[value & 15]);
    value >>= 4;
  } while (value != 0);
  if (static_cast<int>(out.size()) < width)
    out.insert(0, static_cast<size_t>(width) - out.size(), '0');
  return out;
}

}  // namespace figcheck
