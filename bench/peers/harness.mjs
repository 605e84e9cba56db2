// What every script in bench/peers/ shares, so each competitor's file holds
// only its own library calls and the mapping of its answers to the common
// schema. Two protocols, the same for figcheck's programs and the peers:
//
// Quantity recognition (recognize()): input JSONL {"id", "claim": sentence,
// "as_of"}; output one line per sentence {"id", "figures": [{"text",
// "value", "unit", "qualifier"}]}, then {"summary": {"sentences", "bytes",
// "runs", "median_ms", "min_ms"}}: the whole set read --runs times after one
// warm-up pass, each pass timed.
//
// Fact retrieval (retrieve()): input JSON {"sentences": [{"id", "text"}],
// "queries": [{"id", "text"}]}; output one line per query {"id", "top": the
// best sentence's id or null, "ms"}, then {"summary": {"index_ms",
// "median_query_ms", "queries"}}: each query timed alone, the median over
// --runs rounds of each query's time, then the median over queries.
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function args() {
  const [input, ...rest] = process.argv.slice(2);
  if (!input) {
    console.error(`usage: node ${process.argv[1]} INPUT [--runs N]`);
    process.exit(2);
  }
  const i = rest.indexOf('--runs');
  return {input, runs: i >= 0 ? Math.max(1, Number(rest[i + 1])) : 5};
}

/** Runs `read(sentence) → figures` over the sentences; prints the protocol. */
export function recognize(read) {
  const {input, runs} = args();
  const rows = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const out = [];
  for (const r of rows) out.push(JSON.stringify({id: r.id, figures: read(r.claim)}));
  const times = [];
  let bytes = 0;
  for (const r of rows) bytes += Buffer.byteLength(r.claim);
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    for (const r of rows) read(r.claim);
    times.push(performance.now() - t0);
  }
  out.push(JSON.stringify({summary: {sentences: rows.length, bytes, runs,
    median_ms: median(times), min_ms: Math.min(...times)}}));
  console.log(out.join('\n'));
}

/** `build(sentences) → search(text) → id|null`; prints the protocol. */
export function retrieve(build) {
  const {input, runs} = args();
  const {sentences, queries} = JSON.parse(readFileSync(input, 'utf8'));
  const t0 = performance.now();
  const search = build(sentences);
  const indexMs = performance.now() - t0;
  for (const q of queries) search(q.text);  // warm-up
  const perQuery = queries.map(() => []);
  let tops = [];
  for (let run = 0; run < runs; run++) {
    tops = queries.map((q, k) => {
      const t = performance.now();
      const top = search(q.text);
      perQuery[k].push(performance.now() - t);
      return top;
    });
  }
  const ms = perQuery.map(median);
  const out = queries.map((q, k) => JSON.stringify({id: q.id, top: tops[k] ?? null, ms: ms[k]}));
  out.push(JSON.stringify({summary: {index_ms: indexMs, median_query_ms: median(ms), queries: queries.length,
    sentences: sentences.length, runs}}));
  console.log(out.join('\n'));
}

// Unit words right after a bare number (and currency signs right before it),
// for the peers that read numbers but not what they count: the same small
// table for every peer, applied only where the library itself gives no unit. It is generous to the peers (they
// do not do this themselves) and documented in docs/benchmarks.md.
const FOLLOWING_UNITS = [
  [/^\s*percentage points?\b/i, 'pp'],
  [/^\s*(?:percent\b|per cent\b|%)/i, '%'],
  [/^\s*(?:consecutive\s+)?years?\b/i, 'years'],
  [/^\s*months?\b/i, 'months'],
  [/^\s*weeks?\b/i, 'weeks'],
  [/^\s*times\b/i, 'x'],
  [/^\s*square\s+(?:meters|metres)\b/i, 'm2'],
  [/^\s*square\s+(?:kilometers|kilometres)\b/i, 'km2'],
  [/^\s*(?:kilometers|kilometres|km)\b/i, 'km'],
  [/^\s*tons?\b/i, 't'],
  [/^\s*(?:yuan|rmb)\b/i, 'CNY'],
];

/**
 * The unit named around a bare number text[start, end): a currency sign or
 * code just before it ("US$", "$", "RMB"), else the words after it, else
 * 'count'.
 */
export function unitAround(text, start, end) {
  const before = text.slice(Math.max(0, start - 4), start);
  if (/\$\s*$/.test(before)) return 'USD';
  if (/(?:rmb|cny)\s*$/i.test(before)) return 'CNY';
  const rest = text.slice(end, end + 40);
  for (const [re, unit] of FOLLOWING_UNITS) if (re.test(rest)) return unit;
  return 'count';
}

// Where an ordinal (or "No. N") says a place in an ordering, for the peers
// that read ordinals but not what they are: the words around it, as
// unitAround does for units. Generous in the same way and documented in
// docs/benchmarks.md. An ordinal counting consecutive years is a count of
// years ("the fourth year running"), as bench/mentions.py labels it.
const STREAK_AFTER = /^\s*(?:(?:consecutive|straight)\s+years?|years?\s+(?:running|in\s+a\s+row))\b/i;
const RANK_BEFORE = /\b(?:rank(?:s|ed)?|came|comes|placed|finished|stood|(?:slipped|rose|climbed|fell|moved)\s+to)\s+(?:the\s+)?$/i;
const RANK_AFTER = [
  /^\s*place\b/i,
  /^-?(?:largest|biggest|busiest|highest|most)\b/i,  // "second-largest"
  /^\s+(?:in\s+the\s+(?:world|country|nation|province)|nationwide|worldwide|globally|overall)\b/i,
];
const NUMBER_SIGN = /\bno\.\s*$/i;

/**
 * What an ordinal at text[start, end) is: 'rank', 'years' (a streak) or
 * null (not a figure: "the 14th Five-Year Plan", "First, ...").
 */
export function ordinalAround(text, start, end) {
  const rest = text.slice(end, end + 40);
  if (STREAK_AFTER.test(rest)) return 'years';
  if (RANK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return 'rank';
  return RANK_AFTER.some((re) => re.test(rest)) ? 'rank' : null;
}

/**
 * Whether the number at text[start, end) is a rank written "No. N": a
 * capitalised word after it makes it part of a name ("No. 1 Middle School").
 */
export function numberSignRank(text, start, end) {
  return NUMBER_SIGN.test(text.slice(Math.max(0, start - 5), start)) && !/^\s+[A-Z]/.test(text.slice(end));
}
