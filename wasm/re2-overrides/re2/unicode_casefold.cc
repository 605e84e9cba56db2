// RE2's case folding for figcheck's WebAssembly build: ASCII only. RE2's
// generated tables fold all of Unicode for (?i), and no pattern of
// figcheck's is case-insensitive (tests/reader/words_test.cc checks): here
// (?i) folds A-Z and a-z alone. With wasm/re2-overrides/re2/
// unicode_groups.cc, the module is 17 KB smaller as sent (gzipped).
// scripts/wasm-deps copies this file over RE2's generated one; the native
// build uses Debian's libre2 as it is.
#include "re2/unicode_casefold.h"

namespace re2 {

const CaseFold unicode_casefold[] = {{'A', 'Z', 32}, {'a', 'z', -32}};
const int num_unicode_casefold = 2;

const CaseFold unicode_tolower[] = {{'A', 'Z', 32}};
const int num_unicode_tolower = 1;

}  // namespace re2
