// Tests of core/status.h: every error code has its own message, and the
// result types carry what they were given.
#include "core/status.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace figcheck {
namespace {

const ErrorCode kAllCodes[] = {
    ErrorCode::kOk,           ErrorCode::kEmptyInput,   ErrorCode::kInputTooLarge,
    ErrorCode::kInvalidUtf8,  ErrorCode::kBadDate,      ErrorCode::kBadFactBase,
    ErrorCode::kFactBaseVersion, ErrorCode::kBadManifest, ErrorCode::kBadLexicon,
    ErrorCode::kBadRequest,
    ErrorCode::kNoFigure,
    ErrorCode::kBadDictionary,
    ErrorCode::kNotText,      ErrorCode::kUnreadable,   ErrorCode::kBadDirective,
    ErrorCode::kBadBaseline,  ErrorCode::kBadPatch,     ErrorCode::kBadConfig,
    ErrorCode::kNotEnglish,
};

TEST(StatusTest, EveryCodeHasItsOwnName) {
  std::set<std::string> names;
  for (ErrorCode code : kAllCodes) {
    std::string name = ErrorCodeName(code);
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "unknown error");
    EXPECT_TRUE(names.insert(name).second) << "duplicate name " << name;
  }
  EXPECT_STREQ(ErrorCodeName(static_cast<ErrorCode>(999)), "unknown error");
}

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), ErrorCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.offset(), 0u);
}

TEST(StatusTest, CarriesCodeMessageAndOffset) {
  Status s(ErrorCode::kInvalidUtf8, "bad byte", 17);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), ErrorCode::kInvalidUtf8);
  EXPECT_EQ(s.message(), "bad byte");
  EXPECT_EQ(s.offset(), 17u);
}

TEST(StatusOrTest, ValueOrStatus) {
  StatusOr<std::string> good(std::string("4.72"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), "4.72");
  EXPECT_EQ(std::move(good).value(), "4.72");

  StatusOr<std::string> bad(Status(ErrorCode::kBadDate, "no such day"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kBadDate);
  EXPECT_EQ(bad.value(), "");  // a default value, never garbage
}

}  // namespace
}  // namespace figcheck
