// The figcheck command line: check, scan, compile, facts. All file, process
// and clock access lives here; the core sees byte buffers and dates. Errors
// are one line on stderr and exit status 2. Tested by tests/cli_test.sh and
// tests/scan_cli_test.sh (run by CTest).
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "core/check.h"
#include "core/compile.h"
#include "core/factbase_json.h"
#include "core/lexical/oracles.h"
#include "core/lexical/wordnet.h"
#include "core/reader.h"
#include "core/render.h"
#include "core/request.h"
#include "core/scan.h"
#include "core/scan/baseline.h"
#include "core/scan/config.h"
#include "core/scan/diff.h"
#include "core/scan/draft.h"

#ifndef FIGCHECK_DEFAULT_FACTBASE
#define FIGCHECK_DEFAULT_FACTBASE "factbase.json"
#endif

namespace figcheck {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
// More threads than this would only wait on each other's memory.
constexpr long kMaxJobs = 256;

const char kUsage[] =
    "usage:\n"
    "  figcheck check \"CLAIM\"|- [--as-of YYYY-MM-DD] [--format text|json]\n"
    "  figcheck check --batch FILE.jsonl\n"
    "  figcheck scan FILE|DIR|-... [--format text|json|sarif|github]\n"
    "                [--fail-on refuted|misleading|never] [--as-of "
    "YYYY-MM-DD]\n"
    "                [--encoding auto|utf-8|windows-1252|latin-1]\n"
    "                [--diff BASE | --diff-file PATCH] [--baseline FILE]\n"
    "                [--write-baseline FILE] [--show-suppressed] [--jobs N]\n"
    "    Markdown, HTML or plain text; a DIR is walked for .md .markdown .mdx\n"
    "    .html .htm .xhtml .txt; exit 1 when a figure is refuted (misleading:\n"
    "    refuted or misleading; never: never), 2 when a file cannot be read\n"
    "    or a figcheck comment is malformed. Settings also come from the\n"
    "    nearest .figcheck.toml or .figcheck.json above each file; flags win.\n"
    "  figcheck compile --sources DIR --out FILE [--lexicon FILE]\n"
    "  figcheck facts [--grep WORD] [--format text|json]\n"
    "options for check, scan and facts: --factbase FILE (default:\n"
    "  $FIGCHECK_FACTBASE, else the base compiled by the build; up to 1 GiB)\n";

int Fail(const std::string& message) {
  std::cerr << "figcheck: " << message << "\n";
  return kExitUsage;
}

// Input files (claims, batches, manifests) are refused above 64 MiB; a
// compiled fact base may be larger (1 M facts take about 230 MB).
constexpr size_t kMaxInputBytes = size_t{64} << 20;
constexpr size_t kMaxFactBaseBytes = size_t{1} << 30;

// Reads the whole file into *out, followed by `padding` zero bytes that
// out->size() counts: a fact base is parsed in place when simdjson may read
// past its end, instead of being copied once more (230 MB at 1 M facts).
bool ReadFile(const std::string& path, std::string* out, std::string* error,
              size_t limit = kMaxInputBytes, size_t padding = 0) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    *error = path + ": " + std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = path + ": is a directory";
    return false;
  }
  if (static_cast<size_t>(st.st_size) > limit) {
    *error = path + ": larger than " + std::to_string(limit) + " bytes";
    return false;
  }
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (in == nullptr) {
    *error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  // The size stat() gives is a first guess: a pipe says 0, a file may grow.
  std::string data(static_cast<size_t>(st.st_size) + 1, '\0');
  size_t used = 0;
  for (;;) {
    used += std::fread(&data[used], 1, data.size() - used, in);
    if (used < data.size()) break;
    if (used > limit) break;
    data.resize(std::min(data.size() * 2, limit + 1));
  }
  bool failed = std::ferror(in) != 0;
  std::fclose(in);
  if (failed) {
    *error = path + ": cannot read";
    return false;
  }
  if (used > limit) {
    *error = path + ": larger than " + std::to_string(limit) + " bytes";
    return false;
  }
  data.resize(used);
  data.resize(used + padding, '\0');
  *out = std::move(data);
  return true;
}

Date Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

struct Args {
  std::vector<std::string> positional;
  std::string as_of, format = "text", factbase, batch, sources, out, lexicon,
                     grep;
  // Scan: empty when not given (a config file may set them).
  std::string fail_on, encoding, baseline, write_baseline, diff, diff_file,
      jobs;
  bool show_suppressed = false;
};

// Parses --flag VALUE pairs; unknown flags are usage errors.
bool ParseArgs(int argc, char** argv, int first, Args* a, std::string* error) {
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string* slot) {
      if (i + 1 >= argc) {
        *error = arg + " needs a value";
        return false;
      }
      *slot = argv[++i];
      return true;
    };
    if (arg == "--as-of") {
      if (!value(&a->as_of)) return false;
    } else if (arg == "--format") {
      if (!value(&a->format)) return false;
    } else if (arg == "--factbase") {
      if (!value(&a->factbase)) return false;
    } else if (arg == "--batch") {
      if (!value(&a->batch)) return false;
    } else if (arg == "--sources") {
      if (!value(&a->sources)) return false;
    } else if (arg == "--out") {
      if (!value(&a->out)) return false;
    } else if (arg == "--lexicon") {
      if (!value(&a->lexicon)) return false;
    } else if (arg == "--grep") {
      if (!value(&a->grep)) return false;
    } else if (arg == "--fail-on") {
      if (!value(&a->fail_on)) return false;
    } else if (arg == "--encoding") {
      if (!value(&a->encoding)) return false;
    } else if (arg == "--baseline") {
      if (!value(&a->baseline)) return false;
    } else if (arg == "--write-baseline") {
      if (!value(&a->write_baseline)) return false;
    } else if (arg == "--diff") {
      if (!value(&a->diff)) return false;
    } else if (arg == "--diff-file") {
      if (!value(&a->diff_file)) return false;
    } else if (arg == "--jobs") {
      if (!value(&a->jobs)) return false;
    } else if (arg == "--show-suppressed") {
      a->show_suppressed = true;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      *error = "unknown option " + arg;
      return false;
    } else {
      a->positional.push_back(arg);
    }
  }
  return true;
}

// Builds the reader's patterns on another core while this one loads the
// fact base and reads the drafts; joined when it goes out of scope.
class ReaderPreparedAside {
 public:
  explicit ReaderPreparedAside(unsigned threads) {
    if (threads < 2) return;
    try {
      thread_ = std::thread(PrepareReader);
    } catch (const std::system_error&) {
      // No thread to spare: the first read builds them.
    }
  }
  ~ReaderPreparedAside() {
    if (thread_.joinable()) thread_.join();
  }
  ReaderPreparedAside(const ReaderPreparedAside&) = delete;
  ReaderPreparedAside& operator=(const ReaderPreparedAside&) = delete;

 private:
  std::thread thread_;
};

// The fact base: --factbase, else $FIGCHECK_FACTBASE, else `configured` (a
// scan's config file), else the one the build compiled.
bool LoadBase(const Args& a, FactBase* base, std::string* error,
              const std::string& configured = "") {
  std::string path = a.factbase;
  if (path.empty()) {
    const char* env = std::getenv("FIGCHECK_FACTBASE");
    path = env != nullptr && *env != '\0' ? env
           : !configured.empty()          ? configured
                                          : FIGCHECK_DEFAULT_FACTBASE;
  }
  std::string json;
  if (!ReadFile(path, &json, error, kMaxFactBaseBytes, kFactBasePadding)) {
    *error = "cannot read fact base " + *error;
    return false;
  }
  StatusOr<FactBase> loaded = LoadFactBase(
      std::string_view(json.data(), json.size() - kFactBasePadding),
      json.size());
  if (!loaded.ok()) {
    *error = path + ": " + loaded.status().message();
    return false;
  }
  *base = std::move(loaded).value();
  return true;
}

int RunCheck(const Args& a) {
  if (a.format != "text" && a.format != "json")
    return Fail("--format must be text or json, got \"" + a.format + "\"");
  Date as_of = Today();
  if (!a.as_of.empty()) {
    StatusOr<Date> d = ParseDate(a.as_of);
    if (!d.ok()) return Fail("--as-of: " + d.status().message());
    as_of = d.value();
  }
  if (a.batch.empty() && a.positional.size() != 1)
    return Fail(
        "check takes one claim (quote it), - for standard input, or --batch "
        "FILE");
  if (!a.batch.empty() && !a.positional.empty())
    return Fail("check takes a claim or --batch FILE, not both");
  ReaderPreparedAside prepared(std::thread::hardware_concurrency());
  FactBase base;
  std::string error;
  if (!LoadBase(a, &base, &error)) return Fail(error);
  if (a.batch.empty()) {
    // "-" reads the claim from standard input (claims too long for argv).
    std::string claim = a.positional[0];
    if (claim == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      claim = ss.str();
      while (!claim.empty() && (claim.back() == '\n' || claim.back() == '\r'))
        claim.pop_back();
    }
    StatusOr<Result> r = Check(base, claim, as_of, !a.as_of.empty());
    if (!r.ok()) return Fail(r.status().message());
    std::cout << (a.format == "json" ? ResultToJson(base, r.value()) + "\n"
                                     : ResultToText(base, r.value()));
    return kExitOk;
  }
  std::string content;
  if (a.batch == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    content = ss.str();
  } else if (!ReadFile(a.batch, &content, &error)) {
    return Fail(error);
  }
  // A bad line gives an error object on its own output line, a message on
  // stderr, and exit status 2 at the end; the other lines are still checked.
  int bad = 0;
  std::istringstream lines(content);
  std::string line;
  int number = 0;
  std::string out;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Request req;
    Status status = ParseRequest(line, &req);
    const std::string* id = req.has_id ? &req.id_json : nullptr;
    if (status.ok()) {
      Date when = req.as_of.ok() ? req.as_of : as_of;
      StatusOr<Result> r =
          Check(base, req.claim, when, req.as_of.ok() || !a.as_of.empty());
      if (r.ok()) {
        out += ResultToJson(base, r.value(), id) + "\n";
        continue;
      }
      status = r.status();
    }
    ++bad;
    std::cerr << "figcheck: " << a.batch << ":" << number << ": "
              << status.message() << "\n";
    out += ErrorToJson(status, id) + "\n";
  }
  std::cout << out;
  return bad == 0 ? kExitOk : kExitUsage;
}

// Lists *.txt files of a directory, sorted.
std::vector<std::string> TextFiles(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0)
        names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

int RunCompile(const Args& a) {
  if (a.sources.empty() || a.out.empty())
    return Fail("compile needs --sources DIR and --out FILE");
  std::string error, manifest_json, lexicon_json;
  if (!ReadFile(a.sources + "/manifest.json", &manifest_json, &error))
    return Fail("cannot read manifest " + error);
  std::string lexicon_path =
      a.lexicon.empty() ? a.sources + "/../lexicon.json" : a.lexicon;
  if (!ReadFile(lexicon_path, &lexicon_json, &error))
    return Fail("cannot read lexicon " + error);
  StatusOr<std::vector<Document>> manifest = ParseManifest(manifest_json);
  if (!manifest.ok())
    return Fail(a.sources + "/manifest.json: " + manifest.status().message());
  StatusOr<Lexicon> lexicon = ParseLexicon(lexicon_json);
  if (!lexicon.ok())
    return Fail(lexicon_path + ": " + lexicon.status().message());
  std::vector<SourceText> sources;
  for (const Document& d : manifest.value()) {
    SourceText s;
    s.meta = d;
    if (!ReadFile(a.sources + "/" + d.file, &s.text, &error, kMaxDocumentBytes))
      return Fail("cannot read source " + error);
    sources.push_back(std::move(s));
  }
  for (const std::string& name : TextFiles(a.sources)) {
    bool listed =
        std::any_of(manifest.value().begin(), manifest.value().end(),
                    [&](const Document& d) { return d.file == name; });
    if (!listed)
      return Fail(a.sources + "/" + name +
                  " has no entry in manifest.json (title, publisher, date, "
                  "language, url); add one and rebuild");
  }
  // Place names and related words come from WordNet, read here, at
  // compile time only.
  WordNet wordnet;
  if (!wordnet.ok()) return Fail(wordnet.status().message());
  StatusOr<FactBase> base =
      CompileFactBase(std::move(sources), lexicon.value(), PlacesFrom(wordnet),
                      RelatedFrom(wordnet));
  if (!base.ok()) return Fail(base.status().message());
  std::string json = WriteFactBase(base.value());
  std::string tmp = a.out + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out || !(out << json)) return Fail("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), a.out.c_str()) != 0)
    return Fail("cannot write " + a.out + ": " + std::strerror(errno));
  std::cerr << "figcheck: compiled " << base.value().facts.size()
            << " facts from " << base.value().documents.size()
            << " documents into " << a.out << " (" << json.size()
            << " bytes)\n";
  return kExitOk;
}

// Drafts under a directory, recursively, in sorted order: the extensions
// FormatForPath reads as Markdown or HTML, and .txt. Hidden entries and
// node_modules are skipped, and symbolic links to directories are not
// followed (no loops). False, with `error` set, when a directory cannot be
// read.
bool WalkDrafts(const std::string& dir, std::vector<std::string>* out,
                std::string* error) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    *error = dir + ": " + std::strerror(errno);
    return false;
  }
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.empty() || n[0] == '.' || n == "node_modules") continue;
    names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  const std::string prefix =
      !dir.empty() && dir.back() == '/' ? dir : dir + "/";
  for (const std::string& n : names) {
    std::string path = prefix + n;
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      if (!WalkDrafts(path, out, error)) return false;
      continue;
    }
    if (S_ISLNK(st.st_mode) &&
        (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)))
      continue;
    std::string lower = AsciiLower(n);
    for (const char* ext :
         {".md", ".markdown", ".mdx", ".html", ".htm", ".xhtml", ".txt"}) {
      size_t k = std::strlen(ext);
      if (lower.size() > k && lower.compare(lower.size() - k, k, ext) == 0) {
        out->push_back(path);
        break;
      }
    }
  }
  return true;
}

// An absolute path for `path` with its directory's symbolic links resolved,
// so that a file named two ways (drafts/a.md, ./drafts/a.md, a path from
// `git diff`) is one key; the path as given when it does not exist.
std::string Absolute(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  if (dir.empty()) dir = "/";
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  char buf[PATH_MAX];
  if (realpath(dir.c_str(), buf) == nullptr) return path;
  std::string out = buf;
  if (name.empty() || name == ".") return out;
  return (out == "/" ? "" : out) + "/" + name;
}

bool IsFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

// The scan settings of each directory: the nearest .figcheck.toml or
// .figcheck.json at or above it, stopping at a repository's root (a
// directory holding .git), like .editorconfig. Read once per directory.
class ConfigFinder {
 public:
  // `abs_dir` absolute. Null when no config file applies.
  const ScanConfig* For(const std::string& abs_dir, std::string* error) {
    // A folder that does not exist (Absolute gave the path back as is):
    // its draft is reported as unreadable, with no config.
    if (abs_dir.empty() || abs_dir[0] != '/') return nullptr;
    auto it = cache_.find(abs_dir);
    if (it != cache_.end()) return it->second.get();
    std::shared_ptr<ScanConfig> found;
    const std::string toml = abs_dir + "/.figcheck.toml";
    const std::string json = abs_dir + "/.figcheck.json";
    const bool has_toml = IsFile(toml), has_json = IsFile(json);
    if (has_toml && has_json) {
      *error = abs_dir + ": both .figcheck.toml and .figcheck.json; keep one";
      return nullptr;
    }
    if (has_toml || has_json) {
      const std::string& path = has_toml ? toml : json;
      std::string text;
      if (!ReadFile(path, &text, error)) return nullptr;
      StatusOr<ScanConfig> parsed = ParseScanConfig(text, path);
      if (!parsed.ok()) {
        *error = parsed.status().message();
        return nullptr;
      }
      found = std::make_shared<ScanConfig>(std::move(parsed).value());
    } else if (abs_dir != "/" && !Exists(abs_dir + "/.git")) {
      size_t slash = abs_dir.rfind('/');
      std::string parent = slash == 0 ? "/" : abs_dir.substr(0, slash);
      const ScanConfig* up = For(parent, error);
      if (!error->empty()) return nullptr;
      found = cache_[parent];
      (void)up;
    }
    cache_[abs_dir] = found;
    return found.get();
  }

  // For a draft: its directory's config.
  const ScanConfig* ForFile(const std::string& abs_file, std::string* error) {
    size_t slash = abs_file.rfind('/');
    if (slash == std::string::npos) return nullptr;
    return For(slash == 0 ? "/" : abs_file.substr(0, slash), error);
  }

 private:
  std::map<std::string, std::shared_ptr<ScanConfig>> cache_;
};

// `abs_file` relative to the config's directory (absolute already).
std::string RelativeTo(const ScanConfig& c, const std::string& abs_file) {
  const std::string prefix = c.dir == "/" ? "/" : c.dir + "/";
  return abs_file.compare(0, prefix.size(), prefix) == 0
             ? abs_file.substr(prefix.size())
             : abs_file;
}

// Runs `git diff` from BASE's merge base with HEAD to the working tree, as
// a unified diff with no context and paths relative to this directory.
bool GitDiff(const std::string& base, std::string* out, std::string* error) {
  if (base.empty() || base[0] == '-') {
    *error = "--diff needs a git revision, got \"" + base + "\"";
    return false;
  }
  std::string quoted = "'";
  for (char c : base)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  const std::string command =
      "git diff --no-color --no-ext-diff --unified=0 --relative "
      "--merge-base " +
      quoted + " -- 2>&1";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    *error = "--diff: cannot run git: " + std::string(std::strerror(errno));
    return false;
  }
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out->append(buf, n);
  int status = pclose(pipe);
  if (status != 0) {
    std::string first = out->substr(0, out->find('\n'));
    *error = "--diff " + base + ": git diff failed" +
             (first.empty() ? "" : ": " + first);
    return false;
  }
  return true;
}

// Reads the changes of --diff or --diff-file, keyed by absolute path.
bool ChangedByPatch(const Args& a, ChangedFiles* out, std::string* error) {
  std::string patch;
  if (!a.diff.empty()) {
    if (!GitDiff(a.diff, &patch, error)) return false;
  } else if (!ReadFile(a.diff_file, &patch, error)) {
    *error = "--diff-file " + *error;
    return false;
  }
  StatusOr<ChangedFiles> parsed = ParseUnifiedDiff(patch);
  if (!parsed.ok()) {
    *error = (a.diff.empty() ? a.diff_file : "git diff " + a.diff) + ": " +
             parsed.status().message();
    return false;
  }
  for (auto& [path, lines] : parsed.value())
    (*out)[Absolute(path)] = std::move(lines);
  return true;
}

StatusOr<FailOn> ParseFailOn(const std::string& s) {
  if (s == "refuted") return FailOn::kRefuted;
  if (s == "misleading") return FailOn::kMisleading;
  if (s == "never") return FailOn::kNever;
  return Status(
      ErrorCode::kBadRequest,
      "--fail-on must be refuted, misleading or never, got \"" + s + "\"");
}

// One draft to scan, with the settings that apply to it.
struct Draft {
  std::string path;  // as given or found
  std::string abs;   // empty for standard input
  const ScanConfig* config = nullptr;
};

// A ReadFile error without its "path: " prefix: the report names the file.
std::string WithoutPath(const std::string& error, const std::string& path) {
  return error.compare(0, path.size() + 2, path + ": ") == 0
             ? error.substr(path.size() + 2)
             : error;
}

int RunScan(const Args& a) {
  if (a.format != "text" && a.format != "json" && a.format != "sarif" &&
      a.format != "github")
    return Fail("--format must be text, json, sarif or github, got \"" +
                a.format + "\"");
  // Flags are checked before any file is read; a config file's values are
  // checked when it is parsed.
  if (!a.fail_on.empty() && !ParseFailOn(a.fail_on).ok())
    return Fail(ParseFailOn(a.fail_on).status().message());
  Date flag_as_of;
  if (!a.as_of.empty()) {
    StatusOr<Date> d = ParseDate(a.as_of);
    if (!d.ok()) return Fail("--as-of: " + d.status().message());
    flag_as_of = d.value();
  }
  if (!a.encoding.empty() && !ParseEncoding(a.encoding).ok())
    return Fail("--" + ParseEncoding(a.encoding).status().message());
  // Sentences are checked on every core unless told otherwise.
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  if (!a.jobs.empty()) {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(a.jobs.c_str(), &end, 10);
    if (errno != 0 || end == a.jobs.c_str() || *end != '\0' || n < 1 ||
        n > kMaxJobs)
      return Fail("--jobs must be a whole number from 1 to " +
                  std::to_string(kMaxJobs) + ", got \"" + a.jobs + "\"");
    threads = static_cast<unsigned>(n);
  }
  if (a.positional.empty())
    return Fail("scan needs FILE, DIR or - (standard input)");
  const bool by_change = !a.diff.empty() || !a.diff_file.empty();
  if (!a.diff.empty() && !a.diff_file.empty())
    return Fail("--diff and --diff-file: give one");
  if (by_change && !a.write_baseline.empty())
    return Fail("--write-baseline records every finding; drop --diff");
  std::string error;
  ConfigFinder configs;
  char cwd_buf[PATH_MAX];
  const std::string cwd =
      getcwd(cwd_buf, sizeof cwd_buf) != nullptr ? cwd_buf : ".";
  const ScanConfig* here = configs.For(cwd, &error);
  if (!error.empty()) return Fail(error);

  std::vector<Draft> drafts;
  for (const std::string& p : a.positional) {
    struct stat st;
    if (p == "-") {
      if (by_change)
        return Fail(
            "--diff cannot tell which lines of - (standard input) changed");
      drafts.push_back({p, "", here});
      continue;
    }
    if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::vector<std::string> found;
      if (!WalkDrafts(p, &found, &error)) return Fail(error);
      for (std::string& f : found) {
        std::string abs = Absolute(f);
        const ScanConfig* c = configs.ForFile(abs, &error);
        if (!error.empty()) return Fail(error);
        if (c != nullptr && !c->Selects(RelativeTo(*c, abs))) continue;
        drafts.push_back({std::move(f), std::move(abs), c});
      }
    } else {
      // Named files are scanned unless a config excludes them.
      std::string abs = Absolute(p);
      const ScanConfig* c = configs.ForFile(abs, &error);
      if (!error.empty()) return Fail(error);
      if (c != nullptr && c->Excludes(RelativeTo(*c, abs))) continue;
      drafts.push_back({p, std::move(abs), c});
    }
  }

  ChangedFiles changed;
  if (by_change && !ChangedByPatch(a, &changed, &error)) return Fail(error);

  // The baseline and the fact base are the run's: flags, else the config
  // file that applies to the directory figcheck runs in.
  std::unique_ptr<Baseline> baseline;
  std::string baseline_path = a.baseline;
  if (baseline_path.empty() && here != nullptr && !here->baseline.empty())
    baseline_path = here->Resolve(here->baseline);
  if (!baseline_path.empty()) {
    std::string json;
    if (!ReadFile(baseline_path, &json, &error))
      return Fail("cannot read baseline " + error);
    StatusOr<Baseline> parsed = ParseBaseline(json);
    if (!parsed.ok())
      return Fail(baseline_path + ": " + parsed.status().message());
    baseline = std::make_unique<Baseline>(std::move(parsed).value());
  }
  ReaderPreparedAside prepared(threads);
  FactBase base;
  if (!LoadBase(a, &base, &error,
                here != nullptr && !here->factbase.empty()
                    ? here->Resolve(here->factbase)
                    : ""))
    return Fail(error);

  const Date today = Today();
  std::vector<ScanReport> reports;
  std::vector<FailOn> fail_ons;
  for (const Draft& d : drafts) {
    const ChangedLines* lines = nullptr;
    if (by_change) {
      auto it = changed.find(d.abs);
      if (it == changed.end()) continue;  // untouched: not even read
      lines = &it->second;
    }
    const ScanConfig* c = d.config;
    auto setting = [&](const std::string& flag,
                       const std::string ScanConfig::*key) {
      return !flag.empty() ? flag : c != nullptr ? c->*key : std::string();
    };
    DraftOptions options;
    options.today = today;
    options.threads = threads;
    const std::string as_of = setting(a.as_of, &ScanConfig::as_of);
    options.as_of = as_of.empty() ? Date{} : ParseDate(as_of).value();
    const std::string encoding = setting(a.encoding, &ScanConfig::encoding);
    options.encoding =
        encoding.empty() ? Encoding::kAuto : ParseEncoding(encoding).value();
    const std::string fail_on = setting(a.fail_on, &ScanConfig::fail_on);
    fail_ons.push_back(fail_on.empty() ? FailOn::kRefuted
                                       : ParseFailOn(fail_on).value());
    std::string bytes;
    DraftFormat format;
    if (d.path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      bytes = ss.str();
      format = SniffFormat(bytes);
    } else if (!ReadFile(d.path, &bytes, &error, kMaxDocumentBytes)) {
      reports.push_back(UnreadableDraft(
          d.path, Status(ErrorCode::kUnreadable, WithoutPath(error, d.path))));
      continue;
    } else {
      format = FormatForPath(d.path);
    }
    ScanReport report = ScanDraft(base, bytes, format, options, d.path);
    if (lines != nullptr) {
      auto& fs = report.findings;
      size_t before = fs.size();
      fs.erase(std::remove_if(fs.begin(), fs.end(),
                              [&](const Finding& f) {
                                return !lines->Touches(f.at.line,
                                                       f.end_at.line);
                              }),
               fs.end());
      report.unchanged = static_cast<int>(before - fs.size());
    }
    reports.push_back(std::move(report));
  }

  if (!a.write_baseline.empty()) {
    const std::string json = WriteBaseline(reports);
    const std::string tmp = a.write_baseline + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary);
      if (!out || !(out << json)) return Fail("cannot write " + tmp);
    }
    if (std::rename(tmp.c_str(), a.write_baseline.c_str()) != 0)
      return Fail("cannot write " + a.write_baseline + ": " +
                  std::strerror(errno));
    size_t recorded = 0;
    for (const ScanReport& r : reports)
      recorded += r.findings.size() - static_cast<size_t>(r.Suppressed());
    std::cerr << "figcheck: recorded " << recorded << " findings in "
              << a.write_baseline << "\n";
  }
  if (baseline != nullptr)
    for (ScanReport& r : reports) baseline->Apply(&r);

  if (a.format == "text") {
    std::cout << ScanToText(base, reports, a.show_suppressed);
  } else if (a.format == "sarif") {
    std::cout << ScanToSarif(base, reports);
  } else if (a.format == "github") {
    std::cout << ScanToGithub(base, reports, a.show_suppressed);
  } else {
    std::cout << "[";
    for (size_t i = 0; i < reports.size(); ++i)
      std::cout << (i ? ",\n" : "")
                << ScanToJson(base, reports[i], CitationStyle::kInline,
                              a.show_suppressed);
    std::cout << "]\n";
  }
  bool problems = false, fail = false;
  for (size_t i = 0; i < reports.size(); ++i) {
    for (const ScanProblem& p : reports[i].problems) {
      problems = true;
      std::cerr << "figcheck: " << reports[i].file;
      if (p.located) std::cerr << ":" << p.at.line << ":" << p.at.col;
      std::cerr << ": " << p.status.message() << "\n";
    }
    fail = fail || ShouldFail(reports[i], fail_ons[i]);
  }
  if (problems) return kExitUsage;
  if (!a.write_baseline.empty()) return kExitOk;  // today's findings accepted
  return fail ? 1 : kExitOk;
}

int RunFacts(const Args& a) {
  if (a.format != "text" && a.format != "json")
    return Fail("--format must be text or json, got \"" + a.format + "\"");
  if (!a.positional.empty())
    return Fail("facts takes no arguments; use --grep WORD");
  FactBase base;
  std::string error;
  if (!LoadBase(a, &base, &error)) return Fail(error);
  std::string needle = AsciiLower(a.grep);
  size_t shown = 0;
  for (uint32_t i = 0; i < base.facts.size(); ++i) {
    const Fact& f = base.facts[i];
    const Sentence& s = base.sentences[f.sentence];
    if (!needle.empty() && AsciiLower(s.text).find(needle) == std::string::npos)
      continue;
    ++shown;
    const Document& d = base.documents[s.doc];
    if (a.format == "json") {
      JsonWriter w;
      WriteCitation(w, base, i);
      std::cout << w.str() << "\n";
      continue;
    }
    std::string period = f.figure.period.ToString();
    std::cout << d.file << ":" << f.figure.start << "  "
              << FormatQuantity(f.figure.quantity)
              << (period.empty()
                      ? ""
                      : "  [" + period + (f.figure.period.stated ? "" : "?") +
                            "]")
              << (f.figure.target ? "  goal" : "") << "\n    " << s.text
              << "\n";
  }
  if (a.format == "text")
    std::cout << shown << " of " << base.facts.size() << " facts\n";
  return kExitOk;
}

}  // namespace
}  // namespace figcheck

int main(int argc, char** argv) {
  using namespace figcheck;
  if (argc < 2) return Fail("no command; see figcheck --help");
  std::string command = argv[1];
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  Args args;
  std::string error;
  if (!ParseArgs(argc, argv, 2, &args, &error)) return Fail(error);
  if (command == "check") return RunCheck(args);
  if (command == "compile") return RunCompile(args);
  if (command == "facts") return RunFacts(args);
  if (command == "scan") return RunScan(args);
  return Fail("unknown command \"" + command + "\"; see figcheck --help");
}
