// Builds the fuzz targets' fact base from the repository's data. See
// harness.h. Files are read from FIGCHECK_SOURCE_DIR (set by
// fuzz/CMakeLists.txt).
#include "fuzz/harness.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/compile.h"
#include "core/factbase_json.h"
#include "core/scan.h"

#ifndef FIGCHECK_SOURCE_DIR
#error "FIGCHECK_SOURCE_DIR must name the repository root"
#endif

namespace figcheck {
namespace harness {
namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "fuzz harness: %s\n", message.c_str());
  std::abort();
}

std::string ReadRepoFile(const std::string& relative) {
  std::string path = std::string(FIGCHECK_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

FactBase* Build() {
  StatusOr<Lexicon> lexicon = ParseLexicon(ReadRepoFile("data/lexicon.json"));
  if (!lexicon.ok()) Die("data/lexicon.json: " + lexicon.status().message());
  StatusOr<std::vector<Document>> manifest =
      ParseManifest(ReadRepoFile("data/sources/manifest.json"));
  if (!manifest.ok()) Die("manifest.json: " + manifest.status().message());
  std::vector<SourceText> sources;
  for (const Document& d : manifest.value())
    sources.push_back({d, ReadRepoFile("data/sources/" + d.file)});
  StatusOr<FactBase> compiled =
      CompileFactBase(std::move(sources), std::move(lexicon).value());
  if (!compiled.ok()) Die("compile: " + compiled.status().message());
  StatusOr<FactBase> loaded = LoadFactBase(WriteFactBase(compiled.value()));
  if (!loaded.ok()) Die("reload: " + loaded.status().message());
  return new FactBase(std::move(loaded).value());
}

}  // namespace

const FactBase& SourceFactBase() {
  static const FactBase* base = Build();
  return *base;
}

void RequireJson(std::string_view json, const char* what) {
  static simdjson::dom::parser* parser = new simdjson::dom::parser();
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (parser->parse(padded).get(root) != simdjson::SUCCESS)
    Die(std::string(what) + " is not valid JSON: " + std::string(json.substr(0, 2000)));
}

void ScanAndCheck(std::string_view bytes, DraftFormat format, const char* file) {
  const FactBase& base = SourceFactBase();
  StatusOr<ScanReport> report = Scan(base, bytes, format, Date(), kAsOf, file);
  if (!report.ok()) return;
  for (const Finding& f : report.value().findings)
    if (f.start >= f.end || f.end > bytes.size()) std::abort();
  RequireJson(ScanToJson(base, report.value()), "ScanToJson");
  RequireJson(ScanToSarif(base, {report.value()}), "ScanToSarif");
  ScanToText(base, {report.value()});
  ScanToGithub(base, {report.value()});
}

}  // namespace harness
}  // namespace figcheck
