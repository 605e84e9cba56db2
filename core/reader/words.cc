// The figure words.
#include "core/reader/words.h"

#include <cctype>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace figcheck {
namespace reader {

int WordNumber(const std::string& w) {
  static const std::map<std::string, int> kWords = {
      {"a", 1},        {"one", 1},        {"two", 2},       {"three", 3},
      {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},
      {"eight", 8},    {"nine", 9},       {"ten", 10},      {"eleven", 11},
      {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fifty", 50},
      {"sixty", 60},   {"seventy", 70},   {"eighty", 80},   {"ninety", 90}};
  auto it = kWords.find(w);
  if (it != kWords.end()) return it->second;
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])))
    return std::atoi(w.c_str());
  return 0;
}

int FractionDenominator(const std::string& w) {
  if (w.rfind("hal", 0) == 0) return 2;
  if (w.rfind("third", 0) == 0) return 3;
  if (w.rfind("quarter", 0) == 0 || w.rfind("fourth", 0) == 0) return 4;
  if (w.rfind("fifth", 0) == 0) return 5;
  if (w.rfind("sixth", 0) == 0) return 6;
  if (w.rfind("seventh", 0) == 0) return 7;
  if (w.rfind("eighth", 0) == 0) return 8;
  if (w.rfind("ninth", 0) == 0) return 9;
  if (w.rfind("tenth", 0) == 0) return 10;
  return 0;
}

double ScaleOf(const std::string& w) {
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "mln" || w == "m") return 1e6;
  if (w == "billion" || w == "bn" || w == "bln") return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  if (w == "k") return 1e3;
  return 1;
}

uint8_t RoleOf(std::string_view word) {
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, uint8_t>();
    static const char* const kVerbs[] = {
        "said",   "says",     "say",       "told",    "according", "reported",
        "noted",  "added",    "estimated", "claimed", "stated",    "wrote",
        "argued", "believed", "believe",   "reckon",  "reckoned",  "explained"};
    // "the bureau reported that …", "figures show that …".
    static const char* const kReportingVerbs[] = {
        "reported",  "reports",   "show",     "shows",     "showed",
        "shown",     "found",     "finds",    "estimated", "estimates",
        "indicated", "indicates", "revealed", "reveals",   "suggested",
        "suggests",  "confirmed", "confirms", "announced", "noted",
        "stated",    "wrote",     "claimed",  "claims"};
    // "figures released this week show …", "a government report shows …":
    // without "that" only after a word for a source of figures.
    static const char* const kEvidenceWords[] = {
        "report",    "reports",  "data",     "figures",  "figure", "statistics",
        "survey",    "surveys",  "study",    "studies",  "census", "numbers",
        "estimates", "records",  "research", "analysis", "poll",   "polls",
        "audit",     "bulletin", "yearbook"};
    for (const char* w : kVerbs) (*roles)[w] |= kSpeechVerb;
    for (const char* w : kReportingVerbs) (*roles)[w] |= kReporting;
    for (const char* w : kEvidenceWords) (*roles)[w] |= kEvidence;
    return roles;
  }();
  auto it = kRoles->find(word);
  return it == kRoles->end() ? 0 : it->second;
}

}  // namespace reader
}  // namespace figcheck
