// Names and small helpers for figures. Tested by tests/reader_test.cc.
#include "core/figure.h"

namespace figcheck {

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approximately";
    case Qualifier::kMoreThan: return "more than";
    case Qualifier::kAtLeast: return "at least";
    case Qualifier::kLessThan: return "less than";
    case Qualifier::kAtMost: return "at most";
  }
  return "exact";
}

bool ParseQualifier(const std::string& name, Qualifier* out) {
  for (Qualifier q :
       {Qualifier::kExact, Qualifier::kApprox, Qualifier::kMoreThan,
        Qualifier::kAtLeast, Qualifier::kLessThan, Qualifier::kAtMost})
    if (name == QualifierName(q)) {
      *out = q;
      return true;
    }
  return false;
}

const char* AspectName(Aspect a) {
  switch (a) {
    case Aspect::kPlain: return "plain";
    case Aspect::kNew: return "new";
    case Aspect::kTotal: return "total";
    case Aspect::kPartYear: return "part-year";
    case Aspect::kCombined: return "combined";
    case Aspect::kAverage: return "average";
  }
  return "plain";
}

bool ParseAspect(std::string_view name, Aspect* out) {
  for (Aspect a : {Aspect::kPlain, Aspect::kNew, Aspect::kTotal,
                   Aspect::kPartYear, Aspect::kCombined, Aspect::kAverage})
    if (name == AspectName(a)) {
      *out = a;
      return true;
    }
  return false;
}

std::string Period::ToString() const {
  if (from != 0 && from == to) return std::to_string(from);
  if (from != 0) return std::to_string(from) + "-" + std::to_string(to);
  if (years != 0) return std::to_string(years) + " years";
  return "";
}

}  // namespace figcheck
