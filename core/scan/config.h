// .figcheck.toml / .figcheck.json → ScanConfig: the settings of `figcheck
// scan` for the drafts under the file's directory. Keys (all optional):
//   include, exclude   globs (a string or an array), relative to the file's
//                      directory; "*" within a path segment, "**" across
//                      segments, "?" one character; a glob without "/"
//                      matches the name of the file or of a folder on its
//                      path, at any depth (as in .gitignore)
//   fail-on            refuted | misleading | never
//   as-of              YYYY-MM-DD
//   encoding           auto | utf-8 | windows-1252 | latin-1
//   baseline, factbase paths, relative to the file's directory
// Unknown keys and values of the wrong kind are errors (a typo must not
// quietly turn a setting off). TOML is read with toml++, JSON with simdjson.
// Native only (the command line's). Tested by tests/scan_draft_test.cc
// (ConfigTest) and tests/scan_cli_test.sh.
#ifndef FIGCHECK_CORE_SCAN_CONFIG_H_
#define FIGCHECK_CORE_SCAN_CONFIG_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace figcheck {

struct ScanConfig {
  std::string path;  // of the file
  std::string dir;   // its directory, "." when it has none
  std::vector<std::string> include, exclude;
  // Empty when the file does not set them.
  std::string fail_on, as_of, encoding, baseline, factbase;

  // Whether a draft at `relative` (to `dir`) is scanned when a directory is
  // walked: it matches an include glob (or there is none) and no exclude.
  bool Selects(std::string_view relative) const;
  bool Excludes(std::string_view relative) const;
  // `p` resolved against `dir` unless absolute.
  std::string Resolve(const std::string& p) const;
};

// TOML when `path` ends in ".toml", else JSON. Errors: kBadConfig, as
// "PATH:LINE:COL: what" for TOML and "PATH: $.key: what" for JSON.
StatusOr<ScanConfig> ParseScanConfig(std::string_view text,
                                     const std::string& path);

bool GlobMatch(std::string_view glob, std::string_view path);

}  // namespace figcheck

#endif  // FIGCHECK_CORE_SCAN_CONFIG_H_
