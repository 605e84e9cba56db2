// Collects the words of a sentence that can name a figure's subject.
// Method: the sentence's word tokens outside figures and periods, then
// three passes mark attribution: a clause with a speech verb and no figure,
// "according to …" and "said"/"reported" with their speaker, a closing
// credit "(Xinhua)"; a last pass marks the words of "per (unit of) X". What
// a word says about attribution comes from the figure-word table
// (core/reader/words.h). Tested by tests/reader/subject_test.cc and
// tests/reader_test.cc.
#include "core/reader/subject.h"

#include <algorithm>
#include <cctype>

#include "core/reader/names.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {
namespace {

class WordCollector : SentenceStage {
 public:
  WordCollector(const SentenceText& t, const std::vector<Token>& tokens,
                const std::vector<Mention>& mentions,
                const std::vector<PeriodMention>& periods)
      : SentenceStage(t),
        tokens_(tokens),
        mentions_(mentions),
        periods_(periods) {}

  SentenceWords Collect() {
    CollectWords();
    return {std::move(words_), std::move(boundaries_)};
  }

 private:
  void CollectWords();

  const std::vector<Token>& tokens_;
  const std::vector<Mention>& mentions_;
  const std::vector<PeriodMention>& periods_;
  std::vector<Word> words_;
  std::vector<uint32_t> boundaries_;
};

void WordCollector::CollectWords() {
  for (const Token& t : tokens_) {
    uint32_t a = s_.start + t.start, b = s_.start + t.end;
    if (t.type == TokenType::kWord) {
      bool inside = false;
      for (const Mention& m : mentions_)
        if (Overlaps(a, b, m.start, m.end) &&
            !(a >= m.counted_start && b <= m.counted_end))
          inside = true;
      for (const PeriodMention& pm : periods_)
        if (Overlaps(a, b, pm.start, pm.end)) inside = true;
      if (inside) continue;
      // The "th" of "6th", the "nm" of "14nm": part of a code, not a word.
      if (a > 0 && std::isdigit(static_cast<unsigned char>(text_[a - 1])))
        continue;
      std::string w = lower_.substr(a, b - a);
      // "foreign-invested", "Shanghai's": keep hyphen parts as words;
      // drop the possessive.
      w.erase(std::remove(w.begin(), w.end(), kIgnorable), w.end());
      words_.push_back({a, b, w});
    } else if (t.type == TokenType::kNumber &&
               clause::NumberEndsName(lower_, original_, s_, a)) {
      // The number of a name ("the Global 500 list") is a word of it.
      words_.push_back({a, b, lower_.substr(a, b - a)});
    } else if (t.type == TokenType::kPunct) {
      char c = text_[a];
      unsigned char u = static_cast<unsigned char>(c);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
          (u == 0xE2 && b - a == 3 &&
           static_cast<unsigned char>(text_[a + 1]) == 0x80 &&
           (static_cast<unsigned char>(text_[a + 2]) == 0x94 ||
            static_cast<unsigned char>(text_[a + 2]) == 0x93)))
        boundaries_.push_back(a);
      // "Shanghai's": the "s" after an apostrophe is not a word.
    }
  }
  // A small count in words is part of a subject too: "the three leading
  // industries" names the same set as "three industries".
  for (const Mention& m : mentions_)
    if (m.word && !m.fraction && m.q.unit.IsCount() && m.q.value <= 12)
      words_.push_back(
          {m.start, m.end, "#" + std::to_string(static_cast<int>(m.q.value))});
  std::sort(words_.begin(), words_.end(),
            [](const Word& x, const Word& y) { return x.start < y.start; });
  std::vector<uint8_t> roles(words_.size());
  for (size_t k = 0; k < words_.size(); ++k) roles[k] = RoleOf(words_[k].lower);
  // A clause of its own that only attributes (", analysts said", "(Xinhua
  // reported)") names a speaker, not a subject; one that opens with a
  // contrast ("Although it does not have the most listed firms, …", "…,
  // despite a slowdown in global flows") names what the figure is not.
  {
    std::vector<uint32_t> cuts = {s_.start};
    for (uint32_t b : boundaries_) cuts.push_back(b);
    cuts.push_back(s_.end);
    std::sort(cuts.begin(), cuts.end());
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      uint32_t lo = cuts[c], hi = cuts[c + 1];
      bool has_figure = false;
      for (const Mention& m : mentions_)
        if (m.start >= lo && m.end <= hi) has_figure = true;
      if (has_figure) continue;
      bool attributes = false, first = true;
      for (size_t k = 0; k < words_.size(); ++k) {
        if (words_[k].start < lo || words_[k].end > hi) continue;
        if ((roles[k] & kSpeech) ||
            (first && Is(WordRole::kContrastLead, words_[k].lower)))
          attributes = true;
        first = false;
      }
      if (!attributes) continue;
      for (Word& w : words_)
        if (w.start >= lo && w.end <= hi) w.attribution = true;
    }
  }
  // Attributions ("according to the city government", "…, said Mr. Li")
  // name a speaker, not a subject. "said" inside a clause ("officials said
  // (that) the GDP reached …", "…, the bureau said") has its speaker before
  // it, in its clause; what follows is what was said.
  auto boundary_between = [&](size_t j) {
    for (uint32_t b : boundaries_)
      if (b >= words_[j - 1].end && b < words_[j].start) return true;
    return false;
  };
  for (size_t i = 0; i < words_.size(); ++i) {
    bool according = words_[i].lower == "according" && i + 1 < words_.size() &&
                     words_[i + 1].lower == "to";
    bool said = Is(WordRole::kSayVerb, words_[i].lower);
    bool reporting = (roles[i] & kReporting) != 0;
    if (!according && !said && reporting) {
      said = i + 1 < words_.size() && words_[i + 1].lower == "that";
      for (size_t j = i; !said && j-- > 0 && j + 8 >= i;) {
        if (boundary_between(j + 1)) break;
        if (roles[j] & kEvidence) said = true;
      }
    }
    if (!according && !said) continue;
    size_t last = i;
    while (last + 1 < words_.size() && last + 1 <= i + 8 &&
           !boundary_between(last + 1))
      ++last;
    bool speaker_after = according;
    if (said && (i == 0 || boundary_between(i))) {
      speaker_after = i + 1 >= words_.size() || words_[i + 1].lower != "that";
      // (What was said, when a figure follows in the words' clause: "Gong,
      // speaking at a briefing, said the city's GDP reached 4.72 trillion".)
      uint32_t hi = last + 1 < words_.size() ? words_[last + 1].start : s_.end;
      for (uint32_t b : boundaries_)
        if (b >= words_[i].end && b < hi) hi = b;
      for (const Mention& m : mentions_)
        if (m.start >= words_[i].end && m.start < hi) speaker_after = false;
    }
    if (speaker_after) {
      for (size_t j = i + 1; j <= last; ++j) words_[j].attribution = true;
      continue;
    }
    // (The verb of saying too: "We have noticed that …" is about no
    // noticing.)
    words_[i].attribution = true;
    for (size_t j = i; j-- > 0;) {
      if (boundary_between(j + 1)) break;
      bool figure = false;
      for (const Mention& m : mentions_)
        if (m.start < words_[j].end && m.end > words_[j].start) figure = true;
      if (figure) break;
      words_[j].attribution = true;
    }
  }
  // A credit in brackets closing the sentence, "(Xinhua)", "(Reuters
  // reported)", names a source, when it holds no figure.
  if (!words_.empty()) {
    std::string_view tail(lower_.data() + words_.back().end,
                          s_.end - words_.back().end);
    size_t open = lower_.rfind('(', words_.back().start);
    if (tail.find(')') != std::string_view::npos &&
        tail.find_first_not_of(") .!?\"'\u2019\u201d") ==
            std::string_view::npos &&
        open != std::string::npos && open >= s_.start &&
        std::none_of(mentions_.begin(), mentions_.end(),
                     [&](const Mention& m) { return m.end > open; }))
      for (Word& w : words_)
        if (w.start > open) w.attribution = true;
  }
  // Words in a "per (unit of) X" phrase, up to the next verb-like word.
  for (size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].lower != "per") continue;
    // "per capita disposable income": "per capita" qualifies what follows.
    Unit per;
    if (i + 1 < words_.size() &&
        Unit::Parse(UnitOf(WordRole::kPerUnit, words_[i + 1].lower), &per) &&
        per.dimension() == Dimension::kPeople)
      continue;
    for (size_t j = i + 1; j < words_.size() && j <= i + 6; ++j) {
      const std::string& w = words_[j].lower;
      if (Is(WordRole::kPhraseEnd, w)) break;
      words_[j].modifier = true;
    }
  }
  // Drop possessive "s" tokens left by "Shanghai's" / "Shanghai’s".
  words_.erase(std::remove_if(words_.begin(), words_.end(),
                              [&](const Word& w) {
                                return w.lower == "s" && w.start > 0 &&
                                       (text_[w.start - 1] == '\'' ||
                                        static_cast<unsigned char>(
                                            text_[w.start - 1]) == 0x99);
                              }),
               words_.end());
}

}  // namespace

SentenceWords CollectWords(const SentenceText& sentence,
                           const std::vector<Token>& tokens,
                           const std::vector<Mention>& mentions,
                           const std::vector<PeriodMention>& periods) {
  return WordCollector(sentence, tokens, mentions, periods).Collect();
}

}  // namespace reader
}  // namespace figcheck
