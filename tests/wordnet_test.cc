// Tests of core/lexical/wordnet.h against Debian's WordNet 3.0: which names
// are places and of what kind, their containers, synonyms and derived
// forms, and a dictionary that is missing, incomplete or not WordNet's.
// Each test opens its own WordNet: the library holds one dictionary per
// process, and the error-path tests must be able to open another.
#include "core/lexical/wordnet.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace figcheck {
namespace {

struct PlaceCase {
  std::string_view name;
  PlaceKind expected;
};

const PlaceCase kPlaces[] = {
    // Cities, whatever the case and spacing.
    {"shanghai", PlaceKind::kCity},
    {"Shanghai", PlaceKind::kCity},  // also a verb: only nouns count
    {"SHANGHAI", PlaceKind::kCity},
    {"beijing", PlaceKind::kCity},  // only a "national capital"
    {"peking", PlaceKind::kCity},
    {"tianjin", PlaceKind::kCity},
    {"guangzhou", PlaceKind::kCity},
    {"hong kong", PlaceKind::kCity},
    {"Hong  Kong", PlaceKind::kCity},
    {" hong_kong ", PlaceKind::kCity},
    {"rotterdam", PlaceKind::kCity},
    {"new york", PlaceKind::kCity},
    // Singapore is first a capital, then a republic, then an island.
    {"singapore", PlaceKind::kCity},
    // Countries: instance meanings decide, so porcelain and the bird do
    // not hide them; the country wins over a river named alike.
    {"china", PlaceKind::kCountry},
    {"China", PlaceKind::kCountry},
    {"turkey", PlaceKind::kCountry},
    {"jordan", PlaceKind::kCountry},
    {"united states", PlaceKind::kCountry},
    // Provinces, states, boroughs, possessions, geographic regions.
    {"guangdong", PlaceKind::kRegion},
    {"inner mongolia", PlaceKind::kRegion},
    {"texas", PlaceKind::kRegion},
    {"manhattan", PlaceKind::kRegion},  // the cocktail is not an instance
    {"macao", PlaceKind::kRegion},
    {"middle east", PlaceKind::kRegion},
    // Islands, continents, rivers.
    {"taiwan", PlaceKind::kOtherLocation},
    {"asia", PlaceKind::kOtherLocation},
    {"yangtze", PlaceKind::kOtherLocation},
    {"pearl river", PlaceKind::kOtherLocation},
    // Any place meaning makes a place (Lincoln the president comes first),
    // and common words with one are places: callers ask for proper names.
    {"lincoln", PlaceKind::kCity},
    {"reading", PlaceKind::kCity},
    // Not places.
    {"porcelain", PlaceKind::kNone},
    {"industry", PlaceKind::kNone},
    {"foreign", PlaceKind::kNone},  // an adjective only
    {"moderna", PlaceKind::kNone},  // not in WordNet 3.0
    {"qwzxvq", PlaceKind::kNone},
    {"einstein", PlaceKind::kNone},  // an instance, of a person
    {"atlantis", PlaceKind::kNone},  // an imaginary place
    {"eden", PlaceKind::kNone},      // a region, but not an instance
    {"port", PlaceKind::kNone},      // a kind of place, not a place
    {"city", PlaceKind::kNone},
    {"delta", PlaceKind::kNone},
    // Places WordNet 3.0 does not know.
    {"shenzhen", PlaceKind::kNone},
    {"suzhou", PlaceKind::kNone},
    {"pudong", PlaceKind::kNone},
    {"hongqiao", PlaceKind::kNone},
    {"lingang", PlaceKind::kNone},
    {"yangtze river delta", PlaceKind::kNone},
    // Text that cannot be a lemma.
    {"", PlaceKind::kNone},
    {"   ", PlaceKind::kNone},
    {"hong-kong", PlaceKind::kNone},
    {"shanghai!", PlaceKind::kNone},
    {"z\xc3\xbcrich", PlaceKind::kNone},  // "zürich": WordNet is ASCII
    {std::string_view("shanghai\0x", 10), PlaceKind::kNone},
};

TEST(WordNetTest, PlaceOf) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (const PlaceCase& c : kPlaces) {
    EXPECT_EQ(PlaceKindName(wordnet.PlaceOf(c.name)),
              std::string(PlaceKindName(c.expected)))
        << "name \"" << c.name << "\"";
  }
  // Too long for a lemma (the library's buffers hold 256 bytes).
  EXPECT_EQ(wordnet.PlaceOf(std::string(300, 'a')), PlaceKind::kNone);
  EXPECT_EQ(wordnet.PlaceOf("shanghai " + std::string(100, 'a')),
            PlaceKind::kNone);
}

TEST(WordNetTest, AnswersAreTheSameFromTheMemo) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(wordnet.PlaceOf("tianjin"), PlaceKind::kCity) << round;
    EXPECT_EQ(wordnet.PlaceOf("china"), PlaceKind::kCountry) << round;
    EXPECT_EQ(wordnet.PlaceOf("porcelain"), PlaceKind::kNone) << round;
    EXPECT_EQ(wordnet.ParentOf("tianjin"), "china") << round;
  }
}

struct ParentCase {
  std::string_view name;
  std::string_view expected;
};

const ParentCase kParents[] = {
    {"shanghai", "china"},
    {"Beijing", "china"},
    {"hong kong", "china"},
    {"rotterdam", "netherlands"},
    {"china", "asia"},
    {"yangtze", "china"},
    {"lincoln", "nebraska"},  // from the city, the meaning that is a place
    // The capital is part of the republic of the same name: the walk goes
    // on to a container with another name.
    {"singapore", "southeast asia"},
    {"guangdong", ""},  // a province with no holonym in WordNet
    {"porcelain", ""},
    {"shenzhen", ""},
    {"", ""},
};

TEST(WordNetTest, ParentOf) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (const ParentCase& c : kParents) {
    EXPECT_EQ(wordnet.ParentOf(c.name), c.expected)
        << "name \"" << c.name << "\"";
  }
}

struct WordsCase {
  std::string_view word;
  std::vector<std::string> expected;
};

const WordsCase kSynonyms[] = {
    {"beijing", {"peking", "peiping", "capital of red china"}},
    {"cities", {"metropolis", "urban center"}},  // through the base form
    {"spending", {"disbursement", "disbursal", "outlay"}},
    {"jordan", {"jordan river"}},  // the first noun meaning, a river
    {"foreign", {}},               // no noun meaning
    {"shanghai", {}},              // a synset of one word
    {"qwzxvq", {}},
    {"", {}},
};

TEST(WordNetTest, Synonyms) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (const WordsCase& c : kSynonyms) {
    EXPECT_EQ(wordnet.Synonyms(c.word), c.expected)
        << "word \"" << c.word << "\"";
  }
}

const WordsCase kDerivedForms[] = {
    {"produce", {"producer", "product", "production"}},
    {"production", {"produce"}},
    {"export", {"exportation", "exporter", "exporting"}},
    {"foreign", {"foreignness"}},
    {"china", {}},
    {"qwzxvq", {}},
    {"", {}},
};

TEST(WordNetTest, DerivedForms) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (const WordsCase& c : kDerivedForms) {
    EXPECT_EQ(wordnet.DerivedForms(c.word), c.expected)
        << "word \"" << c.word << "\"";
  }
}

const WordsCase kRelated[] = {
    {"produce", {"producer", "product"}},
    {"pupils", {"pupil", "student"}},  // its base form, and a synonym
    {"invested", {"invest", "investment", "investor"}},  // and derived
    {"consumption", {"consume", "intake", "uptake"}},
    {"revenue", {"receipts"}},
    // Only between the common meanings of both words: not "generate".
    {"generation", {"contemporaries"}},
    {"built", {"build", "building"}},  // its base form however common
    {"harbor", {"harbour"}},           // another spelling, however rare
    {"prioritized", {"prioritise", "prioritize", "priority"}},
    {"qwzxvq", {}},
    {"", {}},
};

TEST(WordNetTest, Related) {
  WordNet wordnet;
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  for (const WordsCase& c : kRelated) {
    EXPECT_EQ(wordnet.Related(c.word), c.expected)
        << "word \"" << c.word << "\"";
  }
}

// A fresh directory under the system's temporary one, removed at the end.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& tag)
      : path_(std::filesystem::temp_directory_path() /
              ("figcheck-wordnet-" + tag + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() { std::filesystem::remove_all(path_); }
  std::string path() const { return path_.string(); }
  void Write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
  }

 private:
  std::filesystem::path path_;
};

// The files a dictionary directory must hold.
const char* const kDictionaryFiles[] = {"index.noun", "data.noun", "index.verb",
                                        "data.verb",  "index.adj", "data.adj",
                                        "index.adv",  "data.adv",  "noun.exc",
                                        "verb.exc",   "adj.exc",   "adv.exc"};

struct OpenCase {
  std::string dir;
  std::string message_part;  // expected in the error message
};

TEST(WordNetTest, OpenErrors) {
  ScratchDirectory no_data_noun("partial");
  for (const char* file : kDictionaryFiles) {
    if (std::string(file) != "data.noun") no_data_noun.Write(file, "");
  }
  ScratchDirectory not_wordnet("empty");
  for (const char* file : kDictionaryFiles) not_wordnet.Write(file, "");

  const OpenCase kCases[] = {
      {"/nonexistent/wordnet", "cannot read /nonexistent/wordnet/index.noun"},
      {"", "must be 1 to 200 bytes"},
      {"/" + std::string(250, 'd'), "must be 1 to 200 bytes"},
      {no_data_noun.path(),
       "cannot read " + no_data_noun.path() + "/data.noun"},
      {not_wordnet.path(),
       "not a WordNet 3.0 dictionary: no noun sense 1 of "
       "\"municipality\""},
  };
  for (const OpenCase& c : kCases) {
    WordNet wordnet(c.dir);
    EXPECT_FALSE(wordnet.ok()) << c.dir;
    EXPECT_EQ(wordnet.status().code(), ErrorCode::kBadDictionary) << c.dir;
    EXPECT_NE(wordnet.status().message().find(c.message_part),
              std::string::npos)
        << wordnet.status().message();
    // A WordNet that did not open answers every question "no".
    EXPECT_EQ(wordnet.PlaceOf("shanghai"), PlaceKind::kNone);
    EXPECT_EQ(wordnet.ParentOf("shanghai"), "");
    EXPECT_TRUE(wordnet.Synonyms("beijing").empty());
    EXPECT_TRUE(wordnet.DerivedForms("produce").empty());
  }

  // The library was pointed at the empty dictionary last; the real one
  // opens again after it.
  WordNet wordnet(std::string(kWordNetDictionary) + "/");
  ASSERT_TRUE(wordnet.ok()) << wordnet.status().message();
  EXPECT_EQ(wordnet.PlaceOf("shanghai"), PlaceKind::kCity);
}

TEST(WordNetTest, OneDictionaryPerProcess) {
  WordNet first;
  ASSERT_TRUE(first.ok()) << first.status().message();
  WordNet same;  // the same directory: shared
  EXPECT_TRUE(same.ok()) << same.status().message();

  ScratchDirectory other("other");
  for (const char* file : kDictionaryFiles) other.Write(file, "");
  WordNet second(other.path());
  EXPECT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("already open from"),
            std::string::npos)
      << second.status().message();
  // The refusal left the open dictionary alone.
  EXPECT_EQ(first.PlaceOf("beijing"), PlaceKind::kCity);
}

}  // namespace
}  // namespace figcheck
