// Test inputs that live in the repository: the lexicon, the source documents
// and the fact base compiled from them. Every stage test reads the real data
// so a table row means what it would mean to a user. Files are read from
// FIGCHECK_SOURCE_DIR (set by tests/CMakeLists.txt); a missing file is a
// test failure, never a skip.
#ifndef FIGCHECK_TESTS_TEST_DATA_H_
#define FIGCHECK_TESTS_TEST_DATA_H_

#include <string>
#include <vector>

#include "core/compile.h"
#include "core/factbase.h"
#include "core/lexicon.h"
#include "core/text.h"

namespace figcheck {
namespace test_data {

// FIGCHECK_SOURCE_DIR + "/" + relative.
std::string RepoPath(const std::string& relative);

// The whole file, or "" with a gtest failure recorded.
std::string ReadFile(const std::string& path);

// data/lexicon.json, parsed once.
const Lexicon& RealLexicon();

// data/sources/manifest.json and every document it lists, in manifest order.
std::vector<SourceText> RealSources();

// The bytes of one document under data/sources/ ("" when unknown).
const std::string& DocumentText(const std::string& file);

// data/sources compiled with data/lexicon.json, then written and loaded
// again: exactly the base the command line reads. Built once per process.
const FactBase& RealFactBase();

// Strict YYYY-MM-DD for table rows; a bad literal fails the test.
Date D(const char* yyyy_mm_dd);

}  // namespace test_data
}  // namespace figcheck

#endif  // FIGCHECK_TESTS_TEST_DATA_H_
