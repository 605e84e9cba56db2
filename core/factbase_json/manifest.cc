// The compiler's inputs, data/sources/manifest.json (ParseManifest) and
// data/lexicon.json (ParseLexicon), and the two sections a fact base shares
// with them, its documents and its lexicon (json_reader.h). Each is read with
// simdjson On Demand field by field, in the order the fields come; a field
// twice, a field missing or a date that is not YYYY-MM-DD is an error that
// names its JSON path. Tested by tests/factbase_test.cc (ManifestTest,
// FactBaseJsonTest.RejectsASectionOrFieldTwice) and tests/reader_test.cc
// (LexiconTest.ParseErrors).
#include <cstdint>
#include <string>
#include <vector>

#include "core/factbase_json.h"
#include "core/factbase_json/json_reader.h"
#include "core/text.h"

namespace figcheck {
namespace factbase_json {

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
    } else if (key == "synonyms" || key == "aliases") {
      // Aliases are optional: written by the compiler, absent from
      // data/lexicon.json.
      const bool alias = key == "aliases";
      synonyms = synonyms || !alias;
      const std::string list = path + "." + std::string(key);
      if (!r.Array(v, list, &a)) return false;
      size_t i = 0;
      for (auto e : a) {
        auto where = [&] { return list + "[" + std::to_string(i) + "]"; };
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
        if (alias) {
          out->AddAlias(std::string(ab[0]), std::string(ab[1]));
        } else {
          out->AddSynonym(std::string(ab[0]), std::string(ab[1]));
        }
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

}  // namespace factbase_json

namespace od = simdjson::ondemand;
using factbase_json::CheckEnd;
using factbase_json::ForEachField;
using factbase_json::ReadDocuments;
using factbase_json::Reader;
using factbase_json::ReadLexicon;
using factbase_json::StartObject;

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
