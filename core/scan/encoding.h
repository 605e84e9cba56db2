// Draft bytes → UTF-8 text for the scanner. A draft is read as UTF-8 when it
// is UTF-8, as Windows-1252 when it is not but looks like text in it (a CMS
// export: no NUL or other C0 control bytes, none of the five bytes
// Windows-1252 leaves undefined, and a minority of bytes above 0x7F), and is
// refused as not text otherwise (an image, UTF-16). Either single-byte
// encoding turns one byte into one character, so lines and columns (counted
// in characters) are the same in the text and in the file, and
// OriginalOffset maps a byte of the text back to the file's. Tested by
// tests/scan_draft_test.cc (EncodingTest).
#ifndef FIGCHECK_CORE_SCAN_ENCODING_H_
#define FIGCHECK_CORE_SCAN_ENCODING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace figcheck {

enum class Encoding { kAuto, kUtf8, kWindows1252, kLatin1 };

// "auto", "utf-8", "windows-1252", "latin-1".
const char* EncodingName(Encoding e);
// The names above, case-insensitive, and the aliases "utf8", "cp1252",
// "iso-8859-1", "latin1". Errors: kBadRequest naming the accepted values.
StatusOr<Encoding> ParseEncoding(std::string_view name);

struct DecodedDraft {
  std::string text;     // UTF-8
  Encoding encoding{};  // what the bytes were read as (never kAuto)
};

// `wanted` kAuto guesses as above; kUtf8 refuses bytes that are not UTF-8;
// the single-byte encodings transcode whatever the bytes are. Errors:
// kNotText (binary, or neither UTF-8 nor plausibly Windows-1252), with the
// offset of the byte that decided it; kInvalidUtf8 for kUtf8.
StatusOr<DecodedDraft> DecodeDraft(std::string_view bytes, Encoding wanted);

// For text transcoded from a single-byte encoding: the file offset of byte
// `offset` of `text` (the number of characters before it).
uint32_t OriginalOffset(std::string_view text, uint32_t offset);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_ENCODING_H_
