// The findings of a scan as text, JSON, SARIF and GitHub annotations. SARIF
// follows 2.1.0 as GitHub code scanning reads it: one rule per verdict,
// results with ruleId, ruleIndex, level, message and a physical location
// with a region. Tested by tests/scan_test.cc and tests/golden_test.sh.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "core/measure.h"
#include "core/numbers.h"
#include "core/render.h"
#include "core/scan.h"

namespace figcheck {
namespace {

std::string FormatHex64(uint64_t v) { return FormatHex(v, 16); }

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

const char* SarifLevel(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return "error";
    case Verdict::kMisleading: return "warning";
    case Verdict::kUnverifiable: return "note";
    case Verdict::kSupported: return "none";
  }
  return "note";
}

// The order of the SARIF rules; ruleIndex points into it.
constexpr Verdict kRuleOrder[] = {Verdict::kRefuted, Verdict::kMisleading,
                                  Verdict::kUnverifiable, Verdict::kSupported};
int RuleIndex(Verdict v) {
  for (int i = 0; i < 4; ++i)
    if (kRuleOrder[i] == v) return i;
  return 0;
}

// "5 trillion yuan: The sources say 4.72 trillion yuan for 2023, not …"
std::string Message(const Finding& f) {
  const FigureResult& r = f.figure_result();
  return r.claimed.text + ": " + r.explanation;
}

// " [file: title, publisher, date]" for a cited figure, else "".
std::string SourceTag(const FactBase& base, const FigureResult& r) {
  if (r.facts.empty()) return "";
  const Document& d = base.DocumentOf(base.facts[r.facts[0]]);
  return " [" + d.file + ": " + d.title + ", " + d.publisher + ", " + d.date +
         "]";
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "N figures checked in M files: counts per verdict", then what was left
// out or could not be read, when any was.
std::string Summary(const std::vector<ScanReport>& reports) {
  int counts[4] = {0, 0, 0, 0};
  size_t total = 0, suppressed = 0, baselined = 0, unchanged = 0,
         unreadable = 0, comments = 0;
  for (const ScanReport& r : reports) {
    for (const Finding& f : r.findings) {
      if (f.suppression) {
        ++suppressed;
        continue;
      }
      ++counts[static_cast<int>(f.figure_result().verdict)];
      ++total;
    }
    baselined += static_cast<size_t>(r.baselined);
    unchanged += static_cast<size_t>(r.unchanged);
    for (const ScanProblem& p : r.problems)
      ++(p.located ? comments : unreadable);
  }
  auto count = [&](Verdict v) {
    return std::to_string(counts[static_cast<int>(v)]);
  };
  std::string out = Plural(total, "figure", "figures") + " checked in " +
                    Plural(reports.size(), "file", "files") + ": " +
                    count(Verdict::kRefuted) + " refuted, " +
                    count(Verdict::kMisleading) + " misleading, " +
                    count(Verdict::kUnverifiable) + " unverifiable, " +
                    count(Verdict::kSupported) + " supported";
  if (suppressed) out += "; " + std::to_string(suppressed) + " suppressed";
  if (baselined) out += "; " + std::to_string(baselined) + " in the baseline";
  if (unchanged)
    out += "; " + std::to_string(unchanged) + " on lines no change touched";
  if (unreadable)
    out += "; " + Plural(unreadable, "file", "files") + " not read";
  if (comments)
    out += "; " +
           Plural(comments, "bad figcheck comment", "bad figcheck comments");
  return out + "\n";
}

// "file:line:col" or "file" for a problem.
std::string ProblemPlace(const ScanReport& r, const ScanProblem& p) {
  return p.located ? r.file + ":" + std::to_string(p.at.line) + ":" +
                         std::to_string(p.at.col)
                   : r.file;
}

// A path as a SARIF artifact URI: relative paths stay relative (GitHub
// resolves them against the repository root), absolute ones become file://
// URIs; bytes outside the unreserved set are percent-encoded.
std::string ArtifactUri(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || std::strchr("-._~/", c) != nullptr) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// The sentences as claims: a sentence over the claim limit (a page with no
// full stop) is cut into pieces under it, at a clause mark or a space, so
// that its figures are still checked rather than dropped.
}  // namespace

std::string ScanToText(const FactBase& base,
                       const std::vector<ScanReport>& reports,
                       bool show_suppressed) {
  std::string out;
  for (const ScanReport& r : reports) {
    for (const ScanProblem& p : r.problems)
      out += ProblemPlace(r, p) + ": error: " + p.status.message() + "\n";
    for (const Finding& f : r.findings) {
      if (f.suppression && !show_suppressed) continue;
      const FigureResult& fr = f.figure_result();
      out += r.file + ":" + std::to_string(f.at.line) + ":" +
             std::to_string(f.at.col) + ": " + VerdictName(fr.verdict) +
             (f.suppression ? " (suppressed)" : "") + ": " + Message(f) +
             SourceTag(base, fr) + "\n";
    }
  }
  return out + Summary(reports);
}

std::string ScanToJson(const FactBase& base, const ScanReport& report,
                       CitationStyle citations, bool show_suppressed) {
  const bool shared = citations == CitationStyle::kShared;
  std::set<uint32_t> cited;
  JsonWriter w;
  w.BeginObject();
  w.Key("file").String(report.file);
  if (report.as_of.ok()) w.Key("as_of").String(report.as_of.ToString());
  if (!report.encoding.empty()) w.Key("encoding").String(report.encoding);
  if (!report.problems.empty()) {
    w.Key("problems").BeginArray();
    for (const ScanProblem& p : report.problems) {
      w.BeginObject();
      if (p.located) {
        w.Key("line").Int(p.at.line);
        w.Key("column").Int(p.at.col);
      }
      w.Key("code").String(ErrorCodeName(p.status.code()));
      w.Key("message").String(p.status.message());
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("findings").BeginArray();
  for (const Finding& f : report.findings) {
    if (f.suppression && !show_suppressed) continue;
    const FigureResult& fr = f.figure_result();
    w.BeginObject();
    w.Key("line").Int(f.at.line);
    w.Key("column").Int(f.at.col);
    w.Key("end_line").Int(f.end_at.line);
    w.Key("end_column").Int(f.end_at.col);
    w.Key("start").Int(f.start);
    w.Key("end").Int(f.end);
    w.Key("claim").String(f.sentence());
    w.Key("verdict").String(VerdictName(fr.verdict));
    if (shared) {
      w.Key("facts").BeginArray();
      for (uint32_t id : fr.facts) {
        w.Int(id);
        cited.insert(id);
      }
      w.EndArray();
    } else {
      w.Key("citation");
      if (fr.facts.empty())
        w.Null();
      else
        WriteCitation(w, base, fr.facts[0]);
      w.Key("citations").BeginArray();
      for (uint32_t id : fr.facts) WriteCitation(w, base, id);
      w.EndArray();
    }
    w.Key("claimed");
    WriteFigure(w, fr.claimed,
                MeasureName(base.lexicon, f.sentence(), 0, fr.claimed));
    w.Key("explanation").String(fr.explanation);
    if (f.suppression) {
      w.Key("suppressed").BeginObject();
      w.Key("line").Int(f.suppression->line);
      if (!f.suppression->figure.empty())
        w.Key("figure").String(f.suppression->figure);
      w.Key("reason").String(f.suppression->reason);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  if (shared) {
    w.Key("citations").BeginObject();
    for (uint32_t id : cited) {
      w.Key(std::to_string(id));
      WriteCitation(w, base, id);
    }
    w.EndObject();
  }
  w.Key("summary").BeginObject();
  for (Verdict v : kRuleOrder) w.Key(VerdictName(v)).Int(report.Count(v));
  if (int n = report.Suppressed()) w.Key("suppressed").Int(n);
  if (report.baselined) w.Key("baselined").Int(report.baselined);
  if (report.unchanged) w.Key("unchanged").Int(report.unchanged);
  w.EndObject();
  w.EndObject();
  return w.Take();
}

namespace {

// A result's or a notification's message and its location up to the
// artifact, leaving "physicalLocation" open for a region.
void BeginLocation(JsonWriter& w, const std::string& message,
                   const std::string& uri) {
  w.Key("message").BeginObject().Key("text").String(message).EndObject();
  w.Key("locations").BeginArray().BeginObject();
  w.Key("physicalLocation").BeginObject();
  w.Key("artifactLocation").BeginObject().Key("uri").String(uri).EndObject();
}

// The drafts that could not be read and the malformed figcheck comments, as
// the run's invocation's toolExecutionNotifications; none when all is well
// (then no invocation is written, as before).
void WriteNotifications(JsonWriter& w, const std::vector<ScanReport>& reports) {
  bool any =
      std::any_of(reports.begin(), reports.end(),
                  [](const ScanReport& r) { return !r.problems.empty(); });
  if (!any) return;
  w.Key("invocations").BeginArray().BeginObject();
  w.Key("executionSuccessful").Bool(false);
  w.Key("toolExecutionNotifications").BeginArray();
  for (const ScanReport& r : reports)
    for (const ScanProblem& p : r.problems) {
      w.BeginObject();
      w.Key("level").String("error");
      BeginLocation(w, r.file + ": " + p.status.message(), ArtifactUri(r.file));
      if (p.located)
        w.Key("region")
            .BeginObject()
            .Key("startLine")
            .Int(p.at.line)
            .Key("startColumn")
            .Int(p.at.col)
            .EndObject();
      w.EndObject().EndObject().EndArray();
      w.Key("descriptor")
          .BeginObject()
          .Key("id")
          .String(p.located ? "bad-comment" : "unreadable")
          .EndObject();
      w.EndObject();
    }
  w.EndArray();
  w.EndObject().EndArray();
}

}  // namespace

std::string ScanToSarif(const FactBase& base,
                        const std::vector<ScanReport>& reports) {
  static const char* const kRuleText[] = {
      "The sources state another figure for this subject and period.",
      "The figure is in the sources, but for another period or as a goal.",
      "The sources hold no figure for this subject and period.",
      "The sources state this figure for this subject and period."};
  JsonWriter w;
  w.BeginObject();
  w.Key("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version").String("2.1.0");
  w.Key("runs").BeginArray().BeginObject();
  w.Key("tool").BeginObject().Key("driver").BeginObject();
  w.Key("name").String("figcheck");
  w.Key("version").String("0.1.0");
  w.Key("rules").BeginArray();
  for (int i = 0; i < 4; ++i) {
    Verdict v = kRuleOrder[i];
    w.BeginObject();
    w.Key("id").String(VerdictName(v));
    w.Key("name").String(std::string("figure-") + VerdictName(v));
    w.Key("shortDescription")
        .BeginObject()
        .Key("text")
        .String(std::string("Figure ") + VerdictName(v) + " by the sources")
        .EndObject();
    w.Key("fullDescription")
        .BeginObject()
        .Key("text")
        .String(kRuleText[i])
        .EndObject();
    w.Key("defaultConfiguration")
        .BeginObject()
        .Key("level")
        .String(SarifLevel(v))
        .EndObject();
    w.Key("help").BeginObject().Key("text").String(kRuleText[i]).EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject().EndObject();  // driver, tool
  w.Key("columnKind").String("unicodeCodePoints");
  w.Key("results").BeginArray();
  for (const ScanReport& r : reports) {
    const std::string uri = ArtifactUri(r.file);
    for (const Finding& f : r.findings) {
      const FigureResult& fr = f.figure_result();
      w.BeginObject();
      w.Key("ruleId").String(VerdictName(fr.verdict));
      w.Key("ruleIndex").Int(RuleIndex(fr.verdict));
      w.Key("level").String(SarifLevel(fr.verdict));
      BeginLocation(w, Message(f) + SourceTag(base, fr), uri);
      w.Key("region").BeginObject();
      w.Key("startLine").Int(f.at.line);
      w.Key("startColumn").Int(f.at.col);
      w.Key("endLine").Int(f.end_at.line);
      w.Key("endColumn").Int(f.end_at.col);
      w.Key("byteOffset").Int(f.start);
      w.Key("byteLength").Int(f.end - f.start);
      w.EndObject();             // region
      w.EndObject();             // physicalLocation
      w.EndObject().EndArray();  // locations
      // Stable across edits elsewhere in the file: the figure and its
      // sentence, not the line number.
      w.Key("partialFingerprints")
          .BeginObject()
          .Key("figcheck/v1")
          .String(
              FormatHex64(Fnv1a(f.sentence(), Fnv1a(fr.claimed.text + '\n'))))
          .EndObject();
      if (f.suppression) {
        w.Key("suppressions").BeginArray().BeginObject();
        w.Key("kind").String("inSource");
        if (!f.suppression->reason.empty())
          w.Key("justification").String(f.suppression->reason);
        w.EndObject().EndArray();
      }
      w.EndObject();
    }
  }
  w.EndArray();
  WriteNotifications(w, reports);
  w.EndObject().EndArray();  // run, runs
  w.EndObject();
  std::string out = w.Take();
  out += '\n';
  return out;
}

std::string ScanToGithub(const FactBase& base,
                         const std::vector<ScanReport>& reports,
                         bool show_suppressed) {
  // Workflow commands: ::error file=…,line=…,col=…,title=…::message, with
  // properties and messages escaped as the runner requires.
  auto escape = [](const std::string& s, bool property) {
    std::string out;
    for (char c : s) {
      if (c == '%')
        out += "%25";
      else if (c == '\r')
        out += "%0D";
      else if (c == '\n')
        out += "%0A";
      else if (property && c == ':')
        out += "%3A";
      else if (property && c == ',')
        out += "%2C";
      else
        out += c;
    }
    return out;
  };
  std::string out;
  for (const ScanReport& r : reports) {
    for (const ScanProblem& p : r.problems) {
      out += "::error file=" + escape(r.file, true);
      if (p.located)
        out += ",line=" + std::to_string(p.at.line) +
               ",col=" + std::to_string(p.at.col);
      out += ",title=" +
             escape(std::string("figcheck: ") + ErrorCodeName(p.status.code()),
                    true) +
             "::" + escape(p.status.message(), false) + "\n";
    }
    for (const Finding& f : r.findings) {
      if (f.suppression && !show_suppressed) continue;
      const FigureResult& fr = f.figure_result();
      const char* command = f.suppression                        ? "notice"
                            : fr.verdict == Verdict::kRefuted    ? "error"
                            : fr.verdict == Verdict::kMisleading ? "warning"
                                                                 : "notice";
      out += std::string("::") + command + " file=" + escape(r.file, true) +
             ",line=" + std::to_string(f.at.line) +
             ",col=" + std::to_string(f.at.col) + ",title=" +
             escape(std::string("figcheck: ") + VerdictName(fr.verdict) +
                        (f.suppression ? " (suppressed)" : ""),
                    true) +
             "::" + escape(Message(f) + SourceTag(base, fr), false) + "\n";
    }
  }
  return out + Summary(reports);
}

}  // namespace figcheck
