// Fact base JSON. Writing goes through JsonWriter; reading uses simdjson's
// On-Demand API with error codes (no exceptions): each value is parsed where
// the loader reads it, straight from the input, so a large base is never
// held twice (no DOM tape, no copies of its strings). Every simdjson error
// becomes a status naming the JSON path that failed. On Demand checks the
// syntax of what it reads: a value no one reads (under a key the format does
// not have) is skipped unchecked. Sentences and facts are
// rows (arrays of fields in a fixed order, read in one pass) and name
// subject terms by their index in the term table, so a large base parses
// and loads without a string per term.
// Tested by tests/factbase_test.cc and tests/hostile_test.cc.
#include "core/factbase_json.h"

#include <simdjson.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/json_writer.h"
#include "core/text.h"

namespace figcheck {
namespace {

namespace od = simdjson::ondemand;

static_assert(kFactBasePadding >= simdjson::SIMDJSON_PADDING,
              "simdjson reads this far past the end");

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

// Remembers the first error with its JSON path.
class Reader {
 public:
  explicit Reader(ErrorCode code) : code_(code) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  void Fail(const std::string& path, const std::string& what) {
    if (status_.ok()) status_ = Status(code_, path + ": " + what);
  }
  // A value of another type (or out of range: SUCCESS) is the file's
  // mistake at `path`; any other error means the bytes are not JSON, which On
  // Demand finds only where it reads.
  void Fail(const std::string& path, simdjson::error_code err,
            const std::string& expected) {
    if (err == simdjson::SUCCESS || err == simdjson::INCORRECT_TYPE ||
        err == simdjson::NUMBER_OUT_OF_RANGE)
      Fail(path, expected);
    else
      Fail(path, std::string("not valid JSON (") +
                     simdjson::error_message(err) + ")");
  }

  template <typename Value>  // od::value, or one from an iterator
  bool Object(Value& v, const std::string& path, od::object* out) {
    if (auto err = v.get_object().get(*out)) {
      Fail(path, err, "expected an object");
      return false;
    }
    return true;
  }
  bool Array(od::value& v, const std::string& path, od::array* out) {
    if (auto err = v.get_array().get(*out)) {
      Fail(path, err, "expected an array");
      return false;
    }
    return true;
  }
  // A null is read as "" when `nullable`.
  bool Str(od::value& v, const std::string& path, std::string* out,
           bool nullable = false) {
    bool is_null = false;
    if (nullable && v.is_null().get(is_null) == simdjson::SUCCESS && is_null)
      return true;
    std::string_view s;
    if (auto err = v.get_string().get(s)) {
      Fail(path, err, "expected a string");
      return false;
    }
    out->assign(s);
    return true;
  }
  bool Int(od::value& v, const std::string& path, int64_t* out, int64_t lo,
           int64_t hi) {
    if (auto err = v.get_int64().get(*out)) {
      Fail(path, err, "expected an integer");
      return false;
    }
    if (*out < lo || *out > hi) {
      Fail(path, "out of range (" + std::to_string(*out) + ")");
      return false;
    }
    return true;
  }

 private:
  ErrorCode code_;
  Status status_;
};

Status ParseError(ErrorCode code, simdjson::error_code err, const char* what) {
  return Status(code, std::string(what) + " is not valid JSON: " +
                          simdjson::error_message(err));
}

// Starts reading `json` as one JSON object. When it does not start as one,
// the error names what it starts as instead ("$: expected an object, not
// an array"); the input is not parsed further (a DOM parse to tell JSON of
// another kind from bytes that are not JSON would add 8 KB gzipped to the
// WebAssembly module, for an error message).
Status StartObject(od::parser& parser, simdjson::padded_string_view json,
                   ErrorCode code, const char* what, const char* root,
                   od::document* doc, od::object* top) {
  auto err = parser.iterate(json).get(*doc);
  if (!err) err = doc->get_object().get(*top);
  if (!err) return Status();
  if (err != simdjson::INCORRECT_TYPE) return ParseError(code, err, what);
  size_t i = 0;
  while (i < json.length() && (json[i] == ' ' || json[i] == '\t' ||
                               json[i] == '\n' || json[i] == '\r'))
    ++i;
  const std::string_view rest(json.data() + i, json.length() - i);
  const char c = rest.empty() ? '\0' : rest[0];
  auto starts = [&](std::string_view word) {
    return rest.substr(0, word.size()) == word &&
           (rest.size() == word.size() ||
            std::strchr(" \t\r\n,]}", rest[word.size()]) != nullptr);
  };
  const char* kind = c == '['                             ? "an array"
                     : c == '"'                           ? "a string"
                     : c == '-' || (c >= '0' && c <= '9') ? "a number"
                     : starts("true") || starts("false")  ? "true or false"
                     : starts("null")                     ? "null"
                                                          : nullptr;
  if (kind == nullptr)
    return Status(code, std::string(what) +
                            " is not valid JSON: it does not start with a "
                            "JSON value");
  return Status(code, std::string(root) + ": expected an object, not " + kind);
}

// Calls visit(key, value) for each field of an object, in order; false
// when visit does or the object is not JSON. Fields are read in the order
// they come: On Demand can look fields up by name too, but a lookup that
// wraps around relies on the text before it being well-formed.
template <typename Visit>
bool ForEachField(Reader& r, od::object& o, const std::string& path,
                  Visit visit) {
  for (auto field : o) {
    od::field f;
    std::string_view key;
    auto err = std::move(field).get(f);
    if (!err) err = f.unescaped_key().get(key);
    if (err) {
      r.Fail(path, err, "");
      return false;
    }
    if (!visit(key, f.value())) return false;
  }
  return true;
}

// Once the top-level object is read, nothing but whitespace may follow.
Status CheckEnd(od::document& doc, ErrorCode code, const char* what) {
  if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
    return Status(code, std::string(what) +
                            " is not valid JSON: content after the "
                            "top-level object");
  return Status();
}

// A string's bytes as they stand in the input when it holds no escape (a
// view into the input, no copy); otherwise unescaped by simdjson.
simdjson::error_code StringOf(od::value& v, std::string_view* out) {
  std::string_view token =
      v.raw_json_token();  // the string up to the next structural
  if (token.empty() || token[0] != '"') return v.get_string().get(*out);
  const char* body = token.data() + 1;
  const size_t n = token.size() - 1;
  const void* quote = std::memchr(body, '"', n);
  if (quote != nullptr) {
    const size_t length =
        static_cast<size_t>(static_cast<const char*>(quote) - body);
    if (std::memchr(body, '\\', length) == nullptr) {
      *out = std::string_view(body, length);
      return simdjson::SUCCESS;
    }
  }
  return v.get_string().get(*out);
}

// Reads the fields of one row (a JSON array whose positions are named by
// the format) in order; errors name the field: "$.facts[3].value". A field
// must be read (or left whole) before the next is asked for: On Demand
// moves forward only.
class RowReader {
 public:
  RowReader(Reader& r, const char* section, size_t index)
      : r_(r), section_(section), index_(index) {}

  std::string Path() const {
    return std::string("$.") + section_ + "[" + std::to_string(index_) + "]";
  }
  std::string Path(const char* field) const { return Path() + "." + field; }

  bool Begin(simdjson::simdjson_result<od::value> v, size_t fields) {
    fields_ = fields;
    if (auto err = v.get_array().get(row_)) return NotARow(err);
    if (auto err = row_.begin().get(it_)) return Failed(nullptr, err, "");
    end_ = row_.end().value_unsafe();  // cannot fail once begin() has not
    return true;
  }
  bool End() {
    if (started_) ++it_;
    if (it_ != end_) return TooLong();
    return true;
  }
  bool Next(const char* field, od::value* out) {
    if (started_) ++it_;
    started_ = true;
    if (!(it_ != end_)) return Missing(field);
    if (auto err = (*it_).get(*out)) return Failed(field, err, "");
    return true;
  }
  bool Int(const char* field, int64_t lo, int64_t hi, int64_t* out) {
    od::value v;
    if (!Next(field, &v)) return false;
    if (auto err = v.get_int64().get(*out))
      return Failed(field, err, "expected an integer");
    if (*out < lo || *out > hi) return OutOfRange(field, *out);
    return true;
  }
  bool Num(const char* field, double* out) {
    od::value v;
    if (!Next(field, &v)) return false;
    if (auto err = v.get_double().get(*out))
      return Failed(field, err, "expected a number");
    if (!std::isfinite(*out))
      return Failed(field, simdjson::SUCCESS, "expected a number");
    return true;
  }
  // The view lasts as long as the input (or the parser, for escaped text).
  bool Str(const char* field, std::string_view* out) {
    od::value v;
    if (!Next(field, &v)) return false;
    if (auto err = StringOf(v, out))
      return Failed(field, err, "expected a string");
    return true;
  }
  bool Bool(const char* field, bool* out) {
    od::value v;
    if (!Next(field, &v)) return false;
    if (auto err = v.get_bool().get(*out))
      return Failed(field, err, "expected true or false");
    return true;
  }
  bool Array(const char* field, od::array* out) {
    od::value v;
    if (!Next(field, &v)) return false;
    if (auto err = v.get_array().get(*out))
      return Failed(field, err, "expected an array");
    return true;
  }
  void Fail(const char* field, const std::string& what) {
    r_.Fail(field == nullptr ? Path() : Path(field), what);
  }
  void Fail(const char* field, simdjson::error_code err,
            const std::string& expected) {
    r_.Fail(field == nullptr ? Path() : Path(field), err, expected);
  }

 private:
  // Messages are built out of line, which keeps the reads above small
  // enough to inline: a fact is thirty of them.
  [[gnu::noinline, gnu::cold]] bool Failed(const char* field,
                                           simdjson::error_code err,
                                           const char* expected) {
    Fail(field, err, expected);
    return false;
  }
  [[gnu::noinline, gnu::cold]] bool Missing(const char* field) {
    Fail(field, "missing");
    return false;
  }
  [[gnu::noinline, gnu::cold]] bool OutOfRange(const char* field, int64_t v) {
    Fail(field, "out of range (" + std::to_string(v) + ")");
    return false;
  }
  [[gnu::noinline, gnu::cold]] bool NotARow(simdjson::error_code err) {
    Fail(nullptr, err,
         "expected an array of " + std::to_string(fields_) + " fields");
    return false;
  }
  [[gnu::noinline, gnu::cold]] bool TooLong() {
    od::value extra;
    if (auto err = (*it_).get(extra))
      Fail(nullptr, err, "");
    else
      Fail(nullptr,
           "expected " + std::to_string(fields_) + " fields, got more");
    return false;
  }

  Reader& r_;
  const char* section_;
  size_t index_;
  size_t fields_ = 0;
  bool started_ = false;
  od::array row_;
  od::array_iterator it_, end_;
};

// Weight v‰ as a float, exactly as v / 1000.0 rounds: a division per term
// costs more than the lookup.
float WeightOf(int64_t v) {
  static const std::vector<float> weights = [] {
    std::vector<float> w(1001);
    for (int i = 0; i <= 1000; ++i) w[i] = static_cast<float>(i / 1000.0);
    return w;
  }();
  return weights[static_cast<size_t>(v)];
}

constexpr size_t kSentenceFields = 3;
constexpr size_t kFactFields = 17;
// The shortest fact row the writer can write is longer than this: a bound
// on how many facts a file of some size can hold, for reserving.
constexpr size_t kMinFactRowBytes = 60;
constexpr size_t kTermsPerFactReserved = 8;

// Weights as written: thousandths.
long long Thousandths(float v) {
  return std::llround(static_cast<double>(v) * 1000);
}

bool ReadLexicon(Reader& r, od::object& o, const std::string& path,
                 Lexicon* out) {
  bool stopwords = false, synonyms = false;
  bool read = ForEachField(r, o, path, [&](std::string_view key, od::value& v) {
    od::array a;
    if (key == "stopwords") {
      stopwords = true;
      if (!r.Array(v, path + ".stopwords", &a)) return false;
      size_t i = 0;
      for (auto e : a) {
        std::string_view s;
        if (auto err = e.get_string().get(s)) {
          r.Fail(path + ".stopwords[" + std::to_string(i) + "]", err,
                 "expected a string");
          return false;
        }
        out->AddStopword(std::string(s));
        ++i;
      }
    } else if (key == "places") {
      // Optional: written by the compiler, absent from data/lexicon.json.
      if (!r.Array(v, path + ".places", &a)) return false;
      size_t i = 0;
      for (auto e : a) {
        std::string_view s;
        if (auto err = e.get_string().get(s)) {
          r.Fail(path + ".places[" + std::to_string(i) + "]", err,
                 "expected a string");
          return false;
        }
        out->AddPlace(std::string(s));
        ++i;
      }
    } else if (key == "synonyms") {
      synonyms = true;
      if (!r.Array(v, path + ".synonyms", &a)) return false;
      size_t i = 0;
      for (auto e : a) {
        auto where = [&] {
          return path + ".synonyms[" + std::to_string(i) + "]";
        };
        od::array pair;
        if (auto err = e.get_array().get(pair)) {
          r.Fail(where(), err, "expected [phrase, canonical]");
          return false;
        }
        std::string_view ab[2];
        size_t n = 0;
        for (auto x : pair) {
          if (n < 2) {
            if (auto err = x.get_string().get(ab[n])) {
              r.Fail(where(), err, "expected two non-empty strings");
              return false;
            }
          } else if (auto err = x.error()) {
            r.Fail(where(), err, "");
            return false;
          }
          ++n;
        }
        if (n != 2) {
          r.Fail(where(), "expected [phrase, canonical]");
          return false;
        }
        if (ab[0].empty() || ab[1].empty()) {
          r.Fail(where(), "expected two non-empty strings");
          return false;
        }
        out->AddSynonym(std::string(ab[0]), std::string(ab[1]));
        ++i;
      }
    }
    return true;
  });
  if (!read) return false;
  if (!stopwords) r.Fail(path + ".stopwords", "missing");
  if (!synonyms) r.Fail(path + ".synonyms", "missing");
  if (!r.ok()) return false;
  out->Finalize();
  return true;
}

// The documents of a manifest or, with `topics`, of a fact base (which adds
// "length" and "topic", its terms as ids).
bool ReadDocuments(Reader& r, od::value& v, std::vector<Document>* out,
                   std::vector<std::vector<uint32_t>>* topics) {
  od::array docs;
  if (!r.Array(v, "$.documents", &docs)) return false;
  size_t i = 0;
  for (auto e : docs) {
    const std::string path = "$.documents[" + std::to_string(i++) + "]";
    od::object o;
    if (!r.Object(e, path, &o)) return false;
    Document& d = out->emplace_back();
    int64_t length = 0;
    std::vector<uint32_t> topic;
    // The fields in the order they are written; which ones were seen.
    static const char* const kFields[] = {"file",   "title",    "publisher",
                                          "date",   "language", "url",
                                          "length", "topic"};
    unsigned seen = 0;
    bool read =
        ForEachField(r, o, path, [&](std::string_view key, od::value& x) {
          size_t k = 0;
          while (k < 8 && key != kFields[k]) ++k;
          if (k == 8 || (topics == nullptr && k >= 6)) return true;  // not ours
          const std::string where = path + "." + kFields[k];
          if (seen & (1u << k)) {
            r.Fail(where, "appears twice");
            return false;
          }
          seen |= 1u << k;
          switch (k) {
            case 0: return r.Str(x, where, &d.file);
            case 1: return r.Str(x, where, &d.title);
            case 2: return r.Str(x, where, &d.publisher);
            case 3: return r.Str(x, where, &d.date);
            case 4: return r.Str(x, where, &d.language);
            case 5: return r.Str(x, where, &d.url, true);
            case 6: return r.Int(x, where, &length, 0, UINT32_MAX);
            default: break;
          }
          od::array ids;
          if (!r.Array(x, where, &ids)) return false;
          for (auto t : ids) {
            int64_t id = 0;
            auto err = t.get_int64().get(id);
            if (err || id < 0 || id > UINT32_MAX) {
              r.Fail(where, err, "expected term ids");
              return false;
            }
            topic.push_back(static_cast<uint32_t>(id));
          }
          return true;
        });
    if (!read) return false;
    for (size_t k = 0; k < 8; ++k)
      if (k != 5 && (topics != nullptr || k < 6) && !(seen & (1u << k))) {
        r.Fail(path + "." + kFields[k], "missing");
        return false;
      }
    if (!r.ok()) return false;
    if (!ParseDate(d.date).ok()) {
      r.Fail(path + ".date", "expected YYYY-MM-DD, got \"" + d.date + "\"");
      return false;
    }
    if (topics != nullptr) {
      d.length = static_cast<uint32_t>(length);
      topics->push_back(std::move(topic));
    }
  }
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

// "$.terms": the term table, each term once.
bool ReadTerms(Reader& r, od::value& v, std::vector<std::string>* out) {
  std::vector<std::string>& terms = *out;
  od::array list;
  if (!r.Array(v, "$.terms", &list)) return false;
  std::unordered_map<std::string_view, uint32_t> seen;
  size_t i = 0;
  for (auto e : list) {
    std::string_view term;
    auto err = e.get_string().get(term);
    if (err || term.empty()) {
      r.Fail("$.terms[" + std::to_string(i) + "]", err,
             "expected a non-empty string");
      return false;
    }
    if (!seen.emplace(term, static_cast<uint32_t>(i)).second) {
      r.Fail("$.terms[" + std::to_string(i) + "]",
             "\"" + std::string(term) + "\" is listed twice");
      return false;
    }
    terms.emplace_back(term);
    ++i;
  }
  return true;
}

// "$.sentences": rows of [doc, start, text].
bool ReadSentences(Reader& r, od::value& v, FactBase* out) {
  FactBase& base = *out;
  od::array list;
  if (!r.Array(v, "$.sentences", &list)) return false;
  size_t i = 0;
  for (auto e : list) {
    RowReader row(r, "sentences", i++);
    int64_t doc = 0, start = 0;
    std::string_view text;
    if (!row.Begin(e, kSentenceFields) ||
        !row.Int("doc", 0, static_cast<int64_t>(base.documents.size()) - 1,
                 &doc) ||
        !row.Int("start", 0, UINT32_MAX, &start) || !row.Str("text", &text) ||
        !row.End())
      return false;
    const int64_t end = start + static_cast<int64_t>(text.size());
    if (text.empty() || end > base.documents[doc].length) {
      row.Fail(nullptr, "offsets " + std::to_string(start) + ".." +
                            std::to_string(end) +
                            " outside its document (length " +
                            std::to_string(base.documents[doc].length) + ")");
      return false;
    }
    Sentence& s = base.sentences.emplace_back();
    s.doc = static_cast<uint32_t>(doc);
    s.start = static_cast<uint32_t>(start);
    s.end = static_cast<uint32_t>(end);
    s.text.assign(text);
  }

  return true;
}

// "$.facts": rows of fifteen fields (factbase_json.h); each fact's terms
// go to `own`, fact i's from offsets[i] to offsets[i + 1].
bool ReadFacts(Reader& r, od::value& v, size_t input_bytes, int64_t term_count,
               FactBase* out, std::vector<uint32_t>* offsets_out,
               std::vector<TermWeight>* own_out) {
  FactBase& base = *out;
  std::vector<uint32_t>& offsets = *offsets_out;
  std::vector<TermWeight>& own = *own_out;
  od::array list;
  if (!r.Array(v, "$.facts", &list)) return false;
  const int64_t sentence_count = static_cast<int64_t>(base.sentences.size());
  // Every sentence holds a figure, so there are at least as many facts.
  base.facts.reserve(
      std::min(base.sentences.size(), input_bytes / kMinFactRowBytes));
  offsets.reserve(base.facts.capacity() + 1);
  offsets.push_back(0);
  // Facts have a handful of terms each; pages reserved and never used cost
  // no memory, while growing would copy the array twice over.
  own.reserve(base.facts.capacity() * kTermsPerFactReserved);
  size_t i = 0;
  for (auto e : list) {
    RowReader row(r, "facts", i++);
    // Built in place: a Fact is large, and moving one costs as much as
    // filling it.
    Fact& f = base.facts.emplace_back();
    Figure& g = f.figure;
    int64_t sentence = 0, at = 0, length = 0, direction = 0, from = 0, to = 0,
            years = 0, pair = 0;
    double value = 0, step = 0;
    std::string_view unit, qualifier, kind, aspect;
    od::array period, nouns, names, fact_terms;
    // A pair names a fact by id; ids past the last fact are caught below.
    if (!row.Begin(e, kFactFields) ||
        !row.Int("sentence", 0, sentence_count - 1, &sentence) ||
        !row.Int("start", 0, UINT32_MAX, &at) ||
        !row.Int("length", 1, UINT32_MAX, &length) ||
        !row.Num("value", &value) || !row.Num("step", &step) ||
        !row.Str("unit", &unit) || !row.Str("qualifier", &qualifier) ||
        !row.Str("kind", &kind) || !row.Int("direction", -1, 1, &direction) ||
        !row.Array("period", &period))
      return false;
    {
      // The period's fields, named under the fact: "$.facts[3].period.from".
      size_t k = 0;
      int64_t* slots[] = {&from, &to, &years};
      const char* names[] = {"period.from", "period.to", "period.years",
                             "period.stated"};
      for (auto x : period) {
        if (k < 3) {
          auto err = x.get_int64().get(*slots[k]);
          if (err || *slots[k] < 0 || *slots[k] > 9999) {
            row.Fail(names[k], err,
                     "expected a year or a count of years (0..9999)");
            return false;
          }
        } else if (k == 3) {
          if (auto err = x.get_bool().get(g.period.stated)) {
            row.Fail(names[k], err, "expected true or false");
            return false;
          }
        } else if (auto err = x.error()) {
          row.Fail("period", err, "");
          return false;
        }
        ++k;
      }
      if (k != 4) {
        row.Fail("period", "expected [from, to, years, stated]");
        return false;
      }
    }
    if (!row.Bool("target", &g.target) ||
        !row.Int("pair", -1, INT32_MAX, &pair) ||
        !row.Bool("pair_from", &g.pair_from) || !row.Array("nouns", &nouns))
      return false;
    const Sentence& s = base.sentences[sentence];
    if (at + length > static_cast<int64_t>(s.text.size())) {
      row.Fail(nullptr, "figure at " + std::to_string(at) + ", length " +
                            std::to_string(length) + " outside its sentence");
      return false;
    }
    if (!ParseQualifier(std::string(qualifier), &g.quantity.qualifier)) {
      row.Fail("qualifier",
               "unknown qualifier \"" + std::string(qualifier) + "\"");
      return false;
    }
    if (kind != "level" && kind != "change") {
      row.Fail("kind", "expected \"level\" or \"change\"");
      return false;
    }
    if (unit.empty() || step < 0) {
      row.Fail(nullptr, "empty unit or negative step");
      return false;
    }
    for (auto n : nouns) {
      std::string_view noun;
      if (auto err = n.get_string().get(noun)) {
        row.Fail("nouns", err, "expected strings");
        return false;
      }
      g.nouns.emplace_back(noun);
    }

    if (!row.Array("terms", &fact_terms)) return false;
    // [Δid, weight‰, Δid, weight‰, …]: ids ascending, each from the last.
    int64_t id = -1;
    size_t k = 0;
    int64_t delta = 0;
    for (auto t : fact_terms) {
      int64_t v = 0;
      if (auto err = t.get_int64().get(v)) {
        row.Fail("terms", err,
                 "expected integers [id step, weight in thousandths, …]");
        return false;
      }
      if (k % 2 == 0) {
        const int64_t lo = id < 0 ? 0 : 1;
        if (v < lo || v >= term_count || (id < 0 ? v : id + v) >= term_count) {
          row.Fail("terms", "term id out of order or not below " +
                                std::to_string(term_count) + " (entry " +
                                std::to_string(k) + ")");
          return false;
        }
        delta = v;
      } else {
        if (v < 0 || v > 1000) {
          row.Fail("terms", "weight " + std::to_string(v) +
                                " outside 0..1000 (entry " + std::to_string(k) +
                                ")");
          return false;
        }
        id = id < 0 ? delta : id + delta;
        own.push_back({static_cast<uint32_t>(id), WeightOf(v)});
      }
      ++k;
    }
    if (k % 2 != 0) {
      row.Fail("terms", "expected pairs of id step and weight");
      return false;
    }
    if (!row.Str("aspect", &aspect)) return false;
    if (!ParseAspect(aspect, &g.aspect)) {
      row.Fail("aspect", "unknown aspect \"" + std::string(aspect) + "\"");
      return false;
    }
    if (!row.Array("names", &names)) return false;
    for (auto n : names) {
      std::string_view name;
      if (auto err = n.get_string().get(name)) {
        row.Fail("names", err, "expected strings");
        return false;
      }
      g.names.emplace_back(name);
    }
    if (!row.End()) return false;
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
  }
  return true;
}

StatusOr<FactBase> LoadFactBase(std::string_view json, size_t capacity) {
  if (json.empty())
    return Status(ErrorCode::kBadFactBase, "fact base is empty");
  // simdjson reads up to SIMDJSON_PADDING bytes past the end: in place when
  // the caller's buffer has them, else from a padded copy.
  simdjson::padded_string copy;
  simdjson::padded_string_view input(json.data(), json.size(), capacity);
  if (capacity < json.size() + kFactBasePadding) {
    copy = simdjson::padded_string(json.data(), json.size());
    input = copy;
  }
  od::parser parser;
  od::document doc;
  od::object top;
  Status started = StartObject(parser, input, ErrorCode::kBadFactBase,
                               "fact base", "$", &doc, &top);
  if (!started.ok()) return started;
  Reader r(ErrorCode::kBadFactBase);
  FactBase base;
  std::vector<std::vector<uint32_t>> topics;
  std::vector<std::string> terms;
  std::vector<uint32_t> offsets;
  std::vector<TermWeight> own;
  Status version_status;
  // Sections are read as they come, each after those it refers to (as the
  // writer orders them): sentences name documents, facts sentences and
  // terms. Topics name terms too, and are resolved at the end.
  enum Section {
    kFormat,
    kVersion,
    kDocuments,
    kTerms,
    kSentences,
    kFacts,
    kLexicon,
    kSections
  };
  static const char* const kNames[] = {"format", "version",   "documents",
                                       "terms",  "sentences", "facts",
                                       "lexicon"};
  bool seen[kSections] = {};
  // A section twice (JSON allows a key twice) would be read twice: the
  // second table of terms added to the first, say.
  auto once = [&](Section section) {
    if (!seen[section]) return true;
    r.Fail(std::string("$.") + kNames[section], "appears twice");
    return false;
  };
  auto after = [&](std::initializer_list<Section> before, Section section) {
    if (!once(section)) return false;
    for (Section b : before)
      if (!seen[b]) {
        r.Fail(std::string("$.") + kNames[b],
               std::string("missing before $.") + kNames[section]);
        return false;
      }
    seen[section] = true;
    return true;
  };
  bool read =
      ForEachField(r, top, "$", [&](std::string_view key, od::value& v) {
        if (key == "format") {
          std::string format;
          if (!once(kFormat)) return false;
          seen[kFormat] = true;
          if (!r.Str(v, "$.format", &format)) return false;
          if (format != "figcheck-factbase") {
            r.Fail("$.format", "not a figcheck fact base (\"" + format + "\")");
            return false;
          }
          return true;
        }
        if (key == "version") {
          int64_t version = 0;
          if (!once(kVersion)) return false;
          seen[kVersion] = true;
          if (!r.Int(v, "$.version", &version, 0, 1 << 30)) return false;
          if (version != kFactBaseVersion) {
            version_status =
                Status(ErrorCode::kFactBaseVersion,
                       "fact base version " + std::to_string(version) +
                           ", this figcheck reads version " +
                           std::to_string(kFactBaseVersion) + "; recompile it");
            return false;
          }
          return true;
        }
        if (key == "documents")
          return after({kFormat, kVersion}, kDocuments) &&
                 ReadDocuments(r, v, &base.documents, &topics);
        if (key == "terms")
          return after({kFormat, kVersion}, kTerms) && ReadTerms(r, v, &terms);
        if (key == "sentences")
          return after({kFormat, kVersion, kDocuments}, kSentences) &&
                 ReadSentences(r, v, &base);
        if (key == "facts")
          return after({kFormat, kVersion, kTerms, kSentences}, kFacts) &&
                 ReadFacts(r, v, json.size(),
                           static_cast<int64_t>(terms.size()), &base, &offsets,
                           &own);
        if (key == "lexicon") {
          od::object lexicon;
          return after({kFormat, kVersion}, kLexicon) &&
                 r.Object(v, "$.lexicon", &lexicon) &&
                 ReadLexicon(r, lexicon, "$.lexicon", &base.lexicon);
        }
        return true;
      });
  if (!version_status.ok()) return version_status;
  if (!read) return r.status();
  for (size_t k = 0; k < kSections; ++k)
    if (!seen[k]) {
      r.Fail(std::string("$.") + kNames[k], "missing");
      return r.status();
    }
  Status end = CheckEnd(doc, ErrorCode::kBadFactBase, "fact base");
  if (!end.ok()) return end;
  for (size_t d = 0; d < base.documents.size(); ++d)
    for (uint32_t id : topics[d]) {
      if (id >= terms.size()) {
        r.Fail("$.documents[" + std::to_string(d) + "].topic",
               "expected term ids below " + std::to_string(terms.size()));
        return r.status();
      }
      base.documents[d].topic.push_back(terms[id]);
    }
  // The number of facts is known only now that they are read.
  for (size_t f = 0; f < base.facts.size(); ++f)
    if (base.facts[f].figure.pair >= static_cast<int>(base.facts.size())) {
      r.Fail(
          "$.facts[" + std::to_string(f) + "].pair",
          "out of range (" + std::to_string(base.facts[f].figure.pair) + ")");
      return r.status();
    }
  base.BuildIndex(std::move(terms), std::move(offsets), std::move(own));
  return base;
}

StatusOr<std::vector<Document>> ParseManifest(std::string_view json) {
  simdjson::padded_string padded(json.data(), json.size());
  od::parser parser;
  od::document doc;
  od::object top;
  Status started = StartObject(parser, padded, ErrorCode::kBadManifest,
                               "manifest", "$", &doc, &top);
  if (!started.ok()) return started;
  Reader r(ErrorCode::kBadManifest);
  std::vector<Document> out;
  bool has_documents = false;
  bool read =
      ForEachField(r, top, "$", [&](std::string_view key, od::value& v) {
        if (key != "documents") return true;
        has_documents = true;
        return ReadDocuments(r, v, &out, nullptr);
      });
  if (!read) return r.status();
  if (!has_documents) {
    r.Fail("$.documents", "missing");
    return r.status();
  }
  Status end = CheckEnd(doc, ErrorCode::kBadManifest, "manifest");
  if (!end.ok()) return end;
  for (size_t i = 0; i < out.size(); ++i) {
    const std::string& file = out[i].file;
    if (file.empty() || file.find('/') != std::string::npos ||
        file.find("..") != std::string::npos) {
      r.Fail("$.documents[" + std::to_string(i) + "].file",
             "expected a plain file name");
      return r.status();
    }
  }
  if (out.empty())
    return Status(ErrorCode::kBadManifest, "manifest lists no documents");
  return out;
}

StatusOr<Lexicon> ParseLexicon(std::string_view json) {
  simdjson::padded_string padded(json.data(), json.size());
  od::parser parser;
  od::document doc;
  od::object top;
  Status started = StartObject(parser, padded, ErrorCode::kBadLexicon,
                               "lexicon", "lexicon", &doc, &top);
  if (!started.ok()) return started;
  Reader r(ErrorCode::kBadLexicon);
  Lexicon lexicon;
  if (!ReadLexicon(r, top, "lexicon", &lexicon)) return r.status();
  Status end = CheckEnd(doc, ErrorCode::kBadLexicon, "lexicon");
  if (!end.ok()) return end;
  return lexicon;
}

}  // namespace figcheck
