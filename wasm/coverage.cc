// Coverage summary of a fact base: per document its figures and their
// years; across the sources the measures their figures give (money,
// shares, rates), each named by the words of its sentence and with its
// years. Tested by tests/web/api.test.mjs and tests/web/e2e.test.mjs.
#include "wasm/coverage.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/json_writer.h"
#include "core/reader/words.h"
#include "core/text.h"
#include "wasm/nearby.h"

namespace figcheck {
namespace {

// A subject term as weighted in Figure::terms for the figure's own clause.
constexpr float kOwnClause = 0.99f;

void WriteYears(JsonWriter& w, const std::set<int>& years) {
  w.BeginArray();
  for (int y : years) w.Int(y);
  w.EndArray();
}

void AddYears(std::set<int>& years, const Period& p) {
  if (p.from != 0) years.insert(p.from);
  if (p.to != 0) years.insert(p.to);
}

// Words the reader gives a figure meaning ("leading", "newly", "plus")
// say how a figure is put, not what it is about.
std::set<std::string> FigureWordSet() {
  std::set<std::string> out;
  for (const reader::FigureWord& fw : reader::FigureWords())
    out.insert(AsciiLower(fw.surface));
  return out;
}

// Words skipped between a figure and the name of its measure before it
// ("GDP reached 4.72 trillion yuan"), and the words of a name at most.
constexpr int kMeasureGap = 4;
constexpr size_t kMeasureWords = 3;

// A fact's measure as its sentence names it: the run of its own subject
// words closest before the figure ("foreign capital" in "the actual use of
// foreign capital was US$24,087 million"), for amounts of money, shares
// and rates; counts, ranks and durations name things, not measures. A lone
// word ending in -ed, -ing or -al is a verb or an adjective ("designated",
// "maintaining", "industrial"), not a name.
std::string MeasureOf(const FactBase& base, uint32_t id,
                      const std::set<std::string>& figure_words) {
  const Fact& f = base.facts[id];
  const std::string& unit = f.figure.quantity.unit;
  if (unit.empty() || unit == "count" || unit == "rank" || unit == "years" ||
      unit == "x")
    return "";
  const Sentence& s = base.sentences[f.sentence];
  if (f.figure.start < s.start) return "";
  std::string_view before =
      std::string_view(s.text).substr(0, f.figure.start - s.start);
  std::set<std::string> own;
  for (const TermWeight& tw : base.TermsOf(id))
    if (tw.weight >= kOwnClause) own.insert(base.TermName(tw.term));
  std::vector<Token> tokens = Tokenize(before);
  std::vector<std::string_view> run;
  int gap = 0;
  for (size_t i = tokens.size(); i-- > 0;) {
    const Token& t = tokens[i];
    if (t.type == TokenType::kSpace) continue;
    std::string_view word = before.substr(t.start, t.end - t.start);
    bool subject = false;
    if (t.type == TokenType::kWord) {
      std::string lower = AsciiLower(word);
      std::vector<Lexicon::Term> terms = base.lexicon.Canonicalize({lower});
      subject = !terms.empty() && own.count(terms[0].stem) != 0 &&
                figure_words.count(lower) == 0 &&
                !base.lexicon.IsStopword(lower) &&
                !base.lexicon.IsPlace(terms[0].stem);
    }
    if (subject) {
      run.push_back(word);
      if (run.size() == kMeasureWords) break;
    } else if (!run.empty() || t.type != TokenType::kWord ||
               ++gap > kMeasureGap) {
      break;
    }
  }
  auto ends = [](std::string_view w, std::string_view tail) {
    return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
  };
  if (run.size() == 1 &&
      (ends(run[0], "ed") || ends(run[0], "ing") || ends(run[0], "al")))
    return "";
  std::string out;
  for (size_t i = run.size(); i-- > 0;)
    out += std::string(run[i]) + (i ? " " : "");
  return out;
}

}  // namespace

std::string CoverageJson(const FactBase& base) {
  const std::set<std::string> figure_words = FigureWordSet();
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
    std::string measure = MeasureOf(base, i, figure_words);
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
