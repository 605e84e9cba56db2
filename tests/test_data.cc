// Loads the repository's data for the stage tests. See test_data.h.
#include "tests/test_data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "core/factbase_json.h"
#ifdef FIGCHECK_HAVE_WORDNET
#include "core/lexical/oracles.h"
#include "core/lexical/wordnet.h"
#endif

#ifndef FIGCHECK_SOURCE_DIR
#error "FIGCHECK_SOURCE_DIR must name the repository root"
#endif

namespace figcheck {
namespace test_data {

std::string RepoPath(const std::string& relative) {
  return std::string(FIGCHECK_SOURCE_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Lexicon& RealLexicon() {
  static const Lexicon* lexicon = [] {
    StatusOr<Lexicon> parsed = ParseLexicon(ReadFile(RepoPath("data/lexicon.json")));
    if (!parsed.ok())
      ADD_FAILURE() << "data/lexicon.json: " << parsed.status().message();
    return new Lexicon(std::move(parsed).value());
  }();
  return *lexicon;
}

std::vector<SourceText> RealSources() {
  std::vector<SourceText> out;
  StatusOr<std::vector<Document>> manifest =
      ParseManifest(ReadFile(RepoPath("data/sources/manifest.json")));
  if (!manifest.ok()) {
    ADD_FAILURE() << "manifest.json: " << manifest.status().message();
    return out;
  }
  for (const Document& d : manifest.value()) {
    SourceText s;
    s.meta = d;
    s.text = ReadFile(RepoPath("data/sources/" + d.file));
    out.push_back(std::move(s));
  }
  return out;
}

const std::string& DocumentText(const std::string& file) {
  static const auto* texts = [] {
    auto* m = new std::map<std::string, std::string>();
    for (SourceText& s : RealSources()) (*m)[s.meta.file] = std::move(s.text);
    return m;
  }();
  static const std::string kNone;
  auto it = texts->find(file);
  return it == texts->end() ? kNone : it->second;
}

const FactBase& RealFactBase() {
  static const FactBase* base = [] {
    PlaceOracle is_place;
    RelatedWords related;
#ifdef FIGCHECK_HAVE_WORDNET
    static WordNet* wordnet = new WordNet();
    if (wordnet->ok()) {
      is_place = PlacesFrom(*wordnet);
      related = RelatedFrom(*wordnet);
    } else {
      ADD_FAILURE() << wordnet->status().message();
    }
#endif
    StatusOr<FactBase> compiled =
        CompileFactBase(RealSources(), RealLexicon(), is_place, related);
    if (!compiled.ok()) {
      ADD_FAILURE() << "compile: " << compiled.status().message();
      return new FactBase();
    }
    StatusOr<FactBase> loaded = LoadFactBase(WriteFactBase(compiled.value()));
    if (!loaded.ok()) {
      ADD_FAILURE() << "reload: " << loaded.status().message();
      return new FactBase();
    }
    return new FactBase(std::move(loaded).value());
  }();
  return *base;
}

Date D(const char* yyyy_mm_dd) {
  StatusOr<Date> d = ParseDate(yyyy_mm_dd);
  if (!d.ok()) ADD_FAILURE() << "bad date literal in a test table: " << yyyy_mm_dd;
  return d.value();
}

}  // namespace test_data
}  // namespace figcheck
