// Peer for quantity recognition: Microsoft Recognizers-Text
// (@microsoft/recognizers-text-number-with-unit, with its number package),
// English. One model of each kind is built once and reused: currency,
// percentage, dimension (area, length, weight, …), ordinal and number.
// Mapping to the common schema (docs/benchmarks.md):
//   currency    → value; unit = isoCurrency, else "Dollar" → USD and
//                 "Chinese yuan"/"Yuan" → CNY, else the unit's name
//   percentage  → value without "%"; "percentage point(s)" → pp
//   dimension   → value; Square meter → m2, Square kilometer → km2,
//                 Kilometer → km, Ton → t, others their name; an Inch
//                 read from the word "in" ("three in ten", "No. 2 in the
//                 country") is left to the number model, which reads the
//                 fraction or the number there
//   ordinal     → a rank or a count of years where the words around it say
//                 so (harness.mjs ordinalAround: "came third", "second-
//                 largest", "fourth place", "the fourth year running"),
//                 else nothing (ordinals in names and lists are not figures)
//   number      → value; a spelled fraction ("one-fifth", "a quarter") →
//                 percent (× 100); "No. 2" → rank 2 unless a name follows
//                 (harness.mjs numberSignRank); else the currency sign
//                 before it or the unit the next words name (harness.mjs
//                 unitAround: US$, percent, years, times, …), else count
// Where results overlap, currency beats percentage beats dimension beats
// ordinal beats number (so "a third consecutive year" is a streak, not a
// share). Recognizers reads no qualifiers; every figure is reported with
// qualifier null. Its English number grammar (1.3.1) has no multiples in
// words ("twice", "doubled", "fivefold"): it reads "three times" as the
// number three, which unitAround makes 3 x.
//
//   node bench/peers/recognizers.mjs SENTENCES.jsonl [--runs N]
import {NumberWithUnitRecognizer} from '@microsoft/recognizers-text-number-with-unit';
import {NumberRecognizer} from '@microsoft/recognizers-text-number';

import {numberSignRank, ordinalAround, recognize, unitAround} from './harness.mjs';

const units = new NumberWithUnitRecognizer('en-us');
const numbers = new NumberRecognizer('en-us');
const models = [
  ['currency', units.getCurrencyModel()],
  ['percentage', numbers.getPercentageModel()],
  ['dimension', units.getDimensionModel()],
  ['ordinal', numbers.getOrdinalModel()],
  ['number', numbers.getNumberModel()],
];
const CURRENCY = {'Dollar': 'USD', 'United States dollar': 'USD', 'Chinese yuan': 'CNY', 'Yuan': 'CNY'};
const DIMENSION = {'Square meter': 'm2', 'Square kilometer': 'km2', 'Kilometer': 'km', 'Ton': 't'};

function map(kind, r, text) {
  const value = parseFloat(String(r.resolution?.value ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const end = r.end + 1;  // Recognizers' end is inclusive
  switch (kind) {
    case 'currency':
      return {value, unit: r.resolution.isoCurrency || CURRENCY[r.resolution.unit] || r.resolution.unit};
    case 'percentage':
      return {value, unit: /point/i.test(r.text) || /^\s*points?\b/i.test(text.slice(end)) ? 'pp' : '%'};
    case 'dimension':
      if (r.resolution.unit === 'Inch' && /\sin$/i.test(r.text)) return null;  // the preposition
      return {value, unit: DIMENSION[r.resolution.unit] ?? String(r.resolution.unit).toLowerCase()};
    case 'ordinal': {
      const unit = ordinalAround(text, r.start, end);
      return unit === null ? null : {value, unit};
    }
    default:
      if (!Number.isInteger(value) && Math.abs(value) < 1 && /[a-z]/i.test(r.text)) {
        return {value: value * 100, unit: '%'};
      }
      if (numberSignRank(text, r.start, end)) return {value, unit: 'rank'};
      return {value, unit: unitAround(text, r.start, end)};
  }
}

function read(text) {
  const taken = [];  // spans already claimed by a stronger kind
  const figures = [];
  for (const [kind, model] of models) {
    for (const r of model.parse(text)) {
      if (taken.some(([s, e]) => r.start <= e && s <= r.end)) continue;
      const m = map(kind, r, text);
      if (m === null) continue;
      taken.push([r.start, r.end]);
      figures.push({text: r.text, value: m.value, unit: m.unit, qualifier: null, start: r.start});
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

recognize(read);
