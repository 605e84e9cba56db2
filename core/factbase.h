// The fact base: what the sources say, compiled. Documents (with their
// metadata), the sentences that hold figures (quoted exactly, with offsets),
// one Fact per figure, the lexicon the facts were read with, a table of the
// subject terms, and the index the matcher uses: each fact's terms as ids
// with weights, term weights (IDF, derived from the facts, never stored),
// and the facts holding each term. Built by compile.h, written and read by
// factbase_json.h, queried by check.h. Tested by tests/factbase_test.cc.
#ifndef FIGCHECK_CORE_FACTBASE_H_
#define FIGCHECK_CORE_FACTBASE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/figure.h"
#include "core/lexicon.h"

namespace figcheck {

// Weight of a document's topic terms in each of its facts' subjects.
constexpr float kTopicWeight = 0.45f;
// A term counts towards its IDF in a sentence where a figure gives it at
// least this weight.
constexpr float kIdfMinWeight = 0.3f;
// A count of a fact's subject has this weight: the fact is of a counted set.
constexpr float kSetCountWeight = 1.0f;
// A fact's own words: those of its own clause, next to its figure.
constexpr float kOwnTermWeight = 0.95f;

// Format version of the compiled JSON; a loader refuses any other. Terms
// are stems, so a change of stemmer is a new version (6: Snowball English).
constexpr int kFactBaseVersion = 7;

struct Document {
  std::string file;  // name under data/sources/
  std::string title;
  std::string publisher;
  std::string date;  // YYYY-MM-DD
  std::string language;
  std::string url;      // empty when unknown
  uint32_t length = 0;  // bytes, for offset checks
  // Terms many of its sentences use and most other documents do not: part
  // of the subject of every figure in it, weakly.
  std::vector<std::string> topic;
};

struct Sentence {
  uint32_t doc = 0;
  uint32_t start = 0, end = 0;  // byte offsets in the document
  std::string text;             // exactly document[start, end)
};

// A fact's figure keeps everything the reader read except its subject
// terms, which the base holds as ids (TermsOf): figure.terms is empty.
struct Fact {
  uint32_t sentence = 0;
  Figure figure;  // offsets in the document; pair indexes are fact ids
};

// A subject term by id, with its weight (0..1, three decimals).
struct TermWeight {
  uint32_t term;
  float weight;
};

// A view of contiguous elements owned by the fact base.
template <typename T>
class ArrayView {
 public:
  ArrayView() = default;
  ArrayView(const T* begin, const T* end) : begin_(begin), end_(end) {}
  const T* begin() const { return begin_; }
  const T* end() const { return end_; }
  size_t size() const { return static_cast<size_t>(end_ - begin_); }
  bool empty() const { return begin_ == end_; }
  const T& operator[](size_t i) const { return begin_[i]; }

 private:
  const T* begin_ = nullptr;
  const T* end_ = nullptr;
};

class FactBase {
 public:
  std::vector<Document> documents;
  std::vector<Sentence> sentences;
  std::vector<Fact> facts;
  Lexicon lexicon;
  // What the base covers, as JSON (core/coverage.h), summed up when it is
  // compiled: a page shows it without the code that sums it up.
  std::string coverage;
  float unknown_idf = 1;  // for terms no fact sentence holds; set by the index

  // Builds the term table and the index from each fact's figure.terms (the
  // compiler's path), which it empties. Weights are rounded to three
  // decimals, as the file holds them, so a compiled base and the same base
  // loaded back are one and the same.
  void BuildIndex();
  // The loader's path: the term table, and each fact's terms as ids sorted
  // by id (fact i's are own[offsets[i]] .. own[offsets[i + 1]]). The caller
  // has checked ids, order and offsets.
  void BuildIndex(std::vector<std::string> terms, std::vector<uint32_t> offsets,
                  std::vector<TermWeight> own);

  // The term table: ids are dense, in the order terms were first met.
  static constexpr uint32_t kNoTerm = 0xFFFFFFFFu;
  size_t TermCount() const { return terms_.size(); }
  const std::string& TermName(uint32_t id) const { return terms_[id]; }
  uint32_t TermId(const std::string& term) const {
    auto it = term_ids_.find(term);
    return it == term_ids_.end() ? kNoTerm : it->second;
  }
  // A fact's own subject terms (what the reader gave its figure), by id.
  ArrayView<TermWeight> TermsOf(uint32_t fact) const {
    return {own_.data() + own_offsets_[fact],
            own_.data() + own_offsets_[fact + 1]};
  }
  // Bit id % 64 of each of TermsOf(fact): no bit in common with the bits of
  // a list of terms, no term in common, told without a search.
  uint64_t OwnTermBits(uint32_t fact) const { return own_bits_[fact]; }
  static uint64_t TermBit(uint32_t id) { return uint64_t{1} << (id % 64); }

  // IDF over the sentences that hold figures: log((n + 1) / (df + 1)) + 1,
  // to three decimals; unknown_idf for a term no such sentence holds.
  float Idf(const std::string& term) const { return IdfOf(TermId(term)); }
  float IdfOf(uint32_t id) const {
    return id == kNoTerm ? unknown_idf : idf_[id];
  }

  // A fact's subject: its own terms merged with its document's topic
  // (kTopicWeight; the higher weight of a term in both), sorted by id.
  ArrayView<TermWeight> SubjectOf(uint32_t fact) const {
    return {subjects_.data() + subject_offsets_[fact],
            subjects_.data() + subject_offsets_[fact + 1]};
  }
  // Σ weight × idf over a fact's close subject terms (weight ≥ 0.7).
  float CoreWeight(uint32_t fact) const { return core_weight_[fact]; }
  // Σ idf over a fact's own words (subject terms of weight ≥
  // kOwnTermWeight), in id order: what a claim can hold of them.
  double OwnIdf(uint32_t fact) const { return own_idf_[fact]; }
  // How many things a fact's subject counts ("the six key industries": 6),
  // 0 when it counts none: its own "#N" term of full weight (the reader
  // gives it to a count of the figure's subject only).
  uint8_t SetCount(uint32_t fact) const { return set_count_[fact]; }
  // The facts whose own terms hold a term, ascending.
  ArrayView<uint32_t> FactsWithId(uint32_t id) const {
    if (id == kNoTerm) return {};
    return {postings_.data() + posting_offsets_[id],
            postings_.data() + posting_offsets_[id + 1]};
  }
  // The documents whose topic holds a term, ascending.
  ArrayView<uint32_t> DocumentsWithTopic(uint32_t id) const {
    if (id == kNoTerm) return {};
    return {topic_docs_.data() + topic_doc_offsets_[id],
            topic_docs_.data() + topic_doc_offsets_[id + 1]};
  }
  // A document's facts, ascending.
  ArrayView<uint32_t> FactsOfDocument(uint32_t doc) const {
    return {doc_facts_.data() + doc_fact_offsets_[doc],
            doc_facts_.data() + doc_fact_offsets_[doc + 1]};
  }

  const Document& DocumentOf(const Fact& f) const {
    return documents[sentences[f.sentence].doc];
  }

 private:
  void Finish();

  std::vector<std::string> terms_;
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<uint32_t> own_offsets_{0};
  std::vector<TermWeight> own_;
  std::vector<float> idf_;
  std::vector<uint32_t> subject_offsets_{0};
  std::vector<TermWeight> subjects_;
  std::vector<float> core_weight_;
  std::vector<double> own_idf_;
  std::vector<uint64_t> own_bits_;
  std::vector<uint8_t> set_count_;
  std::vector<uint32_t> posting_offsets_{0};
  std::vector<uint32_t> postings_;
  std::vector<uint32_t> topic_doc_offsets_{0};
  std::vector<uint32_t> topic_docs_;
  std::vector<uint32_t> doc_fact_offsets_{0};
  std::vector<uint32_t> doc_facts_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CORE_FACTBASE_H_
