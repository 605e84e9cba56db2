// The figure-word table put together (quantity_words.cc, qualifier_words.cc,
// period_words.cc, clause_words.cc), and the value maps and pattern pieces made
// from it. Method: lookups go through a map from (role, surface) built at first
// use, the phrase's runs of spaces folded to one; an alternation escapes RE2's
// metacharacters and writes each space as \s+. Tested by
// tests/reader/words_test.cc.
#include "core/reader/words.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <utility>

namespace figcheck {
namespace reader {
namespace {

using R = WordRole;

bool IsRegexSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The phrase as the table spells it: runs of spaces as one space.
std::string Normalise(std::string_view phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (IsRegexSpace(phrase[i])) {
      while (i + 1 < phrase.size() && IsRegexSpace(phrase[i + 1])) ++i;
      out += ' ';
    } else {
      out += phrase[i];
    }
  }
  return out;
}

using Index =
    std::map<std::pair<WordRole, std::string_view>, const FigureWord*>;

const Index& ByRoleAndSurface() {
  static const Index* const kIndex = [] {
    auto* index = new Index();
    for (const FigureWord& w : FigureWords())
      index->emplace(std::make_pair(w.role, w.surface), &w);  // first wins
    return index;
  }();
  return *kIndex;
}

}  // namespace

const std::vector<FigureWord>& FigureWords() {
  static const auto* const kTable = [] {
    auto* table = new std::vector<FigureWord>(QuantityWords());
    for (FigureWord& w : QualifierWords()) table->push_back(w);
    for (FigureWord& w : PeriodWords()) table->push_back(w);
    for (FigureWord& w : ClauseWords()) table->push_back(w);
    return table;
  }();
  return *kTable;
}

WordPlace WhereOf(WordRole role) {
  switch (role) {
    case R::kCardinal:
    case R::kArticle:
    case R::kFraction:
    case R::kMultiple:
    case R::kSpanCount:
    case R::kPatternWord:
    case R::kOrdinal: return WordPlace::kNumber;
    case R::kScale:
    case R::kGluedScale:
    case R::kUnit:
    case R::kPerUnit:
    case R::kTrailingBound:
    case R::kChangeNoun:
    case R::kComparative:
    case R::kDurationUnit:
    case R::kRankScope:
    case R::kSuperlative:
    case R::kRankNoun:
    case R::kRunning:
    case R::kEditionNoun:
    case R::kRateLead: return WordPlace::kAfter;
    case R::kCurrency:
    case R::kQualifier:
    case R::kChangeBound:
    case R::kFromBound:
    case R::kConversion:
    case R::kBaseline:
    case R::kPeriodPart:
    case R::kChangeVerb:
    case R::kParticleVerb:
    case R::kDurationLead:
    case R::kDurationOrder:
    case R::kLabel:
    case R::kRankVerb:
    case R::kRankHolder:
    case R::kRateAdjective:
    case R::kYearlyLead:
    case R::kGroupLead: return WordPlace::kBefore;
    case R::kRelativeYear:
    case R::kSpanLead:
    case R::kTarget:
    case R::kTopicOpener:
    case R::kSpeechVerb:
    case R::kReportingVerb:
    case R::kEvidenceWord:
    case R::kSayVerb:
    case R::kPhraseEnd:
    case R::kClauseJoin:
    case R::kPreposition:
    case R::kPartOf:
    case R::kCountModifier:
    case R::kPlaceNoun: return WordPlace::kAnywhere;
    case R::kStockVerb:
    case R::kContentVerb:
    case R::kPastVerb:
    case R::kNotPast:
    case R::kNewKind:
    case R::kTotalVerb:
    case R::kTotalNoun:
    case R::kOpeningVerb:
    case R::kOpeningAdverb:
    case R::kState:
    case R::kFirstVerb:
    case R::kGoesOnAdverb:
    case R::kRemainder:
    case R::kContrastLead: return WordPlace::kAnywhere;
    case R::kMarkVerb: return WordPlace::kBefore;
  }
  return WordPlace::kAnywhere;
}

const char* WordRoleName(WordRole role) {
  switch (role) {
    case R::kCardinal: return "cardinal";
    case R::kArticle: return "article";
    case R::kFraction: return "fraction";
    case R::kMultiple: return "multiple";
    case R::kScale: return "scale";
    case R::kGluedScale: return "glued scale";
    case R::kUnit: return "unit";
    case R::kPerUnit: return "per unit";
    case R::kCurrency: return "currency";
    case R::kQualifier: return "qualifier";
    case R::kChangeBound: return "change bound";
    case R::kFromBound: return "from bound";
    case R::kConversion: return "conversion";
    case R::kBaseline: return "baseline";
    case R::kPeriodPart: return "period part";
    case R::kTrailingBound: return "trailing bound";
    case R::kChangeVerb: return "change verb";
    case R::kChangeNoun: return "change noun";
    case R::kComparative: return "comparative";
    case R::kParticleVerb: return "particle verb";
    case R::kDurationLead: return "duration lead";
    case R::kDurationOrder: return "duration order";
    case R::kDurationUnit: return "duration unit";
    case R::kRelativeYear: return "relative year";
    case R::kSpanLead: return "span lead";
    case R::kSpanCount: return "span count";
    case R::kLabel: return "label";
    case R::kTarget: return "target";
    case R::kTopicOpener: return "topic opener";
    case R::kSpeechVerb: return "speech verb";
    case R::kReportingVerb: return "reporting verb";
    case R::kEvidenceWord: return "evidence word";
    case R::kSayVerb: return "say verb";
    case R::kPhraseEnd: return "phrase end";
    case R::kClauseJoin: return "clause join";
    case R::kPreposition: return "preposition";
    case R::kPartOf: return "part of";
    case R::kCountModifier: return "count modifier";
    case R::kOrdinal: return "ordinal";
    case R::kRankVerb: return "rank verb";
    case R::kRankScope: return "rank scope";
    case R::kRankHolder: return "rank holder";
    case R::kSuperlative: return "superlative";
    case R::kRankNoun: return "rank noun";
    case R::kGroupLead: return "group lead";
    case R::kRunning: return "running";
    case R::kPatternWord: return "pattern word";
    case R::kYearlyLead: return "yearly lead";
    case R::kEditionNoun: return "edition noun";
    case R::kRateLead: return "rate lead";
    case R::kRateAdjective: return "rate adjective";
    case R::kPlaceNoun: return "place noun";
    case R::kStockVerb: return "stock verb";
    case R::kContentVerb: return "content verb";
    case R::kPastVerb: return "past verb";
    case R::kMarkVerb: return "mark verb";
    case R::kNewKind: return "new kind";
    case R::kOpeningVerb: return "opening verb";
    case R::kOpeningAdverb: return "opening adverb";
    case R::kState: return "state";
    case R::kTotalVerb: return "total verb";
    case R::kTotalNoun: return "total noun";
    case R::kNotPast: return "not past";
    case R::kFirstVerb: return "first verb";
    case R::kGoesOnAdverb: return "goes-on adverb";
    case R::kContrastLead: return "contrast lead";
    case R::kRemainder: return "remainder";
  }
  return "";
}

std::vector<std::string_view> WordsOf(WordRole role) {
  std::vector<std::string_view> out;
  for (const FigureWord& w : FigureWords())
    if (w.role == role) out.push_back(w.surface);
  return out;
}

std::vector<std::string_view> WordsOf(WordRole role, double lo, double hi) {
  std::vector<std::string_view> out;
  for (const FigureWord& w : FigureWords())
    if (w.role == role && w.value >= lo && w.value <= hi)
      out.push_back(w.surface);
  return out;
}

std::string Alternation(const std::vector<std::string_view>& surfaces) {
  std::string out;
  for (std::string_view s : surfaces) {
    if (!out.empty()) out += '|';
    for (char c : s) {
      if (c == ' ') {
        out += "\\s+";
      } else {
        if (std::strchr("\\.^$|()[]{}*+?", c) != nullptr && c != '\0')
          out += '\\';
        out += c;
      }
    }
  }
  return out;
}

bool TotalLeadWord(std::string_view w) {
  return Is(WordRole::kTotalNoun, w) || w == "the" || w == "its" ||
         w == "their" || w == "our";
}

const FigureWord* Lookup(WordRole role, std::string_view phrase) {
  std::string key = Normalise(phrase);
  auto it = ByRoleAndSurface().find({role, std::string_view(key)});
  return it == ByRoleAndSurface().end() ? nullptr : it->second;
}

int WordNumber(const std::string& w) {
  for (WordRole role : {R::kCardinal, R::kArticle})
    if (const FigureWord* f = Lookup(role, w))
      return static_cast<int>(f->value);
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])))
    return std::atoi(w.c_str());
  return 0;
}

int FractionDenominator(const std::string& w) {
  const FigureWord* f = Lookup(R::kFraction, w);
  return f == nullptr ? 0 : static_cast<int>(f->value);
}

double ScaleOf(const std::string& w) {
  for (WordRole role : {R::kScale, R::kGluedScale})
    if (const FigureWord* f = Lookup(role, w)) return f->value;
  return 1;
}

double MultipleOf(const std::string& w) {
  const FigureWord* f = Lookup(R::kMultiple, w);
  return f == nullptr ? 0 : f->value;
}

namespace {

// The words of a phrase, split at spaces and hyphens.
std::vector<std::string> SplitWords(std::string_view phrase) {
  std::vector<std::string> out;
  std::string word;
  for (char c : phrase) {
    if (IsRegexSpace(c) || c == '-' || c == ',') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

}  // namespace

bool TellsLead(std::string_view figure_text) {
  std::string lower(figure_text);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  const std::vector<std::string> words = SplitWords(lower);
  return !words.empty() && words.back() == "lead";
}

bool TellsRun(std::string_view figure_text) {
  std::string lower(figure_text);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  if (lower.find("in a row") != std::string::npos) return true;
  for (const std::string& w : SplitWords(lower))
    if (Is(R::kRunning, w) || w == "since") return true;
  return false;
}

bool GrowsYearly(const Figure& f) {
  if (f.quantity.unit.IsYears()) return TellsRun(f.text);
  if (!f.quantity.unit.IsCount() || f.text.size() < 3) return false;
  std::string lower(f.text);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  const std::vector<std::string> words = SplitWords(lower);
  if (words.empty()) return false;
  const std::string& last = words.back();
  const std::string tail = last.size() > 2 ? last.substr(last.size() - 2) : "";
  const bool digits = std::isdigit(static_cast<unsigned char>(last[0])) != 0;
  return digits ? (tail == "st" || tail == "nd" || tail == "rd" || tail == "th")
                : Is(R::kOrdinal, last);
}

// Left to right, the way the words are said: a cardinal adds to the group
// being read, "hundred" multiplies it, a larger scale closes it into the
// total; "and" before a fraction ("six and three-quarter") adds the share.
double NumberWordsValue(std::string_view phrase) {
  std::vector<std::string> words = SplitWords(phrase);
  double total = 0, group = 0;
  bool any = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "and") continue;
    if (const FigureWord* f = Lookup(R::kCardinal, w)) {
      if (i + 1 < words.size() && i > 0 && words[i - 1] == "and" &&
          FractionDenominator(words[i + 1]) > 0) {
        group += f->value / FractionDenominator(words[i + 1]);
        ++i;
      } else {
        group += f->value;
      }
      any = true;
    } else if (w == "a" && i > 0 && words[i - 1] == "and" &&
               i + 1 < words.size() && FractionDenominator(words[i + 1]) > 0) {
      group += 1.0 / FractionDenominator(words[i + 1]);
      ++i;
    } else if (w == "a" && i + 1 < words.size() &&
               Lookup(R::kScale, words[i + 1]) != nullptr) {
      group += 1;  // "a hundred", "a thousand"
      any = true;
    } else if (const FigureWord* f = Lookup(R::kScale, w)) {
      if (!any) return 0;
      if (f->value < 1e3) {
        group *= f->value;
      } else {
        total += group * f->value;
        group = 0;
      }
    } else {
      return 0;
    }
  }
  return any ? total + group : 0;
}

int OrdinalOf(std::string_view phrase) {
  if (!phrase.empty() && std::isdigit(static_cast<unsigned char>(phrase[0])))
    return std::atoi(std::string(phrase).c_str());
  std::vector<std::string> words = SplitWords(phrase);
  if (words.empty()) return 0;
  const FigureWord* last = Lookup(R::kOrdinal, words.back());
  if (last == nullptr) return 0;
  double before = 0;
  if (words.size() > 1) {
    std::string head(phrase.substr(0, phrase.rfind(words.back())));
    before = NumberWordsValue(head);
    if (before == 0) return 0;
  }
  return static_cast<int>(before + last->value);
}

std::string_view UnitOf(WordRole role, std::string_view phrase) {
  const FigureWord* f = Lookup(role, phrase);
  return f == nullptr ? std::string_view() : f->tag;
}

double UnitFactorOf(std::string_view phrase) {
  const FigureWord* f = Lookup(R::kUnit, phrase);
  return f == nullptr || f->value == 0 ? 1 : f->value;
}

Qualifier QualifierOf(WordRole role, std::string_view phrase,
                      Qualifier otherwise) {
  const FigureWord* f = Lookup(role, phrase);
  Qualifier q;
  if (f == nullptr || !ParseQualifier(std::string(f->tag), &q))
    return otherwise;
  return q;
}

int DirectionOf(WordRole role, std::string_view phrase) {
  const FigureWord* f = Lookup(role, phrase);
  return f == nullptr ? 0 : static_cast<int>(f->value);
}

bool Is(WordRole role, std::string_view word) {
  // A bit per role: more roles than a 64-bit word holds.
  using Roles = std::bitset<256>;
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, Roles>();
    for (const FigureWord& w : FigureWords())
      (*roles)[w.surface].set(static_cast<size_t>(w.role));
    return roles;
  }();
  auto it = kRoles->find(word);
  return it != kRoles->end() && it->second.test(static_cast<size_t>(role));
}

int StatesIn(std::string_view lower) {
  static const auto* const kStates = [] {
    auto* states = new std::vector<const FigureWord*>();
    for (const FigureWord& w : FigureWords())
      if (w.role == R::kState) states->push_back(&w);
    return states;
  }();
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  auto starts = [&](std::string_view text, size_t at, std::string_view w) {
    return text.substr(at, w.size()) == w &&
           (at + w.size() == text.size() || !letter(text[at + w.size()]));
  };
  int states = 0;
  // The stretch from the first state to the last, the states blanked out.
  size_t first = std::string_view::npos, last = 0;
  std::string rest(lower);
  for (const FigureWord* w : *kStates)
    for (size_t at = lower.find(w->surface); at != std::string_view::npos;
         at = lower.find(w->surface, at + 1)) {
      const size_t end = at + w->surface.size();
      if ((at > 0 && letter(lower[at - 1])) ||
          (end < lower.size() && letter(lower[end])))
        continue;  // whole words only: not "completely"
      // A verb's particle makes another verb: "built up", "complete with".
      size_t next = end;
      while (next < lower.size() && lower[next] == ' ') ++next;
      if (starts(lower, next, "up") || starts(lower, next, "with") ||
          starts(lower, next, "on"))
        continue;
      states |= static_cast<int>(w->value);
      first = std::min(first, at);
      last = std::max(last, end);
      for (size_t k = at; k < end; ++k) rest[k] = ' ';
    }
  if ((states & (states - 1)) == 0) return states;
  // "Either" only when one list holds them, "or" among its marks ("either
  // completed, under construction, or planned"); not "12 in operation,
  // while four more are planned or under construction".
  std::string_view gap = std::string_view(rest).substr(first, last - first);
  bool either = false;
  for (size_t at = 0; at < gap.size();) {
    if (gap[at] == ' ' || gap[at] == ',') {
      ++at;
    } else if (starts(gap, at, "or")) {
      either = true;
      at += 2;
    } else if (starts(gap, at, "and")) {
      at += 3;
    } else {
      return states;
    }
  }
  return either ? states | kStateEither : states;
}

uint8_t RoleOf(std::string_view word) {
  static const auto* const kRoles = [] {
    auto* roles = new std::unordered_map<std::string_view, uint8_t>();
    for (const FigureWord& w : FigureWords()) {
      if (w.role == R::kSpeechVerb) (*roles)[w.surface] |= kSpeech;
      if (w.role == R::kReportingVerb) (*roles)[w.surface] |= kReporting;
      if (w.role == R::kEvidenceWord) (*roles)[w.surface] |= kEvidence;
    }
    return roles;
  }();
  auto it = kRoles->find(word);
  return it == kRoles->end() ? 0 : it->second;
}

}  // namespace reader
}  // namespace figcheck

namespace figcheck {
namespace reader {

std::vector<int> EditionsIn(std::string_view text) {
  std::vector<int> out;
  auto alnum = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  };
  for (size_t i = 0; i < text.size();) {
    if (!alnum(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && alnum(text[j])) ++j;
    std::string word(text.substr(i, j - i));
    for (char& c : word)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t next = j;
    while (next < text.size() && text[next] == ' ') ++next;
    const bool capital_after =
        next > j && next < text.size() &&
        std::isupper(static_cast<unsigned char>(text[next]));
    if (capital_after) {
      size_t digits = 0;
      while (digits < word.size() &&
             std::isdigit(static_cast<unsigned char>(word[digits])))
        ++digits;
      std::string_view suffix = std::string_view(word).substr(digits);
      if (digits > 0 && digits <= 3 &&
          (suffix == "th" || suffix == "st" || suffix == "nd" ||
           suffix == "rd")) {
        out.push_back(std::atoi(word.substr(0, digits).c_str()));
      } else if (const FigureWord* f = Lookup(WordRole::kOrdinal, word)) {
        out.push_back(static_cast<int>(f->value));
      }
    }
    i = j;
  }
  return out;
}

}  // namespace reader
}  // namespace figcheck
