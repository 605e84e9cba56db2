// The term index over facts: dense term ids, per-fact subjects sorted by
// id, postings. Tested by tests/factbase_test.cc.
#include "core/factbase.h"

#include <algorithm>

namespace figcheck {

void FactBase::BuildIndex() {
  term_ids_.clear();
  term_ids_.reserve(idf.size() * 2 + 64);
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
  // Each document's topic, interned once.
  std::vector<std::vector<uint32_t>> topics(documents.size());
  for (size_t d = 0; d < documents.size(); ++d)
    for (const std::string& term : documents[d].topic) topics[d].push_back(intern(term));
  for (uint32_t i = 0; i < facts.size(); ++i) {
    std::vector<std::pair<uint32_t, float>>& v = subjects_[i];
    const Sentence& s = sentences[facts[i].sentence];
    const std::vector<uint32_t>* topic = s.doc < topics.size() ? &topics[s.doc] : nullptr;
    v.reserve(facts[i].figure.terms.size() + (topic ? topic->size() : 0));
    for (const auto& [term, weight] : facts[i].figure.terms) {
      uint32_t id = intern(term);
      postings_[id].push_back(i);
      v.emplace_back(id, weight);
    }
    if (topic != nullptr)
      for (uint32_t id : *topic) v.emplace_back(id, kTopicWeight);
    // Sort by id; keep the highest weight of a term listed twice.
    std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
      return x.first < y.first || (x.first == y.first && x.second > y.second);
    });
    v.erase(std::unique(v.begin(), v.end(),
                        [](const auto& x, const auto& y) { return x.first == y.first; }),
            v.end());
    for (const auto& [id, w] : v)
      if (w >= 0.7f) core_weight_[i] += w * idf_by_id_[id];
  }
  for (auto& list : postings_) list.erase(std::unique(list.begin(), list.end()), list.end());
}

}  // namespace figcheck
