// Baselines: each finding's key is "file\nfigure\nhash\nverdict"; a baseline
// is a multiset of keys, read with simdjson's DOM (a baseline is small next
// to the drafts it covers) and written with JsonWriter. Tested by
// tests/scan_draft_test.cc.
#include "core/scan/baseline.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "core/json_writer.h"
#include "core/numbers.h"
#include "core/render.h"

namespace figcheck {
namespace {

constexpr std::string_view kFormat = "figcheck-baseline";
constexpr int64_t kVersion = 1;

std::string FileKey(std::string_view file) {
  while (file.size() > 2 && file.substr(0, 2) == "./") file.remove_prefix(2);
  return std::string(file);
}

std::string SentenceHash(std::string_view sentence) {
  uint64_t h = 1469598103934665603ull;
  bool space = false;
  for (unsigned char c : sentence) {
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      space = true;
      continue;
    }
    if (space) {
      h ^= ' ';
      h *= 1099511628211ull;
      space = false;
    }
    h ^= c;
    h *= 1099511628211ull;
  }
  return FormatHex(h, 16);
}

struct Entry {
  std::string file, figure, sentence, verdict;
  std::string Key() const {
    return file + '\n' + figure + '\n' + sentence + '\n' + verdict;
  }
  bool operator<(const Entry& o) const {
    return std::tie(file, figure, sentence, verdict) <
           std::tie(o.file, o.figure, o.sentence, o.verdict);
  }
};

Entry EntryOf(const ScanReport& r, const Finding& f) {
  const FigureResult& fr = f.figure_result();
  return {FileKey(r.file), fr.claimed.text, SentenceHash(f.sentence()),
          VerdictName(fr.verdict)};
}

Status Bad(const std::string& where, const std::string& what) {
  return Status(ErrorCode::kBadBaseline, where + ": " + what);
}

}  // namespace

void Baseline::Apply(ScanReport* report) {
  auto& findings = report->findings;
  auto keep =
      std::remove_if(findings.begin(), findings.end(), [&](const Finding& f) {
        if (f.suppression) return false;
        auto it = counts_.find(EntryOf(*report, f).Key());
        if (it == counts_.end() || it->second == 0) return false;
        --it->second;
        ++report->baselined;
        return true;
      });
  findings.erase(keep, findings.end());
}

StatusOr<Baseline> ParseBaseline(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::padded_string padded(json.data(), json.size());
  if (auto err = parser.parse(padded).get(root))
    return Bad("$", std::string("not JSON: ") + simdjson::error_message(err));
  simdjson::dom::object top;
  if (root.get(top)) return Bad("$", "not an object");
  std::string_view format;
  if (top["format"].get(format) || format != kFormat)
    return Bad("$.format", "not \"figcheck-baseline\"");
  int64_t version = 0;
  if (top["version"].get(version) || version != kVersion)
    return Bad("$.version", "not 1 (this figcheck reads version 1)");
  simdjson::dom::array findings;
  if (top["findings"].get(findings)) return Bad("$.findings", "not an array");
  Baseline out;
  size_t i = 0;
  for (simdjson::dom::element item : findings) {
    const std::string where = "$.findings[" + std::to_string(i++) + "]";
    Entry e;
    for (auto [name, slot] :
         {std::pair<const char*, std::string*>{"file", &e.file},
          {"figure", &e.figure},
          {"sentence", &e.sentence},
          {"verdict", &e.verdict}}) {
      std::string_view v;
      if (item[name].get(v)) return Bad(where + "." + name, "not a string");
      slot->assign(v.data(), v.size());
    }
    ++out.counts_[e.Key()];
    ++out.size_;
  }
  return out;
}

std::string WriteBaseline(const std::vector<ScanReport>& reports) {
  std::vector<Entry> entries;
  for (const ScanReport& r : reports)
    for (const Finding& f : r.findings)
      if (!f.suppression) entries.push_back(EntryOf(r, f));
  std::sort(entries.begin(), entries.end());
  JsonWriter w;
  w.BeginObject();
  w.Key("format").String(std::string(kFormat));
  w.Key("version").Int(kVersion);
  w.Key("findings").BeginArray();
  std::string out = w.Take();
  for (size_t i = 0; i < entries.size(); ++i) {
    JsonWriter e;
    e.BeginObject();
    e.Key("file").String(entries[i].file);
    e.Key("figure").String(entries[i].figure);
    e.Key("sentence").String(entries[i].sentence);
    e.Key("verdict").String(entries[i].verdict);
    e.EndObject();
    out += (i ? ",\n  " : "\n  ") + e.Take();
  }
  out += entries.empty() ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace figcheck
