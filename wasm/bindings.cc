// The Embind layer: JavaScript values in, core calls, plain objects out.
// It only converts. Nothing here throws: a call that succeeds answers with
// its JSON text (a view of its UTF-8 bytes), one that fails with an object {ok,
// code, message, offset} built from the core's Status, and wasm/figcheck.mjs
// turns the failures into a thrown FigcheckError and frees the one Embind
// object (FactBaseHandle) when the caller closes it. Tested by
// tests/web/api.test.mjs (parity with the CLI, errors, leaks).
//
// One source, three modules (wasm/CMakeLists.txt): the full one (Node and
// JavaScript callers), the claim page's (FIGCHECK_WASM_SCAN=0: no scan, so
// no document reading either) and the widget's (FIGCHECK_WASM_CHECK=0: scan
// only). figcheck.mjs asks which calls a module has.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cctype>
#include <string>
#include <utility>

#include "core/check.h"
#include "core/factbase_json.h"
#include "core/status.h"
#include "core/text.h"

#ifndef FIGCHECK_WASM_CHECK
#define FIGCHECK_WASM_CHECK 1  // checkJson and coverageJson
#endif
#ifndef FIGCHECK_WASM_SCAN
#define FIGCHECK_WASM_SCAN 1  // scanJson
#endif
#if FIGCHECK_WASM_CHECK
#include "core/render.h"
#include "wasm/nearby.h"
#endif
#if FIGCHECK_WASM_SCAN
#include "core/scan.h"
#endif

namespace figcheck {
namespace {

using emscripten::val;

// "invalid UTF-8" → "invalid_utf_8": stable identifiers for JS code.
std::string CodeId(ErrorCode code) {
  std::string id = ErrorCodeName(code);
  for (char& c : id) {
    unsigned char u = static_cast<unsigned char>(c);
    c = std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
  }
  return id;
}

val StatusObject(const Status& status) {
  val out = val::object();
  out.set("ok", status.ok());
  out.set("code", CodeId(status.code()));
  out.set("message", status.message());
  out.set("offset", static_cast<double>(status.offset()));
  return out;
}

// A loaded fact base. The constructor always succeeds; status() says
// whether the JSON was a fact base, and the other calls answer with that
// status until it is.
class FactBaseHandle {
 public:
  explicit FactBaseHandle(const std::string& json)
      : base_(LoadFactBase(json)) {}

  val status() const { return StatusObject(base_.status()); }

  // A success is its JSON text alone, as a view of the UTF-8 bytes this
  // handle keeps until its next call (figcheck.mjs decodes them at once):
  // not an object with the status's fields beside it (9% of a check in the
  // page's module went to that), nor a copy into a string for Embind to
  // convert (3 us of a check's 100).
  val JsonText(std::string json) const {
    reply_ = std::move(json);
    return val(emscripten::typed_memory_view(
        reply_.size(), reinterpret_cast<const unsigned char*>(reply_.data())));
  }

#if FIGCHECK_WASM_CHECK
  // claim: the text; as_of: "YYYY-MM-DD", read by the core's ParseDate.
  // dated: as_of is the claim's own date, not today's (check.h).
  val checkJson(const std::string& claim, const std::string& as_of,
                bool dated) const {
    if (!base_.ok()) return StatusObject(base_.status());
    StatusOr<Date> date = ParseDate(as_of);
    if (!date.ok()) return StatusObject(date.status());
    StatusOr<Result> result = Check(base_.value(), claim, date.value(), dated);
    if (!result.ok()) return StatusObject(result.status());
    return JsonText(ResultToJson(base_.value(), result.value(), nullptr,
                                 CitationStyle::kShared));
  }

  // What the sources hold near the claim's figures (wasm/nearby.h), for
  // the page to show under an unverifiable verdict. The signature of
  // checkJson, so Embind's glue for it is shared (0.3 KB less to send).
  val nearbyJson(const std::string& claim, const std::string& as_of,
                 bool dated) const {
    if (!base_.ok()) return StatusObject(base_.status());
    StatusOr<Date> date = ParseDate(as_of);
    if (!date.ok()) return StatusObject(date.status());
    if (claim.size() > kMaxClaimBytes)
      return StatusObject(
          Status(ErrorCode::kInputTooLarge, "claim is over the limit"));
    Status utf8 = CheckUtf8(claim);
    if (!utf8.ok()) return StatusObject(utf8);
    return JsonText(NearbyJson(base_.value(), claim, date.value(), dated));
  }

  val coverageJson() const {
    if (!base_.ok()) return StatusObject(base_.status());
    if (base_.value().coverage.empty())
      return StatusObject(Status(ErrorCode::kBadFactBase,
                                 "the fact base holds no coverage summary; "
                                 "compile it with figcheck compile"));
    return JsonText(base_.value().coverage);
  }
#endif

#if FIGCHECK_WASM_SCAN
  // text: an article; format: "text", "markdown" or "html"; as_of as
  // "YYYY-MM-DD". The findings of `figcheck scan --format json` for one
  // file ("-"), each citation written once (CitationStyle::kShared,
  // core/scan.h). dated: as_of was given; else it is today, and the draft's own
  // date (front matter) wins, as on the command line.
  val scanJson(const std::string& text, const std::string& format,
               const std::string& as_of, bool dated) const {
    if (!base_.ok()) return StatusObject(base_.status());
    StatusOr<Date> date = ParseDate(as_of);
    if (!date.ok()) return StatusObject(date.status());
    DraftFormat draft = format == "html"       ? DraftFormat::kHtml
                        : format == "markdown" ? DraftFormat::kMarkdown
                                               : DraftFormat::kPlain;
    StatusOr<ScanReport> report =
        Scan(base_.value(), text, draft, dated ? date.value() : Date{},
             date.value(), "-");
    if (!report.ok()) return StatusObject(report.status());
    return JsonText(
        ScanToJson(base_.value(), report.value(), CitationStyle::kShared));
  }
#endif

 private:
  StatusOr<FactBase> base_;
  mutable std::string reply_;  // the last success's JSON (JsonText)
};

// Bytes the allocator has handed out and not had back: the leak tests
// compare it before and after thousands of calls.
double HeapInUse() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace
}  // namespace figcheck

EMSCRIPTEN_BINDINGS(figcheck) {
  using figcheck::FactBaseHandle;
  emscripten::class_<FactBaseHandle>("FactBaseHandle")
      .constructor<const std::string&>()
#if FIGCHECK_WASM_CHECK
      .function("checkJson", &FactBaseHandle::checkJson)
      .function("coverageJson", &FactBaseHandle::coverageJson)
      .function("nearbyJson", &FactBaseHandle::nearbyJson)
#endif
#if FIGCHECK_WASM_SCAN
      .function("scanJson", &FactBaseHandle::scanJson)
#endif
      .function("status", &FactBaseHandle::status);
  emscripten::function("heapInUse", &figcheck::HeapInUse);
}
