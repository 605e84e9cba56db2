// Fact base JSON. Writing goes through JsonWriter; reading uses simdjson's
// DOM with error codes (no exceptions), and every simdjson error becomes a
// kBadFactBase status naming the JSON path that failed.
// Tested by tests/factbase_test.cc.
#include "core/factbase_json.h"

#include <simdjson.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/json_writer.h"
#include "core/text.h"

namespace figcheck {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Reads fields of one object, remembering the first error with its path.
class Reader {
 public:
  Reader(ErrorCode code, std::string path) : code_(code), path_(std::move(path)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  void Fail(const std::string& path, const std::string& what) {
    if (status_.ok()) status_ = Status(code_, path + ": " + what);
  }

  bool Object(element e, const std::string& path, object* out) {
    if (e.get_object().get(*out) != simdjson::SUCCESS) {
      Fail(path, "expected an object");
      return false;
    }
    return true;
  }
  bool Array(object o, const char* key, const std::string& path, array* out,
             bool required = true) {
    element e;
    if (o[key].get(e) != simdjson::SUCCESS) {
      if (required) Fail(path + "." + key, "missing");
      return false;
    }
    if (e.get_array().get(*out) != simdjson::SUCCESS) {
      Fail(path + "." + key, "expected an array");
      return false;
    }
    return true;
  }
  bool Str(object o, const char* key, const std::string& path, std::string* out,
           bool required = true) {
    element e;
    if (o[key].get(e) != simdjson::SUCCESS) {
      if (required) Fail(path + "." + key, "missing");
      return !required;
    }
    if (e.is_null() && !required) return true;
    std::string_view v;
    if (e.get_string().get(v) != simdjson::SUCCESS) {
      Fail(path + "." + key, "expected a string");
      return false;
    }
    out->assign(v);
    return true;
  }
  bool Num(object o, const char* key, const std::string& path, double* out) {
    element e;
    if (o[key].get(e) != simdjson::SUCCESS) {
      Fail(path + "." + key, "missing");
      return false;
    }
    if (e.get_double().get(*out) != simdjson::SUCCESS || !std::isfinite(*out)) {
      Fail(path + "." + key, "expected a number");
      return false;
    }
    return true;
  }
  bool Int(object o, const char* key, const std::string& path, int64_t* out,
           int64_t lo, int64_t hi) {
    element e;
    if (o[key].get(e) != simdjson::SUCCESS) {
      Fail(path + "." + key, "missing");
      return false;
    }
    if (e.get_int64().get(*out) != simdjson::SUCCESS) {
      Fail(path + "." + key, "expected an integer");
      return false;
    }
    if (*out < lo || *out > hi) {
      Fail(path + "." + key, "out of range (" + std::to_string(*out) + ")");
      return false;
    }
    return true;
  }
  bool Bool(object o, const char* key, const std::string& path, bool* out) {
    element e;
    if (o[key].get(e) != simdjson::SUCCESS) {
      Fail(path + "." + key, "missing");
      return false;
    }
    if (e.get_bool().get(*out) != simdjson::SUCCESS) {
      Fail(path + "." + key, "expected true or false");
      return false;
    }
    return true;
  }

 private:
  ErrorCode code_;
  std::string path_;
  Status status_;
};

// Term weights (IDF) as written: three decimals, so anything smaller would
// not survive a round trip; compiled ones are at least 1.
constexpr double kMinIdf = 0.001;
constexpr double kMaxIdf = 1e6;

// Weights to three decimals, in double precision so they print short
// ("0.3", not the float's "0.30000001192092896").
double Rounded(float v) { return std::round(static_cast<double>(v) * 1000) / 1000; }

Status ParseError(ErrorCode code, simdjson::error_code err, const char* what) {
  return Status(code, std::string(what) + " is not valid JSON: " +
                          simdjson::error_message(err));
}

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
  w.EndObject();
}

bool ReadLexicon(Reader& r, object o, const std::string& path, Lexicon* out) {
  array stop, syn;
  if (!r.Array(o, "stopwords", path, &stop)) return false;
  if (!r.Array(o, "synonyms", path, &syn)) return false;
  size_t i = 0;
  for (element e : stop) {
    std::string_view s;
    if (e.get_string().get(s) != simdjson::SUCCESS) {
      r.Fail(path + ".stopwords[" + std::to_string(i) + "]", "expected a string");
      return false;
    }
    out->AddStopword(std::string(s));
    ++i;
  }
  i = 0;
  for (element e : syn) {
    std::string where = path + ".synonyms[" + std::to_string(i++) + "]";
    array pair;
    if (e.get_array().get(pair) != simdjson::SUCCESS || pair.size() != 2) {
      r.Fail(where, "expected [phrase, canonical]");
      return false;
    }
    std::string_view a, b;
    if (pair.at(0).get_string().get(a) != simdjson::SUCCESS ||
        pair.at(1).get_string().get(b) != simdjson::SUCCESS || a.empty() ||
        b.empty()) {
      r.Fail(where, "expected two non-empty strings");
      return false;
    }
    out->AddSynonym(std::string(a), std::string(b));
  }
  out->Finalize();
  return true;
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
    if (d.url.empty()) w.Null(); else w.String(d.url);
    w.Key("length").Int(d.length);
    w.Key("topic").BeginArray();
    for (const std::string& t : d.topic) w.String(t);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (const Sentence& s : base.sentences) {
    w.BeginObject();
    w.Key("doc").Int(s.doc);
    w.Key("start").Int(s.start);
    w.Key("end").Int(s.end);
    w.Key("text").String(s.text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("facts").BeginArray();
  for (const Fact& f : base.facts) {
    const Figure& g = f.figure;
    w.BeginObject();
    w.Key("sentence").Int(f.sentence);
    w.Key("start").Int(g.start);
    w.Key("end").Int(g.end);
    w.Key("text").String(g.text);
    w.Key("value").Number(g.quantity.value);
    w.Key("step").Number(g.quantity.step);
    w.Key("unit").String(g.quantity.unit);
    w.Key("qualifier").String(QualifierName(g.quantity.qualifier));
    w.Key("kind").String(g.quantity.kind == Kind::kChange ? "change" : "level");
    w.Key("direction").Int(g.quantity.direction);
    w.Key("period").BeginObject();
    w.Key("from").Int(g.period.from);
    w.Key("to").Int(g.period.to);
    w.Key("years").Int(g.period.years);
    w.Key("stated").Bool(g.period.stated);
    w.EndObject();
    w.Key("target").Bool(g.target);
    w.Key("pair").Int(g.pair);
    w.Key("pair_from").Bool(g.pair_from);
    w.Key("nouns").BeginArray();
    for (const std::string& n : g.nouns) w.String(n);
    w.EndArray();
    w.Key("terms").BeginArray();
    for (const auto& [term, weight] : g.terms)
      w.BeginArray().String(term).Number(Rounded(weight)).EndArray();
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  WriteLexicon(w, base.lexicon);
  w.Key("idf").BeginObject();
  std::vector<std::pair<std::string, float>> idf(base.idf.begin(), base.idf.end());
  std::sort(idf.begin(), idf.end());
  for (const auto& [term, v] : idf) w.Key(term).Number(Rounded(v));
  w.EndObject();
  w.Key("unknown_idf").Number(Rounded(base.unknown_idf));
  w.EndObject();
  std::string out = w.Take();
  out += '\n';
  return out;
}

StatusOr<FactBase> LoadFactBase(std::string_view json) {
  if (json.empty()) return Status(ErrorCode::kBadFactBase, "fact base is empty");
  simdjson::dom::parser parser;
  element root;
  simdjson::padded_string padded(json.data(), json.size());
  auto err = parser.parse(padded).get(root);
  if (err) return ParseError(ErrorCode::kBadFactBase, err, "fact base");
  Reader r(ErrorCode::kBadFactBase, "$");
  object top;
  if (!r.Object(root, "$", &top)) return r.status();
  std::string format;
  if (!r.Str(top, "format", "$", &format)) return r.status();
  if (format != "figcheck-factbase")
    return Status(ErrorCode::kBadFactBase,
                  "$.format: not a figcheck fact base (\"" + format + "\")");
  int64_t version = 0;
  if (!r.Int(top, "version", "$", &version, 0, 1 << 30)) return r.status();
  if (version != kFactBaseVersion)
    return Status(ErrorCode::kFactBaseVersion,
                  "fact base version " + std::to_string(version) +
                      ", this figcheck reads version " +
                      std::to_string(kFactBaseVersion) + "; recompile it");

  FactBase base;
  array docs, sentences, facts;
  if (!r.Array(top, "documents", "$", &docs)) return r.status();
  size_t i = 0;
  for (element e : docs) {
    std::string path = "$.documents[" + std::to_string(i++) + "]";
    object o;
    Document d;
    int64_t length = 0;
    if (!r.Object(e, path, &o) || !r.Str(o, "file", path, &d.file) ||
        !r.Str(o, "title", path, &d.title) ||
        !r.Str(o, "publisher", path, &d.publisher) ||
        !r.Str(o, "date", path, &d.date) ||
        !r.Str(o, "language", path, &d.language) ||
        !r.Str(o, "url", path, &d.url, false) ||
        !r.Int(o, "length", path, &length, 0, UINT32_MAX))
      return r.status();
    if (!ParseDate(d.date).ok()) r.Fail(path + ".date", "expected YYYY-MM-DD");
    array topic;
    if (r.Array(o, "topic", path, &topic)) {
      for (element t : topic) {
        std::string_view term;
        if (t.get_string().get(term) != simdjson::SUCCESS) {
          r.Fail(path + ".topic", "expected strings");
          break;
        }
        d.topic.emplace_back(term);
      }
    }
    if (!r.ok()) return r.status();
    d.length = static_cast<uint32_t>(length);
    base.documents.push_back(std::move(d));
  }
  if (!r.Array(top, "sentences", "$", &sentences)) return r.status();
  i = 0;
  for (element e : sentences) {
    std::string path = "$.sentences[" + std::to_string(i++) + "]";
    object o;
    Sentence s;
    int64_t doc = 0, start = 0, end = 0;
    if (!r.Object(e, path, &o) ||
        !r.Int(o, "doc", path, &doc, 0,
               static_cast<int64_t>(base.documents.size()) - 1) ||
        !r.Int(o, "start", path, &start, 0, UINT32_MAX) ||
        !r.Int(o, "end", path, &end, 0, UINT32_MAX) ||
        !r.Str(o, "text", path, &s.text))
      return r.status();
    if (start >= end || end > base.documents[doc].length) {
      r.Fail(path, "offsets " + std::to_string(start) + ".." + std::to_string(end) +
                       " outside its document (length " +
                       std::to_string(base.documents[doc].length) + ")");
      return r.status();
    }
    if (s.text.size() != static_cast<size_t>(end - start)) {
      r.Fail(path + ".text", "length does not match its offsets");
      return r.status();
    }
    s.doc = static_cast<uint32_t>(doc);
    s.start = static_cast<uint32_t>(start);
    s.end = static_cast<uint32_t>(end);
    base.sentences.push_back(std::move(s));
  }
  if (!r.Array(top, "facts", "$", &facts)) return r.status();
  const int64_t fact_count = static_cast<int64_t>(facts.size());
  i = 0;
  for (element e : facts) {
    std::string path = "$.facts[" + std::to_string(i++) + "]";
    object o, period;
    Fact f;
    Figure& g = f.figure;
    int64_t sentence = 0, start = 0, end = 0, direction = 0, from = 0, to = 0,
            years = 0, pair = 0;
    double value = 0, step = 0;
    std::string qualifier, kind;
    if (!r.Object(e, path, &o) ||
        !r.Int(o, "sentence", path, &sentence, 0,
               static_cast<int64_t>(base.sentences.size()) - 1) ||
        !r.Int(o, "start", path, &start, 0, UINT32_MAX) ||
        !r.Int(o, "end", path, &end, 0, UINT32_MAX) ||
        !r.Str(o, "text", path, &g.text) || !r.Num(o, "value", path, &value) ||
        !r.Num(o, "step", path, &step) ||
        !r.Str(o, "unit", path, &g.quantity.unit) ||
        !r.Str(o, "qualifier", path, &qualifier) ||
        !r.Str(o, "kind", path, &kind) ||
        !r.Int(o, "direction", path, &direction, -1, 1) ||
        !r.Bool(o, "target", path, &g.target) ||
        !r.Int(o, "pair", path, &pair, -1, fact_count - 1) ||
        !r.Bool(o, "pair_from", path, &g.pair_from))
      return r.status();
    element pe;
    if (o["period"].get(pe) != simdjson::SUCCESS) {
      r.Fail(path + ".period", "missing");
      return r.status();
    }
    if (!r.Object(pe, path + ".period", &period) ||
        !r.Int(period, "from", path + ".period", &from, 0, 9999) ||
        !r.Int(period, "to", path + ".period", &to, 0, 9999) ||
        !r.Int(period, "years", path + ".period", &years, 0, 9999) ||
        !r.Bool(period, "stated", path + ".period", &g.period.stated))
      return r.status();
    const Sentence& s = base.sentences[sentence];
    if (start < s.start || end > s.end || start >= end) {
      r.Fail(path, "figure offsets " + std::to_string(start) + ".." +
                       std::to_string(end) + " outside its sentence");
      return r.status();
    }
    if (s.text.compare(start - s.start, end - start, g.text) != 0) {
      r.Fail(path + ".text", "does not match the sentence at its offsets");
      return r.status();
    }
    if (!ParseQualifier(qualifier, &g.quantity.qualifier)) {
      r.Fail(path + ".qualifier", "unknown qualifier \"" + qualifier + "\"");
      return r.status();
    }
    if (kind != "level" && kind != "change") {
      r.Fail(path + ".kind", "expected \"level\" or \"change\"");
      return r.status();
    }
    if (g.quantity.unit.empty() || step < 0) {
      r.Fail(path, "empty unit or negative step");
      return r.status();
    }
    array nouns;
    if (!r.Array(o, "nouns", path, &nouns)) return r.status();
    for (element n : nouns) {
      std::string_view noun;
      if (n.get_string().get(noun) != simdjson::SUCCESS) {
        r.Fail(path + ".nouns", "expected strings");
        return r.status();
      }
      g.nouns.emplace_back(noun);
    }
    array terms;
    if (!r.Array(o, "terms", path, &terms)) return r.status();
    size_t k = 0;
    for (element t : terms) {
      array pairv;
      std::string_view term;
      double weight = 0;
      if (t.get_array().get(pairv) != simdjson::SUCCESS || pairv.size() != 2 ||
          pairv.at(0).get_string().get(term) != simdjson::SUCCESS ||
          pairv.at(1).get_double().get(weight) != simdjson::SUCCESS ||
          !(weight >= 0 && weight <= 1)) {
        r.Fail(path + ".terms[" + std::to_string(k) + "]",
               "expected [term, weight in 0..1]");
        return r.status();
      }
      g.terms.emplace_back(std::string(term), static_cast<float>(weight));
      ++k;
    }
    f.sentence = static_cast<uint32_t>(sentence);
    g.start = static_cast<uint32_t>(start);
    g.end = static_cast<uint32_t>(end);
    g.quantity.value = value;
    g.quantity.step = step;
    g.quantity.kind = kind == "change" ? Kind::kChange : Kind::kLevel;
    g.quantity.direction = static_cast<int>(direction);
    g.period.from = static_cast<int>(from);
    g.period.to = static_cast<int>(to);
    g.period.years = static_cast<int>(years);
    g.pair = static_cast<int>(pair);
    base.facts.push_back(std::move(f));
  }
  element lex;
  object lexo;
  if (top["lexicon"].get(lex) != simdjson::SUCCESS) {
    r.Fail("$.lexicon", "missing");
    return r.status();
  }
  if (!r.Object(lex, "$.lexicon", &lexo) ||
      !ReadLexicon(r, lexo, "$.lexicon", &base.lexicon))
    return r.status();
  element idfe;
  object idfo;
  if (top["idf"].get(idfe) != simdjson::SUCCESS) {
    r.Fail("$.idf", "missing");
    return r.status();
  }
  if (!r.Object(idfe, "$.idf", &idfo)) return r.status();
  for (auto field : idfo) {
    double v = 0;
    if (field.value.get_double().get(v) != simdjson::SUCCESS || !(v > 0) ||
        !(v >= kMinIdf && v <= kMaxIdf)) {
      r.Fail("$.idf." + std::string(field.key), "expected a number from 0.001 to 1e6");
      return r.status();
    }
    base.idf[std::string(field.key)] = static_cast<float>(v);
  }
  double unknown = 0;
  if (!r.Num(top, "unknown_idf", "$", &unknown)) return r.status();
  if (!(unknown >= kMinIdf && unknown <= kMaxIdf)) {
    r.Fail("$.unknown_idf", "expected a number from 0.001 to 1e6");
    return r.status();
  }
  base.unknown_idf = static_cast<float>(unknown);
  base.BuildIndex();
  return base;
}

StatusOr<std::vector<Document>> ParseManifest(std::string_view json) {
  simdjson::dom::parser parser;
  element root;
  simdjson::padded_string padded(json.data(), json.size());
  auto err = parser.parse(padded).get(root);
  if (err) return ParseError(ErrorCode::kBadManifest, err, "manifest");
  Reader r(ErrorCode::kBadManifest, "$");
  object top;
  array docs;
  if (!r.Object(root, "$", &top) || !r.Array(top, "documents", "$", &docs))
    return r.status();
  std::vector<Document> out;
  size_t i = 0;
  for (element e : docs) {
    std::string path = "$.documents[" + std::to_string(i++) + "]";
    object o;
    Document d;
    if (!r.Object(e, path, &o) || !r.Str(o, "file", path, &d.file) ||
        !r.Str(o, "title", path, &d.title) ||
        !r.Str(o, "publisher", path, &d.publisher) ||
        !r.Str(o, "date", path, &d.date) ||
        !r.Str(o, "language", path, &d.language) ||
        !r.Str(o, "url", path, &d.url, false))
      return r.status();
    if (!ParseDate(d.date).ok()) {
      r.Fail(path + ".date", "expected YYYY-MM-DD, got \"" + d.date + "\"");
      return r.status();
    }
    if (d.file.empty() || d.file.find('/') != std::string::npos ||
        d.file.find("..") != std::string::npos) {
      r.Fail(path + ".file", "expected a plain file name");
      return r.status();
    }
    out.push_back(std::move(d));
  }
  if (out.empty()) return Status(ErrorCode::kBadManifest, "manifest lists no documents");
  return out;
}

StatusOr<Lexicon> ParseLexicon(std::string_view json) {
  simdjson::dom::parser parser;
  element root;
  simdjson::padded_string padded(json.data(), json.size());
  auto err = parser.parse(padded).get(root);
  if (err) return ParseError(ErrorCode::kBadLexicon, err, "lexicon");
  Reader r(ErrorCode::kBadLexicon, "lexicon");
  object top;
  Lexicon lexicon;
  if (!r.Object(root, "lexicon", &top) || !ReadLexicon(r, top, "lexicon", &lexicon))
    return r.status();
  return lexicon;
}

}  // namespace figcheck
