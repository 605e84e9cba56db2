// Peer for quantity recognition: compromise with the compromise-numbers
// plugin, loaded with nlp.extend() (compromise 14 also parses numbers by
// itself; with or without the plugin it returns the same figures on the
// labelled sentences). One nlp() parse per sentence, then its
// numbers: value = number.num (scales and spelled numbers resolved by
// compromise). Mapping to the common schema (docs/benchmarks.md):
//   an ordinal   → a rank or a count of years where the words around it
//                say so (harness.mjs ordinalAround, as for Recognizers:
//                "came third", "second-largest", "the fourth year
//                running"), else nothing ("34th", "First, ...")
//   a fraction (doc.fractions(): "one-fifth", "one out of every four")
//                → percent (× 100), unless it is 1 or more ("half a
//                million", "one and a half times": not a share) or an
//                ordinal the words around make a rank or a streak ("a third
//                consecutive year": its denominator)
//   "No. 2" → rank 2 unless a name follows (harness.mjs numberSignRank)
//   "$" in the number's text → USD; compromise's unit word "yuan" or "rmb"
//   → CNY; "percent"/"%" → %; "percentage points" → pp
//   else the currency sign before it or the unit the next words name
//   (harness.mjs unitAround: US$, years, times, square meters, …), else count
// compromise reads no qualifiers; every figure has qualifier null. Like
// Recognizers it has no multiples in words ("twice", "doubled",
// "fivefold"); "three times" is the number three, which unitAround makes 3 x.
//
//   node bench/peers/compromise.mjs SENTENCES.jsonl [--runs N]
import nlp from 'compromise';
import numbersPlugin from 'compromise-numbers';

import {numberSignRank, ordinalAround, recognize, unitAround} from './harness.mjs';

nlp.extend(numbersPlugin);

function read(text) {
  const doc = nlp(text);
  const fractions = new Map(doc.fractions().json({offset: true}).map((f) => [f.offset?.start, f.fraction]));
  const figures = [];
  for (const n of doc.numbers().json({offset: true})) {
    const num = n.number?.num;
    if (typeof num !== 'number' || !Number.isFinite(num)) continue;
    const start = n.offset?.start ?? text.indexOf(n.text);
    const end = start + (n.offset?.length ?? n.text.length);
    const written = n.text.replace(/[\s,.;:)]+$/, '');
    const word = String(n.number.unit || '').toLowerCase();
    const fraction = fractions.get(start);
    let value = num;
    let unit;
    if (n.terms.some((t) => t.tags.includes('Ordinal'))) {
      // "34th", "first", and "a third" (a fraction tagged as an ordinal too).
      const around = ordinalAround(text, start, start + written.length);
      if (around !== null) {
        figures.push({text: written, value: fraction ? fraction.denominator : num, unit: around, qualifier: null});
        continue;
      }
      if (!fraction) continue;
    }
    if (fraction && num < 1) {
      // compromise's num is rounded to 3 decimals ("a third" 0.333); its
      // numerator and denominator are not.
      value = fraction.denominator > 0 ? (100 * fraction.numerator) / fraction.denominator : num * 100;
      unit = '%';
    } else if (numberSignRank(text, start, start + written.length)) {
      unit = 'rank';
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
