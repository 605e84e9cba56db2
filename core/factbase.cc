// The term index over facts. Tested by tests/factbase_test.cc.
#include "core/factbase.h"

namespace figcheck {

const std::vector<uint32_t>& FactBase::FactsWith(const std::string& term) const {
  static const std::vector<uint32_t> kNone;
  auto it = index_.find(term);
  return it == index_.end() ? kNone : it->second;
}

void FactBase::BuildIndex() {
  index_.clear();
  for (uint32_t i = 0; i < facts.size(); ++i)
    for (const auto& [term, weight] : facts[i].figure.terms)
      index_[term].push_back(i);
}

}  // namespace figcheck
