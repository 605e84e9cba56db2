// Scanning drafts and rendering findings. One pass over the sentences of the
// extracted text: a byte screen (MayHoldFigure) skips the sentences the
// reader would find nothing in, reference numbers are blanked first (same
// length, so offsets hold), and Check() reads the rest; the findings of a
// sentence share its Result. Lines and columns come from a line index walked
// forward, so a file costs one pass however long its lines. SARIF follows 2.1.0
// as GitHub code scanning reads it: one rule per verdict, results with ruleId,
// ruleIndex, level, message and a physical location with a region. Tested
// by tests/scan_test.cc and tests/golden_test.sh.
#include "core/scan.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "core/json_writer.h"
#include "core/measure.h"
#include "core/numbers.h"
#include "core/reader/words.h"
#include "core/render.h"

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
          WordRole::kSuperlative, WordRole::kRankNoun, WordRole::kRunning})
      for (std::string_view w : reader::WordsOf(role)) words.push_back(w);
    for (std::string_view w : {"dozen", "no", "number", "top", "row"})
      words.push_back(w);
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

std::string FormatHex64(uint64_t v) { return FormatHex(v, 16); }

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

const char* SarifLevel(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return "error";
    case Verdict::kMisleading: return "warning";
    case Verdict::kUnverifiable: return "note";
    case Verdict::kSupported: return "none";
  }
  return "note";
}

// The order of the SARIF rules; ruleIndex points into it.
constexpr Verdict kRuleOrder[] = {Verdict::kRefuted, Verdict::kMisleading,
                                  Verdict::kUnverifiable, Verdict::kSupported};
int RuleIndex(Verdict v) {
  for (int i = 0; i < 4; ++i)
    if (kRuleOrder[i] == v) return i;
  return 0;
}

// "5 trillion yuan: The sources say 4.72 trillion yuan for 2023, not …"
std::string Message(const Finding& f) {
  const FigureResult& r = f.figure_result();
  return r.claimed.text + ": " + r.explanation;
}

// " [file: title, publisher, date]" for a cited figure, else "".
std::string SourceTag(const FactBase& base, const FigureResult& r) {
  if (r.facts.empty()) return "";
  const Document& d = base.DocumentOf(base.facts[r.facts[0]]);
  return " [" + d.file + ": " + d.title + ", " + d.publisher + ", " + d.date +
         "]";
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "N figures checked in M files: counts per verdict", then what was left
// out or could not be read, when any was.
std::string Summary(const std::vector<ScanReport>& reports) {
  int counts[4] = {0, 0, 0, 0};
  size_t total = 0, suppressed = 0, baselined = 0, unchanged = 0,
         unreadable = 0, comments = 0;
  for (const ScanReport& r : reports) {
    for (const Finding& f : r.findings) {
      if (f.suppression) {
        ++suppressed;
        continue;
      }
      ++counts[static_cast<int>(f.figure_result().verdict)];
      ++total;
    }
    baselined += static_cast<size_t>(r.baselined);
    unchanged += static_cast<size_t>(r.unchanged);
    for (const ScanProblem& p : r.problems)
      ++(p.located ? comments : unreadable);
  }
  auto count = [&](Verdict v) {
    return std::to_string(counts[static_cast<int>(v)]);
  };
  std::string out = Plural(total, "figure", "figures") + " checked in " +
                    Plural(reports.size(), "file", "files") + ": " +
                    count(Verdict::kRefuted) + " refuted, " +
                    count(Verdict::kMisleading) + " misleading, " +
                    count(Verdict::kUnverifiable) + " unverifiable, " +
                    count(Verdict::kSupported) + " supported";
  if (suppressed) out += "; " + std::to_string(suppressed) + " suppressed";
  if (baselined) out += "; " + std::to_string(baselined) + " in the baseline";
  if (unchanged)
    out += "; " + std::to_string(unchanged) + " on lines no change touched";
  if (unreadable)
    out += "; " + Plural(unreadable, "file", "files") + " not read";
  if (comments)
    out += "; " +
           Plural(comments, "bad figcheck comment", "bad figcheck comments");
  return out + "\n";
}

// "file:line:col" or "file" for a problem.
std::string ProblemPlace(const ScanReport& r, const ScanProblem& p) {
  return p.located ? r.file + ":" + std::to_string(p.at.line) + ":" +
                         std::to_string(p.at.col)
                   : r.file;
}

// A path as a SARIF artifact URI: relative paths stay relative (GitHub
// resolves them against the repository root), absolute ones become file://
// URIs; bytes outside the unreserved set are percent-encoded.
std::string ArtifactUri(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  static const char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || std::strchr("-._~/", c) != nullptr) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// The sentences as claims: a sentence over the claim limit (a page with no
// full stop) is cut into pieces under it, at a clause mark or a space, so
// that its figures are still checked rather than dropped.
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

// Checks each piece of `text`; a piece with no figure gets null. Check()
// only reads the fact base, so pieces are independent: a long draft is
// shared among `threads` threads (native builds only; the browser's module
// has none), each taking the next few pieces, and the results come back in
// text order as one thread gives them.
std::vector<std::shared_ptr<Result>> CheckPieces(
    const FactBase& base, const std::string& text,
    const std::vector<Span>& pieces, Date as_of, bool dated, unsigned threads) {
  std::vector<std::shared_ptr<Result>> out(pieces.size());
  // Pieces a thread takes at a time: enough to make the counter's cost
  // vanish, few enough that threads finish together.
  constexpr size_t kBatch = 16;
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t from; (from = next.fetch_add(kBatch)) < pieces.size();) {
      for (size_t i = from; i < std::min(from + kBatch, pieces.size()); ++i) {
        const Span& s = pieces[i];
        StatusOr<Result> checked = Check(
            base, std::string_view(text.data() + s.start, s.end - s.start),
            as_of, dated);
        if (checked.ok() && !checked.value().figures.empty())
          out[i] = std::make_shared<Result>(std::move(checked).value());
      }
    }
  };
#ifdef __EMSCRIPTEN__
  (void)threads;  // no threads in the module: not even their code
  work();
#else
  const size_t helpers =
      std::min<size_t>(threads, (pieces.size() + kBatch - 1) / kBatch);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
#endif
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
  for (const Span& r : ReferenceSpans(text.text))
    std::fill(masked.begin() + r.start, masked.begin() + r.end, ' ');
  std::vector<Span> pieces;
  for (const Span& s : ClaimPieces(masked, SplitSentences(masked)))
    if (MayHoldFigure(
            std::string_view(masked.data() + s.start, s.end - s.start)))
      pieces.push_back(s);
  std::vector<std::shared_ptr<Result>> results =
      CheckPieces(base, masked, pieces, report.as_of, dated, threads);
  for (size_t p = 0; p < pieces.size(); ++p) {
    if (results[p] == nullptr) continue;
    const Span& s = pieces[p];
    std::string_view sentence(text.text.data() + s.start, s.end - s.start);
    std::shared_ptr<Result>& result = results[p];
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

std::string ScanToText(const FactBase& base,
                       const std::vector<ScanReport>& reports,
                       bool show_suppressed) {
  std::string out;
  for (const ScanReport& r : reports) {
    for (const ScanProblem& p : r.problems)
      out += ProblemPlace(r, p) + ": error: " + p.status.message() + "\n";
    for (const Finding& f : r.findings) {
      if (f.suppression && !show_suppressed) continue;
      const FigureResult& fr = f.figure_result();
      out += r.file + ":" + std::to_string(f.at.line) + ":" +
             std::to_string(f.at.col) + ": " + VerdictName(fr.verdict) +
             (f.suppression ? " (suppressed)" : "") + ": " + Message(f) +
             SourceTag(base, fr) + "\n";
    }
  }
  return out + Summary(reports);
}

std::string ScanToJson(const FactBase& base, const ScanReport& report,
                       CitationStyle citations, bool show_suppressed) {
  const bool shared = citations == CitationStyle::kShared;
  std::set<uint32_t> cited;
  JsonWriter w;
  w.BeginObject();
  w.Key("file").String(report.file);
  if (report.as_of.ok()) w.Key("as_of").String(report.as_of.ToString());
  if (!report.encoding.empty()) w.Key("encoding").String(report.encoding);
  if (!report.problems.empty()) {
    w.Key("problems").BeginArray();
    for (const ScanProblem& p : report.problems) {
      w.BeginObject();
      if (p.located) {
        w.Key("line").Int(p.at.line);
        w.Key("column").Int(p.at.col);
      }
      w.Key("code").String(ErrorCodeName(p.status.code()));
      w.Key("message").String(p.status.message());
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("findings").BeginArray();
  for (const Finding& f : report.findings) {
    if (f.suppression && !show_suppressed) continue;
    const FigureResult& fr = f.figure_result();
    w.BeginObject();
    w.Key("line").Int(f.at.line);
    w.Key("column").Int(f.at.col);
    w.Key("end_line").Int(f.end_at.line);
    w.Key("end_column").Int(f.end_at.col);
    w.Key("start").Int(f.start);
    w.Key("end").Int(f.end);
    w.Key("claim").String(f.sentence());
    w.Key("verdict").String(VerdictName(fr.verdict));
    if (shared) {
      w.Key("facts").BeginArray();
      for (uint32_t id : fr.facts) {
        w.Int(id);
        cited.insert(id);
      }
      w.EndArray();
    } else {
      w.Key("citation");
      if (fr.facts.empty())
        w.Null();
      else
        WriteCitation(w, base, fr.facts[0]);
      w.Key("citations").BeginArray();
      for (uint32_t id : fr.facts) WriteCitation(w, base, id);
      w.EndArray();
    }
    w.Key("claimed");
    WriteFigure(w, fr.claimed,
                MeasureName(base.lexicon, f.sentence(), 0, fr.claimed));
    w.Key("explanation").String(fr.explanation);
    if (f.suppression) {
      w.Key("suppressed").BeginObject();
      w.Key("line").Int(f.suppression->line);
      if (!f.suppression->figure.empty())
        w.Key("figure").String(f.suppression->figure);
      w.Key("reason").String(f.suppression->reason);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  if (shared) {
    w.Key("citations").BeginObject();
    for (uint32_t id : cited) {
      w.Key(std::to_string(id));
      WriteCitation(w, base, id);
    }
    w.EndObject();
  }
  w.Key("summary").BeginObject();
  for (Verdict v : kRuleOrder) w.Key(VerdictName(v)).Int(report.Count(v));
  if (int n = report.Suppressed()) w.Key("suppressed").Int(n);
  if (report.baselined) w.Key("baselined").Int(report.baselined);
  if (report.unchanged) w.Key("unchanged").Int(report.unchanged);
  w.EndObject();
  w.EndObject();
  return w.Take();
}

namespace {

// The drafts that could not be read and the malformed figcheck comments, as
// the run's invocation's toolExecutionNotifications; none when all is well
// (then no invocation is written, as before).
void WriteNotifications(JsonWriter& w, const std::vector<ScanReport>& reports) {
  bool any =
      std::any_of(reports.begin(), reports.end(),
                  [](const ScanReport& r) { return !r.problems.empty(); });
  if (!any) return;
  w.Key("invocations").BeginArray().BeginObject();
  w.Key("executionSuccessful").Bool(false);
  w.Key("toolExecutionNotifications").BeginArray();
  for (const ScanReport& r : reports)
    for (const ScanProblem& p : r.problems) {
      w.BeginObject();
      w.Key("level").String("error");
      w.Key("message")
          .BeginObject()
          .Key("text")
          .String(r.file + ": " + p.status.message())
          .EndObject();
      w.Key("locations").BeginArray().BeginObject();
      w.Key("physicalLocation").BeginObject();
      w.Key("artifactLocation")
          .BeginObject()
          .Key("uri")
          .String(ArtifactUri(r.file))
          .EndObject();
      if (p.located)
        w.Key("region")
            .BeginObject()
            .Key("startLine")
            .Int(p.at.line)
            .Key("startColumn")
            .Int(p.at.col)
            .EndObject();
      w.EndObject().EndObject().EndArray();
      w.Key("descriptor")
          .BeginObject()
          .Key("id")
          .String(p.located ? "bad-comment" : "unreadable")
          .EndObject();
      w.EndObject();
    }
  w.EndArray();
  w.EndObject().EndArray();
}

}  // namespace

std::string ScanToSarif(const FactBase& base,
                        const std::vector<ScanReport>& reports) {
  static const char* const kRuleText[] = {
      "The sources state another figure for this subject and period.",
      "The figure is in the sources, but for another period or as a goal.",
      "The sources hold no figure for this subject and period.",
      "The sources state this figure for this subject and period."};
  JsonWriter w;
  w.BeginObject();
  w.Key("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version").String("2.1.0");
  w.Key("runs").BeginArray().BeginObject();
  w.Key("tool").BeginObject().Key("driver").BeginObject();
  w.Key("name").String("figcheck");
  w.Key("version").String("0.1.0");
  w.Key("rules").BeginArray();
  for (int i = 0; i < 4; ++i) {
    Verdict v = kRuleOrder[i];
    w.BeginObject();
    w.Key("id").String(VerdictName(v));
    w.Key("name").String(std::string("figure-") + VerdictName(v));
    w.Key("shortDescription")
        .BeginObject()
        .Key("text")
        .String(std::string("Figure ") + VerdictName(v) + " by the sources")
        .EndObject();
    w.Key("fullDescription")
        .BeginObject()
        .Key("text")
        .String(kRuleText[i])
        .EndObject();
    w.Key("defaultConfiguration")
        .BeginObject()
        .Key("level")
        .String(SarifLevel(v))
        .EndObject();
    w.Key("help").BeginObject().Key("text").String(kRuleText[i]).EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject().EndObject();  // driver, tool
  w.Key("columnKind").String("unicodeCodePoints");
  w.Key("results").BeginArray();
  for (const ScanReport& r : reports) {
    const std::string uri = ArtifactUri(r.file);
    for (const Finding& f : r.findings) {
      const FigureResult& fr = f.figure_result();
      w.BeginObject();
      w.Key("ruleId").String(VerdictName(fr.verdict));
      w.Key("ruleIndex").Int(RuleIndex(fr.verdict));
      w.Key("level").String(SarifLevel(fr.verdict));
      w.Key("message")
          .BeginObject()
          .Key("text")
          .String(Message(f) + SourceTag(base, fr))
          .EndObject();
      w.Key("locations").BeginArray().BeginObject();
      w.Key("physicalLocation").BeginObject();
      w.Key("artifactLocation")
          .BeginObject()
          .Key("uri")
          .String(uri)
          .EndObject();
      w.Key("region").BeginObject();
      w.Key("startLine").Int(f.at.line);
      w.Key("startColumn").Int(f.at.col);
      w.Key("endLine").Int(f.end_at.line);
      w.Key("endColumn").Int(f.end_at.col);
      w.Key("byteOffset").Int(f.start);
      w.Key("byteLength").Int(f.end - f.start);
      w.EndObject();             // region
      w.EndObject();             // physicalLocation
      w.EndObject().EndArray();  // locations
      // Stable across edits elsewhere in the file: the figure and its
      // sentence, not the line number.
      w.Key("partialFingerprints")
          .BeginObject()
          .Key("figcheck/v1")
          .String(
              FormatHex64(Fnv1a(f.sentence(), Fnv1a(fr.claimed.text + '\n'))))
          .EndObject();
      if (f.suppression) {
        w.Key("suppressions").BeginArray().BeginObject();
        w.Key("kind").String("inSource");
        if (!f.suppression->reason.empty())
          w.Key("justification").String(f.suppression->reason);
        w.EndObject().EndArray();
      }
      w.EndObject();
    }
  }
  w.EndArray();
  WriteNotifications(w, reports);
  w.EndObject().EndArray();  // run, runs
  w.EndObject();
  std::string out = w.Take();
  out += '\n';
  return out;
}

std::string ScanToGithub(const FactBase& base,
                         const std::vector<ScanReport>& reports,
                         bool show_suppressed) {
  // Workflow commands: ::error file=…,line=…,col=…,title=…::message, with
  // properties and messages escaped as the runner requires.
  auto escape = [](const std::string& s, bool property) {
    std::string out;
    for (char c : s) {
      if (c == '%')
        out += "%25";
      else if (c == '\r')
        out += "%0D";
      else if (c == '\n')
        out += "%0A";
      else if (property && c == ':')
        out += "%3A";
      else if (property && c == ',')
        out += "%2C";
      else
        out += c;
    }
    return out;
  };
  std::string out;
  for (const ScanReport& r : reports) {
    for (const ScanProblem& p : r.problems) {
      out += "::error file=" + escape(r.file, true);
      if (p.located)
        out += ",line=" + std::to_string(p.at.line) +
               ",col=" + std::to_string(p.at.col);
      out += ",title=" +
             escape(std::string("figcheck: ") + ErrorCodeName(p.status.code()),
                    true) +
             "::" + escape(p.status.message(), false) + "\n";
    }
    for (const Finding& f : r.findings) {
      if (f.suppression && !show_suppressed) continue;
      const FigureResult& fr = f.figure_result();
      const char* command = f.suppression                        ? "notice"
                            : fr.verdict == Verdict::kRefuted    ? "error"
                            : fr.verdict == Verdict::kMisleading ? "warning"
                                                                 : "notice";
      out += std::string("::") + command + " file=" + escape(r.file, true) +
             ",line=" + std::to_string(f.at.line) +
             ",col=" + std::to_string(f.at.col) + ",title=" +
             escape(std::string("figcheck: ") + VerdictName(fr.verdict) +
                        (f.suppression ? " (suppressed)" : ""),
                    true) +
             "::" + escape(Message(f) + SourceTag(base, fr), false) + "\n";
    }
  }
  return out + Summary(reports);
}

}  // namespace figcheck
