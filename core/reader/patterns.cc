// Compiles the reader's patterns once, at first use, and runs the byte
// screens that decide where they are worth running. Method: each screen is
// a list of the words a match can open or close with, or a scan of bytes a
// match needs. Tested by tests/reader_screens_test.cc (screens on and off
// read the same) and tests/reader_test.cc.
#include "core/reader/patterns.h"

#include <cctype>
#include <cstdint>

#include "core/reader_testing.h"

namespace figcheck {
namespace reader {
namespace {

bool screens_on = true;

}  // namespace

bool ScreensOn() { return screens_on; }

Patterns::Patterns()
    : date(
          "("
          R"(\b(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\b|)"
          R"(\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*\d{1,2}\b)?(?:,?\s*(?:19|20)\d\d\b)?|)"
          R"(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s*(?:19|20)\d\d\b)?|)"
          R"(\b\d{1,2}:\d\d\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
          ")"),
      fraction(
          "("
          R"(\b(one|a|two|three|four)[\s-]+(half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths)\b)"
          ")"),
      one_in(
          "("
          R"(\b(one|two|three|four)\s+(?:out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?)(two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
          ")"),
      half(
          "("
          R"(\bhalf\b)"
          ")"),
      dozen(
          "("
          R"(\b(?:a\s+)?dozen\b)"
          ")"),
      count_word(
          R"(\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"),
      multiplier(
          R"(\b(doubled|doubling|double|twice|tripled|tripling|triple|threefold|three-fold|quadrupled|quadrupling|quadruple|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold)\b)"),
      scale(
          R"(^[\s\x1e-]*(thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn)\b)"),
      unit(
          R"(^[\s\x1e-]*(%|percent\b|per\s+cent\b|percentage\s+points?\b|yuan\b|rmb\b|renminbi\b|(?:us\s+|u\.s\.\s+|american\s+)?dollars?\b|usd\b|twenty-foot\s+equivalent\s+units?\b|teus?\b|square\s+met(?:er|re)s?\b|square\s+kilomet(?:er|re)s?\b|kilomet(?:er|re)s?\b|km\b|tons?\s+of\s+standard\s+coal\b|tonnes?\b|tons?\b|(?:consecutive\s+)?years?\b|times\b|-?fold\b))"),
      per(R"(^[\x1e]*(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:per|/|a)\s+(person|capita|head|square\s+kilomet(?:er|re)|km2|10,000\s+people|100\s+people|1,000\s+people))"),
      units_per(R"(^[\s\x1e-]*units?\s+per\s+(10,000|100|1,000)\s+people)"),
      currency_before(R"((us\$|u\.s\.\$|\$|\brmb\s*|¥|\busd\s*|\bcny\s*)$)"),
      qualifier_before(
          R"(\b(more\s+than|north\s+of|south\s+of|just\s+shy\s+of|shy\s+of|in\s+the\s+region\s+of|in\s+the\s+neighbou?rhood\s+of|on\s+the\s+order\s+of|over|exceeding|exceeded|exceeds|exceed|above|topped|tops|surpassed|surpasses|surpassing|passed|beyond|upwards\s+of|in\s+excess\s+of|greater\s+than|at\s+least|no\s+less\s+than|no\s+fewer\s+than|not\s+less\s+than|fewer\s+than|less\s+than|under|below|lower\s+than|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|about|around|approximately|approx\.|roughly|nearly|almost|some|close\s+to|an\s+estimated|estimated|circa|just\s+under|just\s+over)\s+(?:[a-z]+ly\s+)?(?:an?\s+)?$)"),
      change_before(
          R"(\b(up|down|rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased|increase|increases|increasing|jumped|jump|jumps|surged|surge|surges|soared|soar|soars|climbed|climb|climbs|gained|gain|gains|expanded|expand|expands|fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|declining|decreased|decrease|decreases|slipped|slip|slips|slid|slumped|plunged|plummeted|eased|ease|eases|contracted|shrank|shrunk|dipped|dip|dips|edged\s+up|edged\s+down|growth\s+of|increase\s+of|decline\s+of|drop\s+of|rise\s+of)\s+(?:by\s+)?(?:(?:more\s+than|over|about|around|approximately|roughly|nearly|almost|some|close\s+to|just\s+over|just\s+under|at\s+least|less\s+than)\s+)?(?:an?\s+)?$)"),
      from_before(
          R"(\bfrom\s+(?:(?:about|around|nearly|some|more\s+than|over)\s+)?$)"),
      change_after(
          R"(^[\s\x1e-]*(?:year[\s-]+on[\s-]+year\s+|year[\s-]+over[\s-]+year\s+|annual\s+|yearly\s+)?(surge|surges|jump|jumps|increase|increases|rise|rises|growth|gain|gains|hike|rebound|expansion|decline|declines|drop|drops|fall|falls|decrease|decreases|dip|contraction|slump|reduction|cut)\b)"),
      more_than_after(
          R"(^[\s\x1e]*(more|higher|less|lower|fewer)\s+than\s+(?:a|the|in|last|that|one)\b)"),
      yoy_after(
          R"(^[\s\x1e,]*(?:year[\s-]+on[\s-]+year|year[\s-]+over[\s-]+year|yoy|from\s+a\s+year\s+(?:earlier|before|ago)|on\s+the\s+year|over\s+the\s+previous\s+year)\b)"),
      or_more_after(R"(^[\s\x1e]*(or\s+more|or\s+so|plus)\b)"),
      duration_before(
          R"(\b(?:over|in|within|during|for\s+the|the|past|last|next|coming|following|recent|first)\s+(?:(?:past|last|next|coming|following|previous|first)\s+)?$)"),
      duration_after(R"(^[\s\x1e-]*(years?|decades?|months?|weeks?|days?)\b)"),
      ago_after(R"(^[\s\x1e-]*(?:years?|decades?|months?)\s+ago\b)"),
      consecutive_after(
          R"(^[\s\x1e]+consecutive\s+(?:years?|times|months|quarters))"),
      label_before(
          R"(\b(class|no\.?|nos\.?|phase|type|article|chapter|section|grade|line|page|pages|version|tier|room|route|gate|item|figure|table|level|batch|act|ranked|rank|ranking|top|number|vol\.?|per|step|room|building|floor|suite|exit|p\.|pp\.|tel\.?|phone|fax|ext\.?|version|v|release|python|ios|android|windows|iso)\s*$)"),
      year_range(
          "("
          R"(\b((?:19|20)\d\d)[\s\x1e]*(?:-|–|—|to|and|through|until)[\s\x1e]*((?:19|20)\d\d)\b)"
          ")"),
      year(
          "("
          R"(\b((?:19|20)\d\d)\b)"
          ")"),
      relative_year(
          "("
          R"(\b(last|this|next|the\s+current|the\s+previous|previous|the\s+past)\s+year\b)"
          ")"),
      span(
          "("
          R"(\b(past|last|previous|recent|next|coming|following)\s+(decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(years|decades))\b)"
          ")"),
      bare_span(
          "("
          R"(\b(?:in|over|within|across|during)\s+(?:the\s+)?(a\s+decade|(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(years|decades))\b)"
          ")"),
      since(
          "("
          R"(\bsince\s+((?:19|20)\d\d)\b)"
          ")"),
      target(
          R"(\b(will|shall|aims?|aimed|aiming|targets?|targeted|targeting|goals?|objectives?|plans?\s+to|planned\s+to|planning\s+to|strive|strives|striving|seeks?\s+to|expects?\s+to|expected\s+to|(?:is|are)\s+set\s+to|projected|forecasts?|intends?\s+to|to\s+(?:reach|hit|exceed|achieve|surpass|top|double)|proposes?|proposed)\b)"),
      anaphor(
          R"(^\W*(?:(?:and|also|but)\b|(?:\w+\W+){0,5}?(?:these|this|that|it|they|the\s+figure|the\s+number)\b))"),
      respectively(R"(\brespectively\b)"),
      part_of_year(
          R"(\b(?:first|second|third|fourth|last|past|latter|final|early|late|next|previous)\s+$)"),
      share_after(R"(^[\s\x1e]*(?:of\b|[,.;)]|$))"),
      half_point_after(R"(^[\s\x1e]+an?\s+(percentage\s+point))"),
      half_percent_after(R"(^[\s\x1e]+an?\s+(percent|per\s+cent))"),
      period_part_after(R"(^[\s\x1e]+(?:quarters?|months?|weeks?|halves)\b)"),
      baseline_before(
          R"(\b(?:same\s+period|from|than|on|over|compared\s+with|versus|vs\.?)\s*(?:the\s+)?$)"),
      parenthetical_gap(
          R"(\s*\(\s*(?:about|around|approximately|roughly|or|some|nearly|almost|equivalent\s+to|approx\.)?\s*)"),
      list_gap(R"(\s*(?:,|and|,\s*and)\s*)"),
      power_of_ten(
          R"(^\s*(?:×|x|\*)\s*10(?:\^|\*\*)?((?:\d|⁰|¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹){1,3}))"),
      any_word_number(
          R"(\b(?:one|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|halves|dozen|doubled|doubling|double|twice|tripled|tripling|triple|threefold|three-fold|quadrupled|quadrupling|quadruple|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold)\b)"),
      phrasal_up(
          R"(\b(?:set|sets|setting|picked|pick|made|make|makes|took|take|takes|build|built|builds|open|opened|opens|sign|signed|signs|call|called|end|ended|ends|keep|kept|add|added|adds|draw|drew|drawn|put|puts|ramp|ramped|gear|geared|step|stepped|steps|speed|sped|scale|scaled|shore|shored|back|backed|sum|summed|total|totalled|totaled|came|come|comes|show|showed|shows|turn|turned|line|lined|break|broke|broken|clean|cleaned|cut|cuts|shut|slow|slowed|wind|wound|bring|brought|mop|fill|filled|hold|held|pile|piled|rack|racked|run|ran|tie|tied|team|teamed|use|used)\s+(?:up|down)\s+(?:by\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?(?:an?\s+)?$)"),
      // "In terms of metaverse, …": the topic of the sentences that follow
      // in the same paragraph, until the next such phrase.
      topic(
          R"(^\W*(?:in\s+terms\s+of|regarding|as\s+for|with\s+respect\s+to|when\s+it\s+comes\s+to|as\s+to)\s+([^,.;:]{1,100}),)") {
}

const Patterns& P() {
  static const Patterns* patterns = new Patterns();
  return *patterns;
}

const Screens& S() {
  static const Screens* screens = new Screens();
  return *screens;
}

std::vector<size_t> YearsIn(std::string_view s) {
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || IsLetter(c) || (c >= 'A' && c <= 'Z') ||
           c == '_';
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<size_t> out;
  if (!screens_on) {  // the pattern the scan stands for
    StringPiece in(s.data(), s.size()), whole;
    while (RE2::FindAndConsume(&in, P().year, &whole))
      out.push_back(static_cast<size_t>(whole.data() - s.data()));
    return out;
  }
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (i > 0 && word(s[i - 1])) continue;
    if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')))
      continue;
    if (!digit(s[i + 2]) || !digit(s[i + 3])) continue;
    if (i + 4 < s.size() && word(s[i + 4])) continue;
    out.push_back(i);
    i += 3;
  }
  return out;
}

// currency_before: "$" or "¥" last, or "rmb", "usd", "cny" before spaces.
bool MayCloseWithCurrency(StringPiece s) {
  if (!screens_on) return true;
  size_t n = s.size();
  if (n >= 1 && s[n - 1] == '$') return true;
  if (n >= 2 && s[n - 2] == '\xC2' && s[n - 1] == '\xA5') return true;
  while (n > 0 && IsSpace(s[n - 1])) --n;
  if (n < 3) return false;
  std::string_view last(s.data() + n - 3, 3);
  return last == "rmb" || last == "usd" || last == "cny";
}

// topic_re: past the non-word bytes that open the sentence, its first word.
bool MayOpenTopic(StringPiece s) {
  if (!screens_on) return true;
  size_t i = 0;
  while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i])) &&
         s[i] != '_')
    ++i;
  size_t j = i;
  while (j < s.size() && IsLetter(s[j])) ++j;
  return S().topic.Has(std::string_view(s.data() + i, j - i));
}

bool MayHoldTarget(StringPiece s) {
  const Screens& x = S();
  const std::pair<std::string_view, const WordScreen*> then[] = {
      {"to", &x.target_to}, {"is", &x.target_set}, {"are", &x.target_set}};
  return x.target.MayHold(s, then, 3);
}

// The date pattern needs a digit, separator and digit ("2023-05-01"), a
// month's name at the start of a word, a colon ("10:30") or a digit before
// "am"/"pm"/"a.m.".
bool MayHoldDate(std::string_view s) {
  if (!screens_on) return true;
  auto digit = [&](size_t i) {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
  };
  auto three = [](char a, char b, char c) {
    return static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 |
           static_cast<unsigned char>(c);
  };
  static const uint32_t kMonths[] = {
      three('j', 'a', 'n'), three('f', 'e', 'b'), three('m', 'a', 'r'),
      three('a', 'p', 'r'), three('m', 'a', 'y'), three('j', 'u', 'n'),
      three('j', 'u', 'l'), three('a', 'u', 'g'), three('s', 'e', 'p'),
      three('o', 'c', 't'), three('n', 'o', 'v'), three('d', 'e', 'c')};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return true;
    if (digit(i)) {
      if (i + 1 < s.size() &&
          (s[i + 1] == '-' || s[i + 1] == '.' || s[i + 1] == '/') &&
          digit(i + 2))
        return true;
      size_t k = i + 1;
      while (k < s.size() && IsSpace(s[k])) ++k;
      if (k + 1 < s.size() && (s[k] == 'a' || s[k] == 'p') &&
          (s[k + 1] == 'm' || s[k + 1] == '.'))
        return true;
    } else if (IsLetter(c) && (i == 0 || !IsLetter(s[i - 1])) &&
               i + 3 <= s.size()) {
      uint32_t word = three(c, s[i + 1], s[i + 2]);
      for (uint32_t m : kMonths)
        if (word == m) return true;
    }
  }
  return false;
}

}  // namespace reader

void SetReaderScreensForTesting(bool on) { reader::screens_on = on; }

}  // namespace figcheck
