// Reading figcheck comments: one pass over the draft for "<!--", skipping
// fenced code (a line opening with ``` or ~~~ up to the line closing it) and
// comments after an odd number of backticks on their line (inline code).
// Each directive becomes a byte range of the draft with its Suppression;
// a finding is suppressed by the first range that holds its first byte and
// names its figure or none. Tested by tests/scan_draft_test.cc.
#include "core/scan/directives.h"

#include <memory>
#include <string>
#include <vector>

namespace figcheck {
namespace {

struct Range {
  uint32_t from = 0, to = 0;
  uint32_t comment = 0;  // offset of the comment, for problems
  std::shared_ptr<Suppression> suppression;
  bool used = false;
};

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Lower case, runs of white space as one space: how a figure named in a
// comment is compared with a figure as written.
std::string Normalized(std::string_view s) {
  std::string out;
  for (char c : Trim(s)) {
    if (IsBlank(c)) {
      if (out.empty() || out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
  }
  return out;
}

size_t LineStart(std::string_view text, size_t at) {
  size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}
size_t LineEnd(std::string_view text, size_t at) {
  size_t nl = text.find('\n', at);
  return nl == std::string_view::npos ? text.size() : nl;
}

// Byte ranges of fenced code blocks in Markdown.
std::vector<std::pair<size_t, size_t>> Fences(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  char fence = 0;
  size_t fence_len = 0, open = 0;
  for (size_t line = 0; line < text.size();) {
    size_t end = LineEnd(text, line);
    size_t i = line;
    while (i < end && i - line < 3 && text[i] == ' ') ++i;
    size_t run = 0;
    char c = i < end ? text[i] : 0;
    if (c == '`' || c == '~')
      while (i + run < end && text[i + run] == c) ++run;
    if (fence == 0 && run >= 3) {
      fence = c;
      fence_len = run;
      open = line;
    } else if (fence != 0 && c == fence && run >= fence_len &&
               Trim(text.substr(i + run, end - i - run)).empty()) {
      out.emplace_back(open, end);
      fence = 0;
    }
    line = end + 1;
  }
  if (fence != 0) out.emplace_back(open, text.size());
  return out;
}

bool InInlineCode(std::string_view text, size_t at) {
  size_t ticks = 0;
  for (size_t i = LineStart(text, at); i < at; ++i) ticks += text[i] == '`';
  return ticks % 2 == 1;
}

class Reader {
 public:
  Reader(std::string_view text, ScanReport* report)
      : text_(text), report_(report) {}

  void Problem(size_t at, std::string message) {
    ScanProblem p;
    p.status = Status(ErrorCode::kBadDirective, std::move(message), at);
    p.located = true;
    p.at = LineColAt(text_, static_cast<uint32_t>(at));
    report_->problems.push_back(std::move(p));
  }

  // `body`: the comment's text between "<!--" and "-->"; the comment spans
  // [start, end).
  void Directive(std::string_view body, size_t start, size_t end) {
    body = Trim(body);
    static constexpr std::string_view kKinds[] = {
        "figcheck-disable-next-line", "figcheck-disable-line",
        "figcheck-disable", "figcheck-enable"};
    size_t word = 0;
    while (word < body.size() && !IsBlank(body[word]) && body[word] != ':')
      ++word;
    std::string_view name = body.substr(0, word);
    int kind = -1;
    for (int k = 0; k < 4; ++k)
      if (name == kKinds[k]) kind = k;
    if (kind < 0) {
      Problem(start, "unknown figcheck comment \"" + std::string(name) +
                         "\"; the comments are figcheck-disable-next-line, "
                         "figcheck-disable-line, figcheck-disable and "
                         "figcheck-enable");
      return;
    }
    std::string_view rest = Trim(body.substr(word));
    auto suppression = std::make_shared<Suppression>();
    suppression->line = LineColAt(text_, static_cast<uint32_t>(start)).line;
    if (!rest.empty()) {
      if (rest[0] != ':') {
        Problem(start, std::string(name) +
                           ": a figure or reason goes after a colon, as in \"" +
                           std::string(name) +
                           ": \\\"5 trillion yuan\\\" why\"");
        return;
      }
      rest = Trim(rest.substr(1));
      if (rest.empty()) {
        Problem(start, std::string(name) + ": nothing after the colon");
        return;
      }
      if (kind == 3) {
        Problem(start, "figcheck-enable takes no figure or reason");
        return;
      }
      if (rest[0] == '"') {
        size_t close = rest.find('"', 1);
        if (close == std::string_view::npos || close == 1) {
          Problem(start, std::string(name) + ": the figure in quotes is " +
                             (close == 1 ? "empty" : "not closed"));
          return;
        }
        suppression->figure = std::string(rest.substr(1, close - 1));
        rest = Trim(rest.substr(close + 1));
      }
      suppression->reason = std::string(rest);
    }
    Range r;
    r.comment = static_cast<uint32_t>(start);
    r.suppression = std::move(suppression);
    switch (kind) {
      case 0: {  // the next line that is not blank
        size_t line = LineEnd(text_, end);
        while (line < text_.size()) {
          size_t from = line + 1, to = LineEnd(text_, from);
          if (!Trim(text_.substr(from, to - from)).empty()) {
            r.from = static_cast<uint32_t>(from);
            r.to = static_cast<uint32_t>(to);
            break;
          }
          line = to;
        }
        if (r.to == 0) {
          Problem(start, "figcheck-disable-next-line: no line follows it");
          return;
        }
        break;
      }
      case 1:
        r.from = static_cast<uint32_t>(LineStart(text_, start));
        r.to = static_cast<uint32_t>(LineEnd(text_, end));
        break;
      case 2:
        if (open_ >= 0) {
          Problem(start, "figcheck-disable inside the passage opened on line " +
                             std::to_string(ranges_[open_].suppression->line) +
                             "; close it with figcheck-enable first");
          return;
        }
        r.from = static_cast<uint32_t>(end);
        r.to = static_cast<uint32_t>(text_.size());
        open_ = static_cast<int>(ranges_.size());
        break;
      case 3:
        if (open_ < 0) {
          Problem(start, "figcheck-enable with no figcheck-disable before it");
        } else {
          ranges_[open_].to = static_cast<uint32_t>(start);
          open_ = -1;
        }
        return;
    }
    ranges_.push_back(std::move(r));
  }

  void Read(DraftFormat format) {
    std::vector<std::pair<size_t, size_t>> fences;
    if (format == DraftFormat::kMarkdown) fences = Fences(text_);
    size_t fence = 0;
    for (size_t at = text_.find("<!--"); at != std::string_view::npos;) {
      size_t close = text_.find("-->", at + 4);
      size_t end = close == std::string_view::npos ? text_.size() : close + 3;
      while (fence < fences.size() && fences[fence].second <= at) ++fence;
      bool code = (fence < fences.size() && fences[fence].first <= at) ||
                  (format == DraftFormat::kMarkdown && InInlineCode(text_, at));
      std::string_view body = text_.substr(
          at + 4,
          (close == std::string_view::npos ? text_.size() : close) - at - 4);
      if (!code && Trim(body).substr(0, 8) == "figcheck") {
        if (close == std::string_view::npos)
          Problem(at, "figcheck comment not closed with -->");
        else
          Directive(body, at, end);
      }
      if (close == std::string_view::npos) break;
      at = text_.find("<!--", end);
    }
  }

  void Apply() {
    for (Finding& f : report_->findings) {
      for (Range& r : ranges_) {
        if (f.start < r.from || f.start >= r.to) continue;
        const std::string& named = r.suppression->figure;
        if (!named.empty()) {
          std::string want = Normalized(named);
          if (want != Normalized(f.figure_result().claimed.text) &&
              want != Normalized(text_.substr(f.start, f.end - f.start)))
            continue;
        }
        f.suppression = r.suppression;
        r.used = true;
        break;
      }
    }
    for (const Range& r : ranges_)
      if (!r.used && !r.suppression->figure.empty())
        Problem(r.comment, "the comment names \"" + r.suppression->figure +
                               "\", which is not a figure it covers");
  }

 private:
  std::string_view text_;
  ScanReport* report_;
  std::vector<Range> ranges_;
  int open_ = -1;
};

}  // namespace

void ApplyDirectives(std::string_view text, DraftFormat format,
                     ScanReport* report) {
  if (format == DraftFormat::kPlain) return;
  Reader reader(text, report);
  reader.Read(format);
  reader.Apply();
}

}  // namespace figcheck
