// Checking a claim: read its figures (reader.h), decide each (decide.h),
// word each verdict (render.h); the claim takes the worst of its figures'
// verdicts. Tested by tests/check_test.cc.
#include "core/check.h"

#include <algorithm>
#include <cctype>

#include "core/decide.h"
#include "core/language.h"
#include "core/reader.h"
#include "core/render.h"

namespace figcheck {

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kRefuted: return "refuted";
    case Verdict::kMisleading: return "misleading";
    case Verdict::kUnverifiable: return "unverifiable";
  }
  return "unverifiable";
}

int VerdictSeverity(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return 3;
    case Verdict::kMisleading: return 2;
    case Verdict::kUnverifiable: return 1;
    case Verdict::kSupported: return 0;
  }
  return 1;
}

StatusOr<Result> Check(const FactBase& base, std::string_view claim, Date as_of,
                       bool dated) {
  if (claim.size() > kMaxClaimBytes)
    return Status(ErrorCode::kInputTooLarge,
                  "claim is " + std::to_string(claim.size()) +
                      " bytes; the limit is " + std::to_string(kMaxClaimBytes));
  Status utf8 = CheckUtf8(claim);
  if (!utf8.ok()) return utf8;
  bool blank = std::all_of(claim.begin(), claim.end(), [](char ch) {
    return std::isspace(static_cast<unsigned char>(ch)) != 0;
  });
  if (blank) return Status(ErrorCode::kEmptyInput, "claim is empty");
  // Another language's words would be skipped and its digits read alone.
  LanguageGuess language = GuessLanguage(claim);
  if (!language.english) {
    std::string what = language.looks_like.empty()
                           ? "is in another script"
                           : "looks like " + std::string(language.looks_like);
    return Status(ErrorCode::kNotEnglish,
                  "figcheck reads English claims; this one " + what +
                      ", so no figure was read from it",
                  language.offset);
  }
  Result result;
  result.claim = std::string(claim);
  std::vector<SentenceFigures> read =
      ReadFigures(claim, as_of, base.lexicon, ReadMode::kClaim);
  std::string lower;  // folded when a sentence has figures to pair
  for (SentenceFigures& sf : read) {
    const size_t first = result.figures.size();
    for (Figure& f : sf.figures)
      result.figures.push_back(Decide(base, f, ClaimDate{as_of, dated}));
    std::vector<FigureResult> mates(result.figures.begin() + first,
                                    result.figures.end());
    TurnedAround(base, &mates);
    TakenBeside(&mates);
    // One figure alone has no mate to be the difference of.
    if (mates.size() > 1) {
      if (lower.empty()) lower = FoldForMatching(claim);
      DifferenceOfMates(
          base,
          std::string_view(lower).substr(sf.sentence.start,
                                         sf.sentence.end - sf.sentence.start),
          &mates);
    }
    std::copy(mates.begin(), mates.end(), result.figures.begin() + first);
    for (size_t i = first; i < result.figures.size(); ++i) {
      ConfirmBeside(base, mates, &result.figures[i]);
      result.figures[i].explanation = Explain(base, result.figures[i]);
    }
  }
  if (result.figures.empty()) {
    result.verdict = Verdict::kUnverifiable;
    result.explanation = "The claim states no figure that can be checked.";
    return result;
  }
  int worst = 0;
  for (size_t i = 1; i < result.figures.size(); ++i)
    if (VerdictSeverity(result.figures[i].verdict) >
        VerdictSeverity(result.figures[worst].verdict))
      worst = static_cast<int>(i);
  result.decisive = worst;
  result.verdict = result.figures[worst].verdict;
  result.explanation = result.figures[worst].explanation;
  return result;
}

}  // namespace figcheck
