// Tests core/reader/names.h: a source's capitalised words past the first of
// each sentence (the candidates for places) and the names the text itself
// calls places, before a place noun. A figure's own names and its context
// names are tested with the rest of its frame (clause_frame_test.cc). The
// error paths: a sentence's opening word, single letters, a lower-case place
// noun, a place noun before another, an empty text.
#include "core/reader/names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace figcheck {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

TEST(Names, CapitalisedWords) {
  const Case kCases[] = {
      {"Pudong New Area grew. The Minhang District and Shanghai posted gains.",
       {"area", "district", "minhang", "new", "shanghai"}},
      // The opening word, a single letter: none.
      {"Exports rose, I said.", {}},
      {"", {}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(CapitalisedWords(c.text), c.expected) << c.text;
}

TEST(Names, DesignatedNames) {
  const Case kCases[] = {
      {"Pudong New Area grew. Minhang District and Minhang District posted "
       "gains.",
       {"minhang", "new", "pudong"}},
      // After a place noun and "of", each name of a list.
      {"It works with the provinces of Jiangsu, Zhejiang, and Anhui.",
       {"anhui", "jiangsu", "zhejiang"}},
      {"The district of Minhang grew.", {"minhang"}},
      // A place noun in lower case before a name; one before another place
      // noun; a name after "of" that is not a place noun's.
      {"Trade grew in Port City, the hub of Asia.", {}},
      {"Trade grew in the Lingang area.", {}},
      {"", {}},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(DesignatedNames(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace figcheck
