// Prints the stem (core/text.h) of each argument, one per line. Built
// natively and to WebAssembly: tests/web/stem.test.mjs runs both over every
// word of the sources and the lexicon, since the fact base is stemmed by
// the native build and the claims by the browser's.
#include <cstdio>
#include <string>

#include "core/text.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string stem = figcheck::Stem(figcheck::AsciiLower(argv[i]));
    std::printf("%s\n", stem.c_str());
  }
  return 0;
}
