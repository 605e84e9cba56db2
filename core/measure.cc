// Naming what a figure measures, from the words of its sentence: for a
// count, the words after the number that the reader took as counted; else
// the nearest noun phrase before the figure, reached across link words
// only (the lexicon's stopwords: "reached", "was", "accounted for", "of"),
// number words and the place or organisation names of the clause ("the
// import-export value of the CBD has surged from"). The phrase is the
// run of content words there, with the measure nouns of kMeasureNouns
// ("value", "scale"); a run of measure nouns alone ("a size of") is passed
// over for the phrase it belongs to. A verb the lexicon does not know
// ("marks", "generate") ends the search: past it lies another clause.
// Tested by tests/measure_test.cc.
#include "core/measure.h"

#include <algorithm>
#include <vector>

#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace {

bool IsCount(const Quantity& q) { return q.unit.IsCount() || q.unit.empty(); }

// Counted things are named by this many words at most ("new
// foreign-invested enterprises"); a longer run is prose, not a name.
constexpr size_t kMaxCountedWords = 5;

bool NumberWord(const std::string& lower) {
  return reader::WordNumber(lower) != 0 || reader::ScaleOf(lower) != 1 ||
         reader::MultipleOf(lower) != 0 ||
         reader::FractionDenominator(lower) != 0 || lower == "dozen" ||
         lower == "dozens" || lower == "hundreds" || lower == "thousands";
}

// A measure is named by this many words at most ("artificial intelligence
// industry scale"); link words are skipped for at most kMeasureGap words
// between it and the figure.
constexpr size_t kMeasureWords = 4;
constexpr int kMeasureGap = 8;

// Nouns that say how much of something without saying of what: stopwords
// to the lexicon (they name no subject), but part of a measure's name
// ("industrial added value").
constexpr std::string_view kMeasureNouns[] = {
    "value", "volume", "scale", "size", "amount", "number", "level", "share"};

bool IsMeasureNoun(std::string_view lower) {
  return std::find(std::begin(kMeasureNouns), std::end(kMeasureNouns), lower) !=
         std::end(kMeasureNouns);
}

// Words the reader reads as part of a figure ("yuan", "surged", "more
// than", "said") say how a figure is put, not what it is about. Words it
// only weighs a clause by ("research" as evidence, "added" as in "set
// up") can name a measure, and do not count.
bool IsFigureWord(const std::string& lower) {
  using reader::WordRole;
  static const auto* words = [] {
    auto* out = new std::vector<std::string>;
    for (const reader::FigureWord& fw : reader::FigureWords())
      if (fw.role != WordRole::kParticleVerb &&
          fw.role != WordRole::kEvidenceWord &&
          fw.role != WordRole::kReportingVerb &&
          fw.role != WordRole::kPlaceNoun && fw.role != WordRole::kRankHolder &&
          fw.role != WordRole::kLabel && fw.role != WordRole::kNewKind)
        out->push_back(AsciiLower(fw.surface));
    std::sort(out->begin(), out->end());
    return out;
  }();
  return std::binary_search(words->begin(), words->end(), lower);
}

bool IsPreposition(std::string_view lower) {
  return lower == "of" || lower == "in" || lower == "at" || lower == "for" ||
         lower == "from" || lower == "by" || lower == "with" || lower == "on";
}

bool EndsWith(std::string_view w, std::string_view tail) {
  return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
}

}  // namespace

// What a fact's count counts, as its sentence writes it: the words after
// the number (inside the figure's text or after it) up to the last noun the
// reader took as counted, never past punctuation but a hyphen, nor past a
// word that names nothing. Empty when the sentence does not say.
std::string CountedWords(const Lexicon& lexicon, std::string_view sentence,
                         uint32_t sentence_start, const Figure& g) {
  if (!IsCount(g.quantity) || g.nouns.empty()) return "";
  if (g.start < sentence_start || g.start - sentence_start > sentence.size())
    return "";
  std::string_view text = sentence.substr(g.start - sentence_start);
  const std::string& head = g.nouns.back();
  std::vector<Token> tokens = Tokenize(text);
  auto next_is_hyphen = [&](size_t i) {
    return i + 1 < tokens.size() && tokens[i + 1].type == TokenType::kPunct &&
           text.substr(tokens[i + 1].start, 1) == "-";
  };
  std::string out;
  size_t words = 0;
  bool in_number = true;  // still reading the figure's digits and scales
  bool digits = false;    // a digit came: only scales continue the number
  bool joined = false;    // a hyphen came last
  bool head_seen =
      false;  // the head noun, inside a compound ("membership-only")
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string_view piece = text.substr(t.start, t.end - t.start);
    if (t.type == TokenType::kSpace) {
      if (t.newline) break;
      joined = false;
      continue;
    }
    if (t.type == TokenType::kNumber) {
      if (!in_number) break;
      digits = true;
      continue;
    }
    if (t.type == TokenType::kPunct) {
      if (in_number) continue;  // "US$", a group separator
      if (piece == "-" && !out.empty()) {
        out += '-';
        joined = true;
        continue;
      }
      break;
    }
    std::string lower = AsciiLower(piece);
    if (in_number && (digits ? reader::ScaleOf(lower) != 1 || lower == "dozen"
                             : NumberWord(lower)))
      continue;
    in_number = false;
    std::vector<Lexicon::Term> terms = lexicon.CanonicalizeWord(lower);
    std::string stem = terms.empty() ? Stem(lower) : terms[0].stem;
    bool counted =
        std::find(g.nouns.begin(), g.nouns.end(), stem) != g.nouns.end();
    // "domestic and overseas professionals": the head is still to come (it
    // would have ended the name already), so "and" joins words before it.
    if ((lower == "and" || lower == "or") && !out.empty() && !head_seen) {
      out += ' ';
      out += piece;
      continue;
    }
    if (!counted && !joined && !head_seen && lexicon.IsStopword(lower)) break;
    const bool compound = joined;  // this word goes on a hyphenated one
    if (!out.empty() && !joined) out += ' ';
    out += piece;
    joined = false;
    if (++words >= kMaxCountedWords) break;
    // The head ends the name, unless a compound goes on from it: then the
    // noun after the compound does ("a dozen membership-only supermarkets").
    if (next_is_hyphen(i)) {
      head_seen = head_seen || stem == head;
      continue;
    }
    if (stem == head || (head_seen && !compound)) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string MeasureName(const Lexicon& lexicon, std::string_view sentence,
                        uint32_t sentence_start, const Figure& figure) {
  if (IsCount(figure.quantity)) {
    std::string counted =
        CountedWords(lexicon, sentence, sentence_start, figure);
    if (!counted.empty()) return counted;
  }
  if (figure.start < sentence_start ||
      figure.start - sentence_start > sentence.size())
    return "";
  std::string_view before = sentence.substr(0, figure.start - sentence_start);
  std::vector<Token> tokens = Tokenize(before);
  auto piece = [&](size_t i) {
    return before.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  };
  auto apostrophe = [&](size_t i) {
    return i < tokens.size() && tokens[i].type == TokenType::kPunct &&
           (piece(i) == "'" || piece(i) == "\u2019");
  };
  // What comes before token `i`, articles and numbers passed over: 0
  // nothing of note, 1 a preposition, 2 a preposition and "the". After
  // one, a phrase is a complement ("in three batches", "of the zone"),
  // not the measure; "the use of foreign capital" names it by the
  // complement, so a bare preposition drops only names and numbered runs.
  auto complement = [&](size_t i) {
    bool definite = false;
    while (i-- > 0) {
      if (tokens[i].type == TokenType::kSpace ||
          tokens[i].type == TokenType::kNumber)
        continue;
      if (tokens[i].type != TokenType::kWord) return 0;
      std::string lower = AsciiLower(piece(i));
      if (lower == "the") definite = true;
      if (lower == "the" || lower == "a" || lower == "an" || NumberWord(lower))
        continue;
      return IsPreposition(lower) ? (definite ? 2 : 1) : 0;
    }
    return 0;
  };
  std::vector<std::string_view> run;  // backwards
  bool nouns_only = true;             // measure nouns alone ("a size of")
  bool names_only = true;             // places and names alone ("the CBD")
  bool numbered = false;              // a number came right before it
  int gap = 0;
  // At the end of a run: whether it names the measure; else it is dropped
  // and the search goes on.
  size_t first = 0;  // the token the run starts at
  auto accept = [&] {
    if (run.empty() || nouns_only) return false;
    int kind = complement(first);
    return kind == 0 || (kind == 1 && !names_only && !numbered);
  };
  auto drop = [&] {
    run.clear();
    nouns_only = names_only = true;
    numbered = false;
  };
  bool found = false;
  bool article_after = false;  // the word after this one is an article
  for (size_t i = tokens.size(); i-- > 0 && !found;) {
    const Token& t = tokens[i];
    if (t.type == TokenType::kSpace) continue;
    std::string_view word = piece(i);
    if (t.type == TokenType::kPunct) {
      // A hyphen or "&" joins a compound ("import-export"); an apostrophe
      // ends an owner's name ("the city's"); other marks end the clause.
      if ((word == "-" || word == "&") && !run.empty() && i > 0 &&
          tokens[i - 1].type == TokenType::kWord) {
        std::string_view prev = piece(i - 1);
        run.back() = std::string_view(
            prev.data(), run.back().data() + run.back().size() - prev.data());
        first = --i;
        continue;
      }
      if (word == "(" || word == ")" || word == "\u201c" || word == "\u201d" ||
          word == "\"")
        continue;
      found = accept();
      if (found || !run.empty() || word != "$") break;
      continue;
    }
    if (t.type == TokenType::kNumber) {
      if (!run.empty()) numbered = true;
      if ((found = accept())) break;
      drop();
      if (++gap > kMeasureGap) break;
      continue;
    }
    std::string lower = AsciiLower(word);
    if (lower == "s" && apostrophe(i - 1)) continue;  // the "s" of "city's"
    std::vector<Lexicon::Term> terms = lexicon.CanonicalizeWord(lower);
    const std::string stem = terms.empty() ? Stem(lower) : terms[0].stem;
    const bool name = lexicon.IsPlace(stem) ||
                      std::find(figure.names.begin(), figure.names.end(),
                                stem) != figure.names.end();
    const bool measure_noun = IsMeasureNoun(lower);
    // Adverbs ("cumulatively") are passed over like link words.
    const bool link =
        !measure_noun && (lexicon.IsStopword(lower) || IsFigureWord(lower) ||
                          NumberWord(lower) || EndsWith(lower, "ly") ||
                          (name && apostrophe(i + 1)));
    // A word right before an article, nearest the figure, is a verb
    // ("marks a 7-percent rise"): the clause has no name before it.
    if (!link && run.empty() && article_after) break;
    article_after = lower == "a" || lower == "an" || lower == "the";
    // "added value": a participle before a measure noun is its modifier.
    const bool modifier = link && !run.empty() && nouns_only &&
                          EndsWith(lower, "ed") && !lexicon.IsStopword(lower);
    if ((!link || modifier) && run.size() < kMeasureWords) {
      article_after = false;
      run.push_back(word);
      first = i;
      nouns_only = nouns_only && measure_noun;
      names_only = names_only && name;
      continue;
    }
    if ((found = accept())) break;
    drop();
    if (!link || ++gap > kMeasureGap) break;
  }
  if (!found && !accept()) return "";
  // A lone word ending in -ed, -ing or -al is a verb or an adjective
  // ("designated", "maintaining", "industrial"), not a name.
  if (run.size() == 1 && (EndsWith(run[0], "ed") || EndsWith(run[0], "ing") ||
                          EndsWith(run[0], "al")))
    return "";
  // As written, brackets inside included ("initial public offering (IPO)
  // funds").
  const char* from = run.back().data();
  return std::string(from, run.front().data() + run.front().size() - from);
}

}  // namespace figcheck
