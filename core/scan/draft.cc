// Decode, scan, apply comments, map offsets back. Suppressions are applied
// on the decoded text (the comments' offsets are in it); offsets are mapped
// to the file's bytes last, and only for single-byte encodings, where a
// character is a byte. Tested by tests/scan_draft_test.cc.
#include "core/scan/draft.h"

#include <utility>

#include "core/scan/directives.h"

namespace figcheck {

ScanReport UnreadableDraft(std::string file, Status status) {
  ScanReport report;
  report.file = std::move(file);
  ScanProblem p;
  p.status = std::move(status);
  report.problems.push_back(std::move(p));
  return report;
}

ScanReport ScanDraft(const FactBase& base, std::string_view bytes,
                     DraftFormat format, const DraftOptions& options,
                     std::string file) {
  if (bytes.size() > kMaxDocumentBytes)
    return UnreadableDraft(
        std::move(file),
        Status(ErrorCode::kInputTooLarge,
               std::to_string(bytes.size()) + " bytes; the limit is " +
                   std::to_string(kMaxDocumentBytes)));
  StatusOr<DecodedDraft> decoded = DecodeDraft(bytes, options.encoding);
  if (!decoded.ok()) return UnreadableDraft(std::move(file), decoded.status());
  const std::string& text = decoded.value().text;
  StatusOr<ScanReport> scanned = Scan(base, text, format, options.as_of,
                                      options.today, file, options.threads);
  if (!scanned.ok()) {
    // Transcoding can grow a draft past the limit; the message of Scan
    // names the file already.
    return UnreadableDraft(std::move(file), scanned.status());
  }
  ScanReport report = std::move(scanned).value();
  ApplyDirectives(text, format, &report);
  if (decoded.value().encoding != Encoding::kUtf8) {
    report.encoding = EncodingName(decoded.value().encoding);
    // Findings come in file order: count characters once, forward.
    uint32_t at = 0, chars = 0;
    auto original = [&](uint32_t offset) {
      if (offset < at) {
        at = 0;
        chars = 0;
      }
      chars += OriginalOffset(std::string_view(text).substr(at), offset - at);
      at = offset;
      return chars;
    };
    for (Finding& f : report.findings) {
      f.start = original(f.start);
      f.end = original(f.end);
    }
  }
  return report;
}

}  // namespace figcheck
