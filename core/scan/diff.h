// A unified diff (`git diff`, `diff -u`, a .patch file) → the lines of each
// new file that the change added or modified, so a scan can report only
// findings on them. Paths are those of the new side ("+++ b/drafts/x.md" →
// "drafts/x.md"; the a/ and b/ prefixes git writes are dropped, git's
// quoted paths unquoted); deleted files have none. Tested by
// tests/scan_draft_test.cc (DiffTest).
#ifndef FIGCHECK_CORE_SCAN_DIFF_H_
#define FIGCHECK_CORE_SCAN_DIFF_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace figcheck {

// Lines, 1-based, as sorted disjoint [first, last] ranges.
class ChangedLines {
 public:
  void Add(int first, int last);
  // Whether any line of [first, last] changed.
  bool Touches(int first, int last) const;
  bool empty() const { return ranges_.empty(); }

 private:
  std::vector<std::pair<int, int>> ranges_;
};

using ChangedFiles = std::map<std::string, ChangedLines>;

// Errors: kBadPatch, with the line of the patch at fault (a hunk header that
// does not parse, or a hunk longer than its header says).
StatusOr<ChangedFiles> ParseUnifiedDiff(std::string_view patch);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_DIFF_H_
