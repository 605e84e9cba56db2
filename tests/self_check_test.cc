// The sources checked against themselves: every sentence the fact base
// quotes, read as a claim as of its document's date, must not be refuted.
// A figure copied word for word from a trusted document is true; calling it
// false is the worst thing figcheck can do, and this finds the ways it
// could (a figure in a list, a part of a whole, the "to" of "from X to Y",
// a sentence that leans on the one before) without any labelled claim.
#include <gtest/gtest.h>

#include <string>

#include "core/check.h"
#include "core/factbase.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

TEST(SelfCheckTest, NoSourceSentenceIsRefuted) {
  const FactBase& base = test_data::RealFactBase();
  ASSERT_FALSE(base.sentences.empty());
  int figures = 0, supported = 0;
  for (const Sentence& s : base.sentences) {
    const Document& doc = base.documents[s.doc];
    StatusOr<Date> as_of = ParseDate(doc.date);
    ASSERT_TRUE(as_of.ok()) << doc.file << ": " << doc.date;
    StatusOr<Result> r = Check(base, s.text, as_of.value());
    ASSERT_TRUE(r.ok()) << doc.file << ":" << s.start << ": " << r.status().message();
    for (const FigureResult& f : r.value().figures) {
      ++figures;
      if (f.verdict == Verdict::kSupported) ++supported;
      EXPECT_NE(f.verdict, Verdict::kRefuted)
          << doc.file << ":" << s.start << " \"" << f.claimed.text << "\" in \"" << s.text
          << "\": " << f.explanation;
    }
  }
  // Most figures find themselves: the sentence quoted is its own evidence.
  EXPECT_GE(supported, figures * 9 / 10) << supported << " of " << figures << " supported";
}

}  // namespace
}  // namespace figcheck
