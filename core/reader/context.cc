// Reads a text sentence by sentence (ReadFigures, core/reader.h) and gives
// each figure the context of the sentences before it. Method: each sentence
// goes through the stages of core/reader/ (mentions → quantity → period →
// subject words → frame); then the terms of the sentence before are added,
// a little always and much when this one opens with "these", "that",
// "it" or "and", fading along a paragraph, and the topic of an "In terms
// of X," carries to the sentences after it in its paragraph. Tested by
// tests/reader_test.cc; tests/reader_screens_test.cc checks that the
// screens before patterns change nothing.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "core/reader.h"
#include "core/reader/clause_frame.h"
#include "core/reader/frame.h"
#include "core/reader/mentions.h"
#include "core/reader/patterns.h"
#include "core/reader/period.h"
#include "core/reader/quantity.h"
#include "core/reader/subject.h"

namespace figcheck {
namespace {

using re2::RE2;
using re2::StringPiece;
using reader::FramedSentence;
using reader::Mention;
using reader::P;
using reader::PeriodMention;
using reader::SentenceText;
using reader::SentenceWords;

// Weight of the sentence before as context: a little always ("So far,
// there have been 570 companies listed" after a sentence on the STAR
// Market), much when this one opens with "these", "that", "it", "and".
constexpr float kPreviousWeight = 0.3f;
constexpr float kAnaphorWeight = 0.85f;
// Context fainter than this is dropped (keeps the fact base small): the
// sentence before's plain context (0.3) is kept, halved once more (0.15)
// it is not. Measured: 1.7 KB less of the fact base gzipped, no verdict of
// either dev set changed, one more supported figure in the news fixture.
constexpr float kMinContextWeight = 0.16f;
// How much of a sentence's inherited context passes on to the next one.
constexpr float kChainDecay = 0.5f;
// Subject words set by an "In terms of X," earlier in the paragraph.
constexpr float kTopicCarryWeight = 0.6f;

// Whether a sentence tells of the past and of no other time: a verb in
// the past ("was", "grew", "we completed the …", "initiated 10 …"), and no
// word of the present or the future ("has issued 90,000" is a running
// total to date), nor a time of its own ("when it first opened"). An "-ed"
// word is a verb only before a function word or a number: "integrated
// circuit", "funded projects" are adjectives; after a comma ("…, based
// in …") it is an aside.
bool TellsOfPast(const std::string& lower, Span s,
                 const std::vector<Token>& tokens, const Lexicon& lexicon) {
  auto word = [&](size_t k) {
    const Token& t = tokens[k];
    return std::string_view(lower.data() + s.start + t.start, t.end - t.start);
  };
  bool past = false;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].type != TokenType::kWord) continue;
    std::string_view w = word(k);
    if (reader::Is(reader::WordRole::kNotPast, w)) return false;
    if (reader::Is(reader::WordRole::kPastVerb, w)) past = true;
    if (past || w.size() <= 4 || w.compare(w.size() - 2, 2, "ed") != 0)
      continue;
    size_t before = k, after = k + 1;
    while (before > 0 && tokens[before - 1].type == TokenType::kSpace) --before;
    while (after < tokens.size() && tokens[after].type == TokenType::kSpace)
      ++after;
    if (before > 0 && tokens[before - 1].type == TokenType::kPunct) continue;
    if (after < tokens.size() &&
        (tokens[after].type == TokenType::kNumber ||
         (tokens[after].type == TokenType::kWord &&
          lexicon.IsStopword(std::string(word(after))))))
      past = true;
  }
  return past;
}

// A past account's period, carried from the sentence of a source that
// states it to the past-tense sentences after it that date nothing of
// their own ("Last year was the plan's first year. We rebuilt 40 piers …"). A
// new paragraph, a sentence of another time, two periods or a year ahead (a
// goal's) end it.
class PastAccount {
 public:
  explicit PastAccount(Date date) : year_now_(date.year) {}
  void NewParagraph() { period_.reset(); }

  // Dates the sentence's undated figures, then takes its period on.
  void Read(const std::vector<PeriodMention>& periods, bool past,
            std::vector<Figure>* figures) {
    if (!past) {
      period_.reset();
      return;
    }
    if (periods.empty()) {
      if (period_.has_value())
        for (Figure& f : *figures)
          if (f.period.empty() && !f.target) f.period = *period_;
      return;
    }
    period_.reset();
    for (const PeriodMention& pm : periods) {
      if (!pm.period.stated || pm.period.empty() || pm.period.to > year_now_)
        continue;
      if (period_.has_value() && period_->from != pm.period.from) {
        period_.reset();
        return;
      }
      period_ = pm.period;
    }
  }

 private:
  int year_now_;
  std::optional<Period> period_;
};

// "Its added value increased from A in 2011 to B in 2021. Its output
// increased from C to D.": a from-to pair with no year of its own, right
// after a sentence whose last pair has a year at each end, is of those two
// years. A new paragraph ends it.
class ParallelPair {
 public:
  void NewParagraph() { years_.reset(); }
  // `own_time`: the sentence names a time of its own ("since then", "this
  // year", any period): its pairs are not the sentence before's years.
  void Read(bool own_time, std::vector<Figure>* figures) {
    std::optional<std::pair<Period, Period>> here;
    if (own_time) years_.reset();
    for (Figure& from : *figures) {
      if (from.pair < 0 || !from.pair_from ||
          static_cast<size_t>(from.pair) >= figures->size())
        continue;
      Figure& to = (*figures)[static_cast<size_t>(from.pair)];
      if (from.period.empty() && to.period.empty() && !from.target &&
          years_.has_value()) {
        from.period = years_->first;
        to.period = years_->second;
      } else if (from.period.stated && to.period.stated &&
                 from.period.is_year() && to.period.is_year() &&
                 from.period.from < to.period.from) {
        here = std::make_pair(from.period, to.period);
      }
    }
    years_ = here;
  }

 private:
  std::optional<std::pair<Period, Period>> years_;
};

// A sentence's tokens and the numbers found in it: the first stage, run
// over a whole text before the others.
struct Found {
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
};

Found FindInSentence(const SentenceText& sentence) {
  const Span& s = sentence.span;
  Found found;
  found.tokens = Tokenize(
      std::string_view(sentence.lower).substr(s.start, s.end - s.start));
  found.mentions = reader::FindMentions(sentence, found.tokens);
  return found;
}

// The other stages, in order, over one sentence; a source's past account
// carried on (PastAccount, ParallelPair).
FramedSentence ReadSentence(const SentenceText& sentence, Found found,
                            Date date, const Lexicon& lexicon, ReadMode mode,
                            PastAccount* account, ParallelPair* pairs) {
  const Span& s = sentence.span;
  const std::vector<Token>& tokens = found.tokens;
  std::vector<Mention> mentions =
      reader::ReadQuantities(sentence, std::move(found.mentions));
  std::vector<PeriodMention> periods =
      reader::FindPeriods(sentence, mentions, date, mode == ReadMode::kSource);
  SentenceWords words =
      reader::CollectWords(sentence, tokens, mentions, periods);
  FramedSentence read = reader::FrameFigures(sentence, mentions, periods, words,
                                             date, lexicon, mode);
  if (mode == ReadMode::kSource) {
    account->Read(periods, TellsOfPast(sentence.lower, s, tokens, lexicon),
                  &read.figures);
    bool own_time = !periods.empty();
    const std::string_view text =
        std::string_view(sentence.lower).substr(s.start, s.end - s.start);
    for (const Token& t : tokens) {
      if (t.type != TokenType::kWord) continue;
      const std::string_view w = text.substr(t.start, t.end - t.start);
      for (std::string_view x : {"since", "then", "now", "currently", "later",
                                 "afterwards", "today", "this"})
        own_time = own_time || w == x;
    }
    pairs->Read(own_time, &read.figures);
  }
  return read;
}

bool StartsWithAnaphor(const std::string& lower, Span s) {
  return RE2::PartialMatch(StringPiece(lower.data() + s.start, s.end - s.start),
                           P().anaphor);
}

// "… the three leading industries … In 2021, the total scale of three
// industries amounted to …": a small count of things the sentence before
// named refers back to them.
bool CountsBack(const std::string& lower, Span s, const Lexicon& lexicon,
                const std::vector<std::pair<std::string, float>>& previous) {
  std::string noun;
  if (!RE2::PartialMatch(StringPiece(lower.data() + s.start, s.end - s.start),
                         P().count_back, &noun))
    return false;
  for (const Lexicon::Term& t : lexicon.CanonicalizeWord(noun))
    for (const auto& [term, weight] : previous)
      if (term == t.stem && weight >= 1.0f) return true;
  return false;
}

}  // namespace

std::vector<SentenceFigures> ReadFigures(std::string_view text, Date date,
                                         const Lexicon& lexicon,
                                         ReadMode mode) {
  std::string lower = FoldForMatching(text);
  std::vector<Span> fenced = reader::FenceDates(lower);
  std::vector<SentenceFigures> out;
  std::vector<std::pair<std::string, float>> previous;
  // "In terms of metaverse, …": the topic of the sentences that follow in
  // the same paragraph, until the next such phrase.
  std::vector<std::string> topic;
  uint32_t last_end = 0;
  const std::vector<Span> spans = SplitSentences(text);
  std::vector<Found> found;
  found.reserve(spans.size());
  bool any = false;
  for (const Span& s : spans) {
    found.push_back(FindInSentence({lower, text, s, fenced}));
    any = any || !found.back().mentions.empty();
  }
  // Every figure starts as a number found here. A claim with none has
  // nothing to check, and what its sentences are about matters to no
  // figure: it is read no further (a third of the sentences a scan's byte
  // screen lets through are such: "remained", "top", "since").
  if (!any && mode == ReadMode::kClaim) {
    for (const Span& s : spans) out.push_back({s, {}, {}});
    return out;
  }
  PastAccount account(date);
  ParallelPair pairs;
  for (size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (std::string_view(lower.data() + last_end, s.start - last_end)
            .find('\n') != std::string_view::npos) {
      topic.clear();  // a new paragraph: only the last sentence carries over
      account.NewParagraph();
      pairs.NewParagraph();
      previous.erase(
          std::remove_if(previous.begin(), previous.end(),
                         [](const auto& t) { return t.second < 1.0f; }),
          previous.end());
    }
    last_end = s.end;
    std::string phrase;
    StringPiece sentence(lower.data() + s.start, s.end - s.start);
    if (reader::MayOpenTopic(sentence) &&
        RE2::PartialMatch(sentence, P().topic, &phrase)) {
      std::vector<std::string> words;
      std::string w;
      for (char c : phrase) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '&') {
          w += c;
        } else if (!w.empty()) {
          words.push_back(w);
          w.clear();
        }
      }
      if (!w.empty()) words.push_back(w);
      topic.clear();
      for (const Lexicon::Term& t : lexicon.Canonicalize(words))
        if (!lexicon.IsStopword(t.stem)) topic.push_back(t.stem);
    }
    FramedSentence read =
        ReadSentence({lower, text, s, fenced}, std::move(found[i]), date,
                     lexicon, mode, &account, &pairs);
    SentenceFigures sf;
    sf.sentence = s;
    sf.figures = std::move(read.figures);
    if (!sf.figures.empty() && !previous.empty()) {
      float w =
          StartsWithAnaphor(lower, s) || CountsBack(lower, s, lexicon, previous)
              ? kAnaphorWeight
              : kPreviousWeight;
      for (Figure& f : sf.figures) {
        std::map<std::string, float> merged(f.terms.begin(), f.terms.end());
        for (const auto& [k, v] : previous) {
          if (v * w < kMinContextWeight) continue;  // too faint to matter
          float& slot = merged[k];
          slot = std::max(slot, v * w);
        }
        f.terms.assign(merged.begin(), merged.end());
      }
    }
    if (!topic.empty()) {
      for (Figure& f : sf.figures) {
        std::map<std::string, float> merged(f.terms.begin(), f.terms.end());
        for (const std::string& t : topic) {
          float& slot = merged[t];
          slot = std::max(slot, kTopicCarryWeight);
        }
        f.terms.assign(merged.begin(), merged.end());
      }
    }
    // Context chains through a paragraph: "…STAR Market… So far, 570
    // companies… Among these, 90 …" — what this sentence inherited passes
    // on, fainter.
    std::map<std::string, float> next;
    for (const auto& [term, w] : previous)
      if (w * kChainDecay >= kMinContextWeight) next[term] = w * kChainDecay;
    for (const auto& [term, w] : read.terms) {
      sf.terms.push_back(term);
      next[term] = 1.0f;
    }
    previous.assign(next.begin(), next.end());
    out.push_back(std::move(sf));
  }
  ReadFrames(text, lexicon, mode, &out);
  return out;
}

}  // namespace figcheck
