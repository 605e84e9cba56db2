// The term table and the index over facts, held as flat arrays with offsets
// (one allocation per array, not per fact): each fact's own terms, IDF
// counted from them, subjects merged with the document's topic, postings,
// and each term's topic documents. Tested by tests/factbase_test.cc.
#include "core/factbase.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace figcheck {
namespace {

// Three decimals, as the file holds weights and IDF.
float ThreeDecimals(float v) {
  return static_cast<float>(std::round(static_cast<double>(v) * 1000) / 1000);
}

// Offsets of a list per key from each key's count: out[k] .. out[k + 1].
std::vector<uint32_t> OffsetsOf(const std::vector<uint32_t>& counts) {
  std::vector<uint32_t> out(counts.size() + 1, 0);
  for (size_t k = 0; k < counts.size(); ++k) out[k + 1] = out[k] + counts[k];
  return out;
}

}  // namespace

void FactBase::BuildIndex() {
  terms_.clear();
  term_ids_.clear();
  auto intern = [&](const std::string& term) {
    auto [it, added] =
        term_ids_.emplace(term, static_cast<uint32_t>(terms_.size()));
    if (added) terms_.push_back(term);
    return it->second;
  };
  // Ids in the order terms are first met: each document's topic, then each
  // fact's terms.
  for (const Document& d : documents)
    for (const std::string& term : d.topic) intern(term);
  std::vector<uint32_t> offsets(1, 0);
  std::vector<TermWeight> own;
  for (Fact& f : facts) {
    size_t first = own.size();
    for (const auto& [term, weight] : f.figure.terms)
      own.push_back({intern(term), ThreeDecimals(weight)});
    std::sort(own.begin() + first, own.end(),
              [](const TermWeight& a, const TermWeight& b) {
                return a.term < b.term;
              });
    // The reader lists a term once; keep the highest weight if not.
    auto last = std::unique(own.begin() + first, own.end(),
                            [](TermWeight& a, const TermWeight& b) {
                              if (a.term != b.term) return false;
                              a.weight = std::max(a.weight, b.weight);
                              return true;
                            });
    own.erase(last, own.end());
    offsets.push_back(static_cast<uint32_t>(own.size()));
    std::vector<std::pair<std::string, float>>().swap(f.figure.terms);
  }
  own_offsets_ = std::move(offsets);
  own_ = std::move(own);
  Finish();
}

void FactBase::BuildIndex(std::vector<std::string> terms,
                          std::vector<uint32_t> offsets,
                          std::vector<TermWeight> own) {
  terms_ = std::move(terms);
  term_ids_.clear();
  term_ids_.reserve(terms_.size());
  for (uint32_t id = 0; id < terms_.size(); ++id)
    term_ids_.emplace(terms_[id], id);
  own_offsets_ = std::move(offsets);
  own_ = std::move(own);
  Finish();
}

void FactBase::Finish() {
  const uint32_t term_count = static_cast<uint32_t>(terms_.size());
  const uint32_t fact_count = static_cast<uint32_t>(facts.size());

  // IDF: in how many sentences some figure gives a term weight ≥ 0.3. A
  // sentence counts once however its facts are ordered: they are visited
  // grouped by sentence (the compiler writes them so; otherwise they are
  // grouped first).
  std::vector<uint32_t> by_sentence;
  bool grouped = true;
  for (uint32_t i = 1; i < fact_count && grouped; ++i)
    grouped = facts[i - 1].sentence <= facts[i].sentence;
  if (!grouped) {
    std::vector<uint32_t> per_sentence(sentences.size(), 0);
    for (const Fact& f : facts) ++per_sentence[f.sentence];
    std::vector<uint32_t> at = OffsetsOf(per_sentence);
    by_sentence.resize(fact_count);
    for (uint32_t i = 0; i < fact_count; ++i)
      by_sentence[at[facts[i].sentence]++] = i;
  }
  std::vector<uint32_t> df(term_count, 0);
  std::vector<uint32_t> seen_in(term_count, UINT32_MAX);
  for (uint32_t k = 0; k < fact_count; ++k) {
    const uint32_t i = grouped ? k : by_sentence[k];
    const uint32_t s = facts[i].sentence;
    for (const TermWeight& tw : TermsOf(i))
      if (tw.weight >= kIdfMinWeight && seen_in[tw.term] != s) {
        seen_in[tw.term] = s;
        ++df[tw.term];
      }
  }
  const double n = static_cast<double>(sentences.size());
  unknown_idf = ThreeDecimals(static_cast<float>(std::log(n + 1) + 1));
  idf_.assign(term_count, unknown_idf);
  for (uint32_t t = 0; t < term_count; ++t)
    if (df[t] > 0)
      idf_[t] = ThreeDecimals(
          static_cast<float>(std::log((n + 1) / (df[t] + 1)) + 1));

  // Each document's topic as ids, sorted, and the documents of each term.
  std::vector<std::vector<uint32_t>> topics(documents.size());
  std::vector<uint32_t> topic_counts(term_count, 0);
  for (size_t d = 0; d < documents.size(); ++d) {
    for (const std::string& term : documents[d].topic) {
      uint32_t id = TermId(term);
      if (id != kNoTerm) topics[d].push_back(id);
    }
    std::sort(topics[d].begin(), topics[d].end());
    topics[d].erase(std::unique(topics[d].begin(), topics[d].end()),
                    topics[d].end());
    for (uint32_t id : topics[d]) ++topic_counts[id];
  }
  topic_doc_offsets_ = OffsetsOf(topic_counts);
  topic_docs_.assign(topic_doc_offsets_.back(), 0);
  {
    std::vector<uint32_t> at(topic_doc_offsets_.begin(),
                             topic_doc_offsets_.end() - 1);
    for (uint32_t d = 0; d < documents.size(); ++d)
      for (uint32_t id : topics[d]) topic_docs_[at[id]++] = d;
  }

  // Subjects: own terms merged with the topic, both sorted by id.
  subject_offsets_.assign(1, 0);
  subject_offsets_.reserve(fact_count + 1);
  subjects_.clear();
  subjects_.reserve(own_.size() + fact_count);
  core_weight_.assign(fact_count, 0);
  own_idf_.assign(fact_count, 0);
  own_bits_.assign(fact_count, 0);
  set_count_.assign(fact_count, 0);
  std::vector<uint32_t> posting_counts(term_count, 0);
  std::vector<uint32_t> doc_counts(documents.size(), 0);
  for (uint32_t i = 0; i < fact_count; ++i) {
    uint32_t doc = sentences[facts[i].sentence].doc;
    ++doc_counts[doc];
    ArrayView<TermWeight> mine = TermsOf(i);
    const std::vector<uint32_t>& topic = topics[doc];
    size_t a = 0, b = 0;
    while (a < mine.size() || b < topic.size()) {
      if (b == topic.size() || (a < mine.size() && mine[a].term < topic[b])) {
        subjects_.push_back(mine[a++]);
      } else if (a == mine.size() || topic[b] < mine[a].term) {
        subjects_.push_back({topic[b++], kTopicWeight});
      } else {
        subjects_.push_back(
            {mine[a].term, std::max(mine[a].weight, kTopicWeight)});
        ++a;
        ++b;
      }
    }
    subject_offsets_.push_back(static_cast<uint32_t>(subjects_.size()));
    for (const TermWeight& tw : SubjectOf(i)) {
      if (tw.weight >= 0.7f) core_weight_[i] += tw.weight * idf_[tw.term];
      if (tw.weight >= kOwnTermWeight) own_idf_[i] += IdfOf(tw.term);
    }
    for (const TermWeight& tw : mine) {
      ++posting_counts[tw.term];
      own_bits_[i] |= TermBit(tw.term);
    }
    float set_weight = kSetCountWeight;
    for (const TermWeight& tw : mine) {
      const std::string& name = terms_[tw.term];
      if (name.size() < 2 || name[0] != '#' || tw.weight < set_weight) continue;
      int n = std::atoi(name.c_str() + 1);
      if (n >= 2 && n < 256) {
        set_count_[i] = static_cast<uint8_t>(n);
        set_weight = tw.weight;
      }
    }
  }

  // Postings, and each document's facts, ascending by fact.
  posting_offsets_ = OffsetsOf(posting_counts);
  postings_.assign(posting_offsets_.back(), 0);
  doc_fact_offsets_ = OffsetsOf(doc_counts);
  doc_facts_.assign(fact_count, 0);
  {
    std::vector<uint32_t> at(posting_offsets_.begin(),
                             posting_offsets_.end() - 1);
    std::vector<uint32_t> doc_at(doc_fact_offsets_.begin(),
                                 doc_fact_offsets_.end() - 1);
    for (uint32_t i = 0; i < fact_count; ++i) {
      for (const TermWeight& tw : TermsOf(i)) postings_[at[tw.term]++] = i;
      doc_facts_[doc_at[sentences[facts[i].sentence].doc]++] = i;
    }
  }
}

}  // namespace figcheck
