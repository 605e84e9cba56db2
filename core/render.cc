// Rendering of results: the explanation of each verdict in words (one
// wording per reason of check.h), quantities as people write them, the JSON
// of the contract and the text report. A count says what it counts on both
// sides, in the words of the cited sentence ("49.158 million twenty-foot
// equivalent units for 2023, not 30 million twenty-foot equivalent units"),
// so a reader never compares bare numbers. Tested by tests/check_test.cc.
#include "core/render.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

#include "core/measure.h"
#include "core/numbers.h"
#include "core/reader/words.h"
#include "core/text.h"

namespace figcheck {
namespace {

std::string Group(long long n) {
  std::string s = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(i, ",");
  return (n < 0 ? "-" : "") + s;
}

std::string Trim(double v, int decimals) {
  std::string s = FormatFixed(v, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// States as words: "completed, under construction or planned".
std::string StateWords(int states, const char* last_join) {
  std::vector<const char*> words;
  if (states & reader::kStateDone) words.push_back("completed");
  if (states & reader::kStateBuilding) words.push_back("under construction");
  if (states & reader::kStatePlanned) words.push_back("planned");
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) out += k + 1 == words.size() ? last_join : ", ";
    out += words[k];
  }
  return out;
}

bool IsCount(const Quantity& q) { return q.unit.IsCount() || q.unit.empty(); }

// A quantity with what it counts, when it is a count and that is known.
std::string WithThing(const Quantity& q, const std::string& thing) {
  std::string s = FormatQuantity(q);
  if (!thing.empty() && IsCount(q)) s += " " + thing;
  return s;
}

// The fact as the sources say it: "4.72 trillion yuan for 2023".
std::string Said(const FactBase& base, const Fact& f) {
  const Figure& g = f.figure;
  std::string s = WithThing(g.quantity, CountedWords(base, f));
  std::string p = g.period.ToString();
  // "over the past three years, from X to Y": X is of the span's start.
  if (g.pair_from && g.pair >= 0 && g.period.years > 0 &&
      base.facts[static_cast<size_t>(g.pair)].figure.period.from ==
          g.period.from)
    p = std::to_string(g.period.from);
  if (!p.empty())
    s += (g.target ? " as a target for " : " for ") + p;
  else if (g.target)
    s += " as a target";
  return s;
}

}  // namespace

std::string CountedWords(const FactBase& base, const Fact& f) {
  const Sentence& s = base.sentences[f.sentence];
  return CountedWords(base.lexicon, s.text, s.start, f.figure);
}

std::string Explain(const FactBase& base, const FigureResult& r) {
  const Quantity& cq = r.claimed.quantity;
  auto fact = [&](size_t i) -> const Fact& { return base.facts[r.facts[i]]; };
  // The claim's figure, counting what the fact it is held against counts.
  auto claimed = [&](const Fact& against) {
    return IsCount(against.figure.quantity)
               ? WithThing(cq, CountedWords(base, against))
               : FormatQuantity(cq);
  };
  auto said = [&](const Fact& f) { return Said(base, f); };
  auto figure = [&](const Fact& f) {
    return WithThing(f.figure.quantity, CountedWords(base, f));
  };
  switch (r.reason) {
    case Reason::kStated: return "The sources say " + said(fact(0)) + ".";
    case Reason::kCloseDisagree:
      return "The sources say " + said(fact(0)) + " and " + said(fact(1)) +
             " for close subjects; not enough to confirm or refute " +
             claimed(fact(0)) + ".";
    case Reason::kWentOtherWay:  // facts: the level, then its change
      return "The sources say " + said(fact(0)) + ", " +
             FormatQuantity(fact(1).figure.quantity) + ": it " +
             (r.claimed.toward > 0 ? "fell" : "rose") + ", not " +
             (r.claimed.toward > 0 ? "rose" : "fell") + ".";
    case Reason::kTurnedAround:  // facts: the earlier end, then the later
      return "The sources say it went from " + said(fact(0)) + " to " +
             said(fact(1)) + "; the claim tells it the other way round.";
    case Reason::kContradicted: {
      const Quantity& fq = fact(0).figure.quantity;
      std::string why;
      if (cq.unit.IsCurrency() && fq.unit.IsCurrency() && cq.unit != fq.unit)
        why = " — a different currency";
      else if (cq.kind == Kind::kChange && cq.direction != 0 &&
               fq.direction != 0 && cq.direction != fq.direction)
        why = " — the change went the other way";
      return "The sources say " + said(fact(0)) + ", not " + claimed(fact(0)) +
             why + ".";
    }
    case Reason::kDerivedChange: {
      // facts: the later level, then the earlier.
      const Quantity& d = r.derived_quantity;
      std::string shown = cq.unit.IsMultiple() ? Trim(d.value, 2) + " times"
                                               : FormatQuantity(d);
      if (r.claimed.aspect == Aspect::kAverage && cq.unit.IsPercent())
        shown += " a year on average";
      // A share's change told in percent that is its change in points.
      const Quantity& later = fact(0).figure.quantity;
      const Quantity& earlier = fact(1).figure.quantity;
      const double points = std::fabs(later.value - earlier.value);
      const bool in_points = cq.unit.IsPercent() && later.unit.IsPercent() &&
                             earlier.unit.IsPercent() &&
                             r.verdict != Verdict::kSupported &&
                             std::fabs(cq.value - points) <= 0.05 * points;
      return "From " + said(fact(1)) + " to " + said(fact(0)) + " is " +
             (d.direction < 0 && !cq.unit.IsMultiple() ? "a fall of " : "") +
             shown +
             (r.verdict == Verdict::kSupported
                  ? "."
                  : ", not " + FormatQuantity(cq) +
                        (in_points ? " (" + Trim(points, 2) +
                                         " is the change in percentage "
                                         "points)"
                                   : "") +
                        ".");
    }
    case Reason::kDerivedFromRate: {
      // facts: the level, then its rate of change. The difference is shown
      // to three digits: the rate's rounding makes more meaningless.
      const Quantity& d = r.derived_quantity;
      Quantity shown = d, claim = cq;
      shown.kind = claim.kind = Kind::kLevel;
      shown.direction = claim.direction = 0;
      const double unit =
          d.value > 0 ? std::pow(10.0, std::floor(std::log10(d.value)) - 2) : 1;
      shown.value = std::round(d.value / unit) * unit;
      shown.step = 0;
      shown.qualifier = Qualifier::kApprox;
      return said(fact(0)) + ", " + (d.direction < 0 ? "down " : "up ") +
             Trim(fact(1).figure.quantity.value, 2) + "%, is " +
             (d.direction < 0 ? "a fall of " : "a rise of ") +
             FormatQuantity(shown) +
             (r.verdict == Verdict::kSupported
                  ? "."
                  : ", not " + FormatQuantity(claim) + ".");
    }
    case Reason::kDerivedFromNew: {
      // facts: the total, then the year's new ones.
      const Quantity& total = fact(0).figure.quantity;
      const Quantity& added = fact(1).figure.quantity;
      Quantity before = total;
      before.value = total.value - added.value;
      return said(fact(1)) + ", bringing the total to " +
             FormatQuantity(total) + ", is a rise of " + Trim(r.derived, 1) +
             "% from " + FormatQuantity(before) +
             (r.verdict == Verdict::kSupported
                  ? "."
                  : ", not " + FormatQuantity(cq) + ".");
    }
    case Reason::kDerivedBeforeNew: {
      // facts: the total, then the year's new ones.
      const Quantity& d = r.derived_quantity;
      return said(fact(1)) + ", bringing the total to " +
             FormatQuantity(fact(0).figure.quantity) + ", leaves " +
             FormatQuantity(d) + " before them" +
             (r.verdict == Verdict::kSupported
                  ? "."
                  : ", not " + FormatQuantity(cq) + ".");
    }
    case Reason::kStateNarrowed: {
      const Sentence& s = base.sentences[fact(0).sentence];
      const uint32_t from = fact(0).figure.start - s.start;
      const int held = from > s.text.size()
                           ? 0
                           : reader::StatesIn(AsciiLower(s.text.substr(from)));
      return "The sources say " + said(fact(0)) + ", counting those " +
             StateWords(held, " or ") + ", not all " +
             StateWords(r.claimed.states, "") + ".";
    }
    case Reason::kGoal: {
      const Figure& f = fact(0).figure;
      return figure(fact(0)) + " is a goal" +
             (f.period.stated ? " for " + f.period.ToString() : std::string()) +
             ", not an achieved figure.";
    }
    case Reason::kAchievedAsGoal: {
      const Figure& f = fact(0).figure;
      return figure(fact(0)) + " is an achieved figure" +
             (f.period.empty() ? std::string()
                               : " for " + f.period.ToString()) +
             ", not a goal" +
             (r.claimed.period.empty()
                  ? std::string()
                  : " for " + r.claimed.period.ToString()) +
             ".";
    }
    case Reason::kRunningTotal:
      return figure(fact(0)) + " is the running total by " +
             fact(0).figure.period.ToString() + ", not a figure for " +
             r.claimed.period.ToString() + ".";
    case Reason::kOtherPeriod: {
      const Figure& f = fact(0).figure;
      if (r.claimed.aspect == Aspect::kPartYear)
        return figure(fact(0)) + " is the figure for the whole of " +
               f.period.ToString() + ", not for part of it.";
      return figure(fact(0)) + " is the figure for " + f.period.ToString() +
             "; the sources give none for " + r.claimed.period.ToString() + ".";
    }
    case Reason::kDerivedShare:
      return figure(fact(0)) + " of " + figure(fact(1)) + " is " +
             Trim(r.derived, 1) + "%" +
             (r.verdict == Verdict::kSupported
                  ? "."
                  : ", not " + FormatQuantity(cq) + ".");
    case Reason::kDerivedSum:
      return FormatQuantity(fact(0).figure.quantity) + " and " +
             FormatQuantity(fact(1).figure.quantity) + " make " +
             FormatQuantity(r.derived_quantity) + ".";
    case Reason::kDerivedDifference:
      return FormatQuantity(fact(0).figure.quantity) + " less " +
             FormatQuantity(fact(1).figure.quantity) + " leaves " +
             FormatQuantity(r.derived_quantity) + ".";
    case Reason::kDerivedRatio:
      return FormatQuantity(fact(0).figure.quantity) + " for " +
             FormatQuantity(fact(1).figure.quantity) + " is " +
             Trim(r.derived, 1) + " each.";
    case Reason::kUndetermined:
      return "The sources say " + said(base.facts[r.named]) +
             ", which neither confirms nor rules out " +
             claimed(base.facts[r.named]) + ".";
    case Reason::kWeakMatch:
      return "The closest figure in the sources is " +
             said(base.facts[r.named]) +
             ", but it may be about something else; not enough to confirm or "
             "refute " +
             FormatQuantity(cq) + ".";
    case Reason::kNoneForPeriod:
      return "The sources give no figure for this subject and period.";
    case Reason::kNoSubject: break;
  }
  return "The sources hold no figure for this subject.";
}

std::string FormatQuantity(const Quantity& q) {
  std::string prefix;
  switch (q.qualifier) {
    case Qualifier::kApprox: prefix = "about "; break;
    case Qualifier::kMoreThan: prefix = "more than "; break;
    case Qualifier::kAtLeast: prefix = "at least "; break;
    case Qualifier::kLessThan: prefix = "less than "; break;
    case Qualifier::kAtMost: prefix = "at most "; break;
    case Qualifier::kExact: break;
  }
  if (q.kind == Kind::kChange && !q.unit.IsMultiple())
    prefix = (q.direction < 0   ? "down "
              : q.direction > 0 ? "up "
                                : "") +
             prefix;
  else if (q.value < 0)
    prefix += "minus ";
  double v = std::fabs(q.value);
  const Unit base = q.unit.Numerator();
  std::string per;
  if (q.unit.IsRate()) {
    const Unit denominator = q.unit.Denominator();
    per = " per " + (denominator == Unit::SquareKilometers()
                         ? std::string("square kilometer")
                         : denominator.ToString());
    // A rate of a few per person reads per 100, 1,000 or 10,000 people, as
    // it is written: "2.6 per 100 people", not "0.026 per person".
    if (denominator.dimension() == Dimension::kPeople && base.IsCount() &&
        v > 0 && v < 1) {
      long long people = 100;
      while (v * people < 1 && people < 10000) people *= 10;
      v *= people;
      per = " per " + Group(people) + " people";
    }
  }
  // A share told as a fraction ("one in three") has no digits of its own:
  // one decimal, not 33.3333%.
  if (q.unit.IsPercent())
    return prefix +
           Trim(v,
                q.step > 0
                    ? std::min(4, std::max(0, static_cast<int>(std::ceil(
                                                  -std::log10(q.step) - 1e-9))))
                    : 1) +
           "%";
  if (q.unit.IsPoints()) return prefix + Trim(v, 4) + " percentage points";
  if (q.unit.IsMultiple()) return prefix + Trim(v, 2) + " times";
  // A position, as a ranking is told ("No. 1"), not a count of ranks.
  if (q.unit.IsRank() && q.kind == Kind::kLevel) return "No. " + Trim(v, 0);
  std::string number;
  const char* scale = "";
  double scaled = v;
  if (v >= 1e12) {
    scaled = v / 1e12;
    scale = " trillion";
  } else if (v >= 1e9) {
    scaled = v / 1e9;
    scale = " billion";
  } else if (v >= 1e6 && (base.IsCurrency() ||
                          std::fabs(v / 1e3 - std::round(v / 1e3)) < 1e-6)) {
    scaled = v / 1e6;
    scale = " million";
  }
  if (std::fabs(scaled - std::round(scaled)) < 1e-9 && scaled < 1e15)
    number = Group(static_cast<long long>(std::llround(scaled))) + scale;
  else
    number = Trim(scaled, 4) + scale;
  // The words of each numerator unit; a rate adds what it is per.
  switch (base.dimension()) {
    case Dimension::kCurrency:
      return base == Unit::Yuan() ? prefix + number + " yuan" + per
                                  : prefix + "US$" + number + per;
    case Dimension::kDuration: return prefix + number + " years";
    case Dimension::kArea:
      return prefix + number +
             (base == Unit::SquareKilometers() ? " square kilometers"
                                               : " square meters") +
             per;
    case Dimension::kCoalEnergy:
      return prefix + number + " tons of standard coal" + per;
    case Dimension::kMass: return prefix + number + " tons" + per;
    case Dimension::kNone:
    case Dimension::kCount: return prefix + number + per;
    default: return prefix + number + " " + base.ToString() + per;
  }
}

void WriteFigure(JsonWriter& w, const Figure& f, std::string_view measure) {
  w.BeginObject();
  w.Key("text").String(f.text);
  w.Key("value").Number(f.quantity.value);
  w.Key("unit").String(f.quantity.unit.ToString());
  w.Key("period");
  std::string p = f.period.ToString();
  if (p.empty())
    w.Null();
  else
    w.String(p);
  w.Key("period_stated").Bool(f.period.stated);
  w.Key("qualifier").String(QualifierName(f.quantity.qualifier));
  w.Key("target").Bool(f.target);
  w.Key("kind").String(f.quantity.kind == Kind::kChange ? "change" : "level");
  w.Key("direction").Int(f.quantity.direction);
  w.Key("start").Int(f.start);
  w.Key("end").Int(f.end);
  // What it measures, so a reader sees what was compared with what.
  w.Key("measure");
  if (measure.empty())
    w.Null();
  else
    w.String(std::string(measure));
  w.EndObject();
}

void WriteCitation(JsonWriter& w, const FactBase& base, uint32_t fact) {
  const Fact& f = base.facts[fact];
  const Sentence& s = base.sentences[f.sentence];
  const Document& d = base.documents[s.doc];
  w.BeginObject();
  w.Key("source").BeginObject();
  w.Key("file").String(d.file);
  w.Key("title").String(d.title);
  w.Key("publisher").String(d.publisher);
  w.Key("date").String(d.date);
  w.Key("url");
  if (d.url.empty())
    w.Null();
  else
    w.String(d.url);
  w.EndObject();
  w.Key("quote").String(s.text);
  w.Key("sentence_start").Int(s.start);
  w.Key("sentence_end").Int(s.end);
  w.Key("figure_start").Int(f.figure.start);
  w.Key("figure_end").Int(f.figure.end);
  w.Key("figure");
  WriteFigure(w, f.figure,
              MeasureName(base.lexicon, s.text, s.start, f.figure));
  w.EndObject();
}

namespace {

// The JSON of what one result repeats: its decisive figure's citations are
// written at the top and again under "figures", and the first of them is
// also "citation". Each fact's citation and each claimed figure is rendered
// once (naming a measure reads its sentence again) and copied after that;
// in the shared style, a figure lists its facts' numbers and the citations
// follow once each (CiteShared).
class ResultWriter {
 public:
  ResultWriter(const FactBase& base, std::string_view claim)
      : base_(base), claim_(claim) {}

  void Write(JsonWriter& w, const FigureResult& r, CitationStyle style) {
    w.Key("verdict").String(VerdictName(r.verdict));
    if (style == CitationStyle::kShared) {
      w.Key("facts").BeginArray();
      for (uint32_t id : r.facts) {
        w.Int(id);
        Citation(id);
      }
      w.EndArray();
    } else {
      w.Key("citation");
      if (r.facts.empty())
        w.Null();
      else
        w.Raw(Citation(r.facts[0]));
      w.Key("citations").BeginArray();
      for (uint32_t id : r.facts) w.Raw(Citation(id));
      w.EndArray();
    }
    w.Key("claimed").Raw(Claimed(r));
    w.Key("derived");
    if (std::isnan(r.derived))
      w.Null();
    else
      w.Number(r.derived);
    w.Key("explanation").String(r.explanation);
  }

  // {"N": citation, ...}: every fact written so far, once.
  void CiteShared(JsonWriter& w) {
    w.BeginObject();
    for (const auto& [id, json] : citations_)
      w.Key(std::to_string(id)).Raw(json);
    w.EndObject();
  }

 private:
  const std::string& Citation(uint32_t fact) {
    for (const auto& [id, json] : citations_)
      if (id == fact) return json;
    JsonWriter w;
    WriteCitation(w, base_, fact);
    return citations_.emplace_back(fact, w.Take()).second;
  }

  const std::string& Claimed(const FigureResult& r) {
    for (const auto& [figure, json] : claimed_)
      if (figure == &r) return json;
    JsonWriter w;
    WriteFigure(w, r.claimed, MeasureName(base_.lexicon, claim_, 0, r.claimed));
    return claimed_.emplace_back(&r, w.Take()).second;
  }

  const FactBase& base_;
  std::string_view claim_;  // what the claimed figures' offsets point into
  std::vector<std::pair<uint32_t, std::string>> citations_;
  std::vector<std::pair<const FigureResult*, std::string>> claimed_;
};

}  // namespace

std::string ResultToJson(const FactBase& base, const Result& result,
                         const std::string* id, CitationStyle citations) {
  const bool shared = citations == CitationStyle::kShared;
  ResultWriter figures(base, result.claim);
  JsonWriter w;
  w.BeginObject();
  if (id != nullptr) w.Key("id").Raw(*id);
  w.Key("claim").String(result.claim);
  if (shared) {
    // The decisive figure is written once, under "figures".
    w.Key("decisive");
    if (result.decisive >= 0)
      w.Int(result.decisive);
    else
      w.Null();
  }
  if (result.decisive >= 0) {
    if (!shared) figures.Write(w, result.figures[result.decisive], citations);
  } else {
    w.Key("verdict").String(VerdictName(result.verdict));
    if (!shared) {
      w.Key("citation").Null();
      w.Key("citations").BeginArray().EndArray();
      w.Key("claimed").Null();
      w.Key("derived").Null();
    }
    w.Key("explanation").String(result.explanation);
  }
  w.Key("figures").BeginArray();
  for (const FigureResult& r : result.figures) {
    w.BeginObject();
    figures.Write(w, r, citations);
    w.EndObject();
  }
  w.EndArray();
  if (shared) figures.CiteShared(w.Key("citations"));
  w.EndObject();
  return w.Take();
}

std::string ErrorToJson(const Status& status, const std::string* id) {
  JsonWriter w;
  w.BeginObject();
  if (id != nullptr) w.Key("id").Raw(*id);
  w.Key("error").BeginObject();
  w.Key("code").String(ErrorCodeName(status.code()));
  w.Key("message").String(status.message());
  w.EndObject();
  w.EndObject();
  return w.Take();
}

std::string ResultToText(const FactBase& base, const Result& result) {
  std::string out;
  std::string verdict = VerdictName(result.verdict);
  for (char& c : verdict)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  out += verdict + ": " + result.explanation + "\n";
  for (const FigureResult& r : result.figures) {
    out += "\n  " + r.claimed.text + "  →  " + VerdictName(r.verdict) + "\n";
    out += "    claimed: " + FormatQuantity(r.claimed.quantity);
    std::string p = r.claimed.period.ToString();
    if (!p.empty()) out += " (" + p + ")";
    if (r.claimed.target) out += " [goal]";
    out += "\n";
    if (result.figures.size() > 1) out += "    " + r.explanation + "\n";
    for (uint32_t id : r.facts) {
      const Fact& f = base.facts[id];
      const Sentence& s = base.sentences[f.sentence];
      const Document& d = base.documents[s.doc];
      out += "    source:  " + FormatQuantity(f.figure.quantity);
      std::string fp = f.figure.period.ToString();
      if (!fp.empty()) out += " (" + fp + ")";
      if (f.figure.target) out += " [goal]";
      out += "\n    quote:   \"" + s.text + "\"\n";
      out += "    from:    " + d.title + " — " + d.publisher + ", " + d.date;
      out += "\n             " + d.file + ":" + std::to_string(f.figure.start) +
             "-" + std::to_string(f.figure.end);
      if (!d.url.empty()) out += " " + d.url;
      out += "\n";
    }
  }
  return out;
}

}  // namespace figcheck
