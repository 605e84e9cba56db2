// Memory stability of the WebAssembly module under load (issue 7): loads the
// module of scripts/wasm-build under Node and runs CHECKS check() calls of
// the JavaScript API over the labelled claims, a scan() every 100th call and
// a failing call every 1,000th (the error path frees what it took too).
// Prints the allocator's heap in use, the linear memory's size and the
// Embind handle count after the warm-up (a tenth of the calls) and every
// tenth after; exits 1 when heap or linear memory grew by more than 1% after
// the warm-up, or handles by any.
//
// usage: node scripts/lib/soak-wasm.mjs [CHECKS [CLAIMS.jsonl]]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

import {DIST, devClaims, requireFile} from '../../tests/web/support.mjs';

const checks = Number(process.argv[2] ?? 100000);
if (!Number.isInteger(checks) || checks < 10) {
  console.error(`soak-wasm: CHECKS must be an integer ≥ 10, not ${process.argv[2]}`);
  process.exit(2);
}
if (process.argv[3] !== undefined) process.env.FIGCHECK_CLAIMS = process.argv[3];
requireFile(join(DIST, 'figcheck.mjs'), 'build the wasm module first (scripts/wasm-build)');
const {load} = await import(pathToFileURL(join(DIST, 'figcheck.mjs')));

const claims = devClaims();
const draft = readFileSync(new URL('../../tests/fixtures/scan/economy.md', import.meta.url), 'utf8');
const fc = await load();
const warmup = Math.floor(checks / 10);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const report = (label, m) => console.log(
    `soak-wasm: ${label}: heap ${kb(m.heap)}, linear memory ${kb(m.memory)}, handles ${m.handles}`);

let verdicts = 0;
let errors = 0;
let base = null;
const t0 = performance.now();
for (let i = 1; i <= checks; ++i) {
  const c = claims[i % claims.length];
  if (i % 1000 === 0) {
    try {
      fc.check('');
    } catch {
      ++errors;
    }
  } else if (i % 100 === 0) {
    fc.scan(draft, {asOf: c.as_of});
  } else {
    verdicts += fc.check(c.claim, {asOf: c.as_of}).verdict ? 1 : 0;
  }
  if (i === warmup) {
    base = fc.memoryUsage();
    report(`after ${warmup.toLocaleString('en')} warm-up calls`, base);
  } else if (i > warmup && i % warmup === 0) {
    report(`after ${i.toLocaleString('en')} calls`, fc.memoryUsage());
  }
}
const seconds = (performance.now() - t0) / 1000;
const end = fc.memoryUsage();
fc.close();
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const heapRatio = ratio(end.heap, base.heap);
const memoryRatio = ratio(end.memory, base.memory);
console.log(`soak-wasm: ${checks.toLocaleString('en')} calls (${verdicts.toLocaleString('en')} verdicts, ` +
    `${errors} refused as expected) in ${seconds.toFixed(1)} s`);
console.log(`soak-wasm: heap ${kb(base.heap)} → ${kb(end.heap)} (ratio ${heapRatio.toFixed(4)}), ` +
    `linear memory ${kb(base.memory)} → ${kb(end.memory)} (ratio ${memoryRatio.toFixed(4)}), ` +
    `handles ${base.handles} → ${end.handles}`);
const expectedErrors = Math.floor(checks / 1000);
if (errors !== expectedErrors) {
  console.error(`soak-wasm: FAILED: ${errors} of ${expectedErrors} bad calls were refused`);
  process.exit(1);
}
if (heapRatio > 1.01 || memoryRatio > 1.01 || end.handles > base.handles) {
  console.error('soak-wasm: FAILED: memory grew after the warm-up');
  process.exit(1);
}
