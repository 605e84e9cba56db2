// Peer for quantity recognition: Microsoft Recognizers-Text
// (@microsoft/recognizers-text-number-with-unit, with its number package),
// English. One model of each kind is built once and reused: currency,
// percentage, dimension (area, length, weight, …) and number. Mapping to
// the common schema (docs/benchmarks.md):
//   currency    → value; unit = isoCurrency, else "Dollar" → USD and
//                 "Chinese yuan"/"Yuan" → CNY, else the unit's name
//   percentage  → value without "%"; "percentage point(s)" → pp
//   dimension   → value; Square meter → m2, Square kilometer → km2,
//                 Kilometer → km, Ton → t, others their name
//   number      → value; a spelled fraction ("one-fifth", "a quarter") →
//                 percent (× 100); else the currency sign before it or the
//                 unit the next words name (harness.mjs unitAround: US$,
//                 percent, years, times, …), else count
// Where results overlap, currency beats percentage beats dimension beats
// number. Ordinals are not read (not figures). Recognizers reads no
// qualifiers; every figure is reported with qualifier null.
//
//   node bench/peers/recognizers.mjs SENTENCES.jsonl [--runs N]
import {NumberWithUnitRecognizer} from '@microsoft/recognizers-text-number-with-unit';
import {NumberRecognizer} from '@microsoft/recognizers-text-number';

import {recognize, unitAround} from './harness.mjs';

const units = new NumberWithUnitRecognizer('en-us');
const numbers = new NumberRecognizer('en-us');
const models = [
  ['currency', units.getCurrencyModel()],
  ['percentage', numbers.getPercentageModel()],
  ['dimension', units.getDimensionModel()],
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
      return {value, unit: DIMENSION[r.resolution.unit] ?? String(r.resolution.unit).toLowerCase()};
    default:
      if (!Number.isInteger(value) && Math.abs(value) < 1 && /[a-z]/i.test(r.text)) {
        return {value: value * 100, unit: '%'};
      }
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
