// Results → bytes for people and programs: the JSON result of the contract
// in design.md, and a short text report (verdict first, claimed vs source
// figure, the quote, the source). Tested by tests/check_test.cc.
#ifndef FIGCHECK_CORE_RENDER_H_
#define FIGCHECK_CORE_RENDER_H_

#include <string>

#include "core/check.h"
#include "core/json_writer.h"

namespace figcheck {

// One JSON object (no trailing newline). `id` is echoed when not null.
std::string ResultToJson(const FactBase& base, const Result& result,
                         const std::string* id = nullptr);
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
