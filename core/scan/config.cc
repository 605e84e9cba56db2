// Reading the scan configuration. Both formats fill one table of settings
// (kKeys) as strings or lists of strings, then the values are checked the
// way the command line checks its flags. toml++ is used without exceptions
// (parse_result; CMake sets TOML_EXCEPTIONS=0), simdjson's DOM with error
// codes. Tested by
// tests/scan_draft_test.cc.
#include "core/scan/config.h"

#include <simdjson.h>
#include <toml++/toml.h>

#include <cstdio>

#include "core/scan/encoding.h"
#include "core/text.h"

namespace figcheck {
namespace {

struct Key {
  const char* name;
  bool list;  // include/exclude: a string or an array of strings
};
constexpr Key kKeys[] = {{"include", true},   {"exclude", true},
                         {"fail-on", false},  {"as-of", false},
                         {"encoding", false}, {"baseline", false},
                         {"factbase", false}};

const char kKnown[] =
    "include, exclude, fail-on, as-of, encoding, baseline, factbase";

std::string* Slot(ScanConfig* c, std::string_view key) {
  if (key == "fail-on") return &c->fail_on;
  if (key == "as-of") return &c->as_of;
  if (key == "encoding") return &c->encoding;
  if (key == "baseline") return &c->baseline;
  if (key == "factbase") return &c->factbase;
  return nullptr;
}

const Key* Find(std::string_view name) {
  for (const Key& k : kKeys)
    if (name == k.name) return &k;
  return nullptr;
}

Status Bad(const std::string& where, const std::string& what) {
  return Status(ErrorCode::kBadConfig, where + ": " + what);
}

// Values checked as the flags of the same names are.
Status Check(const ScanConfig& c) {
  if (!c.fail_on.empty() && c.fail_on != "refuted" &&
      c.fail_on != "misleading" && c.fail_on != "never")
    return Bad(c.path, "fail-on must be refuted, misleading or never, got \"" +
                           c.fail_on + "\"");
  if (!c.as_of.empty()) {
    StatusOr<Date> d = ParseDate(c.as_of);
    if (!d.ok()) return Bad(c.path, "as-of: " + d.status().message());
  }
  if (!c.encoding.empty()) {
    StatusOr<Encoding> e = ParseEncoding(c.encoding);
    if (!e.ok()) return Bad(c.path, e.status().message());
  }
  return Status();
}

// TOML allows characters above ASCII only in strings and comments; toml++
// 3.3 reaches an unreachable branch (undefined behaviour) on some of them
// elsewhere, so such a character is refused here, before it parses. The
// offset of the first one, or npos.
size_t NonAsciiOutsideStrings(std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '#') {
      while (i < t.size() && t[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      const bool multi = t.substr(i, 3) == std::string(3, c);
      const std::string close = multi ? std::string(3, c) : std::string(1, c);
      for (i += close.size(); i < t.size(); ++i) {
        if (c == '"' && t[i] == '\\') {
          ++i;
        } else if (t.compare(i, close.size(), close) == 0) {
          i += close.size() - 1;
          break;
        } else if (!multi && t[i] == '\n') {
          break;  // an unclosed string: toml++ reports it
        }
      }
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      return i;
    }
  }
  return std::string_view::npos;
}

StatusOr<ScanConfig> FromToml(std::string_view text, ScanConfig c) {
  if (size_t at = NonAsciiOutsideStrings(text); at != std::string_view::npos) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++col;
      }
    }
    return Bad(c.path + ":" + std::to_string(line) + ":" + std::to_string(col),
               "a character outside ASCII that is not in a string or comment");
  }
  toml::parse_result parsed = toml::parse(text, c.path);
  if (!parsed) {
    const toml::parse_error& e = parsed.error();
    return Bad(c.path + ":" + std::to_string(e.source().begin.line) + ":" +
                   std::to_string(e.source().begin.column),
               std::string(e.description()));
  }
  for (auto&& [name, node] : parsed.table()) {
    const std::string where = c.path + ":" +
                              std::to_string(node.source().begin.line) + ":" +
                              std::to_string(node.source().begin.column);
    const Key* key = Find(name.str());
    if (key == nullptr)
      return Bad(where, "unknown key \"" + std::string(name.str()) +
                            "\"; the keys are " + kKnown);
    if (key->list) {
      auto& list =
          std::string_view(key->name) == "include" ? c.include : c.exclude;
      if (auto s = node.value<std::string>()) {
        list.push_back(*s);
      } else if (const toml::array* a = node.as_array()) {
        for (const toml::node& item : *a) {
          auto v = item.value<std::string>();
          if (!v) return Bad(where, std::string(key->name) + ": not a string");
          list.push_back(*v);
        }
      } else {
        return Bad(where, std::string(key->name) +
                              ": a glob or a list of globs, in quotes");
      }
    } else if (const toml::date* d =
                   node.as_date() ? &node.as_date()->get() : nullptr) {
      // as-of = 2024-06-01, TOML's own date, as well as a string.
      if (std::string_view(key->name) != "as-of")
        return Bad(where, std::string(key->name) + ": not a string");
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month,
                    d->day);
      c.as_of = buf;
    } else {
      auto v = node.value<std::string>();
      if (!v) return Bad(where, std::string(key->name) + ": not a string");
      *Slot(&c, key->name) = *v;
    }
  }
  Status ok = Check(c);
  if (!ok.ok()) return ok;
  return c;
}

StatusOr<ScanConfig> FromJson(std::string_view text, ScanConfig c) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(text.data(), text.size());
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root))
    return Bad(c.path,
               std::string("not JSON: ") + simdjson::error_message(err));
  simdjson::dom::object top;
  if (root.get(top)) return Bad(c.path, "$: not an object");
  for (auto [name, value] : top) {
    const std::string where = c.path + ": $." + std::string(name);
    const Key* key = Find(name);
    if (key == nullptr)
      return Bad(where, "unknown key; the keys are " + std::string(kKnown));
    std::string_view s;
    if (key->list) {
      auto& list =
          std::string_view(key->name) == "include" ? c.include : c.exclude;
      simdjson::dom::array a;
      if (!value.get(s)) {
        list.emplace_back(s);
      } else if (!value.get(a)) {
        for (simdjson::dom::element item : a) {
          if (item.get(s)) return Bad(where, "not a string");
          list.emplace_back(s);
        }
      } else {
        return Bad(where, "a glob or a list of globs");
      }
    } else {
      if (value.get(s)) return Bad(where, "not a string");
      *Slot(&c, key->name) = std::string(s);
    }
  }
  Status ok = Check(c);
  if (!ok.ok()) return ok;
  return c;
}

bool Match(std::string_view g, std::string_view p) {
  while (!g.empty()) {
    if (g.substr(0, 2) == "**") {
      std::string_view rest = g.substr(2);
      if (!rest.empty() && rest[0] == '/') {
        // "**/" matches no segment or any number of them.
        rest.remove_prefix(1);
        if (Match(rest, p)) return true;
        for (size_t i = 0; i < p.size(); ++i)
          if (p[i] == '/' && Match(rest, p.substr(i + 1))) return true;
        return false;
      }
      for (size_t i = 0; i <= p.size(); ++i)
        if (Match(rest, p.substr(i))) return true;
      return false;
    }
    if (g[0] == '*') {
      for (size_t i = 0; i <= p.size(); ++i) {
        if (Match(g.substr(1), p.substr(i))) return true;
        if (i < p.size() && p[i] == '/') break;
      }
      return false;
    }
    if (p.empty()) return false;
    if (g[0] == '?' ? p[0] == '/' : g[0] != p[0]) return false;
    g.remove_prefix(1);
    p.remove_prefix(1);
  }
  return p.empty();
}

}  // namespace

bool GlobMatch(std::string_view glob, std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  while (glob.substr(0, 2) == "./") glob.remove_prefix(2);
  if (glob.find('/') == std::string_view::npos) {
    // As in .gitignore: the name of the file or of any folder on its path.
    for (size_t from = 0;;) {
      size_t slash = path.find('/', from);
      if (Match(glob, path.substr(from, slash - from))) return true;
      if (slash == std::string_view::npos) return false;
      from = slash + 1;
    }
  }
  // "drafts/" names a folder: everything under it.
  if (glob.back() == '/') return Match(std::string(glob) + "**", path);
  return Match(glob, path) || Match(std::string(glob) + "/**", path);
}

bool ScanConfig::Excludes(std::string_view relative) const {
  for (const std::string& g : exclude)
    if (GlobMatch(g, relative)) return true;
  return false;
}

bool ScanConfig::Selects(std::string_view relative) const {
  if (Excludes(relative)) return false;
  if (include.empty()) return true;
  for (const std::string& g : include)
    if (GlobMatch(g, relative)) return true;
  return false;
}

std::string ScanConfig::Resolve(const std::string& p) const {
  if (p.empty() || p[0] == '/' || dir == ".") return p;
  return dir + "/" + p;
}

StatusOr<ScanConfig> ParseScanConfig(std::string_view text,
                                     const std::string& path) {
  ScanConfig c;
  c.path = path;
  size_t slash = path.rfind('/');
  c.dir = slash == std::string::npos ? "."
          : slash == 0               ? "/"
                                     : path.substr(0, slash);
  bool toml =
      path.size() >= 5 && path.compare(path.size() - 5, 5, ".toml") == 0;
  return toml ? FromToml(text, std::move(c)) : FromJson(text, std::move(c));
}

}  // namespace figcheck
