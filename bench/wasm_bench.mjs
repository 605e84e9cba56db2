// figcheck's WebAssembly module under Node, on the same inputs as the
// native benchmark (bench/check_bench.cc), so scripts/bench can put the two
// side by side and take their ratios in one run:
//   module      size of figcheck-core.wasm and of its JS, raw and gzip -9
//   instantiate compiling and instantiating the module from its bytes
//               (createFigcheckCore({wasmBinary})), a fresh module each run;
//               compile alone (WebAssembly.compile) beside it
//   load        the fact base's bytes into the module and LoadFactBase
//               (new FactBaseHandle(bytes)), module ready; and the same
//               through the JS API, load({factbase})
//   check       each call timed alone, every claim once per round after a
//               warm-up round; p50 and p99 over all calls. "raw": the
//               Embind call, FactBaseHandle.checkJson(): Check() and the
//               result rendered as JSON (its bytes decoded to a string),
//               the work native's json_p50_us times. "api": check(claim, {asOf}) of the JS API, what a
//               caller sees: the same, plus JSON.parse and argument checks
//   scan        a Markdown draft scanned and the findings rendered as JSON
//               (raw: FactBaseHandle.scanJson), MB/s of the median run; and
//               the JS API's scan() (adds JSON.parse and string indexes).
//               The raw call writes each cited fact's citation once
//               (CitationStyle::kShared in core/scan.h), less than native's ScanToJson writes;
//               scan() expands it to the CLI's object, so "api" is the
//               figure to put against native's Scan() + ScanToJson
// Medians of --runs runs. Prints one JSON object. --check-only measures the
// check figures alone (scripts/bench uses it for the retrieval queries).
//
//   node bench/wasm_bench.mjs --dist DIR --factbase FILE --claims FILE.jsonl
//        --draft FILE.md [--runs N] [--rounds K] [--check-only]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const utf8 = new TextDecoder();
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = option('--dist');
const factbasePath = option('--factbase');
const claimsPath = option('--claims');
const draftPath = option('--draft');
const RUNS = Math.max(1, Number(option('--runs', 10)));
const ROUNDS = Math.max(1, Number(option('--rounds', 10)));
const CHECK_ONLY = process.argv.includes('--check-only');
if (!dist || !factbasePath || !claimsPath || (!draftPath && !CHECK_ONLY)) {
  console.error('usage: node bench/wasm_bench.mjs --dist DIR --factbase FILE --claims FILE.jsonl ' +
      '--draft FILE.md [--runs N] [--rounds K]');
  process.exit(2);
}
const DEFAULT_AS_OF = '2024-11-01';  // as the native benchmark reads dateless claims

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {  // nearest rank, as bench/bench_io.h
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
}
const size = (file) => {
  const bytes = readFileSync(file);
  return {raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
};

const wasmFile = join(dist, 'figcheck-core.wasm');
const wasmBytes = readFileSync(wasmFile);
const out = {
  wasm: size(wasmFile),
  glue: size(join(dist, 'figcheck-core.mjs')),
  wrapper: size(join(dist, 'figcheck.mjs')),
};

// --- instantiate ---------------------------------------------------------------
const {default: createFigcheckCore} = await import(pathToFileURL(join(dist, 'figcheck-core.mjs')));
if (!CHECK_ONLY) {
  const compile = [];
  const instantiate = [];
  await createFigcheckCore({wasmBinary: wasmBytes});  // warm: the JS glue, V8's own caches
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    await WebAssembly.compile(wasmBytes);
    compile.push(performance.now() - t0);
    t0 = performance.now();
    await createFigcheckCore({wasmBinary: wasmBytes});
    instantiate.push(performance.now() - t0);
  }
  out.compile_ms = median(compile);
  out.instantiate_ms = median(instantiate);
}

// --- load ------------------------------------------------------------------------
const {load} = await import(pathToFileURL(join(dist, 'figcheck.mjs')));
const factbase = new Uint8Array(readFileSync(factbasePath));
if (!CHECK_ONLY) {
  (await load({factbase})).close();  // the shared module instance, made once
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const fc = await load({factbase});
    times.push(performance.now() - t0);
    fc.close();
  }
  out.factbase_bytes = factbase.length;
  out.load_api_ms = median(times);
}

const core = await createFigcheckCore({wasmBinary: wasmBytes});
if (!CHECK_ONLY) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const handle = new core.FactBaseHandle(factbase);
    const ok = handle.status().ok;
    if (i > 0) times.push(performance.now() - t0);
    handle.delete();
    if (!ok) throw new Error(`${factbasePath}: not a fact base the module accepts`);
  }
  out.load_raw_ms = median(times);
}
const handle = new core.FactBaseHandle(factbase);
const fc = await load({factbase});

// --- check -----------------------------------------------------------------------
{
  const claims = readFileSync(claimsPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const row = JSON.parse(l);
    return {claim: row.claim, asOf: row.as_of ?? DEFAULT_AS_OF};
  });
  const raw = [];
  const api = [];
  let errors = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const c of claims) {
      let t0 = performance.now();
      const reply = handle.checkJson(c.claim, c.asOf, true);
      const json = reply instanceof Uint8Array ? utf8.decode(reply) : null;
      const t1 = performance.now();
      if (json === null) {  // a failure's {ok, code, message}; a success is its JSON's bytes
        errors += round === 0;
        continue;
      }
      t0 = round > 0 ? (raw.push((t1 - t0) * 1e3), performance.now()) : performance.now();
      fc.check(c.claim, {asOf: c.asOf});
      if (round > 0) api.push((performance.now() - t0) * 1e3);
    }
  }
  out.claims = claims.length;
  out.check_samples = raw.length;
  out.check_raw_p50_us = quantile(raw, 0.5);
  out.check_raw_p99_us = quantile(raw, 0.99);
  out.check_api_p50_us = quantile(api, 0.5);
  out.check_api_p99_us = quantile(api, 0.99);
  out.check_errors = errors;
}

// --- scan ------------------------------------------------------------------------
if (!CHECK_ONLY) {
  const draft = readFileSync(draftPath, 'utf8');
  const bytes = Buffer.byteLength(draft);
  const asOf = '2024-06-01';  // as bench/check_bench.cc reads the draft
  const findings = fc.scan(draft, {format: 'markdown', asOf}).findings.length;
  const raw = [];
  const api = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    let t0 = performance.now();
    const reply = handle.scanJson(draft, 'markdown', asOf, true);
    if (!(reply instanceof Uint8Array)) throw new Error('scan failed');
    utf8.decode(reply);
    raw.push(performance.now() - t0);
    t0 = performance.now();
    fc.scan(draft, {format: 'markdown', asOf});
    api.push(performance.now() - t0);
  }
  out.draft_bytes = bytes;
  out.scan_findings = findings;
  out.scan_raw_mb_per_s = bytes / 1e6 / (median(raw) / 1e3);
  out.scan_api_mb_per_s = bytes / 1e6 / (median(api) / 1e3);
}
fc.close();
handle.delete();
out.node = process.version;
console.log(JSON.stringify(out));
