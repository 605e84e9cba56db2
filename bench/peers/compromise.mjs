// Peer for quantity recognition: compromise with the compromise-numbers
// plugin, loaded with nlp.extend() (compromise 14 also parses numbers by
// itself; with or without the plugin it returns the same figures on the
// labelled sentences). One nlp() parse per sentence, then its
// numbers, less its ordinals ("34th", "first": not figures, as Recognizers'
// ordinal model is not used either): value = number.num (scales and spelled
// numbers resolved by compromise). Mapping to the common schema
// (docs/benchmarks.md):
//   a fraction (doc.fractions(): "one-fifth", "one out of every four")
//                → percent (× 100)
//   "$" in the number's text → USD; compromise's unit word "yuan" or "rmb"
//   → CNY; "percent"/"%" → %; "percentage points" → pp
//   else the currency sign before it or the unit the next words name
//   (harness.mjs unitAround: US$, years, times, square meters, …), else count
// compromise reads no qualifiers; every figure has qualifier null.
//
//   node bench/peers/compromise.mjs SENTENCES.jsonl [--runs N]
import nlp from 'compromise';
import numbersPlugin from 'compromise-numbers';

import {recognize, unitAround} from './harness.mjs';

nlp.extend(numbersPlugin);

function read(text) {
  const doc = nlp(text);
  const fractions = new Set(doc.fractions().json({offset: true}).map((f) => f.offset?.start));
  const figures = [];
  for (const n of doc.numbers().json({offset: true})) {
    const num = n.number?.num;
    if (typeof num !== 'number' || !Number.isFinite(num)) continue;
    const start = n.offset?.start ?? text.indexOf(n.text);
    // Ordinals ("34th", "first") are not figures; "one-fifth" is a fraction.
    if (!fractions.has(start) && n.terms.some((t) => t.tags.includes('Ordinal'))) continue;
    const end = start + (n.offset?.length ?? n.text.length);
    const written = n.text.replace(/[\s,.;:)]+$/, '');
    const word = String(n.number.unit || '').toLowerCase();
    let value = num;
    let unit;
    if (fractions.has(start)) {
      value = num * 100;
      unit = '%';
    } else if (/\$/.test(written)) {
      unit = 'USD';
    } else if (word === 'yuan' || word === 'rmb' || /^rmb|^cny/i.test(written)) {
      unit = 'CNY';
    } else if (word === 'percent' || n.number.suffix === '%' || /%$/.test(written)) {
      unit = '%';
    } else if (word === 'percentage') {
      unit = /^\s*percentage\s+points?\b/i.test(text.slice(end)) || /points?/.test(written) ? 'pp' : '%';
    } else {
      unit = unitAround(text, start, start + written.length);
    }
    figures.push({text: written, value, unit, qualifier: null});
  }
  return figures;
}

recognize(read);
