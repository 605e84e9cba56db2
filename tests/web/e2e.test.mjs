// The claim page end to end in Debian's Chromium (headless, driven by
// playwright-core): claims of each verdict typed and checked, the card's
// word, icon, colour class, figures, marked quote and source; the keyboard
// path; the date prompt for a claim in relative time, ?date= and the date
// kept for the session; no verdict while a number is being typed and one
// announcement per settled result; several figures as a summary line and
// rows, worst first; units in explanations; the source quote without the
// verdict's colour; nearby facts for unverifiable; the non-English message;
// the scope line and coverage; the copied link; errors; no request off the
// page's origin and no CSP violation; 320, 375 and 1440 px layouts without
// sideways scrolling, "Check" on the date's line; screenshots under
// artifacts/web/; axe-core finds no violation in light and dark. Expected verdicts come from the WASM API
// (itself checked against the CLI by api.test.mjs), so a change in the core
// moves both sides together.
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {pathToFileURL} from 'node:url';

import {chromium} from 'playwright-core';

import {serve} from '../../scripts/lib/serve.mjs';
import {ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, DIST, requireFile} from './support.mjs';

requireFile(join(DIST, 'figcheck-core.wasm'), 'build the wasm module first (scripts/wasm-build)');
requireFile(CHROMIUM, 'install Debian\'s chromium (apt-get install chromium; scripts/web-test does)');
const {load} = await import(pathToFileURL(join(DIST, 'figcheck.mjs')));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AS_OF = '2024-11-01';
// One claim per verdict, and one with two figures.
const CLAIMS = [
  "Shanghai's GDP reached 4.72 trillion yuan in 2023",
  "Shanghai's GDP reached 5 trillion yuan in 2023",
  "Shanghai's metaverse industry reached 350 billion yuan in 2023",
  'GDP grew 38.3% in 2023',
];
const MULTI = 'In 2023, Shanghai added 6,017 new foreign-invested enterprises, and its actual use of foreign capital was US$30 billion';
const WORDS = {supported: 'Supported', refuted: 'Refuted', misleading: 'Misleading', unverifiable: 'Unverifiable'};

let server;
let origin;
let browser;
let expected;  // claim → result from the WASM API

before(async () => {
  mkdirSync(ARTIFACTS, {recursive: true});
  ({server, url: origin} = await serve({port: 0}));
  browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  const fc = await load();
  expected = new Map([...CLAIMS, MULTI].map((c) => [c, fc.check(c, {asOf: AS_OF})]));
  fc.close();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A page with its problems recorded: requests off the origin, console
// errors (CSP violations among them) and uncaught exceptions.
async function openPage({width = 1100, height = 900, colorScheme = 'light', query = `?as-of=${AS_OF}`} = {}) {
  const context = await browser.newContext({viewport: {width, height}, colorScheme});
  const page = await context.newPage();
  const problems = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request off origin: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(origin + query);
  await page.waitForSelector('html[data-ready="true"]');
  return {page, context, problems};
}

// The card as a reader sees it.
async function readCard(page) {
  return page.$eval('#card .card', (card) => ({
    verdict: card.dataset.verdict,
    className: card.className,
    title: card.querySelector('.card-title').textContent.trim(),
    icon: card.querySelector('.card-title svg.icon') !== null,
    explanation: card.querySelector(':scope > .explanation')?.textContent ?? null,
    summary: card.querySelector(':scope > .summary')?.textContent ?? null,
    compare: [...card.querySelectorAll(':scope > .compare dd')].map((d) => d.textContent),
    marks: [...card.querySelectorAll(':scope > .citation mark')].map((m) => m.textContent),
    quotes: [...card.querySelectorAll(':scope > .citation blockquote')].map((q) => q.textContent),
    sources: [...card.querySelectorAll(':scope > .citation .source')].map((s) => s.textContent),
    rows: [...card.querySelectorAll('.figure-row')].map((r) => ({
      verdict: r.className.match(/verdict-(\w+)/)[1],
      word: r.querySelector('.badge .word').textContent,
      marks: [...r.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  }));
}

function assertCard(card, result) {
  assert.equal(card.verdict, result.verdict);
  assert.match(card.className, new RegExp(`verdict-${result.verdict}`));
  assert.equal(card.title, WORDS[result.verdict]);
  assert.ok(card.icon, 'the verdict has an icon');
  if (result.figures.length !== 1) return;
  assert.equal(card.explanation, result.explanation);
  const f = result.figures[0];
  assert.ok(card.compare[0].startsWith(f.claimed.text), `claimed figure: ${card.compare[0]}`);
  assert.equal(card.marks.length, f.citations.length);
  f.citations.forEach((c, i) => {
    assert.equal(card.quotes[i], c.quote);
    assert.equal(card.marks[i], c.figure.text, 'the cited figure is the marked text');
    for (const part of [c.source.title, c.source.publisher, c.source.date]) {
      assert.ok(card.sources[i].includes(part), `source line has ${part}`);
    }
  });
  if (f.citation && f.derived === null) assert.ok(card.compare[1].startsWith(f.citation.figure.text));
}

describe('claim page', () => {
  test('the example claims cover every verdict', () => {
    assert.deepEqual(new Set(CLAIMS.map((c) => expected.get(c).verdict)),
        new Set(['supported', 'refuted', 'misleading', 'unverifiable']));
  });

  test('a typed claim of each verdict, checked on Enter', async () => {
    const {page, context, problems} = await openPage();
    for (const claim of CLAIMS) {
      await page.fill('#claim', '');
      await page.focus('#claim');
      await page.keyboard.type(claim, {delay: 0});
      await page.keyboard.press('Enter');
      await page.waitForFunction((c) => document.querySelector('#card .card .claim')?.textContent.endsWith(c), claim);
      const result = expected.get(claim);
      assertCard(await readCard(page), result);
      assert.equal(await page.textContent('#announce'), `${WORDS[result.verdict]}. ${result.explanation}`);
      assert.equal(await page.inputValue('#claim'), claim, 'Enter does not add a line');
      await page.screenshot({path: join(ARTIFACTS, `desktop-${result.verdict}.png`)});
      await page.locator('#card .card').screenshot({path: join(ARTIFACTS, `card-${result.verdict}.png`)});
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the verdict updates as the reader types (debounced)', async () => {
    const {page, context, problems} = await openPage();
    await page.focus('#claim');
    await page.keyboard.type(CLAIMS[1]);
    await page.waitForSelector('#card .card[data-verdict]');
    assertCard(await readCard(page), expected.get(CLAIMS[1]));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard only: skip link, example button, claim date', async () => {
    const {page, context, problems} = await openPage();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'claim');
    // Tab on to the first example and press it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement.matches('#examples button'))) break;
    }
    const example = await page.evaluate(() => document.activeElement.textContent);
    assert.ok(example, 'an example button takes the focus');
    await page.keyboard.press('Enter');
    await page.waitForFunction((c) => document.querySelector('#card .card .claim')?.textContent.endsWith(c), example);
    assert.equal(await page.inputValue('#claim'), example);
    const {verdict} = await readCard(page);
    assert.ok(verdict in WORDS);
    // The focused control shows a focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    // The claim date is a field like any other: a new date checks again.
    await page.focus('#claim');
    await page.fill('#claim', 'Shanghai used US$24 billion of foreign capital last year');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card .card[data-verdict]');
    const before = (await readCard(page)).compare[0];
    await page.focus('#as-of');
    await page.keyboard.type('01012020');
    await page.waitForFunction((b) => document.querySelector('#card .compare dd')?.textContent !== b, before);
    assert.equal(await page.inputValue('#as-of'), '2020-01-01');
    assert.match((await readCard(page)).compare[0], /2019/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a claim with several figures has one row each', async () => {
    const {page, context, problems} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(MULTI)}`});
    await page.waitForSelector('#card .card');
    const result = expected.get(MULTI);
    const card = await readCard(page);
    assertCard(card, result);
    assert.equal(card.rows.length, result.figures.length);
    const order = ['refuted', 'misleading', 'unverifiable', 'supported'];
    const sorted = [...result.figures].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
    sorted.forEach((f, i) => {
      assert.equal(card.rows[i].verdict, f.verdict);
      assert.equal(card.rows[i].word, WORDS[f.verdict]);
      assert.deepEqual(card.rows[i].marks, f.citations.map((c) => c.figure.text));
    });
    const counts = order.map((v) => [v, result.figures.filter((f) => f.verdict === v).length]).filter(([, n]) => n);
    assert.equal(card.summary, `${result.figures.length} figures: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}`);
    assert.ok(result.figures.length >= 2 && counts.length >= 2, 'the example mixes verdicts');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('bad input shows the error and announces it', async () => {
    const {page, context, problems} = await openPage();
    await page.fill('#claim', '4 '.repeat(40000));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card .error');
    assert.match(await page.textContent('#card .error'), /limit/);
    assert.match(await page.textContent('#announce'), /limit/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the coverage list names each document', async () => {
    const {page, context} = await openPage();
    await page.waitForSelector('#coverage-list li');
    const fc = await load();
    const coverage = fc.coverage();
    fc.close();
    const titles = await page.$$eval('#coverage-list .doc-title', (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(titles, coverage.documents.map((d) => d.title));
    // Topics are the fact base's measures with their years, not stray words.
    const topics = await page.$$eval('#coverage-topics li', (lis) => lis.map((li) => li.firstChild.textContent));
    assert.ok(topics.length >= 5, `topics: ${topics}`);
    assert.deepEqual(topics, coverage.measures.slice(0, topics.length).map((m) => m.name));
    assert.ok(topics.includes('GDP'), `GDP is a topic: ${topics}`);
    // Measures as a newsroom names them, as the sources write them.
    for (const measure of ['foreign capital', 'industrial output value']) {
      assert.ok(coverage.measures.some((m) => m.name === measure), `${measure} is a topic: ${topics}`);
    }
    for (const m of coverage.measures) assert.ok(m.name.split(' ').length <= 5, `a name, not prose: ${m.name}`);
    // A dozen topics, each with its years, none a bare generic noun.
    assert.equal(topics.length, 12);
    assert.ok(topics.includes('container throughput'), `container throughput is a topic: ${topics}`);
    for (const generic of ['standard', 'land', 'batches', 'funds', 'ports', 'designated size']) {
      assert.ok(!topics.some((t) => t.toLowerCase() === generic), `${generic} is no topic: ${topics}`);
    }
    const years = await page.$$eval('#coverage-topics li .years', (ss) => ss.map((s) => s.textContent.trim()));
    assert.ok(years.every((y) => /^20\d\d/.test(y)), `years: ${years}`);
    const text = await page.textContent('.coverage');
    for (const stray of ['club', 'sam', 'costco']) assert.doesNotMatch(text, new RegExp(`\\b${stray}\\b`, 'i'));
    // The scope line above the form, from the fact base.
    const scope = await page.textContent('#scope');
    assert.match(scope, /^Checks figures in English claims about Shanghai against \d+ official and press documents, with figures for 20\d\d–20\d\d\.$/);
    const [scopeBox, formBox] = await page.$$eval(['#scope', '#claim'].join(','), (els) => els.map((e) => e.getBoundingClientRect().top));
    assert.ok(scopeBox < formBox);
    await context.close();
  });

  test('the README screenshot (artifacts/web/screenshot.png at 1280 px; docs/screenshot.png is it)', async () => {
    const {page, context, problems} = await openPage({width: 1280,
      query: `?as-of=${AS_OF}&claim=${encodeURIComponent(CLAIMS[1])}`});
    await page.waitForSelector('#card .card');
    const bottom = await page.$eval('#card .card', (c) => c.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({path: join(ARTIFACTS, 'screenshot.png'), clip: {x: 0, y: 0, width: 1280, height: Math.ceil(bottom + 16)}});
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, options] of [
    ['desktop light', {width: 1440, colorScheme: 'light'}],
    ['desktop dark', {width: 1280, colorScheme: 'dark'}],
    ['phone 375 px light', {width: 375, height: 667, colorScheme: 'light'}],
    ['phone 375 px dark', {width: 375, height: 667, colorScheme: 'dark'}],
    ['narrow 320 px light', {width: 320, height: 640, colorScheme: 'light'}],
  ]) {
    test(`${name}: fits the width, "Check" beside the date, screenshot, no axe violation`, async () => {
      const {page, context, problems} = await openPage({...options,
        query: `?as-of=${AS_OF}&claim=${encodeURIComponent(CLAIMS[1])}`});
      await page.waitForSelector('#card .card');
      await page.waitForSelector('#coverage-list li');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= options.width, `page is ${scrollWidth} px wide in a ${options.width} px window`);
      const [date, button] = await page.$$eval(['#as-of', '#check'].join(','), (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      assert.ok(Math.abs(date.bottom - button.bottom) < 12, `"Check" is on the date's line: ${JSON.stringify([date, button])}`);
      assert.ok(button.right <= options.width, '"Check" is inside the window');
      await page.screenshot({path: join(ARTIFACTS, `${name.split(' ')[0]}-${options.width}-${options.colorScheme}.png`), fullPage: true});
      await page.evaluate(axeSource);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document, {resultTypes: ['violations']});
        return {
          rules: r.passes.length + r.violations.length + r.incomplete.length,
          violations: r.violations.map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' '))})),
        };
      });
      assert.ok(found.rules > 20, `axe ran ${found.rules} rules`);
      assert.deepEqual(found.violations, [], `axe (${name})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

// The page as a reader meets it: the date, typing, several figures, units,
// unverifiable, another language, sharing.
describe('claim page, as a reader meets it', () => {
  const RELATIVE = "Shanghai's GDP reached about 4.7 trillion yuan last year";

  // Every text the live region takes, in order.
  async function recordAnnouncements(page) {
    await page.evaluate(() => {
      window.__said = [];
      new window.MutationObserver(() => window.__said.push(document.getElementById('announce').textContent))
          .observe(document.getElementById('announce'), {childList: true, characterData: true, subtree: true});
    });
  }

  test('a claim in relative time asks for its date and shows the verdict for each year', async () => {
    const {page, context, problems} = await openPage({query: `?claim=${encodeURIComponent(RELATIVE)}`});
    await page.waitForSelector('#card .date-prompt');
    assert.equal(await page.$('#card .card[data-verdict]'), null, 'no verdict read against today');
    const rows = await page.$$eval('#card .if-year', (lis) => lis.map((li) => ({year: li.dataset.year, verdict: li.dataset.verdict, text: li.textContent})));
    assert.equal(rows.length, 5);
    const fc = await load();
    for (const row of rows) {
      const r = fc.check(RELATIVE, {asOf: `${row.year}-07-01`});
      assert.equal(row.verdict, r.verdict);
      assert.equal(row.text, `If this was said in ${row.year}: ${WORDS[r.verdict]} ${r.explanation}`);
    }
    fc.close();
    assert.ok(rows.some((r) => r.year === '2024' && r.verdict === 'supported') ||
        new Date().getFullYear() - 4 > 2024, 'said in 2024: supported');
    assert.match(await page.textContent('#announce'), /When was this said/);
    // Giving the date checks it against that day, and keeps it for the session.
    await page.fill('#as-of', '2024-05-10');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForSelector('#card .card[data-verdict="supported"]');
    assert.match(await page.textContent('#card .explanation'), /4\.72 trillion yuan for 2023/);
    await page.goto(origin);
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.inputValue('#as-of'), '2024-05-10', 'the date is kept for the session');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('?date= reads the claim against that day; a claim without relative time needs none', async () => {
    const {page, context, problems} = await openPage({query: `?claim=${encodeURIComponent(RELATIVE)}&date=2015-06-01`});
    await page.waitForSelector('#card .card[data-verdict]');
    assert.equal(await page.inputValue('#as-of'), '2015-06-01');
    const fc = await load();
    const r = fc.check(RELATIVE, {asOf: '2015-06-01'});
    fc.close();
    assert.equal(await page.getAttribute('#card .card', 'data-verdict'), r.verdict);
    assert.notEqual(r.verdict, 'supported', 'said in 2015, "last year" is 2014');
    await page.fill('#claim', CLAIMS[0]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#card .card[data-verdict]'));
    assert.equal(await page.$('#card .date-prompt'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('typed at 50 ms a key: no verdict for a number still being typed, one announcement when settled', async () => {
    const {page, context, problems} = await openPage({query: '?'});
    await recordAnnouncements(page);
    await page.focus('#claim');
    await page.keyboard.type("Shanghai's GDP reached 5", {delay: 50});
    await page.waitForTimeout(900);  // a pause, but the number may go on
    assert.equal(await page.$('#card .card[data-verdict]'), null, 'no verdict on "…reached 5"');
    await page.keyboard.type(' trillion yuan in 2023.', {delay: 50});
    await page.waitForSelector('#card .card[data-verdict="refuted"]');
    await page.waitForTimeout(700);
    const said = (await page.evaluate(() => window.__said)).filter(Boolean);
    assert.equal(said.length, 1, `announced: ${JSON.stringify(said)}`);
    assert.match(said[0], /^Refuted\. /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('several figures: a summary line, rows worst first, announced as counts', async () => {
    const claim = 'In 2023, Shanghai added 6,017 new foreign-invested enterprises, its GDP reached 5 trillion yuan and its port handled 49.158 million TEUs';
    const {page, context, problems} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
    await page.waitForSelector('#card .card');
    const summary = await page.textContent('#card .summary');
    assert.equal(summary, '3 figures: 1 refuted, 2 supported');
    const rows = await page.$$eval('#card .figure-row', (rs) => rs.map((r) => r.className.match(/verdict-(\w+)/)[1]));
    assert.deepEqual(rows, ['refuted', 'supported', 'supported']);
    assert.equal(await page.textContent('#announce'), 'Refuted. 3 figures: 1 refuted, 2 supported.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a long paste is shown once', async () => {
    const long = `${CLAIMS[1]}. ${'The city also said a great deal about its plans for the years ahead. '.repeat(4)}`;
    const {page, context} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(long)}`});
    await page.waitForSelector('#card .card');
    assert.equal(await page.$('#card .claim'), null, 'the paste is not repeated on the card');
    await context.close();
  });

  test('explanations carry units on both sides; the source quote has no verdict colour', async () => {
    const claim = "Shanghai's port handled 30 million TEUs in 2023";
    const {page, context} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
    await page.waitForSelector('#card .card[data-verdict="refuted"]');
    assert.equal(await page.textContent('#card .explanation'),
        'The sources say 49.158 million twenty-foot equivalent units for 2023, not 30 million twenty-foot equivalent units.');
    const colours = await page.evaluate(() => {
      const quote = getComputedStyle(document.querySelector('#card .quote'));
      const badge = getComputedStyle(document.querySelector('#card .badge'));
      const root = getComputedStyle(document.documentElement);
      return {quoteBorder: quote.borderLeftColor, quoteBg: quote.backgroundColor, badge: badge.color,
        refutedBg: root.getPropertyValue('--refuted-bg').trim()};
    });
    assert.notEqual(colours.quoteBorder, colours.badge, 'the quote is not outlined in the verdict colour');
    assert.notEqual(colours.quoteBg, 'rgb(253, 236, 235)', 'the quote is not tinted red');
    await context.close();
  });

  test('unverifiable: what the sources hold nearby, and another place named', async () => {
    const claim = "Tianjin's port handled 22 million TEUs in 2023";
    const {page, context, problems} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
    await page.waitForSelector('#card .card[data-verdict="unverifiable"]');
    assert.equal(await page.textContent('#card .elsewhere'), 'The sources are about Shanghai; they hold no figure for Tianjin.');
    assert.equal(await page.textContent('#card .nearby-title'), 'What the sources hold nearby');
    const near = await page.$$eval('#card .nearby-list li', (lis) => lis.map((li) => ({
      figure: li.querySelector('.near-figure').textContent, mark: li.querySelector('mark').textContent,
      source: li.querySelector('.source').textContent})));
    assert.ok(near.length >= 1);
    assert.equal(near[0].mark, '49.158 million twenty-foot equivalent units');
    assert.match(near[0].figure, /\(2023\)$/);
    assert.match(near[0].source, /State Council Information Office/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Written for this test: the same kind of claim in five languages of the
  // Latin script and in Chinese, and English that names French things.
  const OTHER_LANGUAGES = [
    ['French', 'En 2023, le PIB de la ville a atteint 4,72 billions de yuans.'],
    ['Spanish', 'El puerto de Shanghái movió 49 millones de contenedores en 2023.'],
    ['German', 'Der Hafen von Shanghai hat 2023 rund 49 Millionen Container umgeschlagen.'],
    ['Portuguese', 'O porto de Xangai movimentou 49 milhões de contêineres em 2023.'],
    ['Italian', 'Il porto di Shanghai ha movimentato 49 milioni di container nel 2023.'],
    [null, '上海港2023年集装箱吞吐量达到4900万标准箱'],
  ];
  for (const [language, claim] of OTHER_LANGUAGES) {
    test(`a claim in ${language ?? 'Chinese'}: one clear line, no figure read`, async () => {
      const {page, context, problems} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
      await page.waitForSelector('#card .notice');
      const notice = await page.textContent('#card .notice');
      assert.match(notice, /^figcheck reads English claims\. This one /);
      assert.ok(notice.includes(language ?? 'another script'), notice);
      assert.equal(await page.$('#card .card'), null, 'no verdict card');
      assert.equal(await page.textContent('#announce'), notice);
      assert.ok(await page.isHidden('#share'));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('English that names French things is read', async () => {
    const claim = "Shanghai's port handled 49.158 million TEUs in 2023, according to a note from Société Générale";
    const {page, context} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
    await page.waitForSelector('#card .card[data-verdict]');
    assert.equal(await page.$('#card .notice'), null);
    assert.equal(await page.getAttribute('#card .card', 'data-verdict'), 'supported');
    await context.close();
  });

  test('the card says what was compared: the claim\'s measure and period against the source\'s', async () => {
    const claim = 'The city\'s actual use of foreign capital was US$25 billion in 2023';
    const {page, context, problems} = await openPage({query: `?as-of=${AS_OF}&claim=${encodeURIComponent(claim)}`});
    await page.waitForSelector('#card .card[data-verdict]');
    const fc = await load();
    const r = fc.check(claim, {asOf: AS_OF});
    fc.close();
    const f = r.figures[0];
    assert.equal(f.claimed.measure, 'foreign capital');
    assert.equal(f.citation.figure.measure, 'foreign capital');
    assert.equal(await page.textContent('#card .compare .compared dd'),
        `foreign capital, 2023 (claim) with foreign capital, ${f.citation.figure.period} (source)`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('copy link: the link reopens the same result with its date', async () => {
    const {page, context, problems} = await openPage({query: `?date=${AS_OF}&claim=${encodeURIComponent(CLAIMS[1])}`});
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    await page.waitForSelector('#card .card');
    await page.click('#copy-link');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    assert.equal(url.searchParams.get('claim'), CLAIMS[1]);
    assert.equal(url.searchParams.get('date'), AS_OF);
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await second.waitForSelector('#card .card[data-verdict]');
    assert.equal(await second.getAttribute('#card .card', 'data-verdict'), expected.get(CLAIMS[1]).verdict);
    assert.equal(await second.inputValue('#as-of'), AS_OF);
    await other.close();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
