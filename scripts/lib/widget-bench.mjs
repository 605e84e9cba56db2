// The <fig-check> widget's budgets, measured here (scripts/widget-bench runs
// this; nothing is asserted):
//   widget_marks_ms  a 5,000-word article (scripts/lib/widget-article.mjs,
//                    one sentence in three with a figure) in the demo page,
//                    headless Chromium, each run in a fresh browser context
//                    (nothing cached): from the widget's `fig-check:ready`
//                    mark (module and fact base loaded, warm-up done) to `fig-check:done`
//                    (every mark placed). Median of the runs against 50 ms.
//                    Where the time goes is printed beside it: reading the
//                    article's text (ready → read), scan() in WebAssembly
//                    (read → scanned), and
//                    the DOM work (scanned → done); and the whole wait a
//                    reader has, from the widget's start to done, with the
//                    loading left out of the budget shown apart: fetching,
//                    compiling and the fact base (start → warm-up) and the
//                    warm-up scans of a sample paragraph (warm-up → ready).
//   widget_bytes_gz  every file the widget makes a page fetch (its modules,
//                    the figcheck module, the .wasm, the fact base) as sent,
//                    gzipped, against 250 KiB (256,000 bytes); the host's
//                    page and CSS are not counted.
// One JSON object per line, then a readable summary. `--js-flags F` starts
// Chromium with V8 flags, to see where time goes (for instance
// "--no-liftoff --no-wasm-lazy-compilation": all WebAssembly optimised
// before it first runs); the budget is for Chromium as it comes.
//
//   node scripts/lib/widget-bench.mjs [--runs N] [--words N] [--js-flags F]
import {cpus, loadavg} from 'node:os';

import {chromium} from 'playwright-core';

import {CHROMIUM, CHROMIUM_ARGS, requireFile} from '../../tests/web/support.mjs';
import {SITE, serve} from './serve.mjs';
import {articlePage} from './widget-article.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = Math.max(10, option('--runs', 15));
const WORDS = option('--words', 5000);
const JS_FLAGS = process.argv.includes('--js-flags') ? process.argv[process.argv.indexOf('--js-flags') + 1] : null;
const BUDGET_MS = 50;
const BUDGET_BYTES = 256000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
const emit = (object) => console.log(JSON.stringify(object));

requireFile(`${SITE}/widget/fig-check.mjs`, 'run scripts/wasm-build first');
const article = articlePage({words: WORDS});
const {server, url} = await serve({port: 0, pages: {'/demo/long-read.html': {body: article.page}}});
const browser = await chromium.launch({executablePath: CHROMIUM,
  args: JS_FLAGS ? [...CHROMIUM_ARGS, `--js-flags=${JS_FLAGS}`] : CHROMIUM_ARGS});
const pageUrl = `${url}demo/long-read.html`;

async function run({record = false} = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  if (record) page.on('response', (r) => responses.push(r));
  await page.goto(pageUrl);
  await page.waitForFunction(() => performance.getEntriesByName('fig-check:done').length > 0, null,
      {timeout: 60000});
  const result = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(`fig-check:${name}`)[0].startTime;
    return {start: at('start'), warm: at('warm-up'), ready: at('ready'), read: at('read'), scanned: at('scanned'), done: at('done'),
      marks: document.querySelectorAll('fig-check-mark').length,
      findings: document.querySelector('fig-check').results.length};
  });
  if (record) {
    await page.waitForLoadState('networkidle');
    result.files = [];
    for (const r of responses) {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith('/widget/')) continue;  // the host's own page and CSS
      const sizes = await r.request().sizes();
      result.files.push({file: path.slice(1), sent: sizes.responseBodySize, raw: (await r.body()).length,
        encoding: (await r.allHeaders())['content-encoding'] ?? 'identity'});
    }
  }
  await context.close();
  return result;
}

const first = await run({record: true});
const runs = [first];
for (let i = 1; i < RUNS; i++) runs.push(await run());
await browser.close();
server.close();

const marksMs = runs.map((r) => r.done - r.ready);
const readMs = runs.map((r) => r.read - r.ready);
const scanMs = runs.map((r) => r.scanned - r.read);
const domMs = runs.map((r) => r.done - r.scanned);
const totalMs = runs.map((r) => r.done - r.start);
const loadMs = runs.map((r) => r.warm - r.start);
const warmMs = runs.map((r) => r.ready - r.warm);
const value = round(median(marksMs));
emit({metric: 'widget_marks_ms', value, unit: 'ms', budget: BUDGET_MS, ok: value <= BUDGET_MS,
  ...(JS_FLAGS ? {js_flags: JS_FLAGS} : {}), runs: RUNS, words: article.words, sentences: article.sentences, figure_sentences: article.figureSentences,
  findings: first.findings, marks: first.marks, min: round(Math.min(...marksMs)), max: round(Math.max(...marksMs)),
  read_median: round(median(readMs)), scan_median: round(median(scanMs)), dom_median: round(median(domMs)),
  start_to_done_median: round(median(totalMs)), load_median: round(median(loadMs)),
  warm_up_median: round(median(warmMs)), load_average: loadavg().map(round)});
for (const f of first.files) emit({metric: 'widget_file', ...f});
const bytes = first.files.reduce((sum, f) => sum + f.sent, 0);
emit({metric: 'widget_bytes_gz', value: bytes, unit: 'bytes', budget: BUDGET_BYTES, ok: bytes <= BUDGET_BYTES,
  files: first.files.length});

console.log('');
console.log(`${article.words}-word article, ${first.findings} figures found, ${first.marks} marked; ` +
    `headless Chromium${JS_FLAGS ? ` with --js-flags="${JS_FLAGS}"` : ''}, ${RUNS} runs, medians:`);
console.log(`  module loaded → all marks placed  ${value} ms  (budget ${BUDGET_MS} ms: ${value <= BUDGET_MS ? 'within' : 'OVER'})`);
console.log(`    reading the article's text      ${round(median(readMs))} ms`);
console.log(`    scan() in WebAssembly           ${round(median(scanMs))} ms`);
console.log(`    marks, events, JSON-LD          ${round(median(domMs))} ms`);
console.log(`  widget start → all marks placed   ${round(median(totalMs))} ms  (loading included:)`);
console.log(`    module and fact base loaded     ${round(median(loadMs))} ms`);
console.log(`    warm-up scans (part of loading) ${round(median(warmMs))} ms`);
console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
console.log(`bytes the widget adds, as sent (gzip): ${bytes} in ${first.files.length} files ` +
    `(budget ${BUDGET_BYTES}: ${bytes <= BUDGET_BYTES ? 'within' : 'OVER'})`);
for (const f of first.files) console.log(`  ${f.file.padEnd(34)} ${String(f.raw).padStart(8)} raw ${String(f.sent).padStart(8)} sent`);
