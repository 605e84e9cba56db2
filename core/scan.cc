// Scanning drafts and rendering findings. SARIF follows 2.1.0 as GitHub code
// scanning reads it: one rule per verdict, results with ruleId, level,
// message and a physical location with a region. Tested by
// tests/scan_test.cc.
#include "core/scan.h"

#include <algorithm>
#include <memory>

#include "core/json_writer.h"
#include "core/render.h"

namespace figcheck {
namespace {

// Line starts of a buffer, for offset → line/column by binary search.
class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes) : bytes_(bytes) {
    starts_.push_back(0);
    for (uint32_t i = 0; i < bytes.size(); ++i)
      if (bytes[i] == '\n') starts_.push_back(i + 1);
  }
  LineCol At(uint32_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    size_t line = static_cast<size_t>(it - starts_.begin());
    uint32_t start = starts_[line - 1];
    LineCol lc;
    lc.line = static_cast<int>(line);
    for (uint32_t i = start; i < offset && i < bytes_.size(); ++i)
      if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++lc.col;
    return lc;
  }

 private:
  std::string_view bytes_;
  std::vector<uint32_t> starts_;
};

bool HasFigureHint(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  // Number words and fractions: cheap screen before the full reader.
  std::string lower = AsciiLower(s);
  static const char* const kWords[] = {
      "two",  "three", "four",   "five",    "six",     "seven",  "eight",
      "nine", "ten",   "twelve", "twenty",  "thirty",  "forty",  "fifty",
      "half", "third", "quarter", "fifth",  "dozen",   "double", "twice",
      "tripl", "quadrupl", "fold", "one in", "one out", "hundred"};
  for (const char* w : kWords)
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

const char* RuleId(Verdict v) { return VerdictName(v); }

const char* SarifLevel(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return "error";
    case Verdict::kMisleading: return "warning";
    case Verdict::kUnverifiable: return "note";
    case Verdict::kSupported: return "none";
  }
  return "note";
}

std::string Message(const FactBase& base, const Finding& f) {
  const FigureResult& r = f.figure_result();
  std::string m = r.claimed.text + ": " + r.explanation;
  (void)base;
  return m;
}

std::string SourceTag(const FactBase& base, const FigureResult& r) {
  if (r.facts.empty()) return "";
  const Fact& fact = base.facts[r.facts[0]];
  const Document& d = base.DocumentOf(fact);
  return " [" + d.file + ": " + d.title + ", " + d.publisher + ", " + d.date + "]";
}

}  // namespace

int ScanReport::Count(Verdict v) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [&](const Finding& f) {
                                          return f.figure_result().verdict == v;
                                        }));
}

StatusOr<ScanReport> Scan(const FactBase& base, std::string_view bytes,
                          DraftFormat format, Date as_of, Date today,
                          std::string file) {
  if (bytes.size() > kMaxDocumentBytes)
    return Status(ErrorCode::kInputTooLarge,
                  file + " is " + std::to_string(bytes.size()) +
                      " bytes; the limit is " + std::to_string(kMaxDocumentBytes));
  Status utf8 = CheckUtf8(bytes);
  if (!utf8.ok()) return Status(utf8.code(), file + ": " + utf8.message(), utf8.offset());
  ScanReport report;
  report.file = std::move(file);
  ExtractedText text = ExtractText(bytes, format);
  report.as_of = as_of.ok() ? as_of : text.date.ok() ? text.date : today;
  LineIndex lines(bytes);
  for (const Span& s : SplitSentences(text.text)) {
    std::string_view sentence(text.text.data() + s.start, s.end - s.start);
    if (sentence.size() > kMaxClaimBytes || !HasFigureHint(sentence)) continue;
    StatusOr<Result> checked = Check(base, sentence, report.as_of);
    if (!checked.ok() || checked.value().figures.empty()) continue;
    auto shared = std::make_shared<Result>(std::move(checked).value());
    for (size_t k = 0; k < shared->figures.size(); ++k) {
      const Figure& fig = shared->figures[k].claimed;
      Finding f;
      f.start = text.origin[s.start + fig.start];
      f.end = text.origin[s.start + fig.end - 1] + 1;
      // A multi-byte character's last byte maps to its first: end after it.
      while (f.end < bytes.size() &&
             (static_cast<unsigned char>(bytes[f.end]) & 0xC0) == 0x80)
        ++f.end;
      f.at = lines.At(f.start);
      f.sentence = std::string(sentence);
      f.result = *shared;
      f.figure = k;
      report.findings.push_back(std::move(f));
    }
  }
  return report;
}

bool ShouldFail(const ScanReport& report, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  if (report.Count(Verdict::kRefuted) > 0) return true;
  return fail_on == FailOn::kMisleading && report.Count(Verdict::kMisleading) > 0;
}

std::string ScanToText(const FactBase& base, const std::vector<ScanReport>& reports) {
  std::string out;
  int counts[4] = {0, 0, 0, 0};
  size_t total = 0;
  for (const ScanReport& r : reports)
    for (const Finding& f : r.findings) {
      const FigureResult& fr = f.figure_result();
      out += r.file + ":" + std::to_string(f.at.line) + ":" + std::to_string(f.at.col) +
             ": " + VerdictName(fr.verdict) + ": " + Message(base, f) +
             SourceTag(base, fr) + "\n";
      ++counts[static_cast<int>(fr.verdict)];
      ++total;
    }
  out += std::to_string(total) + " figure" + (total == 1 ? "" : "s") + " checked in " +
         std::to_string(reports.size()) + " file" + (reports.size() == 1 ? "" : "s") +
         ": " + std::to_string(counts[static_cast<int>(Verdict::kRefuted)]) + " refuted, " +
         std::to_string(counts[static_cast<int>(Verdict::kMisleading)]) + " misleading, " +
         std::to_string(counts[static_cast<int>(Verdict::kUnverifiable)]) + " unverifiable, " +
         std::to_string(counts[static_cast<int>(Verdict::kSupported)]) + " supported\n";
  return out;
}

std::string ScanToJson(const FactBase& base, const ScanReport& report) {
  JsonWriter w;
  w.BeginObject();
  w.Key("file").String(report.file);
  w.Key("as_of").String(report.as_of.ToString());
  w.Key("findings").BeginArray();
  for (const Finding& f : report.findings) {
    const FigureResult& fr = f.figure_result();
    w.BeginObject();
    w.Key("line").Int(f.at.line);
    w.Key("column").Int(f.at.col);
    w.Key("start").Int(f.start);
    w.Key("end").Int(f.end);
    w.Key("claim").String(f.sentence);
    w.Key("verdict").String(VerdictName(fr.verdict));
    w.Key("citation");
    if (fr.facts.empty()) w.Null(); else WriteCitation(w, base, fr.facts[0]);
    w.Key("citations").BeginArray();
    for (uint32_t id : fr.facts) WriteCitation(w, base, id);
    w.EndArray();
    w.Key("claimed");
    WriteFigure(w, fr.claimed);
    w.Key("explanation").String(fr.explanation);
    w.EndObject();
  }
  w.EndArray();
  w.Key("summary").BeginObject();
  for (Verdict v : {Verdict::kRefuted, Verdict::kMisleading, Verdict::kUnverifiable,
                    Verdict::kSupported})
    w.Key(VerdictName(v)).Int(report.Count(v));
  w.EndObject();
  w.EndObject();
  return w.Take();
}

std::string ScanToSarif(const FactBase& base, const std::vector<ScanReport>& reports) {
  JsonWriter w;
  w.BeginObject();
  w.Key("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version").String("2.1.0");
  w.Key("runs").BeginArray().BeginObject();
  w.Key("tool").BeginObject().Key("driver").BeginObject();
  w.Key("name").String("figcheck");
  w.Key("version").String("0.1.0");
  w.Key("rules").BeginArray();
  static const struct {
    Verdict v;
    const char* text;
  } kRules[] = {
      {Verdict::kRefuted, "The sources state another figure for this subject and period."},
      {Verdict::kMisleading, "The figure is in the sources but for another period, or as a goal."},
      {Verdict::kUnverifiable, "The sources hold no figure for this subject and period."},
      {Verdict::kSupported, "The sources state this figure for this subject and period."}};
  for (const auto& rule : kRules) {
    w.BeginObject();
    w.Key("id").String(RuleId(rule.v));
    w.Key("name").String(std::string("figure-") + VerdictName(rule.v));
    w.Key("shortDescription").BeginObject().Key("text").String(
        std::string("Figure ") + VerdictName(rule.v)).EndObject();
    w.Key("fullDescription").BeginObject().Key("text").String(rule.text).EndObject();
    w.Key("defaultConfiguration").BeginObject().Key("level").String(SarifLevel(rule.v)).EndObject();
    w.Key("help").BeginObject().Key("text").String(rule.text).EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject().EndObject();  // driver, tool
  w.Key("columnKind").String("unicodeCodePoints");
  w.Key("results").BeginArray();
  for (const ScanReport& r : reports)
    for (const Finding& f : r.findings) {
      const FigureResult& fr = f.figure_result();
      w.BeginObject();
      w.Key("ruleId").String(RuleId(fr.verdict));
      w.Key("level").String(SarifLevel(fr.verdict));
      w.Key("message").BeginObject().Key("text").String(Message(base, f) + SourceTag(base, fr)).EndObject();
      w.Key("locations").BeginArray().BeginObject();
      w.Key("physicalLocation").BeginObject();
      w.Key("artifactLocation").BeginObject().Key("uri").String(r.file).EndObject();
      w.Key("region").BeginObject();
      w.Key("startLine").Int(f.at.line);
      w.Key("startColumn").Int(f.at.col);
      w.Key("endColumn").Int(f.at.col + static_cast<int>(std::count_if(
          fr.claimed.text.begin(), fr.claimed.text.end(),
          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })));
      w.Key("charOffset").Int(f.start);
      w.Key("charLength").Int(f.end - f.start);
      w.EndObject();  // region
      w.EndObject();  // physicalLocation
      w.EndObject().EndArray();  // locations
      w.Key("partialFingerprints").BeginObject().Key("figcheck/v1").String(
          r.file + ":" + fr.claimed.text + ":" + f.sentence.substr(0, 64)).EndObject();
      w.EndObject();
    }
  w.EndArray();
  w.EndObject().EndArray();  // run, runs
  w.EndObject();
  std::string out = w.Take();
  out += '\n';
  return out;
}

std::string ScanToGithub(const FactBase& base, const std::vector<ScanReport>& reports) {
  // Workflow commands: ::error file=…,line=…,col=…::message. Properties and
  // messages are escaped as the runner requires.
  auto escape = [](const std::string& s, bool property) {
    std::string out;
    for (char c : s) {
      if (c == '%') out += "%25";
      else if (c == '\r') out += "%0D";
      else if (c == '\n') out += "%0A";
      else if (property && c == ':') out += "%3A";
      else if (property && c == ',') out += "%2C";
      else out += c;
    }
    return out;
  };
  std::string out;
  for (const ScanReport& r : reports)
    for (const Finding& f : r.findings) {
      const FigureResult& fr = f.figure_result();
      const char* command = fr.verdict == Verdict::kRefuted      ? "error"
                            : fr.verdict == Verdict::kMisleading ? "warning"
                                                                 : "notice";
      out += std::string("::") + command + " file=" + escape(r.file, true) +
             ",line=" + std::to_string(f.at.line) + ",col=" + std::to_string(f.at.col) +
             ",title=" + escape(std::string("figcheck: ") + VerdictName(fr.verdict), true) +
             "::" + escape(Message(base, f) + SourceTag(base, fr), false) + "\n";
    }
  return out;
}

}  // namespace figcheck
