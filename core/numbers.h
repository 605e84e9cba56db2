// Numbers to text and back without the C library's printf and strtod, which
// would bring musl's long-double formatting and parsing (and their software
// 128-bit arithmetic) into the WebAssembly modules: simdjson, linked anyway
// to read the fact base, has a shortest round-trip formatter and a decimal
// reader, used here. Tested by tests/numbers_test.cc.
#ifndef FIGCHECK_CORE_NUMBERS_H_
#define FIGCHECK_CORE_NUMBERS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace figcheck {

// The shortest digits that read back as `value`, written as printf's "%g"
// writes them at that many digits (6 at least): "4.72e+12", "0.383",
// "1e-05", "123456". Finite values only; others give "nan" or "inf".
std::string FormatShortest(double value);

// `value` with exactly `decimals` digits after the point (0 to 17), rounded
// half away from zero on its shortest digits: FormatFixed(2.5, 0) == "3",
// FormatFixed(0.125, 2) == "0.13".
std::string FormatFixed(double value, int decimals);

// A decimal number: digits with an optional point and fraction ("4.72",
// "6017", ".5"), nothing else. NaN when `text` is not one.
double ParseDecimal(std::string_view text);

// `value` in hexadecimal, lower case, zero-padded to `width` digits.
std::string FormatHex(uint64_t value, int width);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_NUMBERS_H_
