// figcheck in JavaScript: the one wrapper over the Embind layer. It loads the
// module and a fact base, turns the layer's {ok, code, message} results into
// a thrown FigcheckError, parses the result JSON (the same shapes as
// `figcheck check --format json`), and frees the Embind handle on close().
// Works in browsers (fetches the .wasm and the fact base next to this file)
// and in Node (reads them, since Emscripten 3.1.6's loader would fetch() a
// file path there). Tested by tests/web/api.test.mjs.
//
//   import {load} from './figcheck.mjs';
//   const fc = await load();              // the fact base shipped alongside
//   fc.check("Shanghai's GDP reached 5 trillion yuan in 2023", {asOf: '2024-11-01'});
//   fc.close();
import createFigcheckCore from './figcheck-core.mjs';

/**
 * Every failure of this API: `code` is stable ("bad_date", "empty_input", …);
 * `detail` is the core's own words, without the call's name in front.
 */
export class FigcheckError extends Error {
  constructor(message, {code = 'bad_input', offset = 0, detail = message} = {}) {
    super(message);
    this.name = 'FigcheckError';
    this.code = code;
    this.offset = offset;
    this.detail = detail;
  }
}

const isNode = typeof process === 'object' && process.versions?.node != null &&
    typeof window === 'undefined';

// Bytes of a file next to this module, or of any URL: read in Node, fetched
// elsewhere (the page's own origin, so no request leaves it).
async function readBytes(url) {
  if (isNode && url.protocol === 'file:') {
    const {readFile} = await import('node:fs/promises');
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new FigcheckError(`cannot fetch ${url}: HTTP ${response.status}`, {code: 'fetch_failed'});
  }
  return new Uint8Array(await response.arrayBuffer());
}

// The fact base option → what the Embind std::string parameter takes.
async function factBaseBytes(factbase) {
  if (factbase === undefined) return readBytes(new URL('./factbase.json', import.meta.url));
  if (factbase instanceof URL) return readBytes(factbase);
  if (typeof factbase === 'string') return factbase;  // the JSON text itself
  if (factbase instanceof Uint8Array) return factbase;
  if (factbase instanceof ArrayBuffer) return new Uint8Array(factbase);
  throw new FigcheckError(
      'factbase must be a URL, the JSON text, or its bytes (Uint8Array or ArrayBuffer)');
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

// Today in the reader's own time zone, as the core reads dates.
function today() {
  const d = new Date();
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// Whether the caller gave the claim's own date (else it is read as of today).
function given(asOf) {
  return asOf !== undefined && asOf !== null;
}

function asOfText(asOf) {
  if (asOf === undefined || asOf === null) return today();
  if (typeof asOf === 'string') return asOf;  // the core checks it
  if (asOf instanceof Date && !Number.isNaN(asOf.getTime())) {
    return `${pad(asOf.getFullYear(), 4)}-${pad(asOf.getMonth() + 1)}-${pad(asOf.getDate())}`;
  }
  throw new FigcheckError('asOf must be a YYYY-MM-DD string or a valid Date', {code: 'bad_date'});
}

// A JS string with a lone surrogate has no UTF-8 form (Embind would encode
// it into some other character), so it is refused like bad UTF-8 bytes.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function claimText(text) {
  if (typeof text !== 'string') throw new FigcheckError('the claim must be a string');
  const bad = LONE_SURROGATE.exec(text);
  if (bad !== null) {
    throw new FigcheckError(`the claim is not valid Unicode: lone surrogate at index ${bad.index}`,
        {code: 'invalid_utf_8', offset: bad.index});
  }
  return text;
}

// UTF-8 byte offsets → UTF-16 indexes into `text` (for each, the first
// index at or past it), by one walk over the string up to the last offset
// asked for, in order: a table of every character's offset cost a scan of
// 1 MB a seventh of its time.
function utf16Indexes(text, offsets) {
  const order = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b]);
  const indexes = new Array(offsets.length);
  let i = 0;
  let bytes = 0;
  for (const k of order) {
    const target = offsets[k];
    while (bytes < target && i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1, i += 1;
      else if (c < 0x800) bytes += 2, i += 1;
      else if (c >= 0xD800 && c <= 0xDBFF) bytes += 4, i += 2;  // a pair (lone ones are refused)
      else bytes += 3, i += 1;
    }
    indexes[k] = i;
  }
  return indexes;
}

// The Embind layer's answer → value or throw: a success is its JSON's UTF-8
// bytes (a view into the module's memory, good until the next call), a
// failure {ok: false, code, message, offset}.
const utf8 = new TextDecoder();
function unwrap(reply, what) {
  if (reply instanceof Uint8Array) return JSON.parse(utf8.decode(reply));
  throw new FigcheckError(`${what}: ${reply.message}`,
      {code: reply.code, offset: reply.offset, detail: reply.message});
}

// A plain JSON value, copied: each finding gets citation objects of its own,
// as parsing the CLI's output would give it.
function copy(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out = {};
  for (const key in value) out[key] = copy(value[key]);
  return out;
}

// A citation by fact number: the parsed object where it is first used,
// a copy of it after that.
function citeOnce(citations) {
  const used = new Set();
  return (id) => {
    if (used.has(id)) return copy(citations[id]);
    used.add(id);
    return citations[id];
  };
}

// The module's scan result, citations by fact number and each written once
// (CitationStyle::kShared in core/render.h) → the object of `figcheck scan --format json`.
function expandScan({file, as_of, findings, citations, summary}) {
  const cite = citeOnce(citations);
  return {
    file,
    as_of,
    findings: findings.map(({facts, claimed, explanation, ...where}) => ({
      ...where,  // line … verdict, in the CLI's order
      citation: facts.length ? cite(facts[0]) : null,
      citations: facts.map(cite),
      claimed,
      explanation,
    })),
    summary,
  };
}

// The module's check result, each citation written once and the decisive
// figure only under `figures` (CitationStyle::kShared in core/render.h) →
// the object of `figcheck check --format json`, in the CLI's key order.
function expandCheck({claim, decisive, verdict, explanation, figures, citations}) {
  const cite = citeOnce(citations);
  // The decisive figure is written twice, at the top (a copy) and under
  // `figures`.
  const figure = (f, twice) => ({
    verdict: f.verdict,
    citation: f.facts.length ? cite(f.facts[0]) : null,
    citations: f.facts.map(cite),
    claimed: twice ? copy(f.claimed) : f.claimed,
    derived: twice ? copy(f.derived) : f.derived,
    explanation: f.explanation,
  });
  const top = decisive === null ?
    {verdict, citation: null, citations: [], claimed: null, derived: null, explanation} :
    figure(figures[decisive], true);
  return {claim, ...top, figures: figures.map((f) => figure(f, false))};
}

// Frees handles whose owner was dropped without close(); close() is the way.
const finalizer = typeof FinalizationRegistry === 'function' ?
    new FinalizationRegistry((handle) => handle.delete()) : null;

class Figcheck {
  #core;
  #handle;

  constructor(core, handle) {
    this.#core = core;
    this.#handle = handle;
    finalizer?.register(this, handle, this);
  }

  #live() {
    if (this.#handle === null) throw new FigcheckError('this figcheck was closed', {code: 'closed'});
    return this.#handle;
  }

  // The claim page's module has no scan and the widget's no check or
  // coverage (wasm/CMakeLists.txt); the full module has every call.
  #call(name, what) {
    const handle = this.#live();
    if (typeof handle[name] !== 'function') {
      throw new FigcheckError(`${what}: not in this build of the module (the full one in dist/ has it)`,
          {code: 'unsupported'});
    }
    return handle;
  }

  /** One claim → the result object of `figcheck check --format json`. */
  check(text, {asOf} = {}) {
    const reply = this.#call('checkJson', 'check').checkJson(claimText(text), asOfText(asOf), given(asOf));
    return expandCheck(unwrap(reply, 'check'));
  }

  /**
   * Article text → the object of `figcheck scan --format json`: one finding
   * per checkable figure, each with its verdict and citation. `format` is
   * 'text' (default), 'markdown' or 'html'. Findings carry byte offsets into
   * the UTF-8 text (`start`, `end`, as the CLI) and, for JavaScript, string
   * indexes (`index`, `end_index`).
   */
  scan(text, {asOf, format = 'text'} = {}) {
    if (!['text', 'markdown', 'html'].includes(format)) {
      throw new FigcheckError(`scan: format must be 'text', 'markdown' or 'html', got ${String(format)}`,
          {code: 'bad_request'});
    }
    const source = claimText(text);
    const reply = this.#call('scanJson', 'scan').scanJson(source, format, asOfText(asOf), given(asOf));
    const report = expandScan(unwrap(reply, 'scan'));
    const {findings} = report;
    const indexes = utf16Indexes(source, findings.flatMap((f) => [f.start, f.end]));
    findings.forEach((finding, k) => {
      finding.index = indexes[2 * k];
      finding.end_index = indexes[2 * k + 1];
    });
    return report;
  }

  /**
   * What the sources hold near each figure of a claim (for an unverifiable
   * one): {about, figures: [{text, unknown_names, facts: [citation…]}]},
   * figures in the order of check()'s.
   */
  nearby(text, {asOf} = {}) {
    return unwrap(this.#call('nearbyJson', 'nearby').nearbyJson(claimText(text), asOfText(asOf), given(asOf)), 'nearby');
  }

  /**
   * What the fact base covers: documents, their figures' years, subjects.
   * Summed up when the base was compiled and stored in it, as written: a
   * summary that is not the object figcheck compile writes is the base's
   * fault (bad_fact_base).
   */
  coverage() {
    const reply = this.#call('coverageJson', 'coverage').coverageJson();
    let summary;
    try {
      summary = unwrap(reply, 'coverage');
    } catch (e) {
      if (e instanceof FigcheckError) throw e;
      summary = null;
    }
    if (!(summary instanceof Object) || !Number.isInteger(summary.facts) ||
        !Array.isArray(summary.measures) || !Array.isArray(summary.documents)) {
      throw new FigcheckError('coverage: the fact base\'s coverage summary is not valid; compile it with figcheck compile',
          {code: 'bad_fact_base'});
    }
    return summary;
  }

  /**
   * What the module holds now, for leak tests: bytes handed out by its
   * allocator, JS values held for C++ (Embind handles), and the size of its
   * linear memory.
   */
  memoryUsage() {
    return {
      heap: this.#core.heapInUse(),
      handles: this.#core.count_emval_handles(),
      memory: this.#core.HEAPU8.length,
    };
  }

  /** Frees the fact base; later calls throw. Safe to call twice. */
  close() {
    if (this.#handle === null) return;
    finalizer?.unregister(this);
    this.#handle.delete();
    this.#handle = null;
  }

  [Symbol.dispose ?? Symbol.for('Symbol.dispose')]() {
    this.close();
  }
}

// One module instance serves every fact base loaded with the default
// module; a caller passing its own wasmBinary gets an instance of its own.
let sharedCore = null;
function instantiate(wasmBinary) {
  if (wasmBinary !== undefined) return createFigcheckCore({wasmBinary});
  if (sharedCore === null) {
    sharedCore = (isNode ? readBytes(new URL('./figcheck-core.wasm', import.meta.url)) : Promise.resolve())
        .then((bytes) => createFigcheckCore(bytes === undefined ? {} : {wasmBinary: bytes}));
    sharedCore.catch(() => { sharedCore = null; });  // a failed load may be retried
  }
  return sharedCore;
}

/**
 * Loads the module and a fact base.
 * @param {object} [options]
 * @param {URL|string|Uint8Array|ArrayBuffer} [options.factbase] a URL to read,
 *     or the fact base JSON as text or bytes; default: factbase.json beside
 *     this file.
 * @param {Uint8Array|ArrayBuffer} [options.wasmBinary] the module's bytes, if
 *     the caller has them already; default: figcheck-core.wasm beside this file.
 */
export async function load({factbase, wasmBinary} = {}) {
  // The module compiles while the fact base downloads.
  const [core, json] = await Promise.all([instantiate(wasmBinary), factBaseBytes(factbase)]);
  const handle = new core.FactBaseHandle(json);
  const status = handle.status();
  if (!status.ok) {
    handle.delete();
    throw new FigcheckError(`fact base: ${status.message}`, {code: status.code, offset: status.offset});
  }
  return new Figcheck(core, handle);
}
