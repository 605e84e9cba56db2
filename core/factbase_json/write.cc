// WriteFactBase (core/factbase_json.h): the fact base as JSON in the layout
// written out at the top of factbase_json.h, streamed through JsonWriter in
// one pass. Sentences and facts are rows (arrays of fields in a fixed
// order); a fact's terms are ascending ids, each written as the step from
// the one before, with weights in thousandths. Stopwords and places are
// sorted, so the same base is always the same bytes. Tested by
// tests/factbase_test.cc (FactBaseJsonTest: round trip, fixpoint, valid
// JSON) and tests/hostile_test.cc (AcceptedBasesRoundTrip).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/factbase_json.h"
#include "core/json_writer.h"

namespace figcheck {
namespace {

void WriteLexicon(JsonWriter& w, const Lexicon& lexicon) {
  w.Key("lexicon").BeginObject();
  w.Key("stopwords").BeginArray();
  std::vector<std::string> stop(lexicon.stopwords().begin(),
                                lexicon.stopwords().end());
  std::sort(stop.begin(), stop.end());
  for (const std::string& s : stop) w.String(s);
  w.EndArray();
  w.Key("synonyms").BeginArray();
  for (const auto& [a, b] : lexicon.synonyms())
    w.BeginArray().String(a).String(b).EndArray();
  w.EndArray();
  if (!lexicon.aliases().empty()) {
    w.Key("aliases").BeginArray();
    for (const auto& [a, b] : lexicon.aliases())
      w.BeginArray().String(a).String(b).EndArray();
    w.EndArray();
  }
  if (!lexicon.places().empty()) {
    std::vector<std::string> places(lexicon.places().begin(),
                                    lexicon.places().end());
    std::sort(places.begin(), places.end());
    w.Key("places").BeginArray();
    for (const std::string& p : places) w.String(p);
    w.EndArray();
  }
  w.EndObject();
}

// Weights as written: thousandths.
long long Thousandths(float v) {
  return std::llround(static_cast<double>(v) * 1000);
}

}  // namespace

std::string WriteFactBase(const FactBase& base) {
  JsonWriter w;
  w.BeginObject();
  w.Key("format").String("figcheck-factbase");
  w.Key("version").Int(kFactBaseVersion);
  w.Key("documents").BeginArray();
  for (const Document& d : base.documents) {
    w.BeginObject();
    w.Key("file").String(d.file);
    w.Key("title").String(d.title);
    w.Key("publisher").String(d.publisher);
    w.Key("date").String(d.date);
    w.Key("language").String(d.language);
    w.Key("url");
    if (d.url.empty())
      w.Null();
    else
      w.String(d.url);
    w.Key("length").Int(d.length);
    w.Key("topic").BeginArray();
    for (const std::string& t : d.topic) w.Int(base.TermId(t));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  // Next to the documents, whose titles it repeats: gzip finds them.
  if (!base.coverage.empty()) w.Key("coverage").Raw(base.coverage);
  w.Key("terms").BeginArray();
  for (uint32_t id = 0; id < base.TermCount(); ++id)
    w.String(base.TermName(id));
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (const Sentence& s : base.sentences) {
    w.BeginArray().Int(s.doc).Int(s.start).String(s.text).EndArray();
  }
  w.EndArray();
  w.Key("facts").BeginArray();
  for (uint32_t i = 0; i < base.facts.size(); ++i) {
    const Fact& f = base.facts[i];
    const Figure& g = f.figure;
    const Sentence& s = base.sentences[f.sentence];
    w.BeginArray();
    w.Int(f.sentence).Int(g.start - s.start).Int(g.end - g.start);
    w.Number(g.quantity.value).Number(g.quantity.step);
    w.String(g.quantity.unit.ToString());
    w.String(QualifierName(g.quantity.qualifier));
    w.String(g.quantity.kind == Kind::kChange ? "change" : "level");
    w.Int(g.quantity.direction);
    w.BeginArray()
        .Int(g.period.from)
        .Int(g.period.to)
        .Int(g.period.years)
        .Bool(g.period.stated)
        .EndArray();
    w.Bool(g.target).Int(g.pair).Bool(g.pair_from);
    w.BeginArray();
    for (const std::string& n : g.nouns) w.String(n);
    w.EndArray();
    w.BeginArray();
    uint32_t last = 0;
    for (const TermWeight& tw : base.TermsOf(i)) {
      w.Int(tw.term - last).Int(Thousandths(tw.weight));
      last = tw.term;
    }
    w.EndArray();
    w.String(AspectName(g.aspect));
    w.BeginArray();
    for (const std::string& n : g.names) w.String(n);
    w.EndArray();
    w.EndArray();
  }
  w.EndArray();
  WriteLexicon(w, base.lexicon);
  w.EndObject();
  std::string out = w.Take();
  out += '\n';
  return out;
}

}  // namespace figcheck
