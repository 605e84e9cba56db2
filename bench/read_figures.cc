// figcheck's side of the quantity-recognition comparison (bench/peers/ holds
// the other recognizers): runs the reader, ReadFigures, over labelled
// sentences and prints what it found, in the same shape as the peers'
// scripts, so scripts/bench scores every system by the same rules. Then it
// times the whole set, repeated, and prints the median.
//
//   read_figures SENTENCES.jsonl [--lexicon FILE] [--runs N]
//
// Input lines are the CLI's batch format: {"id", "claim": sentence, "as_of":
// the document's date}. Output: one line per sentence, {"id", "figures":
// [{"text", "value", "unit", "qualifier", "start", "end", ...}]}, then one
// {"summary": {"sentences", "bytes", "runs", "median_ms", "min_ms"}} line.
// Exercised by bench_smoke (CTest).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_io.h"
#include "core/factbase_json.h"
#include "core/json_writer.h"
#include "core/reader.h"

namespace figcheck {
namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "read_figures: %s\n", message.c_str());
  return 2;
}

std::string FiguresJson(const Request& r,
                        const std::vector<SentenceFigures>& read) {
  JsonWriter w;
  w.BeginObject()
      .Key("id")
      .Raw(r.has_id ? r.id_json : "null")
      .Key("figures")
      .BeginArray();
  for (const SentenceFigures& sf : read) {
    for (const Figure& f : sf.figures) {
      const Quantity& q = f.quantity;
      w.BeginObject()
          .Key("text")
          .String(f.text)
          .Key("value")
          .Number(q.value)
          .Key("unit")
          .String(q.unit.ToString())
          .Key("qualifier")
          .String(QualifierName(q.qualifier))
          .Key("kind")
          .String(q.kind == Kind::kChange ? "change" : "level")
          .Key("direction")
          .Int(q.direction)
          .Key("target")
          .Bool(f.target)
          .Key("start")
          .Int(f.start)
          .Key("end")
          .Int(f.end)
          .EndObject();
    }
  }
  w.EndArray().EndObject();
  return w.Take();
}

int Main(int argc, char** argv) {
  std::string sentences_path, lexicon_path = FIGCHECK_BENCH_LEXICON;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lexicon" && i + 1 < argc)
      lexicon_path = argv[++i];
    else if (arg == "--runs" && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (!arg.empty() && arg[0] != '-' && sentences_path.empty())
      sentences_path = arg;
    else
      return Fail(
          "usage: read_figures SENTENCES.jsonl [--lexicon FILE] [--runs N]");
  }
  if (sentences_path.empty())
    return Fail(
        "usage: read_figures SENTENCES.jsonl [--lexicon FILE] [--runs N]");

  std::string lexicon_json, error;
  if (!bench::ReadFile(lexicon_path, &lexicon_json))
    return Fail("cannot read " + lexicon_path);
  StatusOr<Lexicon> lexicon = ParseLexicon(lexicon_json);
  if (!lexicon.ok())
    return Fail(lexicon_path + ": " + lexicon.status().message());
  std::vector<Request> sentences;
  if (!bench::ReadRequests(sentences_path, Date{2024, 11, 1}, &sentences,
                           &error))
    return Fail(error);

  size_t bytes = 0;
  for (const Request& r : sentences) {
    bytes += r.claim.size();
    std::cout << FiguresJson(r, ReadFigures(r.claim, r.as_of, lexicon.value()))
              << "\n";
  }

  std::vector<double> times;
  size_t found = 0;
  for (int run = 0; run < runs; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    for (const Request& r : sentences)
      for (const SentenceFigures& sf :
           ReadFigures(r.claim, r.as_of, lexicon.value()))
        found += sf.figures.size();
    auto t1 = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  JsonWriter w;
  w.BeginObject()
      .Key("summary")
      .BeginObject()
      .Key("sentences")
      .Int(static_cast<long long>(sentences.size()))
      .Key("bytes")
      .Int(static_cast<long long>(bytes))
      .Key("runs")
      .Int(runs)
      .Key("median_ms")
      .Number(bench::Quantile(times, 0.5))
      .Key("min_ms")
      .Number(bench::Quantile(times, 0))
      .Key("figures_per_run")
      .Int(static_cast<long long>(found / runs))
      .EndObject()
      .EndObject();
  std::cout << w.str() << "\n";
  return 0;
}

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) { return figcheck::Main(argc, argv); }
