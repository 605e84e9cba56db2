// LoadFactBase (core/factbase_json.h): simdjson's On-Demand API with error
// codes (no exceptions). Each value is parsed where the loader reads it,
// straight from the input, so a large base is never held twice (no DOM tape,
// no copies of its strings). Every simdjson error becomes a status naming
// the JSON path that failed. On Demand checks the syntax of what it reads: a
// value no one reads (under a key the format does not have) is skipped
// unchecked. Sentences and facts are rows (arrays of fields in a fixed
// order, read in one pass by RowReader) and name subject terms by their
// index in the term table, so a large base parses and loads without a
// string per term. Tested by tests/factbase_test.cc (FactBaseJsonTest) and
// tests/hostile_test.cc (HostileFactBaseTest).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/factbase_json.h"
#include "core/factbase_json/json_reader.h"
#include "core/text.h"

namespace figcheck {
namespace factbase_json {
namespace {

static_assert(kFactBasePadding >= simdjson::SIMDJSON_PADDING,
              "simdjson reads this far past the end");

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

// The number in [first, end) (valid JSON) when its digits and power of ten
// are both exact in a double (at most 2^53, at most 10^22): then one
// multiplication or division rounds it correctly, as from_chars would (the
// classic fast path of decimal parsing). NaN otherwise. Most of a fact
// base's numbers are such ("0.45", "4720", "2.6e+12"), and from_chars's
// exact decimal arithmetic made a third of a 1 M-fact base's load.
#ifndef __EMSCRIPTEN__
double Exactly(const char* first, const char* end) {
  constexpr uint64_t kMaxExact = uint64_t{1} << 53;
  const char* p = first + (*first == '-');
  uint64_t digits = 0;
  int scale = 0;  // the power of ten the digits are to be multiplied by
  bool point = false;
  for (; p < end && *p != 'e' && *p != 'E'; ++p) {
    if (*p == '.') {
      point = true;
      continue;
    }
    if (digits > kMaxExact / 10) return std::nan("");
    digits = digits * 10 + static_cast<uint64_t>(*p - '0');
    scale -= point;
  }
  if (digits > kMaxExact) return std::nan("");
  if (p < end) {
    ++p;
    const bool minus = *p == '-';
    p += (*p == '-' || *p == '+');
    int e = 0;
    for (; p < end && e < 1000; ++p) e = e * 10 + (*p - '0');
    scale += minus ? -e : e;
  }
  if (scale < -22 || scale > 22) return std::nan("");
  double power = 1;
  for (int k = 0; k < (scale < 0 ? -scale : scale); ++k) power *= 10;
  const double value = scale < 0 ? static_cast<double>(digits) / power
                                 : static_cast<double>(digits) * power;
  return *first == '-' ? -value : value;
}
#endif

// A number as On Demand's get_double() reads it (the same errors), its value
// rounded by simdjson's from_chars: get_double() needs a 10 KB table of
// powers of five (10.9 KB of the claim page's wasm, gzipped, with its code),
// and a fact base's numbers are few and read once. The same double, but
// where simdjson 3.0.1's get_double() errs ("0." and 20 digits or more; the
// compiler writes 17 at most).
simdjson::error_code NumberOf(od::value& v, double* out) {
  const char* first = v.raw_json_token().data();  // the input is padded
  const char* p = first + (*first == '-');
  auto digits = [&p] {
    const char* start = p;
    while (*p >= '0' && *p <= '9') ++p;
    return p - start;
  };
  const char* integer = p;
  const auto n = digits();
  if (n == 0) return simdjson::INCORRECT_TYPE;
  if (*integer == '0' && n > 1) return simdjson::NUMBER_ERROR;
  if (*p == '.') {
    ++p;
    if (digits() == 0) return simdjson::NUMBER_ERROR;
  }
  if (*p == 'e' || *p == 'E') {
    ++p;
    p += (*p == '-' || *p == '+');
    const auto e = digits();
    if (e == 0 || e > 19) return simdjson::NUMBER_ERROR;
  }
  if (simdjson::internal::structural_or_whitespace_negated[static_cast<uint8_t>(
          *p)])
    return simdjson::NUMBER_ERROR;
#ifdef __EMSCRIPTEN__
  // (The page's module loads one small base, and has no room for the fast
  // path's code.)
  *out = simdjson::internal::from_chars(first, p);
#else
  *out = Exactly(first, p);
  if (std::isnan(*out)) *out = simdjson::internal::from_chars(first, p);
#endif
  if (!(*out <= DBL_MAX && *out >= -DBL_MAX)) return simdjson::NUMBER_ERROR;
  return simdjson::SUCCESS;
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
    if (auto err = NumberOf(v, out))
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
    if (!Unit::Parse(unit, &g.quantity.unit)) {
      row.Fail("unit", "unknown unit \"" + std::string(unit) + "\"");
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
    g.quantity.kind = kind == "change" ? Kind::kChange : Kind::kLevel;
    g.quantity.direction = static_cast<int>(direction);
    g.period.from = static_cast<int>(from);
    g.period.to = static_cast<int>(to);
    g.period.years = static_cast<int>(years);
    g.pair = static_cast<int>(pair);
  }
  return true;
}

}  // namespace
}  // namespace factbase_json

namespace od = simdjson::ondemand;
using factbase_json::CheckEnd;
using factbase_json::ForEachField;
using factbase_json::ReadDocuments;
using factbase_json::Reader;
using factbase_json::ReadFacts;
using factbase_json::ReadLexicon;
using factbase_json::ReadSentences;
using factbase_json::ReadTerms;
using factbase_json::StartObject;

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
        if (key == "coverage") {
          // Kept as written (the page hands it out): one object.
          od::object coverage;
          std::string_view raw;
          if (!base.coverage.empty()) {
            r.Fail("$.coverage", "appears twice");
            return false;
          }
          if (!r.Object(v, "$.coverage", &coverage)) return false;
          if (auto err = coverage.raw_json().get(raw)) {
            r.Fail("$.coverage", err, "expected an object");
            return false;
          }
          while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' ||
                                  raw.back() == '\r' || raw.back() == '\t'))
            raw.remove_suffix(1);
          base.coverage = std::string(raw);
          return true;
        }
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

}  // namespace figcheck
