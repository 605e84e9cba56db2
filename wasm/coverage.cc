// Coverage summary of a fact base: per document its figures and their
// years; across the sources the measures their figures give (money,
// shares, rates), each named as core/measure.h names it, with its years. Tested by tests/web/api.test.mjs and tests/web/e2e.test.mjs.
#include "wasm/coverage.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/json_writer.h"
#include "core/measure.h"
#include "core/text.h"
#include "wasm/nearby.h"

namespace figcheck {
namespace {

void WriteYears(JsonWriter& w, const std::set<int>& years) {
  w.BeginArray();
  for (int y : years) w.Int(y);
  w.EndArray();
}

void AddYears(std::set<int>& years, const Period& p) {
  if (p.from != 0) years.insert(p.from);
  if (p.to != 0) years.insert(p.to);
}

// A fact's measure as its sentence names it (core/measure.h), for amounts
// of money, shares and rates: counts, ranks and durations name things
// ("five centers", "three aspects"), not measures a reader would ask about.
std::string MeasureOf(const FactBase& base, const Fact& f) {
  const std::string& unit = f.figure.quantity.unit;
  if (unit.empty() || unit == "count" || unit == "rank" || unit == "years" ||
      unit == "x")
    return "";
  const Sentence& s = base.sentences[f.sentence];
  return MeasureName(base.lexicon, s.text, s.start, f.figure);
}

}  // namespace

std::string CoverageJson(const FactBase& base) {
  struct DocumentCoverage {
    size_t figures = 0;
    std::set<int> years;
  };
  std::vector<DocumentCoverage> docs(base.documents.size());
  // Measures across the sources: key (lower case) → name as first written,
  // facts, years.
  struct Measure {
    std::string name;
    int facts = 0;
    std::set<int> years;
  };
  std::unordered_map<std::string, Measure> measures;
  for (uint32_t i = 0; i < base.facts.size(); ++i) {
    const Fact& f = base.facts[i];
    DocumentCoverage& c = docs[base.sentences[f.sentence].doc];
    ++c.figures;
    AddYears(c.years, f.figure.period);
    std::string measure = MeasureOf(base, f);
    if (measure.empty()) continue;
    Measure& m = measures[AsciiLower(measure)];
    if (m.name.empty()) m.name = measure;
    ++m.facts;
    AddYears(m.years, f.figure.period);
  }

  JsonWriter w;
  w.BeginObject();
  std::string about = MainPlace(base);
  w.Key("about");
  if (about.empty())
    w.Null();
  else
    w.String(about);
  w.Key("facts").Int(static_cast<long long>(base.facts.size()));
  // The measures, most figures first, then the latest, then by name.
  std::vector<const Measure*> ranked;
  for (const auto& [key, m] : measures) ranked.push_back(&m);
  auto latest = [](const Measure* m) {
    return m->years.empty() ? 0 : *m->years.rbegin();
  };
  std::sort(ranked.begin(), ranked.end(),
            [&](const Measure* a, const Measure* b) {
              if (a->facts != b->facts) return a->facts > b->facts;
              if (latest(a) != latest(b)) return latest(a) > latest(b);
              return a->name < b->name;
            });
  w.Key("measures").BeginArray();
  for (const Measure* m : ranked) {
    w.BeginObject();
    w.Key("name").String(m->name);
    w.Key("facts").Int(m->facts);
    w.Key("years");
    WriteYears(w, m->years);
    w.EndObject();
  }
  w.EndArray();
  w.Key("documents").BeginArray();
  for (size_t i = 0; i < base.documents.size(); ++i) {
    const Document& d = base.documents[i];
    w.BeginObject();
    w.Key("file").String(d.file);
    w.Key("title").String(d.title);
    w.Key("language").String(d.language);
    w.Key("publisher").String(d.publisher);
    w.Key("date").String(d.date);
    w.Key("url");
    if (d.url.empty())
      w.Null();
    else
      w.String(d.url);
    w.Key("figures").Int(static_cast<long long>(docs[i].figures));
    w.Key("years");
    WriteYears(w, docs[i].years);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace figcheck
