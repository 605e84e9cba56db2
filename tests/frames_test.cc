// Wire-copy claims against the real fact base: the frame of a figure (place,
// measure, aspect, period) as a news sentence wraps it. design.md, "Verdicts":
// a figure is refuted only when the place, measure, aspect and period all agree
// with a source figure; another place, a new-in-period count against a running
// total, a part year against the full year, one year's growth against a
// multi-year change, or another year are at most misleading or unverifiable.
// Attribution ("…, the commission said on Monday"), side clauses and lead-ins
// ("Speaking at …, the official said …") do not change what a figure is about.
//
// Every sentence here was written for this test from data/sources/*.txt and
// design.md; none comes from the dev claim set. Each kind is tested both ways:
// the verdict when the frame matches a source figure (supported, or refuted for
// a wrong value), and unverifiable when it does not.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "core/check.h"
#include "tests/test_data.h"

namespace figcheck {
namespace {

using test_data::D;
using test_data::RealFactBase;

constexpr Verdict kSupported = Verdict::kSupported;
constexpr Verdict kRefuted = Verdict::kRefuted;
constexpr Verdict kMisleading = Verdict::kMisleading;
constexpr Verdict kUnverifiable = Verdict::kUnverifiable;

struct FrameCase {
  const char* kind;  // the frame the row exercises
  const char* claim;
  const char* as_of;
  Verdict verdict;
};

// Dates the rows are read at: after every source, and the days the
// articles of each source would have run.
const char kLate[] = "2024-11-01";
const char kMar24[] = "2024-03-29";  // the SCIO briefing and the investment conference
const char kSep22[] = "2022-09-15";  // the industrial-economy press conference
const char kOct24[] = "2024-10-14";  // the Hongqiao CBD briefing

const FrameCase kFrameCases[] = {
    // ------------------------------------------------ attribution and side clauses
    {"attribution", "Shanghai's GDP reached 4.72 trillion yuan in 2023, the mayor said at a "
     "briefing on Thursday, despite a sluggish global economy.", kLate, kSupported},
    {"attribution", "Container throughput at Shanghai Port hit 49.16 million TEUs in 2023, the "
     "city's port authority said in a statement on Monday, citing strong demand on Asia-Europe "
     "routes.", kLate, kSupported},
    {"attribution", "Shanghai set up 6,017 new foreign-invested enterprises in 2023, up 38.3 "
     "percent, the municipal commission of commerce said at a press conference on Tuesday, even "
     "as global investment flows slowed.", kLate, kSupported},
    {"side clause", "The city's actual use of foreign capital, which officials described as a "
     "record, was 24.09 billion U.S. dollars in 2023, according to official data.", kLate,
     kSupported},
    {"attribution, wrong value", "Shanghai's GDP reached 5.2 trillion yuan in 2023, the mayor "
     "said at a briefing on Thursday, despite a sluggish global economy.", kLate, kRefuted},
    {"attribution, wrong value", "Container throughput at Shanghai Port hit 45 million TEUs in "
     "2023, the port authority said on Monday.", kLate, kRefuted},

    // ------------------------------------------------------------------ lead-ins
    {"lead-in", "Speaking at a press conference in Beijing on Thursday, Mayor Gong Zheng said "
     "Shanghai's GDP reached 4.72 trillion yuan in 2023.", kLate, kSupported},
    {"lead-in", "Speaking at the Shanghai Global Investment Promotion Conference, the official "
     "said the city set up 6,017 new foreign-invested enterprises in 2023.", kLate, kSupported},
    {"lead-in", "According to the deputy mayor, Shanghai introduced 172,000 domestic and overseas "
     "professionals last year, a 12 percent increase.", kMar24, kSupported},
    {"lead-in, wrong value", "Speaking at a briefing on Wednesday, the official said Shanghai set "
     "up 7,017 new foreign-invested enterprises in 2023.", kLate, kRefuted},
    {"lead-in, wrong value", "Addressing reporters on Friday, the deputy director said the "
     "Hongqiao CBD is home to 112 municipal-level headquarters companies.", kOct24, kRefuted},

    // ---------------------------------------------- another place: never refuted
    {"another city, Shanghai's number", "Ningbo-Zhoushan Port handled 49.158 million TEUs in "
     "2023.", kLate, kUnverifiable},
    {"another city, another number", "Shenzhen Port handled 29.9 million TEUs in 2023.", kLate,
     kUnverifiable},
    {"another city, Shanghai's number", "Beijing's GDP reached 4.72 trillion yuan in 2023.", kLate,
     kUnverifiable},
    {"another city, another number", "Beijing's GDP reached 4.4 trillion yuan in 2023.", kLate,
     kUnverifiable},
    {"nationwide", "Nationwide, 53,766 new foreign-invested enterprises were set up in 2023.",
     kLate, kUnverifiable},
    {"China as a whole, Shanghai's number", "China as a whole set up 6,017 new foreign-invested "
     "enterprises in 2023, up 38.3 percent.", kLate, kUnverifiable},
    {"a district, Shanghai's number", "Pudong New Area set up 6,017 new foreign-invested "
     "enterprises in 2023.", kLate, kUnverifiable},
    {"another city, Shanghai's share", "Shenzhen's R&D expenditure reached around 4.4 percent of "
     "its GDP in 2023.", kLate, kUnverifiable},
    {"a province, Shanghai's number", "Jiangsu province's integrated circuit industry has reached "
     "250 billion yuan.", kSep22, kUnverifiable},
    {"a province the sources name, with Shanghai in an aside", "Zhejiang province, a rival "
     "that competes with Shanghai for investment, reported actual use of foreign capital of "
     "about $19 billion in 2023.", kLate, kUnverifiable},
    {"another city, Shanghai's number", "Tianjin has issued 441,000 work permits to foreigners.",
     kMar24, kUnverifiable},
    {"another country", "Singapore's port handled 39 million TEUs in 2023.", kLate,
     kUnverifiable},
    // A rate: what it counts is its subject, and its base converts.
    {"rate, another base", "Shanghai has 2.6 industrial robots for every 100 people.", kSep22,
     kSupported},
    {"rate, another base, wrong value", "Shanghai's robot density is 2.6 robots per 1,000 "
     "people.", kSep22, kRefuted},
    {"rate, the source's base before its number", "Shanghai has 0.502 high-value invention "
     "patents for every 100 residents.", kLate, kSupported},
    {"rate of another thing", "Shanghai has 2.6 hospital beds for every 100 people.", kSep22,
     kUnverifiable},
    // Another year's very figure, where the claimed year has only a bound.
    {"other period, the year a bound", "Shanghai's actual use of foreign capital hit "
     "US$24.09 billion in 2024.", kLate, kMisleading},
    // A total or an average the sources do not state, from two figures of
    // one sentence: confirmed when it is right, never refuted on a guess.
    {"derived sum", "In 2023, a combined 95 regional headquarters and foreign R&D centres "
     "were newly set up in Shanghai.", kLate, kSupported},
    {"derived sum, wrong", "In 2023, a combined 59 regional headquarters and foreign R&D "
     "centres were newly set up in Shanghai.", kLate, kUnverifiable},
    {"derived average", "Shanghai's SME service commissioners each cover about 16 small and "
     "medium-sized enterprises on average.", kLate, kSupported},
    {"derived average, wrong", "Shanghai's SME service commissioners each cover about 61 "
     "small and medium-sized enterprises on average.", kLate, kUnverifiable},
    // A district named without its designation is the same district.
    {"a district, short name", "Pudong has introduced 18 innovative regulations under the "
     "pilot reform, officials said.", kLate, kSupported},
    {"a district, short name, wrong value", "Pudong has introduced 21 innovative regulations "
     "under the pilot reform.", kLate, kRefuted},
    {"the city, a district's number", "Shanghai has introduced 18 innovative regulations under "
     "the pilot reform.", kLate, kUnverifiable},

    // ----------------------------- the source's context: heading, earlier sentence
    {"source context: 'the district'", "The Hongqiao CBD is home to 211 municipal-level "
     "headquarters companies.", kOct24, kSupported},
    {"source context: earlier sentence", "The Hongqiao CBD's global digital trade port has "
     "attracted more than 7,000 digital companies.", kOct24, kSupported},
    {"source context, wrong side of a bound", "The Hongqiao CBD's global digital trade port has "
     "attracted fewer than 5,000 digital companies.", kOct24, kRefuted},
    {"source context: '…, respectively'", "In 2023, 65 regional headquarters of multinational "
     "corporations were newly established in Shanghai, bringing the total to 956.", kLate,
     kSupported},
    {"source context: '…, respectively'", "Shanghai had 561 foreign R&D centers at the end of "
     "2023.", kLate, kSupported},
    {"source context: '…, respectively', wrong value", "Shanghai had 651 foreign R&D centers at "
     "the end of 2023.", kLate, kRefuted},
    {"source context: 'the city is home to'", "Shanghai is home to more than 1,000 key integrated "
     "circuit enterprises.", kSep22, kSupported},
    {"source context: 'of which'", "The manufacturing output value of Shanghai's biopharma "
     "industry reached 170 billion yuan.", kSep22, kSupported},
    {"source context: heading 'Game'", "One out of every four mobile games with a monthly income "
     "above 10 million yuan comes from Shanghai.", "2024-01-10", kSupported},
    {"source context: Pudong answer", "Pudong New Area has introduced 18 innovative "
     "regulations.", "2024-04-01", kSupported},

    // ----------------------------------------- new in a period vs running total
    {"new vs total", "The Hongqiao CBD added 15 new municipal-level headquarters companies this "
     "year.", kOct24, kUnverifiable},
    {"new vs total", "Shanghai has issued 9,000 new work permits to foreigners so far this year.",
     kMar24, kUnverifiable},
    {"new and total both right", "Shanghai introduced 172,000 professionals last year, bringing "
     "its talent pool to more than 6.75 million.", kMar24, kSupported},
    {"new and total both right", "In 2023, 30 foreign R&D centers were newly established in "
     "Shanghai, bringing the total to 561.", kLate, kSupported},
    {"new vs total", "Shanghai now has 1,771 licensed financial institutions, after 48 new ones "
     "opened last year.", "2024-04-01", kUnverifiable},
    {"new vs total, part year", "Shanghai installed 5,000 new foreign-card POS terminals in the "
     "first quarter of 2024.", "2024-04-15", kUnverifiable},

    // ------------------------------------------------- part year vs full year
    {"part year", "In the first half of 2023, Shanghai's GDP reached 2.2 trillion yuan.", kLate,
     kUnverifiable},
    {"part year", "So far this year, Shanghai Port has handled 7.9 million TEUs.", "2024-03-01",
     kUnverifiable},
    {"part year", "In the first ten months of 2023, Shanghai set up 4,800 new foreign-invested "
     "enterprises.", kLate, kUnverifiable},
    {"part year", "Shanghai's actual use of foreign capital in the first quarter of 2023 was 6.1 "
     "billion U.S. dollars.", kLate, kUnverifiable},
    {"full year", "Shanghai set up 6,017 new foreign-invested enterprises in the whole of 2023.",
     kLate, kSupported},
    {"last year's figure as this year's so far", "Shanghai has set up 6,017 new "
     "foreign-invested enterprises so far this year.", "2024-06-01", kMisleading},

    // -------------------------------------- one year's growth vs multi-year change
    {"one-year growth vs three-year change", "The import and export value of the Hongqiao CBD "
     "grew 52 percent in 2023.", kOct24, kUnverifiable},
    {"multi-year change", "The Hongqiao CBD's import and export value more than tripled over the "
     "past three years.", kOct24, kSupported},
    {"one-year growth vs ten-year change", "Shanghai's industrial added value grew 7 percent in "
     "2021.", kSep22, kUnverifiable},
    {"multi-year change", "Shanghai's industrial added value grew about 48 percent from 2011 to "
     "2021.", kSep22, kSupported},
    {"one-year fall vs ten-year fall", "Energy consumption per unit of industrial added value in "
     "Shanghai fell 5 percent last year.", kSep22, kUnverifiable},
    {"multi-year change", "Over the past decade, energy consumption per unit of industrial added "
     "value in Shanghai declined by 42 percent.", kSep22, kSupported},
    {"multi-year change, wrong value", "Over the past decade, energy consumption per unit of "
     "industrial added value in Shanghai declined by 24 percent.", kSep22, kRefuted},

    // -------------------------------------------- a 2022 claim vs 2023 figures
    {"2022 vs 2023", "Container throughput at Shanghai Port was 47.3 million TEUs in 2022.", kLate,
     kUnverifiable},
    {"2022 vs 2023", "Shanghai's GDP was 4.47 trillion yuan in 2022.", kLate, kUnverifiable},
    {"2022 vs 2021 and 2023", "In 2022, strategic emerging industries accounted for 42 percent of "
     "the output value of Shanghai's major industrial enterprises.", kLate, kUnverifiable},
    {"2022 vs 2023", "The turnover of Shanghai's financial markets was about 2,900 trillion yuan in "
     "2022.", kLate, kUnverifiable},
    {"2023's figure told as 2022's", "Shanghai's GDP reached 4.72 trillion yuan in 2022.", kLate,
     kMisleading},

    // ----------------------------------------- no year: the latest at the claim's date
    {"no year", "Shanghai's GDP stands at 4.72 trillion yuan.", "2024-06-01", kSupported},
    {"no year, no figure for the year before the date", "Strategic emerging industries account "
     "for 43.9 percent of the output value of Shanghai's major industrial enterprises.",
     "2023-06-01", kUnverifiable},

    // ------------------------------------------------ wrong figure, full match
    {"full match, wrong value", "Shanghai's integrated circuit industry accounts for about 35 "
     "percent of the country's total.", kSep22, kRefuted},
    {"full match, wrong value", "The Hongqiao International Business Talent Port has brought in "
     "284 human resources companies.", kOct24, kRefuted},
    {"full match, wrong value", "The number of licensed financial institutions in Shanghai reached "
     "1,717 by the end of 2023.", kLate, kRefuted},
    // ------------------------------------------- goals and achievements
    {"achieved told as a goal", "Shanghai aims to attract 172,000 domestic and overseas "
     "professionals in 2026, officials said.", kLate, kMisleading},
    {"goal told as a goal", "The city plans to grow its metaverse industry to 350 billion yuan by "
     "2025.", kSep22, kSupported},
    // A plan's deadline is its length; a slogan in quotes counts nothing.
    {"a deadline told as a goal", "Shanghai aims to complete the reconstruction of old houses "
     "within 10 years, the mayor said.", kLate, kSupported},
    {"a deadline told as done", "Shanghai has completed its 10-year reconstruction of old "
     "houses.", kLate, kMisleading},
    {"a deadline, wrong length", "Shanghai aims to complete the reconstruction of old houses "
     "within five years.", kLate, kRefuted},
    {"a slogan's number", "Shanghai has finished the 'two old houses and one village' "
     "renovation.", kLate, kUnverifiable},
    // A rank beside an amount in its clause is the rank of that measure.
    {"a rank with its amount", "Shanghai Port keeps the world No. 1 spot with 49.16 million "
     "TEUs handled in 2023.", kLate, kSupported},
    {"a rank with an unknown amount", "Shanghai keeps the No. 1 spot worldwide in cruise "
     "tourism with 2 million passengers.", kLate, kUnverifiable},
    // "took the lead in/to …" is being the first.
    {"first to do it", "Shanghai was the first in the country to release an industrial map, "
     "officials said.", kLate, kSupported},
    {"first to do something else", "Shanghai was the first in the country to ban plastic "
     "straws.", kLate, kUnverifiable},
    // An amount with no unit is the same measure's money, in either text.
    {"money with no unit", "The city's economy hit 4.72 trillion last year, the statistics "
     "bureau said.", kMar24, kSupported},
    {"money with no unit, wrong value", "The city's economy hit 5.3 trillion last year, the "
     "statistics bureau said.", kMar24, kRefuted},
    {"money with no unit, another place", "Beijing's GDP reached 4.4 trillion in 2023.", kMar24,
     kUnverifiable},
    {"the source's money with no unit", "Each of the city's seven big e-commerce platforms "
     "handles 100 billion yuan of transactions.", kLate, kSupported},
    // Comparatives as bounds; a unit in other words.
    {"a bound as a comparative", "Shanghai's talent pool is now bigger than 6.5 million, "
     "officials said.", kMar24, kSupported},
    {"a bound as a comparative, wrong side", "Shanghai's talent pool is smaller than 6 "
     "million.", kMar24, kRefuted},
    {"TEUs as containers", "Shanghai Port handled about 49 million 20-foot containers in 2023.",
     kMar24, kSupported},
    // A rise told of a count of things is the new ones.
    {"things gained are the new ones", "Shanghai gained 65 regional headquarters in 2023, "
     "lifting the city's total to 956.", kMar24, kSupported},
    {"things gained, wrong count", "Shanghai gained 75 regional headquarters in 2023.", kMar24,
     kRefuted},
    {"money gained is a change", "Shanghai's exports gained 300 billion yuan in 2023.", kMar24,
     kUnverifiable},
    // A change verb with its object before "by": "cut X by 42%".
    {"a change told after the verb's object", "Over the last decade, the city reduced energy "
     "consumption per unit of industrial added value by 42%.", kSep22, kSupported},
    {"a change told after the verb's object, wrong", "Over the last decade, the city reduced "
     "energy consumption per unit of industrial added value by 30%.", kSep22, kRefuted},
    {"value added, a span in yrs", "shanghai slashed energy use per unit of industrial value "
     "added by 42% in the past 10 yrs", kSep22, kSupported},
    // The whole year's very figure told as part of it.
    {"a year's figure as a half year's", "In the first half of 2023, Shanghai's GDP reached "
     "4.72 trillion yuan.", kMar24, kMisleading},
    {"a half year's figure the sources lack", "Shanghai's GDP reached 2.2 trillion yuan in the "
     "first half of 2023.", kMar24, kUnverifiable},
    // What the rules above must not reach.
    {"an amount with no unit, another magnitude", "Shanghai's software and information service "
     "industry employs 1.3 million.", kSep22, kUnverifiable},
    {"being first to do something is no other rank", "Shanghai's financial sector is No. 2 in "
     "China.", kMar24, kUnverifiable},
    {"another province first to do it", "Jiangsu took the lead in releasing an industrial map.",
     kMar24, kUnverifiable},
    {"another city gained them", "Wuhan gained 30 foreign R&D centres in 2023.", kMar24,
     kUnverifiable},
    {"a rise by a count is a change", "Shanghai's new foreign-invested enterprises increased by "
     "1,666 firms year on year in 2023.", kMar24, kSupported},
    {"a plan's cut is no achieved one", "Shanghai will cut carbon emissions by 50% by 2025.",
     kSep22, kUnverifiable},
    {"by whom, not by how much", "Shanghai's innovation was boosted by 929 major national "
     "sci-tech projects.", kMar24, kSupported},
    {"a partial quote counts", "Gong said the port ranked first globally 'for fourteen "
     "consecutive years'.", kMar24, kSupported},
    {"within a span, no deadline", "Shanghai's industrial carbon emissions eased by more than 50% "
     "within 10 years.", kSep22, kSupported},
    // "added up to" totals, it bounds nothing.
    {"things added up", "Chips, biomedicine and AI in Shanghai added up to 1.6 trillion yuan "
     "last year.", kMar24, kSupported},
    {"things added up, wrong scale", "Chips, biomedicine and AI in Shanghai added up to 16 "
     "trillion yuan last year.", kMar24, kRefuted},
    // A rank in the world is no rank in the country.
    {"a rank in its scope", "Shanghai's industrial robot output ranks first in the country.",
     kSep22, kSupported},
    {"a rank in another scope", "Shanghai's industrial robot output ranks first in the world.",
     kSep22, kUnverifiable},
    // A rank is of its own measure: the claim must hold it ("first for IPO
    // funds among firms listed on the STAR Market" is no rank by number of
    // firms listed), and a contrast ("Although it does not have the most
    // listed firms, …") names what the rank is not of.
    {"a rank of its measure, wrong", "Among firms listed on the STAR Market, Shanghai's rank "
     "second for cumulative IPO funds, the mayor said.", kMar24, kRefuted},
    {"a rank of another measure", "Shanghai has the third-largest number of companies listed "
     "on the STAR Market.", kMar24, kUnverifiable},
    // One of several counts of the same things in a document is no count of
    // the whole, unless the claim names which (a tier of a list).
    {"a package of several counted sets", "The Hongqiao package contains 33 measures.",
     kOct24, kUnverifiable},
    {"one tier of a list, named", "Shanghai has 750 municipal-level corporate technology "
     "centers.", kSep22, kRefuted},
    {"a name's number is no count", "Nine Shanghai manufacturing enterprises have become "
     "Global 500 companies.", kSep22, kRefuted},
    // A difference of a figure the claim states beside it and a fact of
    // that figure's source sentence.
    {"a difference of a figure beside it", "Excluding the 30 foreign R&D centres added last "
     "year, Shanghai had 531 of them.", kMar24, kSupported},
    {"a difference of a figure beside it", "Of the 1,771 licensed financial institutions in "
     "Shanghai at the end of 2023, 1,223 were not foreign-funded.", kMar24, kSupported},
    {"a difference not told as a remainder", "Of Shanghai's 1,771 licensed financial "
     "institutions, 1,223 were foreign-funded.", kMar24, kRefuted},
    {"a difference that is not the sources'", "Excluding the 30 foreign R&D centres added last "
     "year, Shanghai had 500 of them.", kMar24, kUnverifiable},
    // A year's new ones told "in total" are not refuted by the running
    // total the same sentence brings.
    {"a year's new ones in total", "In total, 65 regional headquarters were set up in "
     "Shanghai in 2023.", kLate, kUnverifiable},
    // A share of a whole the sentence before gives ("570 companies listed.
    // Among these, 90 …").
    {"a share of the sentence before's whole", "Shanghai firms make up about 16% of the "
     "companies listed on the STAR Market.", kMar24, kSupported},
    // The level before a year's additions is of the year before.
    {"before the year's additions", "Before the additions of 2023, Shanghai had 531 foreign "
     "R&D centres.", kMar24, kSupported},
    {"before the year's additions, wrong", "Before the additions of 2023, Shanghai had 540 "
     "foreign R&D centres.", kMar24, kRefuted},
    {"before the year's additions, no total refutes", "Before the additions of 2023, Shanghai "
     "had 891 multinational regional headquarters.", kMar24, kUnverifiable},
    // A superlative with its scope after it is a rank of that scope.
    {"the busiest in the world", "Shanghai Port is the busiest container port in the world, "
     "port officials said.", kMar24, kSupported},
    {"the largest in the country", "Shanghai's industrial robot output is the largest in the "
     "country.", kSep22, kSupported},
    {"the largest in another scope", "Shanghai's industrial robot output is the largest in the "
     "world.", kSep22, kUnverifiable},
    // -------------------------------------------------- averages, derived
    {"average yearly growth", "Industrial added value grew about 4 percent a year on average "
     "between 2011 and 2021.", kLate, kSupported},
    {"average yearly growth, wrong", "Industrial added value grew about 9 percent a year on "
     "average between 2011 and 2021.", kLate, kRefuted},
    // -------------------------- a bound: met by any figure on its side, so
    // only a near-tie agreeing keeps it open; never confirmed by a sum
    {"a bound below the running total", "Fewer than 40,000 foreign companies have been set up "
     "in Shanghai to date.", kLate, kRefuted},
    {"a bound below the running total, met", "More than 60,000 foreign companies have been set "
     "up in Shanghai to date.", kLate, kSupported},
    // ------------------------------------------ a count of all vs the new
    // The year's 6,017 new firms say nothing of all of them; the running
    // total (more than 70,000 foreign companies) refutes it.
    {"all of them vs the year's new", "Fewer than 5,000 foreign firms have ever been set up in "
     "Shanghai.", kLate, kRefuted},
    {"all of them vs the year's new, no total", "Fewer than 5,000 foreign-invested enterprises "
     "have ever been set up in Hongqiao.", kLate, kUnverifiable},
    {"a running total told as one year's", "Shanghai granted 441,000 work permits to foreign "
     "professionals in 2023, officials said.", kMar24, kMisleading},
    {"a running total as one", "Shanghai has issued 441,000 work permits to foreign talent, "
     "officials said.", kMar24, kSupported},
    {"a running total as one, wrong", "Shanghai has issued 414,000 work permits to foreign "
     "talent, officials said.", kMar24, kRefuted},
    {"a running total told as one year's, the year's own figure there", "Shanghai's actual use "
     "of foreign capital topped 350 billion U.S. dollars in 2023 alone.", kLate, kRefuted},
    {"a running total as one", "Shanghai's accumulated actual use of foreign capital has topped "
     "350 billion U.S. dollars.", kLate, kSupported},
    {"a running total's bound told as one year's", "More than 70,000 foreign companies "
     "operated in Shanghai in 2023.", kLate, kUnverifiable},
    {"perhaps a running total, against one year's figure", "Shanghai has attracted 300,000 "
     "domestic and overseas professionals.", kMar24, kUnverifiable},
    // ------------------------- a verb the sources use may be the measure
    {"exports are not all trade", "Shanghai ports exported 5 trillion yuan of goods in 2023.",
     kLate, kUnverifiable},
    // ----------------------- a past account dated by the sentence before it
    {"year from the sentence before", "Shanghai renovated 296,000 square metres of non-standard "
     "old housing in 2023, the mayor said.", kMar24, kSupported},
    {"year from the sentence before, wrong", "Shanghai renovated 269,000 square metres of "
     "non-standard old housing in 2023, the mayor said.", kMar24, kRefuted},
    {"year from the sentence before, another year", "Shanghai renovated 296,000 square metres "
     "of non-standard old housing in 2022.", kMar24, kMisleading},
    // --------------------------------- two listed parts, added up by the claim
    {"the sum of two parts, unmarked", "Some 419,000 square metres of old homes were renovated "
     "in Shanghai in 2023.", kMar24, kSupported},
    // Not a whole and its part, the two ends of a from-to pair, nor a
    // claim that names one of the parts.
    {"a whole and its part are no sum", "Shanghai's biopharma industry was worth 870 billion "
     "yuan.", kSep22, kRefuted},
    {"the ends of a from-to pair are no sum", "The import and export value of the Hongqiao CBD "
     "came to 100 billion yuan.", kOct24, kRefuted},
    {"one part named is no sum", "Shanghai renovated 419,000 square metres of non-standard old "
     "housing in 2023.", kMar24, kRefuted},
    // ---------------- a year's count told by an event is not the total
    {"a year's new ones, told by an event", "Shanghai is home to 561 foreign R&D centres "
     "after 30 opened in 2023.", kMar24, kSupported},
    {"a stock at the year's end is the total", "Shanghai had 1,717 licensed financial "
     "institutions at the end of 2023.", kLate, kRefuted},
    // ------------- the end of "over the past three years, from X to Y"
    {"a span's end, of its last full year", "The Hongqiao CBD's import and export value "
     "reached 75.93 billion yuan in 2023.", kOct24, kSupported},
    {"a span's end, wrong, left open", "The Hongqiao CBD's import and export value reached "
     "90 billion yuan in 2023.", kOct24, kUnverifiable},
    // ---------------- a bound held "for four consecutive years" held in each
    {"a bound held for years, one of them", "Shanghai's actual use of foreign capital topped "
     "20 billion U.S. dollars in 2022.", kMar24, kSupported},
    {"a bound held for years, before them", "Shanghai's actual use of foreign capital topped "
     "20 billion U.S. dollars in 2019.", kMar24, kMisleading},
    // ------------- a kind of thing counted is not all of them, nor another kind
    {"companies are not human resources companies", "The Hongqiao CBD has 300 foreign "
     "companies.", kOct24, kUnverifiable},
    {"human resources companies, wrong", "The Hongqiao business talent port has brought in 284 "
     "human resources companies.", kOct24, kRefuted},
    // --------------- "from X to Y" with one period: X is of an earlier time
    {"the end of a from-to pair is the level", "Shanghai's industrial output value has passed "
     "the 4 trillion yuan mark.", kSep22, kSupported},
    {"the end of a from-to pair is the level, neared", "Shanghai's industrial output value is "
     "nearing the 5 trillion yuan mark.", kSep22, kSupported},
    // ------ a from-to pair with no years, after one "from … in 2011 to … in
    // 2021": of the same two years
    {"the start of a parallel pair, of the first year", "Shanghai's industrial output value "
     "was 3.38 trillion yuan in 2011.", kSep22, kSupported},
    {"the start of a parallel pair, another year", "Shanghai's industrial output value was "
     "3.38 trillion yuan in 2015.", kSep22, kMisleading},
    {"the end of a parallel pair, wrong", "Shanghai's total industrial output value was 4.5 "
     "trillion yuan in 2021.", kSep22, kRefuted},
    {"a pair told end first", "Total industrial output value climbed to 4.2 trillion yuan "
     "from 3.38 trillion yuan, the commission's director said.", kSep22, kSupported},
    // --------- a count naming nothing counts what the count before it does
    {"more of the same things, at another level", "The city has 713 municipal-level enterprise "
     "technology centers and over 1,600 at the district level, officials said.", kSep22,
     kSupported},
    // (The sources give no count for Pudong: the claim is unverifiable, not
    // refuted by the city's 956.)
    {"a part elsewhere is not more of them", "Shanghai had 956 regional headquarters of "
     "multinationals at the end of 2023, and 40 were in Pudong.", kLate, kUnverifiable},
    // ------- a count's own noun before "and" is its head, not a shared one
    {"two counts, each of its own things", "Shanghai's industrial internet platforms now link "
     "more than 1.2 million companies and some 8.2 million facilities across the country.",
     kSep22, kSupported},
    {"two counts, each of its own things, wrong", "Shanghai's industrial internet platforms "
     "now link more than 1.2 million companies and some 9.5 million facilities across the "
     "country.", kSep22, kRefuted},
    {"what pieces are of is what is counted", "Shanghai's industrial internet platforms have "
     "connected 8.2 million pieces of machinery.", kSep22, kUnverifiable},
    // ----------- a stock at a point in time, and "new ones" of the same things
    {"a stock at the year's end, and the year's new ones", "Shanghai counted 561 foreign R&D "
     "centers at the end of 2023, after 30 new ones opened during the year.", kMar24,
     kSupported},
    {"a year's new ones told by an event at the year's end", "Shanghai established 65 "
     "regional headquarters of multinationals as of December 2023.", kMar24, kSupported},
    {"a year's new ones told by an event, after a point in time", "Shanghai set up 30 foreign "
     "R&D centers at the end of 2023.", kMar24, kSupported},
    {"a compound adjective is no event", "Fewer than 500 of Shanghai's licensed financial "
     "institutions were foreign-funded at the end of 2023.", kLate, kRefuted},
    {"a stock at the year's end, wrong, the new ones right", "Foreign R&D centers in Shanghai "
     "numbered 580 at the end of 2023, after 30 new ones opened.", kMar24, kRefuted},
    {"the year's new ones, wrong", "Shanghai counted 561 foreign R&D centers at the end of "
     "2023, after 40 new ones opened during the year.", kMar24, kRefuted},
    // ----- "N things have been sold" with no period: all of them to date
    {"a running total after its figure, as one", "More than 670,000 new energy vehicles have "
     "been sold in Shanghai so far.", kSep22, kSupported},
    {"a running total after its figure, as a year's", "Shanghai sold 670,000 new energy "
     "vehicles last year, the city said.", kSep22, kMisleading},
    // ------------- "…, ranking first globally": the rank of the figure before
    {"a rank in a participle clause", "Shanghai Port handled 49.16 million TEUs in 2023, "
     "ranking first in the world.", kLate, kSupported},
    {"another's rank in the clause after", "Shanghai Port handled 49.16 million TEUs in 2023, "
     "while its older rival ranked second.", kLate, kUnverifiable},
    {"a rank in a participle clause, wrong", "Shanghai Port handled 49.16 million TEUs in "
     "2023, ranking second in the world.", kLate, kRefuted},
    {"a rank told as a superlative, wrong", "Shanghai is the world's third-busiest container "
     "port.", kLate, kRefuted},
    {"another port's rank", "Shenzhen is the world's third-busiest container port.", kLate,
     kUnverifiable},
    // ------------------- a share of a named whole is no share of another
    {"a share of the industry's talent is not of the industry", "Shanghai's chip industry "
     "makes up around 40% of the national total.", kLate, kUnverifiable},
    {"a share of the industry's talent", "About 40% of China's integrated circuit talent "
     "works in Shanghai.", kLate, kSupported},
    {"a share of the industry", "Shanghai's chip industry makes up about a quarter of the "
     "national total.", kLate, kSupported},
    // ---------------- "three years ago": the start of a span the source gives
    {"a span's start, told as years ago", "Three years ago, the import and export value of "
     "the Hongqiao CBD was only 24.13 billion yuan.", kOct24, kSupported},
    {"a span's start, another year", "Five years ago, the import and export value of the "
     "Hongqiao CBD was only 24.13 billion yuan.", kOct24, kUnverifiable},
    // ------------------------- the lexicon's domain words: what WordNet lacks
    {"head offices are headquarters", "Multinationals had 956 regional head offices in "
     "Shanghai at the end of 2023.", kLate, kSupported},
    {"GDP by its definition", "The value of all goods and services produced in Shanghai in "
     "2023 reached 4.8 trillion yuan.", kLate, kRefuted},
    // ----------- a bound on all to date is not met by one year's new ones
    {"a bound on the running total, wrong", "Fewer than 50,000 foreign companies have been "
     "set up in Shanghai, the commission said.", kLate, kRefuted},
    {"a year's very number, told undated", "Shanghai has opened 6,017 foreign companies.",
     kLate, kUnverifiable},
    // ------------- the subject before an apposition with a figure of its own
    {"a share after an apposition, wrong", "Shanghai's integrated circuit industry, now worth "
     "250 billion yuan, makes up roughly a third of the national total.", kSep22, kRefuted},
    {"a share after an apposition", "Shanghai's chip industry, worth 250 billion yuan, "
     "accounts for about a quarter of the country's total.", kSep22, kSupported},
    // ------------------- a verb of what a text holds names no measure
    {"what a plan contains, wrong", "The Several Measures for the Hongqiao CBD contain 32 "
     "specific actions, the district said.", kOct24, kRefuted},
    {"what a plan contains", "The Hongqiao CBD measures include 33 specific actions.", kOct24,
     kSupported},
    // ----------------- a share of the world's total is not of China's
    {"a share of the world's, as the world's", "Trade through Shanghai's ports made up 3.6% of "
     "the global total in 2023.", kLate, kSupported},
    {"a share of the world's, as China's", "Goods trade through Shanghai's ports was 3.6 "
     "percent of China's total in 2023.", kLate, kUnverifiable},
    {"the subject before an apposition, not the clause before it", "Beijing's GDP fell, while "
     "Shanghai's GDP, a record, reached 4.72 trillion yuan in 2023.", kLate, kSupported},
    // ------ a share of another measure in the same paragraph is no match
    {"the share of innovative drugs is not the industry's", "Shanghai's biopharma industry, "
     "now worth some 700 billion yuan, makes up about a tenth of the national total.", kSep22,
     kUnverifiable},
    // ------------------------------------------ an aside's date is not the figure's
    {"the saying's date", "Shanghai's GDP reached 4.72 trillion yuan, the mayor said in "
     "January 2024.", "2024-03-29", kSupported},
    // --------------------------------- a part of a whole, told after "including"
    {"a part after including", "Shanghai counted 1,771 licensed financial institutions at the "
     "end of 2023, including 548 foreign-funded ones, the regulator said.", kLate, kSupported},
    {"a part after including, wrong", "Shanghai counted 1,771 licensed financial institutions "
     "at the end of 2023, including 605 foreign-funded ones, the regulator said.", kLate,
     kRefuted},
    // ------------------------------------ a headline's words for firms set up
    {"registrations are firms set up", "Foreign firm registrations in Shanghai up 38.3% in "
     "2023", kLate, kSupported},
    {"registrations are firms set up, wrong", "Shanghai foreign firm registrations surge 52% "
     "in 2023", kLate, kRefuted},
    // ------------------------------- what foreign investors put in is foreign capital
    {"investors' money is foreign capital", "Overseas investors poured US$24.1 billion into "
     "Shanghai in 2023, officials said.", kLate, kSupported},
    {"investors' money is foreign capital, wrong", "Foreign investors pumped US$27 billion into "
     "Shanghai last year.", kLate, kRefuted},
    {"foreign investors' firms are still firms", "Foreign investors set up 6,017 new companies "
     "in Shanghai in 2023.", kLate, kSupported},
    // ------------------------------------------- money raised is the funds
    {"money raised is the funds", "Shanghai firms have raised 230 billion yuan through STAR "
     "Market listings.", kLate, kSupported},
    {"money raised is the funds, wrong", "Shanghai companies raised 320 billion yuan in STAR "
     "Market IPOs.", kLate, kRefuted},
    {"a raise is no fund", "The minimum wage was raised to 2,690 yuan a month.", kLate,
     kUnverifiable},
    // ------------- a total the claim marks, against a part's figure that agrees
    {"the marked total disagrees, a part agrees", "IPOs on the STAR Market have raised less "
     "than 500 billion yuan in total.", kLate, kUnverifiable},
    // ------------------------------------------------ a standard container is a TEU
    {"standard containers are TEUs", "Shanghai's port handled 49.16 million standard "
     "containers in 2023.", kLate, kSupported},
    {"standard containers are TEUs, wrong", "The port moved 45 million standard containers "
     "last year, officials said.", kLate, kRefuted},
    // ------------------------- a clause joined on with its verb shares the subject
    {"a clause of its verb alone", "Shanghai's actual use of foreign capital topped $24 "
     "billion in 2023, the commission said, and has stayed above $20 billion for years.",
     "2024-04-01", kSupported},
    {"a clause of its verb alone, wrong", "Shanghai's actual use of foreign capital topped $24 "
     "billion in 2023, the commission said, and has stayed above $30 billion for years.",
     "2024-04-01", kRefuted},
    // ------------------------- a share of a named whole, from its part and whole
    {"a share from its part and whole", "Foreign-funded institutions make up about 31% of "
     "Shanghai's licensed financial institutions.", kLate, kSupported},
    {"a share from its part and whole, wrong", "Foreign-funded institutions are roughly a "
     "fifth of Shanghai's licensed financial institutions, the regulator said.", kLate,
     kRefuted},
    {"a share of another whole", "Foreign-funded lenders make up half of Shanghai's commercial "
     "banks.", kLate, kUnverifiable},
    {"a share of another place's whole", "Foreign-funded institutions make up nearly half of "
     "Beijing's licensed financial institutions.", kLate, kUnverifiable},
    // ------------------ a share of a whole the claim states, from its part
    // (Only ever confirmed: a failed division tells nothing of which part
    // the claim meant.)
    {"a share of a stated whole", "Around 30% of the 33 actions in the Hongqiao measures are "
     "aimed at new forms of international trade, officials said.", kOct24, kSupported},
    {"a share of a stated whole, wrong", "Around 60% of the 33 actions in the Hongqiao "
     "measures are aimed at new forms of international trade, officials said.", kOct24,
     kUnverifiable},
    {"a share of a whole the sources do not state", "Around 30% of the 40 actions in the "
     "Hongqiao measures are aimed at new forms of international trade.", kOct24,
     kUnverifiable},
    // ------------------ a year's growth from its new ones and the total they make
    {"growth from the new ones and the total", "The number of foreign R&D centres in "
     "Shanghai rose about 5.6% in 2023.", kLate, kSupported},
    {"growth from the new ones and the total, wrong", "Shanghai's foreign R&D centres grew by "
     "about 10 percent in 2023, the commission said.", kLate, kRefuted},
    {"growth from the new ones and the total, another year", "The number of foreign R&D "
     "centres in Shanghai rose about 5.6% in 2022.", kLate, kUnverifiable},
    // ------------------------------- a city that opens the sentence as its subject
    {"another city opens the sentence", "Chengdu opened 6,017 new foreign-invested firms in "
     "2023, officials said.", kLate, kUnverifiable},
    {"the sources' city opens the sentence", "Shanghai opened 6,017 new foreign-invested "
     "firms in 2023, officials said.", kLate, kSupported},
    // ------------------- "…, taking its tally to N": the running total of the same things
    {"a tally the new ones bring", "Shanghai drew 65 new regional headquarters of "
     "multinationals in 2023, taking its tally to 956.", kLate, kSupported},
    {"a tally the new ones bring, wrong", "Shanghai drew 65 new regional headquarters of "
     "multinationals in 2023, taking its tally to 1,056.", kLate, kRefuted},
    {"totals the new ones bring", "In 2023 the city added 65 regional headquarters and 30 "
     "foreign R&D centres, pushing the totals to 956 and 561.", kLate, kSupported},
    {"totals the new ones bring, wrong", "In 2023 the city added 65 regional headquarters and "
     "30 foreign R&D centres, pushing the totals to 956 and 600.", kLate, kRefuted},
    // ---------- an expo's name is no place; a change past an attribution is the deals'
    {"an expo's name is no place", "Tentative deals at the sixth China International Import "
     "Expo came to US$78.41 billion, the organiser said, a 6.7 percent rise on the previous "
     "edition.", kLate, kSupported},
    {"an expo's name is no place, wrong", "Tentative deals at the sixth China International "
     "Import Expo came to US$70 billion, the organiser said.", kLate, kRefuted},
    {"a change past an attribution, wrong", "Tentative deals at the sixth China International "
     "Import Expo came to US$78.41 billion, the organiser said, a 9 percent rise on the "
     "previous edition.", kLate, kRefuted},
    // ------------------------------------- a count of other things confirms nothing
    {"a count of other things", "Hongqiao's business talent port has drawn 248 foreign "
     "engineers, officials said.", kLate, kUnverifiable},
    {"a count of the same things", "Hongqiao's business talent port has brought in 248 "
     "human resources firms, officials said.", kLate, kSupported},
    // ------------------------------------------------ "yoy" marks a change, no measure
    {"a social post's yoy change", "shanghai drew 172k professionals last yr, up 12% yoy",
     kMar24, kSupported},
    {"a social post's yoy change, wrong", "shanghai drew 172k professionals last yr, up 30% "
     "yoy", kMar24, kRefuted},
    // ------------------------------------------------ PE and VC are their funds
    {"PE and VC", "Shanghai's PE and VC managers run funds worth 2.3 trillion yuan.", kLate,
     kSupported},
    {"PE and VC, wrong scale", "Funds run by Shanghai's PE and VC managers total 2.3 billion "
     "yuan.", kLate, kRefuted},
    // --------- a figure stated beside a confirmed one, in the same source sentence
    {"a threshold beside a confirmed share", "One in four mobile games pulling in more than "
     "10 million yuan a month is made in Shanghai.", kLate, kSupported},
    {"a threshold beside a share, wrong", "One in three mobile games pulling in more than 10 "
     "million yuan a month is made in Shanghai.", kLate, kRefuted},
    {"a threshold beside a confirmed share, not the source's", "One in four mobile games "
     "pulling in more than 50 million yuan a month is made in Shanghai.", kLate,
     kUnverifiable},
    // --------------------------------------------- a business district is a CBD
    {"a business district is a CBD", "The Hongqiao business district's import and export "
     "value rose from 24.13 billion yuan to 75.93 billion yuan over three years, an official "
     "said on Friday.", kOct24, kSupported},
    {"a business district is a CBD, wrong", "The Hongqiao business district's import and "
     "export value rose from 24.13 billion yuan to 59.73 billion yuan over three years, an "
     "official said on Friday.", kOct24, kRefuted},
    // --------------- a share of a whole the claim names is of that whole's head
    {"a share of the drugs' revenue is no share of the drugs", "Shanghai earns a quarter of "
     "China's revenue from innovative drugs, industry figures show.", kLate, kUnverifiable},
    {"a share of the drugs", "Shanghai makes a quarter of China's innovative drugs, industry "
     "figures show.", kLate, kSupported},
    // ------------------ "N% of X doing Y": X is the share's whole, and its own
    {"a share's whole before another figure", "Shanghai's studios make 25% of the mobile "
     "games earning more than 10 million yuan a month.", kLate, kSupported},
    {"a share's whole before another figure, wrong", "Shanghai's studios make 40% of the "
     "mobile games earning more than 10 million yuan a month.", kLate, kRefuted},
    // ------------------------- research labs are R&D centres; national labs are not
    {"research labs are R&D centres", "Shanghai is home to 561 foreign R&D labs.", kLate,
     kSupported},
    {"research labs are R&D centres, wrong", "Foreign-funded research labs in Shanghai totalled "
     "615 at the end of 2023.", kLate, kRefuted},
    {"national laboratories are no R&D centres", "Shanghai has 561 national laboratories.",
     kLate, kUnverifiable},
    // ----------------------- delegates are guests; international bodies organisations
    {"delegates from international bodies", "Delegates from 154 countries, regions and "
     "international bodies attended the expo's opening ceremony.", kLate, kSupported},
    {"delegates from international bodies, wrong", "Delegates from 145 countries, regions and "
     "international bodies attended the expo's opening ceremony.", kLate, kRefuted},
    // ------------------------------------- returnees are returned overseas students
    {"returnees", "Shanghai has drawn over 310,000 returnees to work and start businesses.",
     kLate, kSupported},
    {"returnees, a bound the source's leaves open", "Shanghai has drawn over 400,000 "
     "returnees.", kLate, kUnverifiable},
    {"returnees, wrong", "Shanghai has drawn fewer than 200,000 returnees.", kLate, kRefuted},
    // ---------------- "…, remaining No. 1 nationwide": the rank of the figure before
    {"a rank a figure remains", "Shanghai's industrial added value ranked first in the "
     "country in 2021.", kLate, kSupported},
    {"a rank a figure remains, wrong", "Shanghai's industrial added value came third among "
     "Chinese cities in 2021, officials said.", kLate, kRefuted},
    // ------------------ gross industrial output is the total industrial output value
    {"gross industrial output", "Shanghai's gross industrial output climbed to 4.2 trillion "
     "yuan in 2021.", kLate, kSupported},
    {"gross industrial output, wrong", "Shanghai's gross industrial output climbed to 4.6 "
     "trillion yuan in 2021.", kLate, kRefuted},
    // ----------- a count a goal's sentence names after "of the" is no goal
    {"things a goal's sentence names", "Shanghai is still modernising the six pillar "
     "industries it proposed in the 1990s.", kSep22, kSupported},
    // --------------------------------- readings a reviewer found too eager
    {"a range's first number takes the scale", "The Hongqiao CBD's import-export value surged "
     "from 24.13 to 75.93 billion yuan over the past three years.", kOct24, kSupported},
    {"the growth of another measure of the new ones", "Revenue at Shanghai's regional "
     "headquarters rose 12% in 2023.", kLate, kUnverifiable},
    {"a part the source does not give", "Shanghai had 1,771 licensed financial institutions at "
     "the end of 2023, including 250 banks.", kLate, kUnverifiable},
    {"a total of other things", "Shanghai gained 65 regional headquarters in 2023, lifting the "
     "total of foreign firms to 70,000.", kLate, kUnverifiable},
    {"a clause with a subject of its own", "Shanghai's actual use of foreign capital topped $24 "
     "billion in 2023, and has seen exports top $250 billion.", kLate, kUnverifiable},
    {"raising a quota is no funds raised", "Shanghai raised the IPO quota for its STAR Market "
     "firms to 300 billion yuan.", kLate, kUnverifiable},
    {"another city named like a plural", "Athens attracted US$24 billion of foreign capital in "
     "2023.", kLate, kUnverifiable},
    {"another country's exchange", "The Singapore Data Exchange has more than 100 data "
     "products listed.", kLate, kUnverifiable},
    {"a whole number is no truncation", "Shanghai set up 6,010 new foreign-invested "
     "enterprises in 2023.", kLate, kRefuted},
    {"a depth in metres", "Shanghai Port, dredged to a depth of 15.5m, handled 49.16 million "
     "TEUs in 2023.", kLate, kSupported},
    // ------------------------------------------------ growth from the new ones and the total
    {"the stock of things, grown too much", "The city's stock of regional headquarters grew "
     "by about 12 percent in 2023, officials said.", kLate, kRefuted},
    {"the stock of things, grown as the sources imply", "The city's stock of regional "
     "headquarters grew by about 7.3 percent in 2023, officials said.", kLate, kSupported},
    // ------------------------------------------------ each one of a set; a set named before
    {"each of a set against their total", "Each of the six key industries had an output "
     "value of 2.5 trillion yuan in 2021.", kLate, kUnverifiable},
    {"a set's total against their total", "The six key industries had a total output value of "
     "2.5 trillion yuan in 2021.", kLate, kRefuted},
    {"the sources' count of the things listed before", "Integrated circuits, "
     "biopharmaceuticals and AI together were worth 1.27 trillion yuan in 2021, the city "
     "said.", kLate, kSupported},
    // ------------------------------------------------ a count named by its total noun
    {"a count's total noun is no subject word", "Shanghai's regional headquarters count hit "
     "956 at the end of 2023, officials said.", kLate, kSupported},
    {"a count's total noun, digits swapped", "Shanghai's regional headquarters count hit 965 "
     "at the end of 2023, officials said.", kLate, kRefuted},
    // ------------------------------------------------ an owner the lexicon does not know
    {"another owner's share beside its figure", "Zhejiang's integrated circuit sector has "
     "grown to 250 billion yuan, around 25 percent of the national total, officials said.",
     kLate, kUnverifiable},
    {"the city's share beside its figure", "Shanghai's integrated circuit sector has grown to "
     "250 billion yuan, around 25 percent of the national total, officials said.", kLate,
     kSupported},
    // ------------------------------------------------ a pair turned around
    {"a pair the other way round", "Total industrial output value in Shanghai slid from 4.2 "
     "trillion yuan to 3.38 trillion yuan, the city said.", kLate, kRefuted},
    {"a pair the right way round", "Total industrial output value in Shanghai climbed from "
     "3.38 trillion yuan to 4.2 trillion yuan, the city said.", kLate, kSupported},
    {"a pair turned around of another measure", "Shanghai's retail sales fell from 4.2 "
     "trillion yuan to 3.38 trillion yuan, the city said.", kLate, kUnverifiable},
    // ------------------------------------------------ rates per a time
    {"a count per day against a count of things", "Foreign visitors made 37,000 card "
     "payments a day at Shanghai's shops in 2023.", kLate, kUnverifiable},
    {"a monthly threshold", "One in four mobile games earning more than 10 million yuan a "
     "month comes from Shanghai, the industry association said.", kLate, kSupported},
    // ------------------------------------------------ another year: the very number, not a bound
    {"a bound another year's figure meets is not that figure moved", "Shanghai's total "
     "industrial output value exceeded 3 trillion yuan in 2016, officials said.", kLate,
     kUnverifiable},
    {"the very number moved to another year", "Shanghai's total industrial output value was "
     "3.3834 trillion yuan in 2016, officials said.", kLate, kMisleading},
    // ------------------------------------------------ an as-of opener; a bound beside a bound
    {"an as-of opener makes a running total", "As of the end of last year, the city had "
     "issued 441,000 work permits to foreigners.", kLate, kSupported},
    {"an as-of opener before the figure's own clause", "At the end of 2023, 570 companies were "
     "listed on the STAR Market.", kLate, kSupported},
    {"a bound a source bound cannot tell, beside a part's figure", "STAR Market IPOs have "
     "raised more than 1 trillion yuan, the exchange said.", kLate, kUnverifiable},
    {"the growth of what a share is of is no share's change", "The output value of Shanghai's "
     "strategic emerging industries grew 3.3 percent from 2021 to 2023.", kLate,
     kUnverifiable},
    // ------------------------------------------------ the level before a year's new ones
    {"the level before the year's new ones", "At the end of 2022, Shanghai had 891 regional "
     "headquarters, officials said.", kLate, kSupported},
    {"the level before the year's new ones, wrong", "At the end of 2022, Shanghai had 513 "
     "foreign R&D centres, officials said.", kLate, kRefuted},
    {"the level before, of other things", "At the end of 2022, Shanghai had 891 foreign-funded "
     "hospitals, officials said.", kLate, kUnverifiable},
    // ------------------------------------------------ a share's change: points or percent
    {"a share's points told as percent", "From 2021 to 2023, the share of strategic emerging "
     "industries in the industrial output of Shanghai's larger firms went up 3.3 percent.",
     kLate, kRefuted},
    {"a share's relative change", "From 2021 to 2023, the share of strategic emerging "
     "industries in the industrial output of Shanghai's larger firms went up about 8 percent.",
     kLate, kSupported},
    {"a share's change that may be either", "From 2021 to 2023, the share of strategic "
     "emerging industries in the industrial output of Shanghai's larger firms went up 5 "
     "percent.", kLate, kUnverifiable},
    // ------------------------------------------------ headlines in the present
    {"a headline's present-tense fall", "CIIE deals tumble 6.7% at sixth expo", "2023-12-20",
     kRefuted},
    {"a headline's present-tense rise", "CIIE deals leap 6.7% at sixth expo", "2023-12-20",
     kSupported},
    // ------------------------------------------------ lengths of time
    {"a length of time in decades", "Shanghai's drive to renovate old lane houses downtown "
     "lasted more than three decades.", kLate, kSupported},
    {"a length of time ended in its year", "Shanghai's drive to renovate old lane houses "
     "downtown lasted more than three decades before it ended in 2022.", kLate, kSupported},
    {"a length of time ended on a day", "On July 26, 2022, Shanghai finished renovating the old "
     "lane houses downtown, concluding a campaign that ran for more than three decades.", kLate,
     kSupported},
    {"a weak match is no figure moved to another year", "Shanghai's drive to renovate old "
     "lane houses downtown lasted more than three decades before it ended in 2019.", kLate,
     kUnverifiable},
    {"a day's date of saying is no period", "On March 28, 2024, Mayor Gong Zheng said "
     "Shanghai's GDP reached 4.72 trillion yuan.", kMar24, kSupported},
    {"the length of something that ended does not go stale", "Shanghai's campaign to renovate "
     "old lane houses lasted about 20 years.", kLate, kRefuted},
    {"a run after \"and\" is not of what led", "Shanghai has led the way in AI and held the "
     "World Artificial Intelligence Conference for seven consecutive years.", kSep22, kRefuted},
    // ------------------------------------------------ tiers of a list with one head
    {"a tier of a list", "Shanghai has 713 city-level enterprise technology centres.", kSep22,
     kSupported},
    {"a tier of a list, wrong", "Shanghai has 59 national-level enterprise technology centres.",
     kSep22, kRefuted},
    {"a tier of a list, another tier's number", "Shanghai has 713 national-level corporate "
     "technology centers.", kSep22, kUnverifiable},
    {"a day's date of a stock", "On December 31, 2022, Shanghai had 531 foreign R&D centers.",
     kLate, kSupported},
    {"a day's date of a stock, then who said it", "Shanghai had 531 foreign R&D centers on "
     "December 31, 2022, the commission said.", kLate, kSupported},
    {"the day it was said, after the verb", "The city's statistics bureau said on January 24, "
     "2024 that Shanghai's GDP totaled 4.72 trillion yuan.", kMar24, kSupported},
    {"a dateline's day is no period", "SHANGHAI, March 28, 2024 - The city's container "
     "throughput reached 49.158 million TEUs, ranking first globally for 14 consecutive years.",
     kMar24, kSupported},
    {"the day of a briefing is no period of what was said at it", "The press conference took "
     "place on March 28, 2024, and officials said Shanghai had issued 441,000 work permits to "
     "foreigners.", kMar24, kSupported},
    {"a year after \"from\" is a change's baseline", "Shanghai attracted 172,000 domestic and "
     "overseas professionals last year, an increase of 12% from 2022, the mayor said.", kMar24,
     kSupported},
    {"a year after \"from\" is a change's baseline, wrong", "Shanghai attracted 172,000 "
     "professionals in 2023, up 21% from 2022.", kMar24, kRefuted},
    // ------------------------------------------------ a name the sources never use
    {"another city in apposition", "The capital, Beijing, reported GDP of about 4.38 trillion "
     "yuan for 2023.", kLate, kUnverifiable},
    {"another city in an opening phrase", "In Beijing, GDP was about 4.38 trillion yuan in 2023.",
     kLate, kUnverifiable},
    {"another city before an aside", "Beijing, by comparison, used about 13.7 billion dollars of "
     "foreign capital last year.", kMar24, kUnverifiable},
    {"a label before a colon is no other place", "Update: Shanghai set up fewer than 5,000 new "
     "foreign-invested enterprises in 2023, a rival city said.", kMar24, kRefuted},
    {"a news agency that reports it is no other place", "Shanghai's GDP reached 5 trillion yuan "
     "in 2023, Reuters reported.", kLate, kRefuted},
    {"a dateline's credit is no other place", "SHANGHAI, March 29 (Reuters) - Shanghai's GDP "
     "reached 5 trillion yuan in 2023.", kLate, kRefuted},
    // ------------------------------------------------ plans, stories and headlines
    {"a plan told with the verb of what it holds", "Related activities will run over the next "
     "two weeks, with a special session on four key areas of new quality productive forces.",
     kMar24, kSupported},
    {"a running total by a year, and the years before it", "By 2022, Shanghai had signed 690 "
     "projects. Over the previous five years, the city had built more than 30 projects worth "
     "over 10 billion yuan each.", kMar24, kSupported},
    {"a headline of two statements", "Industrial output breaks 4 trillion yuan; city sets 2025 "
     "targets for metaverse", kSep22, kSupported},
    {"what counted things did says which they are", "Guests from 154 countries attended the "
     "opening ceremony, 72 countries took part in the national exhibition and 3,486 companies "
     "joined the business exhibition.", kLate, kSupported},
    {"a tier without \"-level\"", "Shanghai has 95 national corporate technology centers.", kSep22,
     kSupported},
    // ------------------------------------------------ words that judge, not name
    {"a judging adjective", "Shanghai's resilient economy grew its GDP to 4.72 trillion yuan "
     "in 2023, official data showed.", kLate, kSupported},
    {"a judging adjective, wrong", "The city's sluggish economy posted GDP of 5 trillion yuan in "
     "2023.", kLate, kRefuted},
    // ------------------------------------------------ the claim's most specific word
    {"a part of industry against industry as a whole", "Shanghai's fashion industry had an "
     "output value of 4.5 trillion yuan in 2021.", kLate, kUnverifiable},
    {"industry as a whole, wrong", "Shanghai's total industrial output value was 4.5 trillion "
     "yuan in 2021.", kLate, kRefuted},
    // ------------------------------------------------ a counted set and its members
    {"one of a counted set is not the set", "In 2021 the output of Shanghai's life and health "
     "industry exceeded 900 billion yuan.", kLate, kUnverifiable},
    {"one of a counted set, a bound the set's total breaks", "The city's fashion goods "
     "industry was worth more than 2.87 trillion yuan in 2021.", kLate, kUnverifiable},
    {"the counted set, wrong", "In 2021, the total output value of Shanghai's six key "
     "industries was 2 trillion yuan.", kLate, kRefuted},
    {"the counted set", "Output of the six key industries topped 2.5 trillion yuan in 2021.",
     kLate, kSupported},
    {"the counted set, set off by a comma", "Shanghai's six key industries, including autos, "
     "posted output value of 2.87 trillion yuan in 2021.", kLate, kSupported},
    {"the counted set's members named", "Integrated circuits, biopharmaceuticals and artificial "
     "intelligence had a total scale of 1.27 trillion yuan in 2021.", kLate, kSupported},
    {"a part of a counted set past an opening \"of the\"", "Of the six key industries, autos "
     "posted output value of 1 trillion yuan in 2021.", kLate, kUnverifiable},
    {"two members of a counted set", "In 2021, the scale of Shanghai's integrated circuit and "
     "biomedicine industries reached 950 billion yuan.", kLate, kUnverifiable},
    {"a member's change is not the set's", "Shanghai's artificial intelligence industry grew 33 "
     "percent between 2021 and 2023.", kLate, kUnverifiable},
    {"one member after an opening phrase", "In 2021, the output value of Shanghai's life and "
     "health industry reached 600 billion yuan.", kLate, kUnverifiable},
    {"a count in the sentence before is not the member's", "Shanghai has six key industries. In "
     "2021 the automobile industry's output value reached 1 trillion yuan.", kLate,
     kUnverifiable},
    {"another counted set", "In 2021, output of the city's four biggest industries exceeded "
     "2.87 trillion yuan.", kLate, kUnverifiable},
    {"one of a set its plan gives each a scale", "Shanghai's automobile cluster has become a "
     "1-trillion-yuan industry.", kLate, kMisleading},
    // ------------------------------------------------ runs of years and editions
    {"a run from its first year", "The World Artificial Intelligence Conference, which "
     "opened on Thursday, has been held in Shanghai every year since 2018.", kSep22, kSupported},
    {"a run from a later year claims less", "The World Artificial Intelligence Conference has "
     "been held in Shanghai every year since 2020.", kSep22, kSupported},
    {"a run from too early a year, of no figure", "The World Artificial Intelligence "
     "Conference has been held in Shanghai every year since 2016, organisers said.", kSep22,
     kUnverifiable},
    {"a run of ranking first from too early a year", "Shanghai Port has ranked first globally "
     "for container throughput every year since 2005.", kLate, kRefuted},
    {"a run of being first told by its verb", "Shanghai has topped the national ranking of "
     "business environments for small and medium-sized enterprises for two straight years.",
     kSep22, kSupported},
    {"a run of being first told by its verb, too long", "Shanghai has topped the national "
     "ranking of business environments for small and medium-sized enterprises for four "
     "straight years.", kSep22, kRefuted},
    {"a run of leading, too long", "Shanghai Port has led the world in container throughput "
     "for 16 consecutive years.", kLate, kRefuted},
    {"a run among the top is no run of being first", "Shanghai's GDP has ranked among the "
     "world's top cities every year since 2005.", kLate, kUnverifiable},
    {"a run of another thing", "Shanghai's container throughput has set a record every year "
     "since 2005.", kLate, kUnverifiable},
    {"a run told now, past a year before", "Shanghai's actual use of foreign capital topped $24 "
     "billion last year and has now held above $20 billion for four straight years, the "
     "commerce commission said.", kMar24, kSupported},
    {"a run told now, too long", "Shanghai's actual use of foreign capital topped $24 billion "
     "last year and has now held above $20 billion for six straight years, the commerce "
     "commission said.", kMar24, kRefuted},
    {"an edition", "Now in its 34th edition, the Shanghai Tourism Festival drew crowds to the "
     "Bund on Saturday.", "2023-12-20", kSupported},
    {"an edition the year after may be the next", "Now in its 35th edition, the Shanghai "
     "Tourism Festival drew crowds to the Bund on Saturday.", kMar24, kUnverifiable},
    {"an edition too many", "Now in its 36th edition, the Shanghai Tourism Festival drew crowds "
     "to the Bund on Saturday.", kMar24, kRefuted},
    // ------------------------------------------------ a baseline's time is its own
    {"a level a decade earlier", "Shanghai's industrial added value climbed to 1.0739 trillion "
     "yuan in 2021 from 723.1 billion yuan a decade earlier, keeping the city No. 1 in China.",
     kSep22, kSupported},
    {"a level a decade earlier, wrong", "Shanghai's industrial added value climbed to 1.0739 "
     "trillion yuan in 2021 from 823.1 billion yuan a decade earlier.", kSep22, kRefuted},
    {"a level ten years earlier, no year to count from", "Industrial added value was 723.1 "
     "billion yuan ten years earlier, officials said.", kSep22, kUnverifiable},
    {"a rank after a baseline's year", "Shanghai's industrial added value hit 1.0739 trillion "
     "yuan in 2021, up from 723.1 billion yuan in 2011, and the city stayed No. 1 nationwide, "
     "officials said.", kSep22, kSupported},
    {"two figures sharing the year after them", "Shanghai's industrial added value was 723.1 "
     "billion yuan, and its gross industrial output 3.3834 trillion yuan, in 2011.", kSep22,
     kSupported},
    {"a level a decade earlier, past an attribution's year", "Shanghai's industrial added value "
     "hit 1.0739 trillion yuan in 2021, according to a 2022 report, up from 723.1 billion yuan "
     "a decade earlier.", kSep22, kSupported},
    {"a change than the number a year earlier", "Shanghai drew 172,000 domestic and overseas "
     "professionals in 2023, 12 percent more than the number a year earlier.", kLate,
     kSupported},
    {"a change than a year before", "Shanghai drew 172,000 domestic and overseas professionals "
     "in 2023, 12 percent more than in 2022, the human resources bureau said.", kLate,
     kSupported},
    {"a change than a year before, wrong", "Shanghai drew 172,000 domestic and overseas "
     "professionals in 2023, 21 percent more than in 2022.", kLate, kRefuted},
    // ------------------------------------------------ a goal's year in the clause joined on
    {"achieved, a goal's year in the next clause", "Shanghai's metaverse sector has already hit "
     "350 billion yuan, and the city wants smart terminals to reach 700 billion yuan by 2025, "
     "officials said.", kSep22, kMisleading},
    {"two goals sharing their year", "Shanghai plans to grow its metaverse industry to 350 "
     "billion yuan, and smart terminals to 700 billion yuan, by 2025.", kSep22, kSupported},
    // ------------------------------------------------ things in several states
    {"counted in several states, told as all in one", "Shanghai's 20 major scientific and "
     "technological infrastructure projects are all in operation, officials said.", kLate,
     kMisleading},
    {"counted in several states, told so", "Shanghai has 20 major scientific and technological "
     "infrastructure projects built, being built or planned.", kLate, kSupported},
    {"counted in several states, not all in one", "Shanghai's 20 major scientific and "
     "technological infrastructure projects are not yet all complete.", kLate, kSupported},
    {"a verb with a particle is no state", "Shanghai has built up a portfolio of 20 major "
     "scientific and technological infrastructure projects.", kLate, kSupported},
    {"a rank after a compared year", "Shanghai's industrial added value came to 1.0739 trillion "
     "yuan in 2021, compared with 723.1 billion yuan in 2011, and the city remained No. 1 in "
     "China.", kSep22, kSupported},
    // ------------------------------------------------ a fact the claim put in its year
    {"a baseline near its confirmed end", "Shanghai's actual use of foreign capital came to "
     "US$24.09 billion in 2023, up from about US$24 billion in 2022.", kLate, kUnverifiable},
    {"the confirmed end moved alone", "Shanghai's actual use of foreign capital came to US$24.09 "
     "billion in 2022.", kLate, kMisleading},
    // ------------------------------------------------ a level reached the other way
    {"a level reached by a fall, the sources' rise", "Shanghai's actual use of foreign capital "
     "dipped last year to roughly US$24 billion, the commerce commission said.", kLate,
     kRefuted},
    {"a level reached by a rise, the sources' rise", "Shanghai's actual use of foreign capital "
     "grew last year to roughly US$24 billion, the commerce commission said.", kLate, kSupported},
    // ------------------------------------------------ a pair told the other way round
    {"both ends confirmed, turned around", "The Hongqiao CBD's import and export value dropped "
     "from 75.93 billion yuan to 24.13 billion yuan in the past three years, officials said.",
     kOct24, kRefuted},
    {"both ends confirmed, the sources' way", "The Hongqiao CBD's import and export value rose "
     "from 24.13 billion yuan to 75.93 billion yuan in the past three years, officials said.",
     kOct24, kSupported},
    // ------------------------------------------------ an opening name past an adverb
    {"another city, past an adverb", "Hangzhou just passed 24,000 high-tech enterprises, the "
     "provincial science department said.", kLate, kUnverifiable},
    {"the city, past an adverb", "Shanghai now boasts more than 24,000 high-tech enterprises.",
     kLate, kSupported},
    // ------------------------------------------------ a rise told by a plus sign
    {"a plus sign's rise", "Shanghai drew 172k domestic and overseas professionals in 2023 "
     "(+12% yoy) \xF0\x9F\x8E\x89", kLate, kSupported},
    {"a plus sign's rise, wrong", "Shanghai drew 172k domestic and overseas professionals in "
     "2023 (+21% yoy) \xF0\x9F\x8E\x89", kLate, kRefuted},
    // ------------------------------------------------ wire abbreviations
    {"a mark as a headline's barrier", "Shanghai's GDP breaks the 4.7-trillion-yuan barrier in "
     "2023", kLate, kSupported},
    {"a mark as a headline's barrier, wrong", "Shanghai economy breaks 5-trillion-yuan threshold "
     "in 2023", kLate, kRefuted},
    {"trillions as a wire headline writes them", "Shanghai GDP tops 4.7 trln yuan in 2023",
     kLate, kSupported},
    {"trillions as a wire headline writes them, wrong", "Shanghai GDP tops 4.9 trln yuan in "
     "2023", kLate, kRefuted},
    // ------------------------------------------------ a hyphen typed for a dash
    {"a headline's source after a hyphen", "Shanghai new foreign firms up 38.3 pct in 2023 "
     "-commerce commission", kLate, kSupported},
    {"a headline's source after a hyphen, wrong", "Shanghai GDP tops 4.9 trln yuan in 2023 "
     "-statistics bureau", kLate, kRefuted},
    {"asides after spaced hyphens", "Shanghai's chip, biomedicine and AI industries reached "
     "1.6 trillion yuan in 2023 - a record - officials said", kLate, kSupported},
    {"asides after spaced hyphens, wrong", "Shanghai's chip, biomedicine and AI industries "
     "reached 1.9 trillion yuan in 2023 - a record - officials said", kLate, kRefuted},
    {"another city's source after a hyphen", "Hangzhou GDP tops 2 trln yuan in 2023 -city "
     "government", kLate, kUnverifiable},
    // ------------------------------------------------ a part is not its whole
    {"a part beside its whole, abbreviated", "Shanghai licensed financial institutions reach "
     "1,771 at end-2023, incl. 548 foreign-funded ones", kLate, kSupported},
    {"a part beside its whole, wrong", "Shanghai licensed financial institutions reach 1,771 "
     "at end-2023, including 648 foreign-funded ones", kLate, kRefuted},
    {"a part beside its whole, not refuted by the whole (548 would refute it: not found)",
     "Licensed financial institutions in "
     "Shanghai numbered 1,771 at the end of 2023, including 648 foreign ones", kLate,
     kUnverifiable},
    // ------------------------------------------------ one amount for a listed set
    {"a listed set's amount, added up", "Shanghai's integrated circuit, biomedicine and AI "
     "industries reached 1.6 trillion yuan in 2023", kLate, kSupported},
    {"a listed set's amount, added up, wrong", "The city's chip, biomedicine and artificial "
     "intelligence sectors were worth 1.9 trillion yuan in 2023", kLate, kRefuted},
    {"a listed set's amount, each", "Shanghai's integrated circuit, biomedicine and AI "
     "industries each reached 1.6 trillion yuan in 2023", kLate, kUnverifiable},
    {"a listed member's amount", "Shanghai's biomedicine industry reached 1.6 trillion yuan in "
     "2023", kLate, kUnverifiable},
    {"a listed set's amounts, respectively", "Shanghai's integrated circuit, biomedicine and AI "
     "industries reached 390 billion, 980 billion and 400 billion yuan respectively in 2023",
     kLate, kUnverifiable},
    {"a listed set's amount, all of them", "Shanghai's integrated circuit, biomedicine and AI "
     "industries all topped 300 billion yuan in 2023", kLate, kUnverifiable},
    {"an amount after a count of other things", "In 2023, Shanghai added 6,017 new "
     "foreign-invested enterprises, its GDP reached 5 trillion yuan and its port handled "
     "49.158 million TEUs", kLate, kRefuted},
};

// The row's claim in test names' parameter dumps instead of raw bytes.
void PrintTo(const FrameCase& c, std::ostream* os) {
  *os << "\"" << c.claim << "\" @ " << c.as_of;
}

class FramesTest : public testing::TestWithParam<FrameCase> {};

TEST_P(FramesTest, Verdict) {
  const FrameCase& c = GetParam();
  SCOPED_TRACE(std::string(c.kind) + ": " + c.claim + " @ " + c.as_of);
  StatusOr<Result> r = Check(RealFactBase(), c.claim, D(c.as_of), /*dated=*/true);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Result& result = r.value();
  std::string figures;
  for (const FigureResult& f : result.figures) {
    figures += "\n  " + f.claimed.text + ": " + VerdictName(f.verdict) + " — " + f.explanation;
    if (!f.facts.empty())
      figures += " [cites " + RealFactBase().facts[f.facts[0]].figure.text + "]";
  }
  EXPECT_EQ(std::string(VerdictName(result.verdict)), VerdictName(c.verdict))
      << "claim: " << c.claim << "\nas of: " << c.as_of << "\nfigures:" << figures;
}

std::string RowName(const testing::TestParamInfo<FrameCase>& info) {
  std::string name = "row" + std::to_string(info.index) + "_";
  for (const char* p = info.param.kind; *p != '\0' && name.size() < 48; ++p) {
    char ch = *p;
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      name += ch;
    } else if (name.back() != '_') {
      name += '_';
    }
  }
  while (name.back() == '_') name.pop_back();
  return name;
}

INSTANTIATE_TEST_SUITE_P(WireCopy, FramesTest, testing::ValuesIn(kFrameCases), RowName);

}  // namespace
}  // namespace figcheck
