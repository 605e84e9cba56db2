// Scanning drafts: one pass over the sentences of the extracted text: a
// byte screen (MayHoldFigure) skips the sentences the reader would find
// nothing in, reference numbers are blanked first (same length, so offsets
// hold), and Check() reads the rest, on several threads natively (the text
// shared among them in chunks of whole lines); the findings of a sentence
// share its Result. Lines and columns come from a line index walked
// forward, so a file costs one pass however long its lines. The findings'
// formats are in scan/formats.cc. Tested by tests/scan_test.cc and
// tests/golden_test.sh.
#include "core/scan.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <system_error>
#include <thread>
#include <vector>

#include "core/reader/words.h"

namespace figcheck {
namespace {

// Line starts of a buffer. At() answers from the last position when it
// moves forward on the same line (findings come in file order), else by
// binary search; columns count code points.
class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes) : bytes_(bytes) {
    starts_.push_back(0);
    const char* base = bytes.data();
    const char* p = base;
    const char* end = base + bytes.size();
    while (p < end) {
      const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
      if (nl == nullptr) break;
      p = static_cast<const char*>(nl) + 1;
      starts_.push_back(static_cast<uint32_t>(p - base));
    }
  }

  LineCol At(uint32_t offset) {
    offset = std::min<uint32_t>(offset, static_cast<uint32_t>(bytes_.size()));
    uint32_t from;
    if (offset >= last_offset_ && offset < next_start_) {
      from = last_offset_;
    } else {
      auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
      size_t line = static_cast<size_t>(it - starts_.begin());
      last_.line = static_cast<int>(line);
      last_.col = 1;
      from = starts_[line - 1];
      next_start_ = line < starts_.size() ? starts_[line] : UINT32_MAX;
    }
    for (uint32_t i = from; i < offset; ++i)
      if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++last_.col;
    last_offset_ = offset;
    return last_;
  }

 private:
  std::string_view bytes_;
  std::vector<uint32_t> starts_;
  uint32_t last_offset_ = 0;
  uint32_t next_start_ = 0;  // start of the line after last_; 0: none yet
  LineCol last_;
};

// The number words of the reader (its figure-word table,
// core/reader/words.h), lower case, bucketed by first letter and length so
// a word of prose costs one or two comparisons. "one" is left out: it makes
// a figure only with another number word or a digit ("one in five",
// "one-fifth").
class NumberWords {
 public:
  static constexpr size_t kMaxLen = 11;
  NumberWords() {
    using reader::WordRole;
    std::vector<std::string_view> words =
        reader::WordsOf(WordRole::kCardinal, 2, 1e9);
    // Ranks and runs of years may have no other number word ("ranks first",
    // "the world's busiest", "14th straight year"); "one" is read only
    // before a scale ("one million").
    for (WordRole role :
         {WordRole::kFraction, WordRole::kMultiple, WordRole::kScale,
          WordRole::kOrdinal, WordRole::kRankVerb, WordRole::kRankHolder,
          WordRole::kSuperlative, WordRole::kRankNoun, WordRole::kRunning,
          WordRole::kPatternWord})
      for (std::string_view w : reader::WordsOf(role)) words.push_back(w);
    for (std::string_view v : words) {
      // "three-fold" is read from its "three".
      if (v.size() > kMaxLen ||
          v.find_first_not_of("abcdefghijklmnopqrstuvwxyz") !=
              std::string_view::npos)
        continue;
      buckets_[Index(v[0], v.size())].push_back(v);
    }
  }
  // `first` lower case; `len` ≥ 1.
  bool MayBe(char first, size_t len) const {
    return first >= 'a' && first <= 'z' && len <= kMaxLen &&
           !buckets_[Index(first, len)].empty();
  }
  bool Is(std::string_view lower) const {
    for (std::string_view w : buckets_[Index(lower[0], lower.size())])
      if (w == lower) return true;
    return false;
  }

 private:
  static size_t Index(char first, size_t len) {
    return static_cast<size_t>(first - 'a') * (kMaxLen + 1) + len;
  }
  std::vector<std::string_view> buckets_[26 * (kMaxLen + 1)];
};
const NumberWords& TheNumberWords() {
  static const NumberWords* words = new NumberWords();
  return *words;
}

std::vector<Span> ClaimPieces(std::string_view text,
                              std::vector<Span> sentences) {
  std::vector<Span> out;
  out.reserve(sentences.size());
  for (const Span& s : sentences) {
    uint32_t a = s.start;
    while (s.end - a > kMaxClaimBytes) {
      uint32_t limit = a + static_cast<uint32_t>(kMaxClaimBytes);
      uint32_t cut = limit;
      // Prefer a clause mark in the last 4 KB, then any space, then a
      // character boundary.
      for (uint32_t k = limit; k > limit - 4096; --k)
        if (text[k - 1] == ',' || text[k - 1] == ';') {
          cut = k;
          break;
        }
      if (cut == limit)
        for (uint32_t k = limit; k > a + 1; --k)
          if (text[k - 1] == ' ' || text[k - 1] == '\n') {
            cut = k;
            break;
          }
      while (cut > a + 1 &&
             (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
      out.push_back({a, cut});
      a = cut;
      while (a < s.end && text[a] == ' ') ++a;
    }
    if (a < s.end) out.push_back({a, s.end});
  }
  return out;
}

// A piece of a draft's text that holds a figure, and its reading.
struct CheckedPiece {
  Span piece;
  std::shared_ptr<Result> result;
};

// The text in chunks of whole lines, each ending after a line's end (the
// last at the text's end): no sentence and no reference number runs across
// a line's end, so a chunk is masked, split and checked on its own.
std::vector<Span> LineChunks(std::string_view text) {
  // Enough text that a chunk's bookkeeping costs nothing, little enough
  // that the threads finish together.
  constexpr size_t kChunkBytes = 16 * 1024;
  std::vector<Span> chunks;
  size_t a = 0;
  while (a < text.size()) {
    size_t cut = text.size();
    if (text.size() - a > kChunkBytes) {
      size_t nl = text.find('\n', a + kChunkBytes);
      if (nl != std::string_view::npos) cut = nl + 1;
    }
    chunks.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(cut)});
    a = cut;
  }
  return chunks;
}

// Reads each chunk of `text`: its reference numbers blanked in `masked`
// (the chunk's own bytes only; offsets hold), its sentences cut into
// pieces, and each piece the byte screen lets through checked. Check()
// only reads the fact base, so chunks are independent: a long draft is
// shared among `threads` threads (native builds only; the browser's module
// has none), each taking the next chunk, and the pieces with figures come
// back in text order as one thread gives them.
std::vector<CheckedPiece> ReadChunks(const FactBase& base,
                                     const std::string& text,
                                     std::string* masked, Date as_of,
                                     bool dated, unsigned threads) {
  const std::vector<Span> chunks = LineChunks(text);
  std::vector<std::vector<CheckedPiece>> read(chunks.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t c; (c = next.fetch_add(1)) < chunks.size();) {
      const Span& chunk = chunks[c];
      const std::string_view own(text.data() + chunk.start,
                                 chunk.end - chunk.start);
      for (const Span& r : ReferenceSpans(own))
        std::fill(masked->begin() + chunk.start + r.start,
                  masked->begin() + chunk.start + r.end, ' ');
      const std::string_view mine(masked->data(), chunk.end);
      std::vector<Span> sentences = SplitSentences(mine.substr(chunk.start));
      for (Span& s : sentences) {
        s.start += chunk.start;
        s.end += chunk.start;
      }
      for (const Span& s : ClaimPieces(mine, std::move(sentences))) {
        const std::string_view piece = mine.substr(s.start, s.end - s.start);
        if (!MayHoldFigure(piece)) continue;
        StatusOr<Result> checked = Check(base, piece, as_of, dated);
        if (checked.ok() && !checked.value().figures.empty())
          read[c].push_back(
              {s, std::make_shared<Result>(std::move(checked).value())});
      }
    }
  };
#ifdef __EMSCRIPTEN__
  (void)threads;  // no threads in the module: not even their code
  work();
#else
  const size_t helpers = std::min<size_t>(threads, chunks.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < helpers; ++t) {
    // A thread the system refuses (a process limit) leaves the work to the
    // threads already running.
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
  work();
  for (std::thread& t : pool) t.join();
#endif
  std::vector<CheckedPiece> out;
  for (std::vector<CheckedPiece>& chunk : read)
    for (CheckedPiece& p : chunk) out.push_back(std::move(p));
  return out;
}

}  // namespace

bool MayHoldFigure(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const NumberWords& words = TheNumberWords();
  char word[NumberWords::kMaxLen];
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c >= '0' && c <= '9') return true;
    if (c >= 0x80) {
      // Fullwidth digits; invisible controls, which may hide a number word
      // from this screen (the reader skips them).
      if (c == 0xEF && i + 2 < n &&
          ((p[i + 1] == 0xBC && p[i + 2] >= 0x90 && p[i + 2] <= 0x99) ||
           (p[i + 1] == 0xBB && p[i + 2] == 0xBF)))
        return true;
      if (c == 0xE2 && i + 2 < n &&
          ((p[i + 1] == 0x80 && ((p[i + 2] >= 0x8B && p[i + 2] <= 0x8F) ||
                                 (p[i + 2] >= 0xAA && p[i + 2] <= 0xAE))) ||
           (p[i + 1] == 0x81 && p[i + 2] >= 0xA0 && p[i + 2] <= 0xA9)))
        return true;
      ++i;
      continue;
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      size_t j = i;
      while (j < n && (p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') ++j;
      size_t len = j - i;
      if (words.MayBe(static_cast<char>(c | 0x20), len)) {
        for (size_t k = 0; k < len; ++k)
          word[k] = static_cast<char>(p[i + k] | 0x20);
        if (words.Is(std::string_view(word, len))) return true;
      }
      i = j;
      continue;
    }
    ++i;
  }
  return false;
}

int ScanReport::Count(Verdict v) const {
  return static_cast<int>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return !f.suppression && f.figure_result().verdict == v;
      }));
}

int ScanReport::Suppressed() const {
  return static_cast<int>(
      std::count_if(findings.begin(), findings.end(),
                    [](const Finding& f) { return f.suppression != nullptr; }));
}

StatusOr<ScanReport> Scan(const FactBase& base, std::string_view bytes,
                          DraftFormat format, Date as_of, Date today,
                          std::string file, unsigned threads) {
  if (bytes.size() > kMaxDocumentBytes)
    return Status(ErrorCode::kInputTooLarge,
                  file + " is " + std::to_string(bytes.size()) +
                      " bytes; the limit is " +
                      std::to_string(kMaxDocumentBytes));
  Status utf8 = CheckUtf8(bytes);
  if (!utf8.ok())
    return Status(utf8.code(), file + ": " + utf8.message(), utf8.offset());
  ScanReport report;
  report.file = std::move(file);
  ExtractedText text = ExtractText(bytes, format);
  report.as_of = as_of.ok() ? as_of : text.date.ok() ? text.date : today;
  const bool dated = as_of.ok() || text.date.ok();
  LineIndex lines(bytes);
  // Reference numbers become spaces before the text is split: the reader
  // does not see them ("p. 12" no longer ends a sentence), and every offset
  // still holds.
  std::string masked = text.text;
  for (CheckedPiece& checked :
       ReadChunks(base, text.text, &masked, report.as_of, dated, threads)) {
    const Span& s = checked.piece;
    std::string_view sentence(text.text.data() + s.start, s.end - s.start);
    std::shared_ptr<Result>& result = checked.result;
    result->claim.assign(sentence.data(), sentence.size());
    for (size_t k = 0; k < result->figures.size(); ++k) {
      const Figure& fig = result->figures[k].claimed;
      if (fig.end <= fig.start || fig.end > sentence.size()) continue;
      Finding f;
      const uint32_t last = s.start + fig.end - 1;
      f.start = text.origin[s.start + fig.start];
      f.end = text.origin[last] + 1;
      if (bytes[text.origin[last]] == '&' && text.text[last] != '&') {
        // The figure ends in a decoded entity ("5&#37;"): end after it.
        size_t semi = bytes.find(';', text.origin[last]);
        if (semi != std::string_view::npos)
          f.end = static_cast<uint32_t>(semi + 1);
      }
      // A multi-byte character's last byte maps to its first: end after it.
      while (f.end < bytes.size() &&
             (static_cast<unsigned char>(bytes[f.end]) & 0xC0) == 0x80)
        ++f.end;
      f.at = lines.At(f.start);
      f.end_at = lines.At(f.end);
      f.result = result;
      f.figure = k;
      report.findings.push_back(std::move(f));
    }
  }
  return report;
}

bool ShouldFail(const ScanReport& report, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  if (report.Count(Verdict::kRefuted) > 0) return true;
  return fail_on == FailOn::kMisleading &&
         report.Count(Verdict::kMisleading) > 0;
}

}  // namespace figcheck
