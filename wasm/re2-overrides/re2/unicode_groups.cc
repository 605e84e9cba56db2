// RE2's Unicode groups for figcheck's WebAssembly build: ASCII only. RE2's
// generated table holds every script and category of Unicode (\p{Greek},
// \pL), about 40 KB of the module, 15 KB of what a page is sent, and no
// pattern of figcheck's asks for one (tests/reader/words_test.cc checks).
// Here a script is unknown, so \p{Greek} fails to compile, and of the
// categories only the ten RE2 itself reads to validate (?P<name>…)
// capture names are kept, with their ASCII members alone. scripts/wasm-deps
// copies this file over RE2's generated one; the native build uses
// Debian's libre2 as it is.
#include "re2/unicode_groups.h"

namespace re2 {

static const URange16 Lu_range16[] = {{'A', 'Z'}};
static const URange16 Ll_range16[] = {{'a', 'z'}};
static const URange16 Nd_range16[] = {{'0', '9'}};
static const URange16 Pc_range16[] = {{'_', '_'}};

const UGroup unicode_groups[] = {
    {"Ll", +1, Ll_range16, 1, 0, 0}, {"Lm", +1, 0, 0, 0, 0},
    {"Lo", +1, 0, 0, 0, 0},          {"Lt", +1, 0, 0, 0, 0},
    {"Lu", +1, Lu_range16, 1, 0, 0}, {"Mc", +1, 0, 0, 0, 0},
    {"Mn", +1, 0, 0, 0, 0},          {"Nd", +1, Nd_range16, 1, 0, 0},
    {"Nl", +1, 0, 0, 0, 0},          {"Pc", +1, Pc_range16, 1, 0, 0},
};
const int num_unicode_groups =
    sizeof unicode_groups / sizeof unicode_groups[0];

}  // namespace re2
