// The fact base: what the sources say, compiled. Documents (with their
// metadata), the sentences that hold figures (quoted exactly, with offsets),
// one Fact per figure, the lexicon the facts were read with, and term
// weights (IDF). Built by compile.h, written and read by factbase_json.h,
// queried by check.h. Tested by tests/factbase_test.cc.
#ifndef FIGCHECK_CORE_FACTBASE_H_
#define FIGCHECK_CORE_FACTBASE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/figure.h"
#include "core/lexicon.h"

namespace figcheck {

// Format version of the compiled JSON; a loader refuses any other.
constexpr int kFactBaseVersion = 1;

struct Document {
  std::string file;       // name under data/sources/
  std::string title;
  std::string publisher;
  std::string date;       // YYYY-MM-DD
  std::string language;
  std::string url;        // empty when unknown
  uint32_t length = 0;    // bytes, for offset checks
  // Terms many of its sentences use and most other documents do not: part
  // of the subject of every figure in it, weakly.
  std::vector<std::string> topic;
};

struct Sentence {
  uint32_t doc = 0;
  uint32_t start = 0, end = 0;  // byte offsets in the document
  std::string text;             // exactly document[start, end)
};

struct Fact {
  uint32_t sentence = 0;
  Figure figure;  // offsets in the document; pair indexes are fact ids
};

class FactBase {
 public:
  std::vector<Document> documents;
  std::vector<Sentence> sentences;
  std::vector<Fact> facts;
  Lexicon lexicon;
  std::unordered_map<std::string, float> idf;
  float unknown_idf = 1;  // for terms no fact sentence holds

  float Idf(const std::string& term) const {
    auto it = idf.find(term);
    return it == idf.end() ? unknown_idf : it->second;
  }
  // Facts whose terms include `term`.
  const std::vector<uint32_t>& FactsWith(const std::string& term) const;
  // Recomputes the term index; call after filling `facts`.
  void BuildIndex();

  const Document& DocumentOf(const Fact& f) const {
    return documents[sentences[f.sentence].doc];
  }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> index_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_H_
