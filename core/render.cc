// Rendering of results. Tested by tests/check_test.cc.
#include "core/render.h"

#include <cctype>
#include <cmath>

namespace figcheck {

void WriteFigure(JsonWriter& w, const Figure& f) {
  w.BeginObject();
  w.Key("text").String(f.text);
  w.Key("value").Number(f.quantity.value);
  w.Key("unit").String(f.quantity.unit);
  w.Key("period");
  std::string p = f.period.ToString();
  if (p.empty())
    w.Null();
  else
    w.String(p);
  w.Key("period_stated").Bool(f.period.stated);
  w.Key("qualifier").String(QualifierName(f.quantity.qualifier));
  w.Key("target").Bool(f.target);
  w.Key("kind").String(f.quantity.kind == Kind::kChange ? "change" : "level");
  w.Key("direction").Int(f.quantity.direction);
  w.Key("start").Int(f.start);
  w.Key("end").Int(f.end);
  w.EndObject();
}

void WriteCitation(JsonWriter& w, const FactBase& base, uint32_t fact) {
  const Fact& f = base.facts[fact];
  const Sentence& s = base.sentences[f.sentence];
  const Document& d = base.documents[s.doc];
  w.BeginObject();
  w.Key("source").BeginObject();
  w.Key("file").String(d.file);
  w.Key("title").String(d.title);
  w.Key("publisher").String(d.publisher);
  w.Key("date").String(d.date);
  w.Key("url");
  if (d.url.empty())
    w.Null();
  else
    w.String(d.url);
  w.EndObject();
  w.Key("quote").String(s.text);
  w.Key("sentence_start").Int(s.start);
  w.Key("sentence_end").Int(s.end);
  w.Key("figure_start").Int(f.figure.start);
  w.Key("figure_end").Int(f.figure.end);
  w.Key("figure");
  WriteFigure(w, f.figure);
  w.EndObject();
}

namespace {

void WriteFigureResult(JsonWriter& w, const FactBase& base,
                       const FigureResult& r) {
  w.Key("verdict").String(VerdictName(r.verdict));
  w.Key("citation");
  if (r.facts.empty())
    w.Null();
  else
    WriteCitation(w, base, r.facts[0]);
  w.Key("citations").BeginArray();
  for (uint32_t id : r.facts) WriteCitation(w, base, id);
  w.EndArray();
  w.Key("claimed");
  WriteFigure(w, r.claimed);
  w.Key("derived");
  if (std::isnan(r.derived))
    w.Null();
  else
    w.Number(r.derived);
  w.Key("explanation").String(r.explanation);
}

}  // namespace

std::string ResultToJson(const FactBase& base, const Result& result,
                         const std::string* id) {
  JsonWriter w;
  w.BeginObject();
  if (id != nullptr) w.Key("id").Raw(*id);
  w.Key("claim").String(result.claim);
  if (result.decisive >= 0) {
    WriteFigureResult(w, base, result.figures[result.decisive]);
  } else {
    w.Key("verdict").String(VerdictName(result.verdict));
    w.Key("citation").Null();
    w.Key("citations").BeginArray().EndArray();
    w.Key("claimed").Null();
    w.Key("derived").Null();
    w.Key("explanation").String(result.explanation);
  }
  w.Key("figures").BeginArray();
  for (const FigureResult& r : result.figures) {
    w.BeginObject();
    WriteFigureResult(w, base, r);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

std::string ErrorToJson(const Status& status, const std::string* id) {
  JsonWriter w;
  w.BeginObject();
  if (id != nullptr) w.Key("id").Raw(*id);
  w.Key("error").BeginObject();
  w.Key("code").String(ErrorCodeName(status.code()));
  w.Key("message").String(status.message());
  w.EndObject();
  w.EndObject();
  return w.Take();
}

std::string ResultToText(const FactBase& base, const Result& result) {
  std::string out;
  std::string verdict = VerdictName(result.verdict);
  for (char& c : verdict)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out += verdict + ": " + result.explanation + "\n";
  for (const FigureResult& r : result.figures) {
    out += "\n  " + r.claimed.text + "  →  " + VerdictName(r.verdict) + "\n";
    out += "    claimed: " + FormatQuantity(r.claimed.quantity);
    std::string p = r.claimed.period.ToString();
    if (!p.empty()) out += " (" + p + ")";
    if (r.claimed.target) out += " [goal]";
    out += "\n";
    if (result.figures.size() > 1) out += "    " + r.explanation + "\n";
    for (uint32_t id : r.facts) {
      const Fact& f = base.facts[id];
      const Sentence& s = base.sentences[f.sentence];
      const Document& d = base.documents[s.doc];
      out += "    source:  " + FormatQuantity(f.figure.quantity);
      std::string fp = f.figure.period.ToString();
      if (!fp.empty()) out += " (" + fp + ")";
      if (f.figure.target) out += " [goal]";
      out += "\n    quote:   \"" + s.text + "\"\n";
      out += "    from:    " + d.title + " — " + d.publisher + ", " + d.date;
      out += "\n             " + d.file + ":" + std::to_string(f.figure.start) +
             "-" + std::to_string(f.figure.end);
      if (!d.url.empty()) out += " " + d.url;
      out += "\n";
    }
  }
  return out;
}

}  // namespace figcheck
