// Fact base JSON. Writing goes through JsonWriter; reading uses simdjson's
// DOM with error codes (no exceptions), and every simdjson error becomes a
// kBadFactBase status naming the JSON path that failed. Sentences and facts
// are rows (arrays of fields in a fixed order, read in one pass) and name
// subject terms by their index in the term table, so a large base parses
// and loads without a string per term.
// Tested by tests/factbase_test.cc.
#include "core/factbase_json.h"

#include <simdjson.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>

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

namespace {

// Reads the fields of one row (a JSON array whose positions are named by
// the format) in order; errors name the field: "$.facts[3].value".
class RowReader {
 public:
  RowReader(Reader& r, const char* section, size_t index)
      : r_(r), section_(section), index_(index) {}

  std::string Path() const {
    return std::string("$.") + section_ + "[" + std::to_string(index_) + "]";
  }
  std::string Path(const char* field) const { return Path() + "." + field; }

  bool Begin(element e, size_t fields) {
    fields_ = fields;
    if (e.get_array().get(row_) != simdjson::SUCCESS) {
      r_.Fail(Path(), "expected an array of " + std::to_string(fields) + " fields");
      return false;
    }
    it_ = row_.begin();
    end_ = row_.end();
    return true;
  }
  bool End() {
    if (it_ != end_) {
      r_.Fail(Path(), "expected " + std::to_string(fields_) + " fields, got more");
      return false;
    }
    return true;
  }
  bool Next(const char* field, element* out) {
    if (!(it_ != end_)) {
      r_.Fail(Path(field), "missing");
      return false;
    }
    *out = *it_;
    ++it_;
    return true;
  }
  bool Int(const char* field, int64_t lo, int64_t hi, int64_t* out) {
    element e;
    if (!Next(field, &e)) return false;
    if (e.get_int64().get(*out) != simdjson::SUCCESS) {
      r_.Fail(Path(field), "expected an integer");
      return false;
    }
    if (*out < lo || *out > hi) {
      r_.Fail(Path(field), "out of range (" + std::to_string(*out) + ")");
      return false;
    }
    return true;
  }
  bool Num(const char* field, double* out) {
    element e;
    if (!Next(field, &e)) return false;
    if (e.get_double().get(*out) != simdjson::SUCCESS || !std::isfinite(*out)) {
      r_.Fail(Path(field), "expected a number");
      return false;
    }
    return true;
  }
  bool Str(const char* field, std::string_view* out) {
    element e;
    if (!Next(field, &e)) return false;
    if (e.get_string().get(*out) != simdjson::SUCCESS) {
      r_.Fail(Path(field), "expected a string");
      return false;
    }
    return true;
  }
  bool Bool(const char* field, bool* out) {
    element e;
    if (!Next(field, &e)) return false;
    if (e.get_bool().get(*out) != simdjson::SUCCESS) {
      r_.Fail(Path(field), "expected true or false");
      return false;
    }
    return true;
  }
  bool Array(const char* field, array* out) {
    element e;
    if (!Next(field, &e)) return false;
    if (e.get_array().get(*out) != simdjson::SUCCESS) {
      r_.Fail(Path(field), "expected an array");
      return false;
    }
    return true;
  }
  void Fail(const char* field, const std::string& what) {
    r_.Fail(field == nullptr ? Path() : Path(field), what);
  }

 private:
  Reader& r_;
  const char* section_;
  size_t index_;
  size_t fields_ = 0;
  array row_;
  array::iterator it_, end_;
};

constexpr size_t kSentenceFields = 3;
constexpr size_t kFactFields = 15;

// Weights as written: thousandths.
long long Thousandths(float v) { return std::llround(static_cast<double>(v) * 1000); }

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
    for (const std::string& t : d.topic) w.Int(base.TermId(t));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("terms").BeginArray();
  for (uint32_t id = 0; id < base.TermCount(); ++id) w.String(base.TermName(id));
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
    w.String(g.quantity.unit);
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
    w.EndArray();
  }
  w.EndArray();
  WriteLexicon(w, base.lexicon);
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
  // The term table first: documents and facts name terms by index.
  array terms_json;
  if (!r.Array(top, "terms", "$", &terms_json)) return r.status();
  std::vector<std::string> terms;
  {
    std::unordered_map<std::string_view, uint32_t> seen;
    size_t i = 0;
    for (element e : terms_json) {
      std::string_view term;
      if (e.get_string().get(term) != simdjson::SUCCESS || term.empty()) {
        r.Fail("$.terms[" + std::to_string(i) + "]", "expected a non-empty string");
        return r.status();
      }
      if (!seen.emplace(term, static_cast<uint32_t>(i)).second) {
        r.Fail("$.terms[" + std::to_string(i) + "]",
               "\"" + std::string(term) + "\" is listed twice");
        return r.status();
      }
      terms.emplace_back(term);
      ++i;
    }
  }
  const int64_t term_count = static_cast<int64_t>(terms.size());

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
        int64_t id = 0;
        if (t.get_int64().get(id) != simdjson::SUCCESS || id < 0 || id >= term_count) {
          r.Fail(path + ".topic", "expected term ids below " + std::to_string(term_count));
          break;
        }
        d.topic.push_back(terms[id]);
      }
    }
    if (!r.ok()) return r.status();
    d.length = static_cast<uint32_t>(length);
    base.documents.push_back(std::move(d));
  }

  if (!r.Array(top, "sentences", "$", &sentences)) return r.status();
  base.sentences.reserve(sentences.size());
  i = 0;
  for (element e : sentences) {
    RowReader row(r, "sentences", i++);
    Sentence s;
    int64_t doc = 0, start = 0;
    std::string_view text;
    if (!row.Begin(e, kSentenceFields) ||
        !row.Int("doc", 0, static_cast<int64_t>(base.documents.size()) - 1, &doc) ||
        !row.Int("start", 0, UINT32_MAX, &start) || !row.Str("text", &text) || !row.End())
      return r.status();
    const int64_t end = start + static_cast<int64_t>(text.size());
    if (text.empty() || end > base.documents[doc].length) {
      row.Fail(nullptr, "offsets " + std::to_string(start) + ".." + std::to_string(end) +
                            " outside its document (length " +
                            std::to_string(base.documents[doc].length) + ")");
      return r.status();
    }
    s.doc = static_cast<uint32_t>(doc);
    s.start = static_cast<uint32_t>(start);
    s.end = static_cast<uint32_t>(end);
    s.text.assign(text);
    base.sentences.push_back(std::move(s));
  }

  if (!r.Array(top, "facts", "$", &facts)) return r.status();
  const int64_t fact_count = static_cast<int64_t>(facts.size());
  const int64_t sentence_count = static_cast<int64_t>(base.sentences.size());
  base.facts.reserve(static_cast<size_t>(fact_count));
  std::vector<uint32_t> offsets;
  offsets.reserve(static_cast<size_t>(fact_count) + 1);
  offsets.push_back(0);
  std::vector<TermWeight> own;
  i = 0;
  for (element e : facts) {
    RowReader row(r, "facts", i++);
    Fact f;
    Figure& g = f.figure;
    int64_t sentence = 0, at = 0, length = 0, direction = 0, from = 0, to = 0, years = 0,
            pair = 0;
    double value = 0, step = 0;
    std::string_view unit, qualifier, kind;
    array period, nouns, fact_terms;
    if (!row.Begin(e, kFactFields) || !row.Int("sentence", 0, sentence_count - 1, &sentence) ||
        !row.Int("start", 0, UINT32_MAX, &at) || !row.Int("length", 1, UINT32_MAX, &length) ||
        !row.Num("value", &value) || !row.Num("step", &step) || !row.Str("unit", &unit) ||
        !row.Str("qualifier", &qualifier) || !row.Str("kind", &kind) ||
        !row.Int("direction", -1, 1, &direction) || !row.Array("period", &period) ||
        !row.Bool("target", &g.target) || !row.Int("pair", -1, fact_count - 1, &pair) ||
        !row.Bool("pair_from", &g.pair_from) || !row.Array("nouns", &nouns) ||
        !row.Array("terms", &fact_terms) || !row.End())
      return r.status();
    {
      RowReader p(r, "facts", i - 1);
      // The period's fields, named under the fact: "$.facts[3].period.from".
      size_t k = 0;
      int64_t* slots[] = {&from, &to, &years};
      const char* names[] = {"period.from", "period.to", "period.years", "period.stated"};
      for (element x : period) {
        if (k < 3) {
          if (x.get_int64().get(*slots[k]) != simdjson::SUCCESS || *slots[k] < 0 ||
              *slots[k] > 9999) {
            p.Fail(names[k], "expected a year or a count of years (0..9999)");
            return r.status();
          }
        } else if (k == 3) {
          if (x.get_bool().get(g.period.stated) != simdjson::SUCCESS) {
            p.Fail(names[k], "expected true or false");
            return r.status();
          }
        }
        ++k;
      }
      if (k != 4) {
        p.Fail("period", "expected [from, to, years, stated]");
        return r.status();
      }
    }
    const Sentence& s = base.sentences[sentence];
    if (at + length > static_cast<int64_t>(s.text.size())) {
      row.Fail(nullptr, "figure at " + std::to_string(at) + ", length " +
                            std::to_string(length) + " outside its sentence");
      return r.status();
    }
    if (!ParseQualifier(std::string(qualifier), &g.quantity.qualifier)) {
      row.Fail("qualifier", "unknown qualifier \"" + std::string(qualifier) + "\"");
      return r.status();
    }
    if (kind != "level" && kind != "change") {
      row.Fail("kind", "expected \"level\" or \"change\"");
      return r.status();
    }
    if (unit.empty() || step < 0) {
      row.Fail(nullptr, "empty unit or negative step");
      return r.status();
    }
    for (element n : nouns) {
      std::string_view noun;
      if (n.get_string().get(noun) != simdjson::SUCCESS) {
        row.Fail("nouns", "expected strings");
        return r.status();
      }
      g.nouns.emplace_back(noun);
    }
    // [Δid, weight‰, Δid, weight‰, …]: ids ascending, each from the last.
    int64_t id = -1;
    size_t k = 0;
    int64_t delta = 0;
    for (element t : fact_terms) {
      int64_t v = 0;
      if (t.get_int64().get(v) != simdjson::SUCCESS) {
        row.Fail("terms", "expected integers [id step, weight in thousandths, …]");
        return r.status();
      }
      if (k % 2 == 0) {
        const int64_t lo = id < 0 ? 0 : 1;
        if (v < lo || v >= term_count || (id < 0 ? v : id + v) >= term_count) {
          row.Fail("terms", "term id out of order or not below " + std::to_string(term_count) +
                                " (entry " + std::to_string(k) + ")");
          return r.status();
        }
        delta = v;
      } else {
        if (v < 0 || v > 1000) {
          row.Fail("terms", "weight " + std::to_string(v) + " outside 0..1000 (entry " +
                                std::to_string(k) + ")");
          return r.status();
        }
        id = id < 0 ? delta : id + delta;
        own.push_back({static_cast<uint32_t>(id), static_cast<float>(v / 1000.0)});
      }
      ++k;
    }
    if (k % 2 != 0) {
      row.Fail("terms", "expected pairs of id step and weight");
      return r.status();
    }
    offsets.push_back(static_cast<uint32_t>(own.size()));
    f.sentence = static_cast<uint32_t>(sentence);
    g.start = s.start + static_cast<uint32_t>(at);
    g.end = g.start + static_cast<uint32_t>(length);
    g.text.assign(s.text, static_cast<size_t>(at), static_cast<size_t>(length));
    g.quantity.value = value;
    g.quantity.step = step;
    g.quantity.unit.assign(unit);
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
  base.BuildIndex(std::move(terms), std::move(offsets), std::move(own));
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
