// Coverage summary of a fact base: per document its figures and their
// years; across the sources the topics their figures are about, each with
// its years. A topic is a measure as core/measure.h names it (what a
// count counts, the noun phrase that leads to an amount, a share or a
// rate), or the phrase after a topic opener ("in terms of container
// throughput") for a rank or a run of years. Only named measures count:
// a name must hold two content words once the lexicon has folded it
// (stems, synonyms; stopwords and the nouns of how much, "value", "size",
// dropped), or be an acronym ("GDP"). A bare noun ("land", "funds",
// "ports") names a kind of thing, not a measure a reader would ask about.
// Counts written in words ("three aspects", "five centers") number the
// parts of an argument, not a statistic, and are left out. Names whose
// words are a subset of another's with as many figures join it ("foreign
// companies" → "new foreign-invested enterprises"); a figure, named or
// not ("bringing the total number to 956"), is about every topic whose
// words its own clause holds. Topics are ranked by how many figures, then
// documents and years, hold them. Nothing here knows a document or a claim.
// Tested by tests/factbase_test.cc (stored as compiled), tests/web/api.test.mjs
// (what it names) and tests/web/e2e.test.mjs (the page's list).
#include "core/coverage.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/json_writer.h"
#include "core/measure.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace {

// A figure is about a topic when the terms of its own clause hold all of
// the topic's words: terms of this weight (1 in its clause, less for the
// sentence around it and the sentence before).
constexpr float kOwnClauseWeight = 0.9f;
// Nouns that say how much without saying of what ("added value", "a size
// of"): no part of what a topic is about.
constexpr std::string_view kAmountNouns[] = {
    "value",  "values", "volume", "volumes", "scale", "size", "amount",
    "number", "level",  "share",  "total",   "unit",  "units"};

void WriteYears(JsonWriter& w, const std::set<int>& years) {
  w.BeginArray();
  for (int y : years) w.Int(y);
  w.EndArray();
}

void AddYears(std::set<int>& years, const Period& p) {
  if (p.from != 0) years.insert(p.from);
  if (p.to != 0) years.insert(p.to);
}

bool HasRole(std::string_view lower, reader::WordRole role) {
  static const auto* words = [] {
    auto* out = new std::vector<std::string>;
    for (const reader::FigureWord& fw : reader::FigureWords())
      out->push_back(AsciiLower(fw.surface) + '\0' +
                     static_cast<char>(fw.role));
    std::sort(out->begin(), out->end());
    return out;
  }();
  std::string entry = std::string(lower) + '\0' + static_cast<char>(role);
  return std::binary_search(words->begin(), words->end(), entry);
}

bool IsNumberWord(std::string_view lower) {
  using reader::WordRole;
  return HasRole(lower, WordRole::kCardinal) ||
         HasRole(lower, WordRole::kScale) || HasRole(lower, WordRole::kOrdinal);
}

bool IsAmountNoun(std::string_view lower) {
  return std::find(std::begin(kAmountNouns), std::end(kAmountNouns), lower) !=
         std::end(kAmountNouns);
}

// "GDP", "R&D", "ATMs": an acronym names one measure on its own.
bool IsAcronym(std::string_view word) {
  if (word.size() > 2 && word.back() == 's') word.remove_suffix(1);
  size_t capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z')
      ++capitals;
    else if (c != '&')
      return false;
  }
  return capitals >= 2;
}

// A name as a topic: the words as written, trimmed of what only says how a
// figure is put ("new", "total", number words) at either end, and its key,
// the sorted canonical stems of the words that say what it is about.
struct TopicName {
  std::string name;
  std::vector<std::string> key;
  bool acronym = false;
};

TopicName ReadTopicName(const Lexicon& lexicon, std::string_view text) {
  TopicName out;
  std::vector<Token> tokens = Tokenize(text);
  // Words joined by hyphens are one compound ("new-generation",
  // "twenty-foot"): trimmed whole or not at all.
  struct Compound {
    size_t first, last;  // tokens
    bool edge = true;    // every word only says how a figure is put
  };
  std::vector<Compound> compounds;
  std::vector<std::string> words;    // lower case, for the lexicon
  std::vector<std::string> dropped;  // stems of the words that say how much
  bool joined = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string_view piece = text.substr(t.start, t.end - t.start);
    if (t.type == TokenType::kNumber) return {};  // "12-inch wafers": prose
    if (t.type == TokenType::kPunct && piece == "-" && !compounds.empty() &&
        compounds.back().last + 1 == i) {
      joined = true;
      continue;
    }
    if (t.type != TokenType::kWord) {
      joined = false;
      continue;
    }
    std::string lower = AsciiLower(piece);
    const bool amount = IsAmountNoun(lower);
    const bool edge =
        !amount && (lexicon.IsStopword(lower) || IsNumberWord(lower) ||
                    HasRole(lower, reader::WordRole::kCountModifier));
    if (amount || edge) dropped.push_back(Stem(lower));
    if (!(amount || edge)) out.acronym = out.acronym || IsAcronym(piece);
    if (joined) {
      compounds.back().last = i;
      compounds.back().edge = compounds.back().edge && edge;
    } else {
      compounds.push_back({i, i, edge});
    }
    joined = false;
    words.push_back(lower);
  }
  auto kept = [&](const Compound& c) { return !c.edge; };
  auto first = std::find_if(compounds.begin(), compounds.end(), kept);
  if (first == compounds.end()) return {};
  auto last = std::find_if(compounds.rbegin(), compounds.rend(), kept);
  out.name = std::string(
      text.substr(tokens[first->first].start,
                  tokens[last->last].end - tokens[first->first].start));
  // Brackets left open ("Logistics Center (Type B") are a cut name.
  if (std::count(out.name.begin(), out.name.end(), '(') !=
      std::count(out.name.begin(), out.name.end(), ')'))
    return {};
  for (const Lexicon::Term& term : lexicon.Canonicalize(words))
    if (!lexicon.IsStopword(term.stem) &&
        std::find(dropped.begin(), dropped.end(), term.stem) == dropped.end())
      out.key.push_back(term.stem);
  std::sort(out.key.begin(), out.key.end());
  out.key.erase(std::unique(out.key.begin(), out.key.end()), out.key.end());
  return out;
}

// A name says what a measure is: two things it is about ("container
// throughput", "foreign capital"), or an acronym ("GDP").
bool NamesMeasure(const TopicName& t) {
  return !t.key.empty() && (t.key.size() >= 2 || t.acronym);
}

// The phrase after a topic opener of the figure's sentence ("ranked first
// for 14 consecutive years in terms of container throughput"): up to the
// end of the clause, at most four words.
std::string OpenedTopic(std::string_view sentence) {
  std::string lower = AsciiLower(sentence);
  for (const reader::FigureWord& fw : reader::FigureWords()) {
    if (fw.role != reader::WordRole::kTopicOpener) continue;
    std::string opener = AsciiLower(fw.surface) + " ";
    size_t at = lower.find(opener);
    if (at == std::string::npos ||
        (at > 0 && lower[at - 1] != ' ' && lower[at - 1] != ','))
      continue;
    std::string_view rest = sentence.substr(at + opener.size());
    std::vector<Token> tokens = Tokenize(rest);
    size_t end = 0, words = 0;
    for (const Token& t : tokens) {
      if (t.type == TokenType::kSpace) continue;
      if (t.type != TokenType::kWord && rest.substr(t.start, 1) != "-" &&
          rest.substr(t.start, 1) != "&")
        break;
      if (t.type == TokenType::kWord &&
          (HasRole(AsciiLower(rest.substr(t.start, t.end - t.start)),
                   reader::WordRole::kClauseJoin) ||
           ++words > 4))
        break;
      end = t.end;
    }
    return std::string(rest.substr(0, end));
  }
  return "";
}

// Whether a count's name ends in a noun the reader took as counted.
bool EndsInCounted(const FactBase& base, const TopicName& t, const Fact& f) {
  std::vector<Token> tokens = Tokenize(t.name);
  for (size_t i = tokens.size(); i-- > 0;) {
    if (tokens[i].type != TokenType::kWord) continue;
    std::string lower = AsciiLower(std::string_view(t.name).substr(
        tokens[i].start, tokens[i].end - tokens[i].start));
    std::vector<Lexicon::Term> terms = base.lexicon.CanonicalizeWord(lower);
    const std::string stem = terms.empty() ? Stem(lower) : terms.back().stem;
    const std::vector<std::string>& nouns = f.figure.nouns;
    return std::find(nouns.begin(), nouns.end(), stem) != nouns.end();
  }
  return false;
}

// A name that opens its sentence is capitalised by its place only
// ("Tourism revenue reached …"), unless a place or an acronym.
void LowerOpening(const Lexicon& lexicon, std::string_view sentence,
                  TopicName& t) {
  size_t at = sentence.find_first_not_of(" \t\"'");
  if (t.name.size() < 2 || at == std::string_view::npos ||
      sentence.substr(at, t.name.size()) != t.name || t.name[0] < 'A' ||
      t.name[0] > 'Z' || t.name[1] < 'a' || t.name[1] > 'z')
    return;
  size_t end = t.name.find_first_of(" -");
  std::string first = AsciiLower(t.name.substr(0, end));
  if (lexicon.IsPlace(Stem(first))) return;
  t.name[0] = static_cast<char>(t.name[0] - 'A' + 'a');
}

// What a fact's figure is about, as a topic; empty when its sentence does
// not name a measure.
TopicName TopicOf(const FactBase& base, const Fact& f) {
  const Sentence& s = base.sentences[f.sentence];
  const Unit unit = f.figure.quantity.unit;
  if (unit.IsRank() || unit.IsYears() || unit.IsMultiple())
    return ReadTopicName(base.lexicon, OpenedTopic(s.text));
  TopicName t = ReadTopicName(
      base.lexicon, MeasureName(base.lexicon, s.text, s.start, f.figure));
  // A count's name ends in what it counts; else the words were cut short
  // ("1,600 district-level corporate technology centers").
  if (!t.key.empty() && !f.figure.nouns.empty() && !EndsInCounted(base, t, f))
    t = {};
  LowerOpening(base.lexicon, s.text, t);
  if (!NamesMeasure(t)) {
    TopicName opened = ReadTopicName(base.lexicon, OpenedTopic(s.text));
    if (NamesMeasure(opened)) return opened;
  }
  return t;
}

// "three aspects", "a dozen supermarkets": a count in words.
bool SpelledCount(const Figure& g) {
  if (!g.quantity.unit.IsCount() && !g.quantity.unit.empty()) return false;
  return std::none_of(g.text.begin(), g.text.end(),
                      [](char c) { return c >= '0' && c <= '9'; });
}

struct Topic {
  std::string name;
  std::vector<std::string> key;
  std::vector<uint32_t> facts;
  size_t documents = 0;
  std::set<int> years;
};

bool Includes(const std::vector<std::string>& outer,
              const std::vector<std::string>& inner) {
  return std::includes(outer.begin(), outer.end(), inner.begin(), inner.end());
}

// The topics of a fact base, most documents and figures first.
std::vector<Topic> Topics(const FactBase& base) {
  std::vector<Topic> topics;
  std::unordered_map<std::string, size_t> by_key;  // key, joined → topic
  std::vector<uint32_t> counted;                   // the facts a topic may hold
  for (uint32_t i = 0; i < base.facts.size(); ++i) {
    const Fact& f = base.facts[i];
    if (SpelledCount(f.figure)) continue;
    counted.push_back(i);
    TopicName t = TopicOf(base, f);
    if (!NamesMeasure(t)) continue;
    std::string joined;
    for (const std::string& stem : t.key) joined += stem + ' ';
    auto [at, added] = by_key.emplace(joined, topics.size());
    if (added) {
      topics.emplace_back();
      topics.back().name = t.name;
      topics.back().key = t.key;
    }
    topics[at->second].facts.push_back(i);
  }
  // A name within another as often named joins it, the one named most.
  std::sort(topics.begin(), topics.end(), [](const Topic& a, const Topic& b) {
    return a.key.size() < b.key.size();
  });
  for (size_t i = 0; i < topics.size(); ++i) {
    Topic* into = nullptr;
    for (size_t j = i + 1; j < topics.size(); ++j)
      if (topics[j].key.size() > topics[i].key.size() &&
          topics[j].facts.size() >= topics[i].facts.size() &&
          Includes(topics[j].key, topics[i].key) &&
          (into == nullptr || topics[j].facts.size() > into->facts.size()))
        into = &topics[j];
    if (into == nullptr) continue;
    into->facts.insert(into->facts.end(), topics[i].facts.begin(),
                       topics[i].facts.end());
    topics[i].facts.clear();
  }
  topics.erase(std::remove_if(topics.begin(), topics.end(),
                              [](const Topic& t) { return t.facts.empty(); }),
               topics.end());
  // A figure is about every topic its own clause holds all the words of,
  // named or not ("bringing the total number to 956", after "65 regional
  // headquarters"; "ranked first in terms of container throughput").
  for (uint32_t i : counted) {
    std::vector<std::string> own;
    for (const TermWeight& tw : base.TermsOf(i))
      if (tw.weight >= kOwnClauseWeight) own.push_back(base.TermName(tw.term));
    std::sort(own.begin(), own.end());
    for (Topic& t : topics)
      if (Includes(own, t.key) &&
          std::find(t.facts.begin(), t.facts.end(), i) == t.facts.end())
        t.facts.push_back(i);
  }
  for (Topic& t : topics) {
    std::vector<uint32_t> docs;
    for (uint32_t i : t.facts) {
      docs.push_back(base.sentences[base.facts[i].sentence].doc);
      AddYears(t.years, base.facts[i].figure.period);
    }
    std::sort(docs.begin(), docs.end());
    t.documents = static_cast<size_t>(std::unique(docs.begin(), docs.end()) -
                                      docs.begin());
  }
  auto latest = [](const Topic& t) {
    return t.years.empty() ? 0 : *t.years.rbegin();
  };
  std::sort(topics.begin(), topics.end(), [&](const Topic& a, const Topic& b) {
    if (a.facts.size() != b.facts.size())
      return a.facts.size() > b.facts.size();
    if (a.documents != b.documents) return a.documents > b.documents;
    if (a.years.size() != b.years.size())
      return a.years.size() > b.years.size();
    if (latest(a) != latest(b)) return latest(a) > latest(b);
    return a.name < b.name;
  });
  return topics;
}

}  // namespace

std::string MainPlace(const FactBase& base) {
  // A capitalised word inside a sentence (not its first) is a name; the
  // one the sentences use most is what they are about. Plain vectors: few
  // distinct names, and no new template code in the page's module.
  std::vector<std::string> words;
  std::vector<size_t> counts;
  std::string about;
  size_t most = 0;
  for (const Sentence& s : base.sentences) {
    bool first = true;
    for (const Token& t : Tokenize(s.text)) {
      if (t.type != TokenType::kWord) continue;
      std::string_view word =
          std::string_view(s.text).substr(t.start, t.end - t.start);
      bool name = !first && word.size() >= 3 &&
                  std::isupper(static_cast<unsigned char>(word[0])) &&
                  std::islower(static_cast<unsigned char>(word[1]));
      first = false;
      if (!name) continue;
      size_t k = std::find(words.begin(), words.end(), word) - words.begin();
      if (k == words.size()) words.emplace_back(word), counts.push_back(0);
      if (++counts[k] > most || (counts[k] == most && words[k] < about))
        about = words[k], most = counts[k];
    }
  }
  return about;
}

std::string CoverageJson(const FactBase& base) {
  struct DocumentCoverage {
    size_t figures = 0;
    std::set<int> years;
  };
  std::vector<DocumentCoverage> docs(base.documents.size());
  for (const Fact& f : base.facts) {
    DocumentCoverage& c = docs[base.sentences[f.sentence].doc];
    ++c.figures;
    AddYears(c.years, f.figure.period);
  }

  JsonWriter w;
  w.BeginObject();
  std::string about = MainPlace(base);
  w.Key("about");
  if (about.empty())
    w.Null();
  else
    w.String(about);
  w.Key("facts").Int(static_cast<long long>(base.facts.size()));
  w.Key("measures").BeginArray();
  for (const Topic& t : Topics(base)) {
    w.BeginObject();
    w.Key("name").String(t.name);
    w.Key("facts").Int(static_cast<long long>(t.facts.size()));
    w.Key("documents").Int(static_cast<long long>(t.documents));
    w.Key("years");
    WriteYears(w, t.years);
    w.EndObject();
  }
  w.EndArray();
  w.Key("documents").BeginArray();
  for (size_t i = 0; i < base.documents.size(); ++i) {
    const Document& d = base.documents[i];
    w.BeginObject();
    w.Key("file").String(d.file);
    w.Key("title").String(d.title);
    w.Key("language").String(d.language);
    w.Key("publisher").String(d.publisher);
    w.Key("date").String(d.date);
    w.Key("url");
    if (d.url.empty())
      w.Null();
    else
      w.String(d.url);
    w.Key("figures").Int(static_cast<long long>(docs[i].figures));
    w.Key("years");
    WriteYears(w, docs[i].years);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace figcheck
