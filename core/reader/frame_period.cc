// Each figure's period and whether it is a goal. Method: the period is the
// first one after the figure in its own stretch (up to the next figure or
// the first aside: an attribution, a contrast, a relative clause, who said
// so), else the nearest before it that leads to it (no clause mark between
// them, a clause that is only a period, or a clause that goes on from it),
// else one later in its clause; a parenthetical conversion or a participle
// clause ("…, ranking first globally") takes the figure before's. A goal: a
// future marker earlier in its clause, or a year after the text's date.
// Tested by tests/reader/frame_test.cc and tests/reader_test.cc.
#include <algorithm>
#include <cctype>

#include "core/reader/clauses.h"
#include "core/reader/framer.h"
#include "core/reader/patterns.h"
#include "core/reader/words.h"

namespace figcheck {
namespace reader {

void FigureFramer::ReadPeriodAndGoal(size_t i,
                                     const std::vector<Figure>& figures,
                                     Figure* figure) {
  const Patterns& p = P();
  const Mention& m = mentions_[i];
  Figure& f = *figure;
  // Period: the first one after the figure in its own stretch (skipping a
  // parenthetical conversion), else the nearest before it.
  uint32_t hi = s_.end;
  for (size_t j = i + 1; j < mentions_.size(); ++j)
    if (!mentions_[j].parenthetical) {
      hi = mentions_[j].start;
      break;
    }
  // A clause that attributes or adds an aside ("…, which has been held
  // every year since 2021") ends the stretch a period is looked for in,
  // and any period after it is not the figure's.
  // Nor past a semicolon: "Output breaks 4 trillion yuan; city sets 2025
  // targets" are two statements.
  uint32_t aside = FirstAsideFrom(m.end);
  for (uint32_t b : boundaries_)
    if (b >= m.end && b < aside && (lower_[b] == ';' || lower_[b] == ':'))
      aside = b;
  hi = std::min(hi, aside);
  // (The "since 2010" of "every year since 2010" is that run's own.)
  auto in_run = [&](const PeriodMention& pm) {
    for (const Mention& x : mentions_)
      if (x.since_year > 0 && pm.start < x.end && x.start < pm.end) return true;
    return false;
  };
  const PeriodMention* chosen = nullptr;
  for (const PeriodMention& pm : periods_)
    if (pm.start >= m.end && pm.end <= hi && !pm.period.empty() &&
        !in_run(pm)) {
      chosen = &pm;
      break;
    }
  // Before the figure: a period of its own clause, or of a clause that is
  // only a period ("In 2023, …"); not one of a clause about something
  // else ("Under plans released this year, the city aims …").
  // Not past a word of the present: "… surpassed $24 billion last year,
  // and has now stayed above $20 billion" is of the text's date.
  auto present_between = [&](uint32_t from, uint32_t to) {
    for (const Word& w : words_)
      if (w.start >= from && w.end <= to &&
          (w.lower == "now" || w.lower == "currently" || w.lower == "today"))
        return true;
    return false;
  };
  // "climbed to 1.07 trillion yuan in 2021 from 723.1 billion yuan in
  // 2011, keeping the city first": the time right after a figure "from"
  // or "compared with" leads to is that baseline's own, not the later
  // figures'.
  auto baselines = [&](const PeriodMention& pm) {
    for (size_t j = 0; j < mentions_.size() && mentions_[j].end <= pm.start;
         ++j) {
      const Mention& x = mentions_[j];
      if (j == i) continue;
      std::string_view gap(lower_.data() + x.end, pm.start - x.end);
      size_t k = gap.find_first_not_of(' ');
      if (k != std::string_view::npos && gap.substr(k) != "in " &&
          gap.substr(k) != "in")
        continue;
      std::string_view lead(lower_.data() + s_.start, x.start - s_.start);
      while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
      for (std::string_view word : {"from", "compared with", "compared to",
                                    "against", "versus", "vs", "vs."})
        if (lead.size() >= word.size() &&
            lead.substr(lead.size() - word.size()) == word &&
            (lead.size() == word.size() ||
             !std::isalpha(static_cast<unsigned char>(
                 lead[lead.size() - word.size() - 1]))))
          return true;
    }
    return false;
  };
  bool present = false;
  if (chosen == nullptr)
    for (auto pm = periods_.rbegin(); pm != periods_.rend(); ++pm)
      if (pm->end <= m.start && !pm->period.empty() && !in_run(*pm) &&
          !baselines(*pm) && LeadsTo(*pm, m.start)) {
        present = present_between(pm->end, m.start);
        if (!present) chosen = &*pm;  // the nearest
        break;
      }
  // Not past a clause joined on with a verb of its own: "the industry has
  // already reached 350 billion yuan, and officials aim to grow another to
  // 500 billion yuan by 2025" (but "… was 723.1 billion yuan, and its
  // output 3.38 trillion yuan, in 2011" share their year).
  auto verb = [](std::string_view w) {
    return Is(WordRole::kOpeningVerb, w) || Is(WordRole::kChangeVerb, w) ||
           (w.size() > 4 && w.substr(w.size() - 2) == "ed");
  };
  uint32_t joined = aside;
  for (uint32_t b : boundaries_) {
    if (b < m.end || b >= joined || lower_[b] != ',') continue;
    uint32_t end = 0;
    const std::string_view w = WordAt(b + 1, &end);
    if (w != "and" && w != "but" && w != "while" && w != "whereas" &&
        w != "yet")
      continue;
    bool verbs = RE2::PartialMatch(Piece(b, joined), p.target);
    for (const Word& x : words_)
      verbs = verbs || (x.start > b && x.end <= joined && verb(x.lower));
    if (verbs) joined = b;
  }
  if (chosen == nullptr)  // "rose 5 percent to 12 billion yuan in 2023"
    for (const PeriodMention& pm : periods_)
      if (pm.start >= m.end && pm.end <= joined && !pm.period.empty() &&
          !baselines(pm) && !in_run(pm)) {
        chosen = &pm;
        break;
      }
  if (m.parenthetical && i > 0) {
    f.period = figures[i - 1].period;
  } else if (chosen != nullptr) {
    f.period = chosen->period;
  } else if (i > 0 && !present_between(mentions_[i - 1].end, m.start) &&
             GoesOn(mentions_[i - 1].end, m.start)) {
    f.period = figures[i - 1].period;
  }
  // A goal: a future marker earlier in the clause, or a period later than
  // the text's date.
  uint32_t clause = s_.start;
  for (uint32_t b : boundaries_)
    if (b < m.start && (lower_[b] == ';' || lower_[b] == ':')) clause = b;
  // Not when a verb of what a text holds comes between the goal and the
  // figure: "the action plan to attract foreign investment contains 24
  // measures" lists what the plan is, not what it aims at.
  // (Unless the verb is itself the future's: "a session will run on
  // four areas", "the plan will include 24 measures".)
  uint32_t goal_from = clause;
  const Word* before = nullptr;
  for (const Word& w : words_) {
    if (w.start >= clause && w.end <= m.start &&
        Is(WordRole::kContentVerb, w.lower) &&
        !(before != nullptr &&
          (before->lower == "will" || before->lower == "shall")))
      goal_from = w.end;
    before = &w;
  }
  // Nor a count after "of the": "promoting the upgrading of the six pillar
  // industries" names things there are, not what the goal aims at ("to
  // establish the four platforms" does).
  bool definite = false;
  if (m.q.unit.IsCount()) {
    const Word* last = nullptr;
    const Word* before = nullptr;
    for (const Word& w : words_)
      if (w.end <= m.start) {
        before = last;
        last = &w;
      }
    definite = last != nullptr && before != nullptr && last->lower == "the" &&
               before->lower == "of" &&
               lower_.find_first_not_of(' ', last->end) == m.start;
  }
  f.target = (!definite && MayHoldTarget(Piece(goal_from, m.start)) &&
              RE2::PartialMatch(Piece(goal_from, m.start), p.target)) ||
             (f.period.from > date_.year && f.period.is_year());
  if (m.parenthetical && i > 0) f.target = figures[i - 1].target;
}

uint32_t FigureFramer::FirstAsideFrom(uint32_t at) {
  if (!asides_ready_) {
    std::vector<uint32_t> sorted = boundaries_;
    std::sort(sorted.begin(), sorted.end());
    for (size_t k = 0; k < sorted.size(); ++k)
      if (OpensAside(sorted[k], k + 1 < sorted.size() ? sorted[k + 1] : s_.end))
        asides_.push_back(sorted[k]);
    asides_ready_ = true;
  }
  auto it = std::lower_bound(asides_.begin(), asides_.end(), at);
  return it == asides_.end() ? s_.end : *it;
}

bool FigureFramer::OpensAside(uint32_t b, uint32_t next) const {
  uint32_t end = 0;
  std::string_view w = WordAt(b + 1, &end);
  for (std::string_view x :
       {"which", "who", "whose", "according", "while", "despite", "amid",
        "whereas", "although", "though"})
    if (w == x) return true;
  // Or it holds a relative clause, or who said so.
  for (uint32_t at = b + 1; at < next;) {
    w = WordAt(at, &end);
    if (w.empty() || end > next) break;
    for (std::string_view x : {"said", "says", "told", "noted", "announced",
                               "added", "which", "who", "whose"})
      if (w == x) return true;
    at = end;
  }
  return false;
}

int FigureFramer::TowardOf(uint32_t at) const {
  // The words before the figure, nearest first, back to a sentence mark.
  std::vector<const Word*> back;
  for (const Word& w : words_)
    if (w.end <= at) back.push_back(&w);
  std::reverse(back.begin(), back.end());
  size_t k = 0;
  // "to about", "to just over", "to more than": the bound's words.
  while (k < back.size() && k < 3 &&
         clause::In(back[k]->lower,
                    {"about", "around", "roughly", "nearly", "almost", "just",
                     "over", "under", "some", "more", "less", "than"}))
    ++k;
  if (k >= back.size() || back[k]->lower != "to") return 0;
  for (size_t j = k + 1; j < back.size() && j <= k + 6; ++j) {
    const std::string_view between(lower_.data() + back[j]->end,
                                   back[j - 1]->start - back[j]->end);
    if (between.find_first_of(".;:") != std::string_view::npos) return 0;
    const std::string& w = back[j]->lower;
    if (w == "from" || w == "up" || w == "down") return 0;
    if (Is(WordRole::kChangeVerb, w))
      return DirectionOf(WordRole::kChangeVerb, w);
  }
  return 0;
}

bool FigureFramer::GoesOn(uint32_t from, uint32_t to) const {
  uint32_t comma = from;
  while (comma < to && lower_[comma] != ',') {
    if (lower_[comma] == ';' || lower_[comma] == '.') return false;
    ++comma;
  }
  if (comma >= to) return false;
  uint32_t end = 0;
  std::string_view w = WordAt(comma + 1, &end);
  return end <= to && w.size() > 4 && w.substr(w.size() - 3) == "ing";
}

bool FigureFramer::ListComma(uint32_t b) const {
  uint32_t next = s_.end;
  for (uint32_t x : boundaries_)
    if (x > b) next = std::min(next, x);
  return ListCommaAt(std::string_view(lower_.data(), s_.end), b, next);
}

const std::vector<uint32_t>& FigureFramer::Marks() {
  if (!marks_ready_) {
    for (uint32_t b : boundaries_)
      if (!ListComma(b)) marks_.push_back(b);
    std::sort(marks_.begin(), marks_.end());
    marks_ready_ = true;
  }
  return marks_;
}

bool FigureFramer::LeadsTo(const PeriodMention& pm, uint32_t at) {
  const std::vector<uint32_t>& marks = Marks();
  auto first = std::lower_bound(marks.begin(), marks.end(), pm.end);
  if (first == marks.end() || *first >= at) return true;  // none between
  auto before = std::lower_bound(marks.begin(), marks.end(), pm.start);
  uint32_t lo = before == marks.begin() ? s_.start : *(before - 1);
  uint32_t hi = *first;
  uint32_t last = *(std::lower_bound(marks.begin(), marks.end(), at) - 1);
  uint32_t opens_end = 0;
  std::string_view opens = WordAt(last + 1, &opens_end);
  // "…, thus concluding …", "…, thereby lifting …" go on as "…, lifting …".
  if (Is(WordRole::kGoesOnAdverb, opens)) opens = WordAt(opens_end, &opens_end);
  if (opens == "up" || opens == "down" || opens == "and" || opens == "with" ||
      (opens.size() > 4 && opens.substr(opens.size() - 3) == "ing"))
    return true;
  // (The words of an "as of": "At the end of 2022, …" is only a period.)
  int words = 0;
  for (uint32_t k = lo; k < hi; ++k) {
    if (k >= pm.start && k < pm.end) continue;
    bool letter = lower_[k] >= 'a' && lower_[k] <= 'z';
    bool starts =
        letter && (k == lo || !(lower_[k - 1] >= 'a' && lower_[k - 1] <= 'z'));
    if (!starts) continue;
    uint32_t end = 0;
    const std::string_view w = WordAt(k, &end);
    if (w != "at" && w != "the" && w != "of" && w != "by" && w != "as" &&
        w != "end" && w != "close")
      ++words;
  }
  return words <= 3;
}

}  // namespace reader
}  // namespace figcheck
