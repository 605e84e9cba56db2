// The term index over facts: dense term ids, per-fact subjects sorted by
// id, postings. Tested by tests/factbase_test.cc.
#include "core/factbase.h"

#include <algorithm>
#include <map>

namespace figcheck {

void FactBase::BuildIndex() {
  term_ids_.clear();
  idf_by_id_.clear();
  subjects_.assign(facts.size(), {});
  core_weight_.assign(facts.size(), 0);
  postings_.clear();
  auto intern = [&](const std::string& term) {
    auto [it, added] = term_ids_.emplace(term, static_cast<uint32_t>(idf_by_id_.size()));
    if (added) {
      idf_by_id_.push_back(Idf(term));
      postings_.emplace_back();
    }
    return it->second;
  };
  for (uint32_t i = 0; i < facts.size(); ++i) {
    std::map<uint32_t, float> merged;
    for (const auto& [term, weight] : facts[i].figure.terms) {
      uint32_t id = intern(term);
      postings_[id].push_back(i);
      merged[id] = std::max(merged[id], weight);
    }
    const Sentence& s = sentences[facts[i].sentence];
    if (s.doc < documents.size())
      for (const std::string& term : documents[s.doc].topic) {
        float& w = merged[intern(term)];
        w = std::max(w, kTopicWeight);
      }
    subjects_[i].assign(merged.begin(), merged.end());
    for (const auto& [id, w] : subjects_[i])
      if (w >= 0.7f) core_weight_[i] += w * idf_by_id_[id];
  }
}

}  // namespace figcheck
