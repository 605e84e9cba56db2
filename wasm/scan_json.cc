// The compact scan result: ScanToJson's fields and order, citations by fact
// number and each written once (render.h's WriteCitation). Tested by
// tests/web/api.test.mjs (scan), which compares its expansion with the CLI.
#include "wasm/scan_json.h"

#include <set>

#include "core/json_writer.h"
#include "core/render.h"

namespace figcheck {
namespace {

// The summary's order, as ScanToJson writes it.
constexpr Verdict kSummaryOrder[] = {Verdict::kRefuted, Verdict::kMisleading,
                                     Verdict::kUnverifiable,
                                     Verdict::kSupported};

}  // namespace

std::string ScanToCompactJson(const FactBase& base, const ScanReport& report) {
  JsonWriter w;
  std::set<uint32_t> cited;
  w.BeginObject();
  w.Key("file").String(report.file);
  w.Key("as_of").String(report.as_of.ToString());
  w.Key("findings").BeginArray();
  for (const Finding& f : report.findings) {
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
    w.Key("facts").BeginArray();
    for (uint32_t id : fr.facts) {
      w.Int(id);
      cited.insert(id);
    }
    w.EndArray();
    w.Key("claimed");
    WriteFigure(w, fr.claimed);
    w.Key("explanation").String(fr.explanation);
    w.EndObject();
  }
  w.EndArray();
  w.Key("citations").BeginObject();
  for (uint32_t id : cited) {
    w.Key(std::to_string(id));
    WriteCitation(w, base, id);
  }
  w.EndObject();
  w.Key("summary").BeginObject();
  for (Verdict v : kSummaryOrder) w.Key(VerdictName(v)).Int(report.Count(v));
  w.EndObject();
  w.EndObject();
  return w.Take();
}

}  // namespace figcheck
