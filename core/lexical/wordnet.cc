// WordNet 3.0 through Princeton's C library (wn.h, -lwordnet). A name is
// looked up in index.noun, each of its noun meanings is read from data.noun,
// and a meaning that is an instance (`@i`, how WordNet files proper names) of
// a class whose hypernym closure reaches one of the anchor synsets below is
// a place of that anchor's kind. Closures are memoised per class, so a
// lookup costs one index search and a few synset reads. The library holds
// its open files in globals and is not thread-safe: one lock guards every
// call into it. Tested by tests/wordnet_test.cc.
#include "core/lexical/wordnet.h"

#include <wn.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

namespace figcheck {
namespace {

// The anchors: which synsets make a place, and of which kind. A meaning
// reaching several takes the first kind in PlaceKind's order (Shanghai's
// city is also an administrative district, and so a region: it is a city).
// Each is named by lemma and sense number in WordNet 3.0, checked at open.
struct PlaceAnchor {
  const char* lemma;
  int sense;  // 1-based, as `wn LEMMA -synsn` numbers them
  PlaceKind kind;
};
constexpr PlaceAnchor kPlaceAnchors[] = {
    // City, town, national and state capital (Beijing is only a "national
    // capital"); not "urban area", which also holds suburbs and slums.
    {"municipality", 1, PlaceKind::kCity},
    // "country, state, land": the territory a nation occupies. Sense 1
    // (the body politic) and 3 (the people) are groups, not places.
    {"country", 2, PlaceKind::kCountry},
    // "a large indefinite location on the surface of the Earth": every
    // administrative district (province, state, borough, canton),
    // territory and possession (Macao), and geographic region.
    {"region", 3, PlaceKind::kRegion},
    // Anything else WordNet puts in space: ports, geographic points.
    {"location", 1, PlaceKind::kOtherLocation},
    // WordNet files islands and continents under "object", not "location",
    // yet Taiwan (only an island here) and Asia are places figures are
    // given for.
    {"land", 4, PlaceKind::kOtherLocation},
    // Named rivers, seas and lakes (Yangtze, Pearl River) and mountains:
    // a figure about one is about another subject than a city's.
    {"body of water", 1, PlaceKind::kOtherLocation},
    {"geological formation", 1, PlaceKind::kOtherLocation},
};

// The longest lemma in WordNet 3.0 is 71 bytes; the library copies words
// into 256-byte buffers, so anything longer is refused before it gets there.
constexpr size_t kMaxLemmaBytes = 80;
// do_init() builds "<dir>/index.noun" in a 256-byte buffer.
constexpr size_t kMaxDictionaryDirBytes = 200;
// What wninit() opens: the index and data file of each part of speech and
// the exception lists morphology reads.
constexpr const char* kDictionaryFiles[] = {
    "index.noun", "data.noun", "index.verb", "data.verb",
    "index.adj",  "data.adj",  "index.adv",  "data.adv",
    "noun.exc",   "verb.exc",  "adj.exc",    "adv.exc"};
// Related(): meanings past the first few of a word are rare ones ("port"
// the wine, "maker" the Creator), whose derived words would mislead.
constexpr int kRelatedSenses = 2;
constexpr int kMaxRelatedMeanings = 6;
// Part holonyms walked up from a place looking for a container with
// another name (Singapore the city → Singapore the republic → Southeast Asia).
constexpr int kMaxHolonymSteps = 4;

// The library's state, shared by every WordNet object.
std::mutex& LibraryLock() {
  static std::mutex lock;
  return lock;
}
// The directory the library has open ("" for none) and how many WordNet
// objects use it; guarded by LibraryLock().
std::string& OpenDirectory() {
  static std::string dir;
  return dir;
}
int& OpenCount() {
  static int count = 0;
  return count;
}

// The library reports I/O trouble through this hook; the default prints
// nothing and returns -1. Ours keeps quiet too: errors become Status values.
int IgnoreMessage(char*) { return -1; }

// "Hong  Kong" → "hong_kong", WordNet's spelling of a collocation. False
// for text that cannot be a WordNet lemma (empty, too long, not ASCII).
bool ToLemma(std::string_view text, std::string* lemma) {
  lemma->clear();
  bool gap = false;
  for (char c : text) {
    if (c == ' ' || c == '_' || c == '\t' || c == '\n') {
      gap = !lemma->empty();
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool word_byte = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '.' || c == '\'';
    if (!word_byte) return false;
    if (gap) lemma->push_back('_');
    gap = false;
    lemma->push_back(c);
  }
  return !lemma->empty() && lemma->size() <= kMaxLemmaBytes;
}

// "People's_Republic_of_China" or "cheap(a)" → "people's republic of china",
// "cheap": lower case, spaces, no adjective marker.
std::string FromLemma(const char* word) {
  std::string out;
  for (const char* p = word; *p != '\0' && *p != '('; ++p) {
    char c = *p;
    if (c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
  }
  return out;
}

// Owners for the library's heap structures.
struct IndexFree {
  void operator()(Index* p) const { free_index(p); }
};
struct SynsetFree {
  void operator()(Synset* p) const { free_synset(p); }
};
using IndexHandle = std::unique_ptr<Index, IndexFree>;
using SynsetHandle = std::unique_ptr<Synset, SynsetFree>;

// The library takes char*, never writes through it for these calls, but
// the lemma is copied anyway so that stays true.
IndexHandle LookUp(const std::string& lemma, int pos) {
  std::string copy = lemma;
  return IndexHandle(index_lookup(copy.data(), pos));
}

SynsetHandle ReadSynset(int pos, long offset, const std::string& lemma) {
  std::string copy = lemma;
  return SynsetHandle(read_synset(pos, offset, copy.data()));
}

bool Exists(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (f == nullptr) return false;
  std::fclose(f);
  return true;
}

}  // namespace

struct WordNet::Tables {
  std::string dictionary_dir;
  std::unordered_map<long, PlaceKind> anchors;  // data.noun offset → kind
  // The exception lists read backwards, per part of speech: base form →
  // its irregular inflections ("build" → "built"). Read on first use.
  std::unordered_map<std::string, std::vector<std::string>> inflections[4];
  bool inflections_read = false;

  // Lock held.
  const std::vector<std::string>& InflectionsOf(const std::string& base,
                                                int pos) {
    if (!inflections_read) {
      inflections_read = true;
      const char* files[] = {"noun.exc", "verb.exc", "adj.exc", "adv.exc"};
      for (int p = 0; p < 4; ++p) {
        FILE* f = std::fopen((dictionary_dir + "/" + files[p]).c_str(), "r");
        if (f == nullptr) continue;
        char line[512];
        while (std::fgets(line, sizeof line, f) != nullptr) {
          // "inflected base [base …]", one entry per line.
          std::vector<std::string> fields;
          std::string field;
          for (const char* c = line; *c != '\0'; ++c) {
            if (*c == ' ' || *c == '\n' || *c == '\r') {
              if (!field.empty()) fields.push_back(std::move(field));
              field.clear();
            } else {
              field.push_back(*c);
            }
          }
          if (!field.empty()) fields.push_back(std::move(field));
          for (size_t i = 1; i < fields.size(); ++i)
            inflections[p][fields[i]].push_back(fields[0]);
        }
        std::fclose(f);
      }
    }
    static const std::vector<std::string> kNone;
    int p = pos == NOUN ? 0 : pos == VERB ? 1 : pos == ADJ ? 2 : 3;
    auto found = inflections[p].find(base);
    return found == inflections[p].end() ? kNone : found->second;
  }
  // Memo of each class's closure: the best kind its hypernyms reach.
  std::unordered_map<long, PlaceKind> class_kinds;

  // Lock held. The best kind the hypernym closure of noun synset `offset`
  // reaches; kNone when no anchor.
  PlaceKind ClassKind(long offset, int depth) {
    auto found = class_kinds.find(offset);
    if (found != class_kinds.end()) return found->second;
    PlaceKind best = PlaceKind::kNone;
    auto anchor = anchors.find(offset);
    if (anchor != anchors.end()) best = anchor->second;
    // WordNet's noun hierarchy is 20 deep at most; the bound guards against
    // a corrupt dictionary with a cycle.
    SynsetHandle synset =
        depth < 40 ? ReadSynset(NOUN, offset, "") : SynsetHandle();
    for (int i = 0; synset && i < synset->ptrcount; ++i) {
      if (synset->ptrtyp[i] != HYPERPTR || synset->ppos[i] != NOUN) continue;
      best = std::min(best, ClassKind(synset->ptroff[i], depth + 1));
    }
    class_kinds[offset] = best;
    return best;
  }

  // Lock held. The place kind of one noun meaning: the best kind its
  // instance classes reach. Meanings that are not instances are kNone:
  // "port", "city" and "delta" are kinds of place, not places, and
  // porcelain is not one however its word is capitalised.
  PlaceKind SenseKind(const Synset& synset) {
    PlaceKind best = PlaceKind::kNone;
    for (int i = 0; i < synset.ptrcount; ++i) {
      if (synset.ptrtyp[i] != INSTANCE || synset.ppos[i] != NOUN) continue;
      best = std::min(best, ClassKind(synset.ptroff[i], 0));
    }
    return best;
  }

  // A noun meaning (its data.noun offset) that is a place, and its kind.
  struct PlaceSense {
    long offset = -1;
    PlaceKind kind = PlaceKind::kNone;
  };
  // Memo of every name asked: a compiler asks for the same few names in
  // every sentence, and a WordNet search costs about 0.1 ms of file reads.
  std::unordered_map<std::string, PlaceSense> places;

  // Lock held. Which meaning of `lemma` is the place, and its kind.
  //  1. Only noun meanings: "shanghai" the verb is not looked at.
  //  2. A name is a place when ANY noun meaning is (China the country beside
  //     china the porcelain; Lincoln the city after Lincoln the president).
  //     Calling a person a place costs a figure its match (unverifiable);
  //     missing a place lets one city's figure answer for another's, the
  //     error figcheck must never make.
  //  3. The first administrative meaning (city, country, region) in
  //     WordNet's sense order wins over natural features named alike:
  //     figures are given for Jordan the country, not the river.
  //  4. Failing that, the first meaning of another location kind.
  PlaceSense FindPlace(const std::string& lemma) {
    auto found = places.find(lemma);
    if (found != places.end()) return found->second;
    PlaceSense place = FindPlaceUncached(lemma);
    places.emplace(lemma, place);
    return place;
  }
  PlaceSense FindPlaceUncached(const std::string& lemma) {
    PlaceSense other;
    IndexHandle index = LookUp(lemma, NOUN);
    for (int i = 0; index && i < index->off_cnt; ++i) {
      SynsetHandle synset = ReadSynset(NOUN, index->offset[i], lemma);
      if (!synset) continue;
      PlaceKind kind = SenseKind(*synset);
      if (kind < PlaceKind::kOtherLocation) return {synset->hereiam, kind};
      if (kind == PlaceKind::kOtherLocation && other.offset < 0) {
        other = {synset->hereiam, kind};
      }
    }
    return other;
  }
};

WordNet::WordNet(std::string dictionary_dir) {
  while (dictionary_dir.size() > 1 && dictionary_dir.back() == '/') {
    dictionary_dir.pop_back();
  }
  if (dictionary_dir.empty() ||
      dictionary_dir.size() > kMaxDictionaryDirBytes) {
    status_ = Status(ErrorCode::kBadDictionary,
                     "WordNet dictionary directory must be 1 to " +
                         std::to_string(kMaxDictionaryDirBytes) + " bytes: \"" +
                         dictionary_dir + "\"");
    return;
  }
  // Every file the library opens, checked here so that the error names
  // the missing one (the library only says that something failed), and so
  // that it never fails half way: it then leaks the files it did open.
  for (const char* file : kDictionaryFiles) {
    std::string path = dictionary_dir + "/" + file;
    if (!Exists(path)) {
      status_ = Status(ErrorCode::kBadDictionary,
                       "WordNet dictionary not found: cannot read " + path +
                           " (Debian: apt-get install wordnet-base)");
      return;
    }
  }

  std::lock_guard<std::mutex> lock(LibraryLock());
  if (OpenCount() > 0 && OpenDirectory() != dictionary_dir) {
    status_ = Status(ErrorCode::kBadDictionary,
                     "WordNet is already open from " + OpenDirectory() +
                         "; its library holds one dictionary per process");
    return;
  }
  if (OpenDirectory() != dictionary_dir) {
    display_message = IgnoreMessage;
    // The library finds its dictionary only through this variable.
    setenv("WNSEARCHDIR", dictionary_dir.c_str(), 1);
    // Not wninit(): after its first success it never opens again, and
    // re_wninit() also serves as the first opening.
    int failed = re_wninit();
    OpenDirectory() = failed == 0 ? dictionary_dir : "";
    if (failed != 0) {
      status_ =
          Status(ErrorCode::kBadDictionary,
                 "WordNet could not open the dictionary in " + dictionary_dir);
      return;
    }
  }
  auto tables = std::make_unique<Tables>();
  tables->dictionary_dir = dictionary_dir;
  for (const PlaceAnchor& anchor : kPlaceAnchors) {
    std::string lemma;
    ToLemma(anchor.lemma, &lemma);
    IndexHandle index = LookUp(lemma, NOUN);
    if (!index || index->off_cnt < anchor.sense) {
      status_ = Status(ErrorCode::kBadDictionary,
                       "not a WordNet 3.0 dictionary: no noun sense " +
                           std::to_string(anchor.sense) + " of \"" +
                           anchor.lemma + "\" in " + dictionary_dir);
      return;
    }
    tables->anchors[static_cast<long>(index->offset[anchor.sense - 1])] =
        anchor.kind;
  }
  ++OpenCount();
  tables_ = std::move(tables);
}

WordNet::~WordNet() {
  if (!tables_) return;
  std::lock_guard<std::mutex> lock(LibraryLock());
  --OpenCount();
}

PlaceKind WordNet::PlaceOf(std::string_view name) const {
  std::string lemma;
  if (!tables_ || !ToLemma(name, &lemma)) return PlaceKind::kNone;
  std::lock_guard<std::mutex> lock(LibraryLock());
  return tables_->FindPlace(lemma).kind;
}

std::string WordNet::ParentOf(std::string_view name) const {
  std::string lemma;
  if (!tables_ || !ToLemma(name, &lemma)) return "";
  std::lock_guard<std::mutex> lock(LibraryLock());
  Tables::PlaceSense place = tables_->FindPlace(lemma);
  if (place.offset < 0) return "";
  // Breadth first up the part holonyms ("#p": Shanghai is PART OF China),
  // the first one that is a place and has another name than `name`.
  const std::string own_name = FromLemma(lemma.c_str());
  std::vector<long> level = {place.offset};
  for (int step = 0; step < kMaxHolonymSteps && !level.empty(); ++step) {
    std::vector<long> next;
    for (long offset : level) {
      SynsetHandle synset = ReadSynset(NOUN, offset, "");
      for (int i = 0; synset && i < synset->ptrcount; ++i) {
        if (synset->ptrtyp[i] != ISPARTPTR || synset->ppos[i] != NOUN) {
          continue;
        }
        SynsetHandle holder = ReadSynset(NOUN, synset->ptroff[i], "");
        if (!holder || holder->wcount == 0) continue;
        if (tables_->SenseKind(*holder) == PlaceKind::kNone) continue;
        std::string holder_name = FromLemma(holder->words[0]);
        if (holder_name != own_name) return holder_name;
        next.push_back(holder->hereiam);
      }
    }
    level = std::move(next);
  }
  return "";
}

std::vector<std::string> WordNet::Synonyms(std::string_view word) const {
  std::vector<std::string> out;
  std::string lemma;
  if (!tables_ || !ToLemma(word, &lemma)) return out;
  std::lock_guard<std::mutex> lock(LibraryLock());
  IndexHandle index = LookUp(lemma, NOUN);
  if (!index) {
    // Not a lemma itself: its base form ("ports" → "port", "mice" →
    // "mouse"), by WordNet's rules and exception lists.
    std::string copy = lemma;
    const char* base = morphstr(copy.data(), NOUN);
    if (base == nullptr) return out;
    lemma = base;
    index = LookUp(lemma, NOUN);
  }
  if (!index || index->off_cnt == 0) return out;
  SynsetHandle synset = ReadSynset(NOUN, index->offset[0], lemma);
  const std::string own_name = FromLemma(lemma.c_str());
  for (int i = 0; synset && i < synset->wcount; ++i) {
    std::string synonym = FromLemma(synset->words[i]);
    if (synonym != own_name &&
        std::find(out.begin(), out.end(), synonym) == out.end()) {
      out.push_back(std::move(synonym));
    }
  }
  return out;
}

std::vector<std::string> WordNet::DerivedForms(std::string_view word) const {
  std::vector<std::string> out;
  std::string lemma;
  if (!tables_ || !ToLemma(word, &lemma)) return out;
  std::lock_guard<std::mutex> lock(LibraryLock());
  const std::string own_name = FromLemma(lemma.c_str());
  for (int pos : {NOUN, VERB, ADJ, ADV}) {
    IndexHandle index = LookUp(lemma, pos);
    for (int s = 0; index && s < index->off_cnt; ++s) {
      SynsetHandle synset = ReadSynset(pos, index->offset[s], lemma);
      if (!synset) continue;
      // Derivation ("+") is a lexical pointer: from one word of the synset
      // (pfrm, 1-based) to one word of the target (pto). Only those from
      // this word count: "production" is derived from "produce", not from
      // its synonym "bring forth".
      for (int i = 0; i < synset->ptrcount; ++i) {
        if (synset->ptrtyp[i] != DERIVATION) continue;
        if (synset->pfrm[i] != synset->whichword || synset->pto[i] < 1) {
          continue;
        }
        SynsetHandle target =
            ReadSynset(synset->ppos[i], synset->ptroff[i], "");
        if (!target || synset->pto[i] > target->wcount) continue;
        std::string form = FromLemma(target->words[synset->pto[i] - 1]);
        if (form != own_name) out.push_back(std::move(form));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Whether `a` is another spelling of `b`: the same first letter, long
// enough, and at most two letters' edits apart ("labour" and "labor",
// "centre" and "center", "organise" and "organize").
bool SpellingOf(const std::string& a, const std::string& b) {
  if (a == b || a.size() < 5 || b.size() < 5 || a[0] != b[0]) return false;
  if (a.find(' ') != std::string::npos || b.find(' ') != std::string::npos)
    return false;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()] <= 2;
}

}  // namespace

bool WordNet::Knows(std::string_view word) const {
  std::string lemma;
  if (!tables_ || !ToLemma(word, &lemma)) return false;
  std::lock_guard<std::mutex> lock(LibraryLock());
  for (int pos : {NOUN, VERB, ADJ, ADV}) {
    if (LookUp(lemma, pos)) return true;
    std::string copy = lemma;
    if (morphstr(copy.data(), pos) != nullptr) return true;
  }
  return false;
}

std::vector<std::string> WordNet::Related(std::string_view word) const {
  std::vector<std::string> out;
  std::string lemma;
  if (!tables_ || !ToLemma(word, &lemma)) return out;
  std::lock_guard<std::mutex> lock(LibraryLock());
  std::vector<std::string> own = {FromLemma(lemma.c_str())};
  std::vector<std::string> same_word;  // its base forms and spellings
  for (int pos : {NOUN, VERB, ADJ}) {
    std::string base = lemma;
    IndexHandle index = LookUp(base, pos);
    if (!index) {
      std::string copy = lemma;
      const char* found = morphstr(copy.data(), pos);
      if (found == nullptr) continue;
      base = found;
      index = LookUp(base, pos);
    }
    if (!index) continue;
    // Its base form is one too, however many meanings it has: a claim's
    // "builds" for a source's "built".
    same_word.push_back(FromLemma(base.c_str()));
    for (const std::string& form : tables_->InflectionsOf(base, pos))
      out.push_back(FromLemma(form.c_str()));
    for (int s = 0; s < index->off_cnt && s < kRelatedSenses; ++s) {
      SynsetHandle synset = ReadSynset(pos, index->offset[s], base);
      if (!synset) continue;
      // Synonyms of nouns only, a verb's ("invest": put, place, commit)
      // being words of every subject; and only those whose own first
      // meaning this is ("maker" is first the Creator, "gift" a present).
      for (int i = 0; s == 0 && pos == NOUN && i < synset->wcount; ++i) {
        IndexHandle other = LookUp(synset->words[i], NOUN);
        if (other && other->off_cnt > 0 && other->offset[0] == index->offset[0])
          out.push_back(FromLemma(synset->words[i]));
      }
      // Another spelling of the same word, in any part of speech ("labour",
      // "prioritise", "centre"): whatever its frequency.
      for (int i = 0; i < synset->wcount; ++i) {
        std::string other = FromLemma(synset->words[i]);
        if (SpellingOf(other, FromLemma(base.c_str())))
          same_word.push_back(other);
      }
      for (int i = 0; i < synset->ptrcount; ++i) {
        if (synset->ptrtyp[i] != DERIVATION ||
            synset->pfrm[i] != synset->whichword || synset->pto[i] < 1)
          continue;
        SynsetHandle target =
            ReadSynset(synset->ppos[i], synset->ptroff[i], "");
        if (!target || synset->pto[i] > target->wcount) continue;
        // Between common meanings of both words: "generation" (the people
        // of an age) is not derived from "generate" (bring about).
        const char* form = target->words[synset->pto[i] - 1];
        IndexHandle back = LookUp(form, synset->ppos[i]);
        bool common = false;
        for (int k = 0; back && k < back->off_cnt && k < kRelatedSenses; ++k)
          common = common || back->offset[k] ==
                                 static_cast<unsigned long>(synset->ptroff[i]);
        if (common) out.push_back(FromLemma(form));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  // A word with many meanings ("building", "place") says too little of
  // which one a writer means; one never met in WordNet's tagged corpus
  // ("acclivity", "bingle") is one writers do not use.
  auto unfit = [&](const std::string& w) {
    std::string l;
    if (!ToLemma(w, &l)) return true;
    int meanings = 0, tagged = 0;
    for (int pos : {NOUN, VERB, ADJ, ADV}) {
      IndexHandle index = LookUp(l, pos);
      if (!index) continue;
      meanings += index->off_cnt;
      tagged += index->tagged_cnt;
    }
    return meanings > kMaxRelatedMeanings || tagged == 0 ||
           std::find(own.begin(), own.end(), w) != own.end();
  };
  out.erase(std::remove_if(out.begin(), out.end(), unfit), out.end());
  for (const std::string& w : same_word)
    if (std::find(own.begin(), own.end(), w) == own.end()) out.push_back(w);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace figcheck
