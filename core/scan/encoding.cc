// Guessing and transcoding a draft's encoding. One pass decides: UTF-8
// validity (CheckUtf8), control bytes, Windows-1252's undefined bytes and the
// share of bytes above 0x7F. Windows-1252 and Latin-1 differ only in
// 0x80–0x9F (typographic quotes and dashes against C1 controls), so a
// Latin-1 draft is read correctly as Windows-1252 unless it holds C1
// controls, which text does not. Tested by tests/scan_draft_test.cc.
#include "core/scan/encoding.h"

#include "core/text.h"

namespace figcheck {
namespace {

// Windows-1252's 0x80–0x9F; 0 where it defines none (read as the C1
// control of the same number, as browsers do).
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Over this share of bytes above 0x7F, bytes that are not UTF-8 are taken
// for binary: Western European text in a single-byte encoding has a few
// percent (accents), compressed or random data about half.
constexpr double kMaxHighShare = 0.3;

bool IsControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
         c != '\v';
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Transcode(std::string_view bytes, bool cp1252) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    uint32_t cp = c;
    if (cp1252 && c >= 0x80 && c < 0xA0 && kCp1252High[c - 0x80] != 0)
      cp = kCp1252High[c - 0x80];
    AppendUtf8(cp, &out);
  }
  return out;
}

Status NotText(std::string why, size_t offset) {
  return Status(ErrorCode::kNotText, "not text: " + why, offset);
}

}  // namespace

const char* EncodingName(Encoding e) {
  switch (e) {
    case Encoding::kAuto: return "auto";
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kWindows1252: return "windows-1252";
    case Encoding::kLatin1: return "latin-1";
  }
  return "auto";
}

StatusOr<Encoding> ParseEncoding(std::string_view name) {
  std::string n = AsciiLower(name);
  if (n == "auto") return Encoding::kAuto;
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "windows-1252" || n == "cp1252") return Encoding::kWindows1252;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1")
    return Encoding::kLatin1;
  return Status(
      ErrorCode::kBadRequest,
      "encoding must be auto, utf-8, windows-1252 or latin-1, got \"" +
          std::string(name) + "\"");
}

StatusOr<DecodedDraft> DecodeDraft(std::string_view bytes, Encoding wanted) {
  DecodedDraft out;
  if (wanted == Encoding::kWindows1252 || wanted == Encoding::kLatin1) {
    out.text = Transcode(bytes, wanted == Encoding::kWindows1252);
    out.encoding = wanted;
    return out;
  }
  Status utf8 = CheckUtf8(bytes);
  if (wanted == Encoding::kUtf8 && !utf8.ok()) return utf8;
  size_t high = 0, first_undefined = bytes.size();
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0)
      return NotText(
          "a NUL byte at offset " + std::to_string(i) + " (binary, or UTF-16)",
          i);
    if (IsControl(c))
      return NotText("control byte 0x" +
                         std::string(1, "0123456789abcdef"[c >> 4]) +
                         std::string(1, "0123456789abcdef"[c & 15]) +
                         " at offset " + std::to_string(i) + " (binary?)",
                     i);
    if (c >= 0x80) {
      ++high;
      if (c < 0xA0 && kCp1252High[c - 0x80] == 0 &&
          first_undefined == bytes.size())
        first_undefined = i;
    }
  }
  if (utf8.ok()) {
    out.text.assign(bytes.data(), bytes.size());
    out.encoding = Encoding::kUtf8;
    return out;
  }
  if (wanted == Encoding::kAuto &&
      (first_undefined < bytes.size() ||
       static_cast<double>(high) >
           kMaxHighShare * static_cast<double>(bytes.size())))
    return NotText("invalid UTF-8 at offset " + std::to_string(utf8.offset()) +
                       ", and not plausibly Windows-1252 either (--encoding "
                       "forces one)",
                   utf8.offset());
  out.text = Transcode(bytes, true);
  out.encoding = Encoding::kWindows1252;
  return out;
}

uint32_t OriginalOffset(std::string_view text, uint32_t offset) {
  uint32_t chars = 0;
  for (uint32_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

}  // namespace figcheck
