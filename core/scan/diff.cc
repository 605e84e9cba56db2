// Reading unified diffs: line by line, a "+++ " line names the new file, a
// "@@ -a,b +c,d @@" header starts a hunk, and in a hunk ' ' lines advance
// the new side, '+' lines are recorded and advance it, '-' lines do not;
// "\ No newline at end of file" is skipped. Anything between files (git's
// "diff --git", "index", mode and rename lines) is ignored. Tested by
// tests/scan_draft_test.cc.
#include "core/scan/diff.h"

#include <algorithm>
#include <cstdlib>

namespace figcheck {
namespace {

Status Bad(int line, const std::string& what) {
  return Status(ErrorCode::kBadPatch,
                "line " + std::to_string(line) + " of the diff: " + what);
}

// Reads a decimal number at *s, advancing it; false when there is none.
bool Number(std::string_view* s, int* out) {
  size_t i = 0;
  long v = 0;
  while (i < s->size() && (*s)[i] >= '0' && (*s)[i] <= '9' && v < 100000000)
    v = v * 10 + ((*s)[i++] - '0');
  if (i == 0) return false;
  *out = static_cast<int>(v);
  s->remove_prefix(i);
  return true;
}

// "+c[,d]" of a hunk header; d defaults to 1.
bool Side(std::string_view* s, char sign, int* start, int* count) {
  if (s->empty() || (*s)[0] != sign) return false;
  s->remove_prefix(1);
  if (!Number(s, start)) return false;
  *count = 1;
  if (!s->empty() && (*s)[0] == ',') {
    s->remove_prefix(1);
    if (!Number(s, count)) return false;
  }
  return true;
}

// The path of a "+++ " line: git's C-style quotes undone, a timestamp after
// a tab (diff -u) dropped, then the b/ prefix.
std::string NewPath(std::string_view s) {
  std::string path;
  if (!s.empty() && s[0] == '"') {
    for (size_t i = 1; i < s.size() && s[i] != '"'; ++i) {
      if (s[i] != '\\' || i + 1 >= s.size()) {
        path.push_back(s[i]);
        continue;
      }
      char c = s[++i];
      if (c >= '0' && c <= '7' && i + 2 < s.size()) {
        path.push_back(static_cast<char>(
            std::strtol(std::string(s.substr(i, 3)).c_str(), nullptr, 8)));
        i += 2;
      } else {
        path.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
      }
    }
  } else {
    path = std::string(s.substr(0, s.find('\t')));
    while (!path.empty() && (path.back() == ' ' || path.back() == '\r'))
      path.pop_back();
  }
  if (path.size() > 2 && path.compare(0, 2, "b/") == 0) path.erase(0, 2);
  return path;
}

}  // namespace

void ChangedLines::Add(int first, int last) {
  if (!ranges_.empty() && first >= ranges_.back().first &&
      first <= ranges_.back().second + 1) {
    ranges_.back().second = std::max(ranges_.back().second, last);
    return;
  }
  ranges_.emplace_back(first, last);
  if (ranges_.size() < 2 || ranges_[ranges_.size() - 2].first < first) return;
  // A patch that lists a file twice, out of order: sort and merge again.
  std::sort(ranges_.begin(), ranges_.end());
  std::vector<std::pair<int, int>> merged;
  for (const auto& r : ranges_) {
    if (!merged.empty() && r.first <= merged.back().second + 1)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  ranges_ = std::move(merged);
}

bool ChangedLines::Touches(int first, int last) const {
  auto it = std::lower_bound(
      ranges_.begin(), ranges_.end(), first,
      [](const std::pair<int, int>& r, int line) { return r.second < line; });
  return it != ranges_.end() && it->first <= last;
}

StatusOr<ChangedFiles> ParseUnifiedDiff(std::string_view patch) {
  ChangedFiles out;
  ChangedLines* file = nullptr;
  int new_line = 0, new_left = 0, old_left = 0, number = 0;
  size_t pos = 0;
  while (pos < patch.size()) {
    size_t nl = patch.find('\n', pos);
    std::string_view line = patch.substr(
        pos, (nl == std::string_view::npos ? patch.size() : nl) - pos);
    pos = nl == std::string_view::npos ? patch.size() : nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (new_left > 0 || old_left > 0) {
      char c = line.empty() ? ' ' : line[0];
      if (c == '+') {
        if (new_left == 0)
          return Bad(number, "more added lines than the hunk header says");
        if (file != nullptr) file->Add(new_line, new_line);
        ++new_line;
        --new_left;
      } else if (c == '-') {
        if (old_left == 0)
          return Bad(number, "more removed lines than the hunk header says");
        --old_left;
      } else if (c == ' ') {
        if (new_left == 0 || old_left == 0)
          return Bad(number, "a hunk longer than its header says");
        ++new_line;
        --new_left;
        --old_left;
      } else if (c != '\\') {
        return Bad(number, "a hunk shorter than its header says");
      }
      continue;
    }
    if (line.substr(0, 4) == "+++ ") {
      std::string path = NewPath(line.substr(4));
      file = path == "/dev/null" ? nullptr : &out[path];
    } else if (line.substr(0, 3) == "@@ ") {
      std::string_view h = line.substr(3);
      int old_start = 0, new_start = 0;
      if (!Side(&h, '-', &old_start, &old_left) || h.empty() || h[0] != ' ' ||
          (h.remove_prefix(1), !Side(&h, '+', &new_start, &new_left)))
        return Bad(number, "a hunk header that is not \"@@ -a,b +c,d @@\"");
      new_line = new_start;
      if (file == nullptr && new_left > 0)
        return Bad(number, "a hunk before any \"+++ \" line names its file");
    }
  }
  if (new_left > 0 || old_left > 0)
    return Bad(number, "the diff ends inside a hunk");
  return out;
}

}  // namespace figcheck
