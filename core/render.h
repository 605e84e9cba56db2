// Results → bytes for people and programs: the JSON result of the contract
// in design.md, and a short text report (verdict first, claimed vs source
// figure, the quote, the source). Tested by tests/check_test.cc.
#ifndef FIGCHECK_CORE_RENDER_H_
#define FIGCHECK_CORE_RENDER_H_

#include <string>

#include "core/check.h"
#include "core/json_writer.h"

namespace figcheck {

// How a result's JSON writes citations. kInline: each figure's `citation`
// (its first fact's, null when none) and `citations` in full, and the
// decisive figure's fields again at the top, as the CLI prints them.
// kShared: each figure's `facts` as fact numbers instead, one top-level
// `"citations": {"N": citation, …}` with every cited fact once, and
// `"decisive"` (the index into `figures`, or null with the result's own
// `verdict` and `explanation`) for the top-level fields: a third of the
// bytes for the WebAssembly module to write and JavaScript to parse
// (wasm/figcheck.mjs expands it back to the inline form).
enum class CitationStyle { kInline, kShared };

// One JSON object (no trailing newline). `id` is echoed when not null.
std::string ResultToJson(const FactBase& base, const Result& result,
                         const std::string* id = nullptr,
                         CitationStyle citations = CitationStyle::kInline);
// Writes a citation object for a fact into `w`.
void WriteCitation(JsonWriter& w, const FactBase& base, uint32_t fact);
// Writes a figure object ({"text", "value", "unit", …, "measure"}):
// `measure` names what it measures (measure.h), null when empty.
void WriteFigure(JsonWriter& w, const Figure& f, std::string_view measure = {});
// An error result for one batch line: {"id"?, "error": {"code", "message"}}.
std::string ErrorToJson(const Status& status, const std::string* id);

std::string ResultToText(const FactBase& base, const Result& result);

// What a fact's count counts, as its sentence writes it ("new
// foreign-invested enterprises"); empty for other units or when unsaid.
std::string CountedWords(const FactBase& base, const Fact& f);

// A figure's verdict in words, from its reason and the facts it rests on:
// "The sources say 4.72 trillion yuan for 2023, not 5 trillion yuan."
std::string Explain(const FactBase& base, const FigureResult& r);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_RENDER_H_
