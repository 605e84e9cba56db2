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

// Weight of a document's topic terms in each of its facts' subjects.
constexpr float kTopicWeight = 0.45f;

// Format version of the compiled JSON; a loader refuses any other.
constexpr int kFactBaseVersion = 2;

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
  // Recomputes the index below; call after filling `facts`.
  void BuildIndex();

  // The index, for matching without string hashing: terms as dense ids,
  // each fact's subject (its own terms merged with its document's topic)
  // sorted by id, and the facts holding each term.
  static constexpr uint32_t kNoTerm = 0xFFFFFFFFu;
  uint32_t TermId(const std::string& term) const {
    auto it = term_ids_.find(term);
    return it == term_ids_.end() ? kNoTerm : it->second;
  }
  float IdfOf(uint32_t id) const { return id == kNoTerm ? unknown_idf : idf_by_id_[id]; }
  const std::vector<std::pair<uint32_t, float>>& SubjectOf(uint32_t fact) const {
    return subjects_[fact];
  }
  // Σ weight × idf over a fact's close subject terms (weight ≥ 0.7).
  float CoreWeight(uint32_t fact) const { return core_weight_[fact]; }
  const std::vector<uint32_t>& FactsWithId(uint32_t id) const {
    static const std::vector<uint32_t> kNone;
    return id == kNoTerm ? kNone : postings_[id];
  }

  const Document& DocumentOf(const Fact& f) const {
    return documents[sentences[f.sentence].doc];
  }

 private:
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<float> idf_by_id_;
  std::vector<std::vector<std::pair<uint32_t, float>>> subjects_;
  std::vector<float> core_weight_;
  std::vector<std::vector<uint32_t>> postings_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_H_
