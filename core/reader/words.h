// The figure words: what number, scale and attribution words mean.
#ifndef FIGCHECK_CORE_READER_WORDS_H_
#define FIGCHECK_CORE_READER_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace figcheck {
namespace reader {

int WordNumber(const std::string& w);
int FractionDenominator(const std::string& w);
double ScaleOf(const std::string& w);

// What a word says about attribution, by table: CollectWords asks of every
// word of a figure's sentence.
enum WordRole : uint8_t {
  kSpeechVerb = 1,  // "said", "according": a clause that only attributes
  kReporting = 2,   // "reported", "shows": attributes with "that" or evidence
  kEvidence = 4,    // "report", "data": a source of figures
};

uint8_t RoleOf(std::string_view word);

}  // namespace reader
}  // namespace figcheck

#endif  // FIGCHECK_CORE_READER_WORDS_H_
