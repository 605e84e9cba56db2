// The JavaScript API over the WebAssembly module, under Node: the same
// verdicts and citations as the native CLI on every dev claim (parity), one
// error-path case per way a call can fail, and no leak across thousands of
// calls. Needs build/wasm/dist (scripts/wasm-build) and build/native.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {pathToFileURL} from 'node:url';

import {execFileSync} from 'node:child_process';

import {DIST, NATIVE, ROOT, devClaims, nativeResults, requireFile, verdictAndCitation} from './support.mjs';

requireFile(join(DIST, 'figcheck.mjs'), 'build the wasm module first (scripts/wasm-build)');
const {load, FigcheckError} = await import(pathToFileURL(join(DIST, 'figcheck.mjs')));

const GDP = "Shanghai's GDP reached 5 trillion yuan in 2023";

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

let fc;
before(async () => {
  fc = await load();
});
after(() => fc?.close());

describe('parity with the native CLI', () => {
  test('every dev claim: same verdict and citation (file, figure offset), the same JSON', () => {
    const claims = devClaims();
    const native = nativeResults(claims);
    const differ = [];
    const notIdentical = [];
    let identical = 0;
    for (const c of claims) {
      let wasm;
      try {
        wasm = fc.check(c.claim, {asOf: c.as_of});
      } catch (error) {
        wasm = {error: {code: error.code}};
      }
      const want = native.get(c.id);
      assert.ok(want, `no native result for ${c.id}`);
      const a = verdictAndCitation(want);
      const b = verdictAndCitation(wasm);
      if (want.error || wasm.error) {
        if (!(want.error && wasm.error)) differ.push({id: c.id, native: a, wasm: b});
        continue;
      }
      try {
        assert.deepEqual(b, a);
      } catch {
        differ.push({id: c.id, claim: c.claim, native: a, wasm: b});
        continue;
      }
      const rest = {...want};
      delete rest.id;  // the native batch tags each result with its claim id; check() does not
      // The module writes each citation once (wasm/figcheck.mjs expands
      // them): the object must still print as the CLI's line does.
      if (JSON.stringify(rest) === JSON.stringify(wasm)) identical++;
      else notIdentical.push(c.id);
    }
    console.log(`parity: ${claims.length - differ.length}/${claims.length} dev claims give the same ` +
        `verdict and citation in WASM as native (${identical} byte-identical JSON results)`);
    assert.deepEqual(differ, [], `${differ.length} claims differ between WASM and native`);
    assert.deepEqual(notIdentical, [], 'results whose JSON differs from the CLI\'s');
  });

  test('each citation and claimed figure of a result is an object of its own, as parsed JSON gives', () => {
    const r = fc.check(GDP, {asOf: '2024-11-01'});
    const top = r.figures.find((f) => f.verdict === r.verdict);
    assert.ok(r.citation && top?.citation, JSON.stringify(r));
    assert.deepEqual(top.citation, r.citation);
    r.citation.quote = 'edited';
    r.claimed.text = 'edited';
    assert.notEqual(r.citations[0].quote, 'edited');
    assert.notEqual(top.citation.quote, 'edited');
    assert.notEqual(top.citations[0].quote, 'edited');
    assert.notEqual(top.claimed.text, 'edited');
    // Two figures citing one fact.
    const twice = fc.check("Shanghai's GDP came to 4.72 trillion yuan in 2023, and its economy 4.72 trillion " +
        'yuan too.', {asOf: '2024-11-01'});
    assert.equal(twice.figures.length, 2);
    assert.deepEqual(twice.figures[0].citation, twice.figures[1].citation);
    twice.figures[0].citation.quote = 'edited';
    assert.notEqual(twice.figures[1].citation.quote, 'edited');
  });

  test('the result has the CLI JSON shape', () => {
    const r = fc.check(GDP, {asOf: '2024-11-01'});
    for (const key of ['claim', 'verdict', 'citation', 'citations', 'claimed', 'explanation', 'figures']) {
      assert.ok(key in r, `missing ${key}`);
    }
    assert.equal(r.verdict, 'refuted');
    assert.deepEqual(Object.keys(r.citation.source), ['file', 'title', 'publisher', 'date', 'url']);
    assert.equal(typeof r.citation.figure_start, 'number');
  });
});

describe('scan', () => {
  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'scan');
  const cases = [['economy.md', 'markdown'], ['trade.html', 'html'], ['briefing.txt', 'text']];
  for (const [file, format] of cases) {
    test(`${file}: the same findings as figcheck scan`, () => {
      const path = join(FIXTURES, file);
      const native = JSON.parse(execFileSync(NATIVE, ['scan', '--format', 'json', '--fail-on', 'never', '--as-of', '2024-06-01',
        '--factbase', join(DIST, 'factbase.json'), path]))[0];
      const text = readFileSync(path, 'utf8');
      const wasm = fc.scan(text, {asOf: '2024-06-01', format});
      const key = (f) => [f.start, f.end, f.line, f.column, f.verdict, f.claimed.text,
        f.citation?.source.file ?? null, f.citation?.figure_start ?? null];
      assert.ok(native.findings.length > 0, 'the fixture has findings');
      assert.deepEqual(wasm.findings.map(key), native.findings.map(key));
      assert.deepEqual(wasm.summary, native.summary);
      // String indexes point at the figure as JavaScript sees the text.
      for (const f of wasm.findings) {
        assert.equal(Buffer.from(text, 'utf8').subarray(f.start, f.end).toString('utf8'),
            text.slice(f.index, f.end_index));
      }
    });
  }
  test('string indexes hold past characters of 2, 3 and 4 UTF-8 bytes', () => {
    const text = 'Café 🚢 上海 — GDP: Shanghai\u2019s GDP reached 5 trillion yuan in 2023. ' +
        '📈 Über 🏙️ alles: Shanghai set up 6,017 new foreign-invested enterprises in 2023.';
    const {findings} = fc.scan(text, {asOf: '2024-06-01'});
    assert.deepEqual(findings.map((f) => text.slice(f.index, f.end_index)),
        ['5 trillion yuan', '6,017']);
    for (const f of findings) {
      assert.equal(Buffer.from(text, 'utf8').subarray(f.start, f.end).toString('utf8'),
          text.slice(f.index, f.end_index));
    }
  });

  test('an article with no figures has no findings', () => {
    assert.deepEqual(fc.scan('Nothing to see here. Really.').findings, []);
  });
});

describe('arguments', () => {
  test('asOf defaults to today', () => {
    const claim = 'Shanghai used US$24 billion of foreign capital last year';
    assert.deepEqual(fc.check(claim), fc.check(claim, {asOf: today()}));
  });

  test('asOf may be a Date', () => {
    assert.deepEqual(fc.check(GDP, {asOf: new Date(2024, 10, 1)}), fc.check(GDP, {asOf: '2024-11-01'}));
  });

  test('a claim without figures is unverifiable, not an error', () => {
    assert.equal(fc.check('Shanghai is a city.', {asOf: '2024-11-01'}).verdict, 'unverifiable');
  });

  test('the fact base may be given as a URL, text or bytes', async () => {
    const url = pathToFileURL(join(DIST, 'factbase.json'));
    const bytes = readFileSync(url);
    for (const factbase of [url, bytes.toString('utf8'), new Uint8Array(bytes), bytes.buffer.slice(
        bytes.byteOffset, bytes.byteOffset + bytes.length)]) {
      const other = await load({factbase});
      try {
        assert.deepEqual(other.check(GDP, {asOf: '2024-11-01'}), fc.check(GDP, {asOf: '2024-11-01'}));
      } finally {
        other.close();
      }
    }
  });

  test('coverage lists every document with years, the measures and the place', () => {
    const c = fc.coverage();
    assert.ok(c.facts > 0);
    assert.ok(c.documents.length > 0);
    for (const d of c.documents) {
      assert.equal(typeof d.title, 'string');
      assert.equal(d.language, 'en');
      assert.ok(Array.isArray(d.years));
    }
    assert.equal(c.about, 'Shanghai');
    for (const m of c.measures) {
      assert.ok(m.facts >= 1 && m.documents >= 1 && m.documents <= m.facts);
      assert.ok(m.years.length && m.years.every((y) => y >= 2000 && y <= 2100), `${m.name}: ${m.years}`);
    }
  });

  // Words that say how much or of what kind, not what: no topic is one of
  // them, and every topic holds a word that is not one of them.
  const GENERIC = ['standard', 'land', 'batches', 'funds', 'ports', 'size', 'designated', 'level', 'total', 'number',
    'value', 'scale', 'amount', 'share', 'countries', 'companies', 'enterprises', 'projects', 'industries',
    'investment', 'revenue', 'income', 'measures', 'days', 'aspects', 'areas', 'centers', 'units'];
  const generic = (word) => GENERIC.includes(word.toLowerCase());

  test('coverage topics are measures a reader recognises, not stray or generic words', () => {
    const names = fc.coverage().measures.map((m) => m.name);
    const shown = names.slice(0, 12);  // what the claim page shows
    for (const measure of ['GDP', 'foreign capital', 'container throughput', 'foreign-invested enterprises',
      'industrial output value', 'integrated circuit industry']) {
      assert.ok(shown.includes(measure), `${measure} among the first topics: ${shown}`);
    }
    // Counts are topics too, with the figures that only say how many now.
    for (const count of ['regional headquarters', 'foreign R&D centers', 'POS terminals']) {
      assert.ok(names.includes(count), `${count} in ${names}`);
    }
    for (const name of names) {
      assert.ok(!generic(name), `a generic word as a topic: ${name}`);
      const words = name.split(/[\s-]+/);
      assert.ok(words.some((w) => !generic(w)), `no word of ${name} says what`);
      assert.ok(words.length <= 5, `a name, not prose: ${name}`);
    }
    for (const stray of ['club', 'sam', 'costco']) assert.ok(!names.some((n) => n.toLowerCase() === stray), stray);
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, 'each topic once');
  });

  test('a new source document brings its own topics, with its years', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'figcheck-coverage-'));
    try {
      const sources = join(dir, 'sources');
      mkdirSync(sources);
      writeFileSync(join(sources, 'tourism.txt'), [
        'Hangzhou welcomed more visitors in 2023',
        '',
        'Hangzhou received 12.6 million inbound tourists in 2023, up 35 percent from the year before.',
        'Tourism revenue reached 420 billion yuan in 2023.',
        'Tourism revenue was 310 billion yuan in 2022.',
        'The average hotel occupancy rate was 68 percent in 2023.',
        'In 2022, the hotel occupancy rate of the city was 54 percent.',
        'The city received 9.3 million inbound tourists in 2022.',
        'The land of the three districts was planned in two batches.',
        '',
      ].join('\n'));
      writeFileSync(join(sources, 'manifest.json'), JSON.stringify({documents: [{
        file: 'tourism.txt', title: 'Hangzhou welcomed more visitors in 2023', publisher: 'A test',
        date: '2024-01-15', language: 'en', url: null}]}));
      const out = join(dir, 'factbase.json');
      execFileSync(NATIVE, ['compile', '--sources', sources, '--out', out, '--lexicon', join(ROOT, 'data', 'lexicon.json')]);
      const tourism = await load({factbase: readFileSync(out, 'utf8')});
      try {
        const measures = tourism.coverage().measures;
        const byName = Object.fromEntries(measures.map((m) => [m.name, m]));
        assert.deepEqual(byName['inbound tourists']?.years, [2022, 2023], JSON.stringify(measures));
        assert.deepEqual(byName['tourism revenue']?.years, [2022, 2023], JSON.stringify(measures));
        const hotels = measures.find((m) => m.name.endsWith('hotel occupancy rate'));
        assert.deepEqual(hotels?.years, [2022, 2023], JSON.stringify(measures));
        // Nothing of the sources the page ships: the topics come from this document.
        assert.ok(!measures.some((m) => ['GDP', 'foreign capital'].includes(m.name)));
        for (const m of measures) assert.ok(!generic(m.name), m.name);
      } finally {
        tourism.close();
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test('nearby: the closest facts for each figure, and names the sources lack', () => {
    const tianjin = fc.nearby("Tianjin's port handled 22 million TEUs in 2023", {asOf: '2024-06-01'});
    assert.equal(tianjin.about, 'Shanghai');
    assert.equal(tianjin.figures.length, 1);
    assert.deepEqual(tianjin.figures[0].unknown_names, ['Tianjin']);
    assert.equal(tianjin.figures[0].facts[0].figure.text, '49.158 million twenty-foot equivalent units');
    const gdp = fc.nearby('GDP grew 38.3% in 2023', {asOf: '2024-06-01'});
    assert.deepEqual(gdp.figures[0].unknown_names, []);
    assert.ok(gdp.figures[0].facts.some((c) => c.figure.text === '4.72 trillion yuan'), 'GDP facts are near');
    assert.ok(gdp.figures[0].facts.length <= 3);
    const none = fc.nearby('The sky over the Bund is blue.', {asOf: '2024-06-01'});
    assert.deepEqual(none.figures, []);
    throwsFigcheck(() => fc.nearby('x', {asOf: '2024-13-01'}), 'bad_date', /date/);
  });
});

// Each failure throws a FigcheckError (an Error) with a stable code and a message.
function throwsFigcheck(fn, code, pattern) {
  assert.throws(fn, (error) => {
    assert.ok(error instanceof FigcheckError, `not a FigcheckError: ${error}`);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'FigcheckError');
    assert.equal(error.code, code, error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

async function rejectsFigcheck(promise, code, pattern) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof FigcheckError, `not a FigcheckError: ${error}`);
    assert.equal(error.code, code, error.message);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('errors', () => {
  const badDates = [
    ['2024-02-30', /2024-02-30/],
    ['2024-13-01', /2024-13-01/],
    ['1 Nov 2024', /1 Nov 2024/],
    ['', /date/],
  ];
  for (const [asOf, pattern] of badDates) {
    test(`bad asOf ${JSON.stringify(asOf)}`, () => throwsFigcheck(() => fc.check(GDP, {asOf}), 'bad_date', pattern));
  }
  test('asOf of another type', () => throwsFigcheck(() => fc.check(GDP, {asOf: 20241101}), 'bad_date', /asOf/));
  test('asOf an invalid Date', () => throwsFigcheck(() => fc.check(GDP, {asOf: new Date('x')}), 'bad_date', /asOf/));
  test('empty claim', () => throwsFigcheck(() => fc.check(''), 'empty_input', /empty/));
  test('a claim in another language: the core\'s words in detail', () => {
    throwsFigcheck(() => fc.check('Le port de la ville a traité 40 millions de conteneurs en 2023.'),
        'not_english', /^check: figcheck reads English claims/);
    assert.throws(() => fc.check('Der Hafen der Stadt hat 2023 rund 40 Millionen Container umgeschlagen.'),
        (error) => {
          assert.match(error.detail, /^figcheck reads English claims; this one looks like German/);
          return true;
        });
  });
  test('claim not a string', () => throwsFigcheck(() => fc.check(42), 'bad_input', /string/));
  test('claim too large', () => throwsFigcheck(() => fc.check('4 '.repeat(40000)), 'input_too_large', /limit/));
  test('claim with a lone surrogate', () =>
    throwsFigcheck(() => fc.check('GDP \ud800 reached 5 trillion yuan'), 'invalid_utf_8', /Unicode/));
  test('scan: a bad format throws', () => throwsFigcheck(() => fc.scan('text', {format: 'pdf'}), 'bad_request', /format/));
  test('scan: a bad date throws', () => throwsFigcheck(() => fc.scan('text', {asOf: '2024-13-01'}), 'bad_date', /date/));

  test('fact base that is not JSON', () => rejectsFigcheck(load({factbase: 'not json'}), 'bad_fact_base', /fact base/));
  test('fact base of another version', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'factbase.json'), 'utf8'));
    json.version = 999;
    return rejectsFigcheck(load({factbase: JSON.stringify(json)}), 'unsupported_fact_base_version', /version/);
  });
  test('fact base of a wrong type', () => rejectsFigcheck(load({factbase: 42}), 'bad_input', /factbase/));
  test('coverage of a fact base without its summary, or with another object', async () => {
    const json = JSON.parse(readFileSync(join(DIST, 'factbase.json'), 'utf8'));
    for (const coverage of [undefined, {}, {facts: 'many', measures: [], documents: []}]) {
      const edited = {...json, coverage};
      if (coverage === undefined) delete edited.coverage;
      const other = await load({factbase: JSON.stringify(edited)});
      try {
        throwsFigcheck(() => other.coverage(), 'bad_fact_base', /coverage/);
        assert.equal(other.check("Shanghai's GDP reached 4.72 trillion yuan in 2023").verdict, 'supported');
      } finally {
        other.close();
      }
    }
  });
  test('fact base URL that does not exist', async () => {
    await assert.rejects(load({factbase: pathToFileURL(join(DIST, 'missing.json'))}), /ENOENT|missing/);
  });

  test('calls after close', async () => {
    const other = await load();
    other.close();
    other.close();  // twice is fine
    throwsFigcheck(() => other.check(GDP), 'closed', /closed/);
  });
});

describe('no leaks', () => {
  const claims = [GDP, 'The port of Shanghai handled 49.2 million TEUs in 2023',
    "Shanghai's metaverse industry reached 350 billion yuan in 2023", 'GDP grew 38.3% in 2023',
    'Industrial added value grew about 48% from 2011 to 2021'];
  const failing = [() => fc.check(''), () => fc.check(GDP, {asOf: '2024-02-30'}), () => fc.check('4 '.repeat(40000))];

  test('5,000 calls (checks and failures) leave the heap and handle count as they were', () => {
    const round = (i) => {
      fc.check(claims[i % claims.length], {asOf: '2024-11-01'});
      try {
        failing[i % failing.length]();
      } catch {
        // expected
      }
    };
    for (let i = 0; i < 200; i++) round(i);  // caches (RE2's DFA) fill up first
    const before = fc.memoryUsage();
    for (let i = 0; i < 2500; i++) round(i);
    const after = fc.memoryUsage();
    console.log(`leaks: heap ${before.heap} → ${after.heap} bytes, handles ${before.handles} → ` +
        `${after.handles}, memory ${before.memory} → ${after.memory} bytes over 5,000 calls`);
    assert.equal(after.handles, before.handles);
    assert.equal(after.memory, before.memory);
    assert.ok(after.heap <= before.heap, `heap grew by ${after.heap - before.heap} bytes`);
  });

  test('loading and closing 30 fact bases frees each', async () => {
    const text = readFileSync(join(DIST, 'factbase.json'));
    (await load({factbase: text})).close();
    const before = fc.memoryUsage();
    for (let i = 0; i < 30; i++) {
      const other = await load({factbase: text});
      other.check(GDP, {asOf: '2024-11-01'});
      other.close();
    }
    const after = fc.memoryUsage();
    console.log(`leaks: heap ${before.heap} → ${after.heap} bytes over 30 loads of the fact base`);
    assert.equal(after.handles, before.handles);
    assert.ok(after.heap <= before.heap, `heap grew by ${after.heap - before.heap} bytes`);
  });
});

describe('the claim page\'s and the widget\'s modules', () => {
  // build/wasm/site ships the module without scan, site/widget with scan only.
  const SITE = join(ROOT, 'build', 'wasm', 'site');
  const ARTICLE = "Shanghai's GDP reached 5 trillion yuan in 2023. The port handled 49.2 million TEUs in 2023.";
  // Each copy of figcheck.mjs has its own FigcheckError class.
  const unsupported = (fn, pattern) => assert.throws(fn, (error) => {
    assert.equal(error.name, 'FigcheckError');
    assert.equal(error.code, 'unsupported', error.message);
    assert.match(error.message, pattern);
    return true;
  });

  test('the claim page\'s: check and coverage as the full module, scan unsupported', async () => {
    const {load: loadPage} = await import(pathToFileURL(join(SITE, 'figcheck.mjs')));
    const page = await loadPage();
    try {
      assert.deepEqual(page.check(GDP, {asOf: '2024-06-01'}), fc.check(GDP, {asOf: '2024-06-01'}));
      assert.deepEqual(page.coverage(), fc.coverage());
      unsupported(() => page.scan(ARTICLE), /scan: not in this build/);
    } finally {
      page.close();
    }
  });

  test('the widget\'s: scan as the full module, check and coverage unsupported', async () => {
    const {load: loadWidget} = await import(pathToFileURL(join(SITE, 'widget', 'figcheck.mjs')));
    const widget = await loadWidget();
    try {
      assert.deepEqual(widget.scan(ARTICLE, {asOf: '2024-06-01'}), fc.scan(ARTICLE, {asOf: '2024-06-01'}));
      unsupported(() => widget.check(GDP), /check: not in this build/);
      unsupported(() => widget.coverage(), /coverage: not in this build/);
    } finally {
      widget.close();
    }
  });
});
