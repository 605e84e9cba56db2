// The claim page end to end in Debian's Chromium (headless, driven by
// playwright-core): claims of each verdict typed and checked, the card's
// word, icon, colour class, figures, marked quote and source; the keyboard
// path; several figures as rows; errors; no request off the page's origin
// and no CSP violation; a 360 px phone layout without sideways scrolling;
// screenshots under artifacts/web/; axe-core finds no serious or critical
// violation in light and dark. Expected verdicts come from the WASM API
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
    explanation: card.querySelector(':scope > .explanation').textContent,
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
  assert.equal(card.explanation, result.explanation);
  if (result.figures.length !== 1) return;
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
    const example = await page.evaluate(() => document.activeElement.dataset.claim);
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
    result.figures.forEach((f, i) => {
      assert.equal(card.rows[i].verdict, f.verdict);
      assert.equal(card.rows[i].word, WORDS[f.verdict]);
      assert.deepEqual(card.rows[i].marks, f.citations.map((c) => c.figure.text));
    });
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
    await context.close();
  });

  test('the README screenshot (artifacts/web/screenshot.png; docs/screenshot.png is it, pngquant-ed)', async () => {
    const {page, context, problems} = await openPage({width: 800,
      query: `?as-of=${AS_OF}&claim=${encodeURIComponent(CLAIMS[1])}`});
    await page.waitForSelector('#card .card');
    const bottom = await page.$eval('#card .card', (c) => c.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({path: join(ARTIFACTS, 'screenshot.png'), clip: {x: 0, y: 0, width: 800, height: Math.ceil(bottom + 16)}});
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, options] of [
    ['desktop light', {width: 1100, colorScheme: 'light'}],
    ['phone 360 px dark', {width: 360, height: 800, colorScheme: 'dark'}],
  ]) {
    test(`${name}: fits the width, screenshot, no serious or critical axe violation`, async () => {
      const {page, context, problems} = await openPage({...options,
        query: `?as-of=${AS_OF}&claim=${encodeURIComponent(CLAIMS[1])}`});
      await page.waitForSelector('#card .card');
      await page.waitForSelector('#coverage-list li');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= options.width, `page is ${scrollWidth} px wide in a ${options.width} px window`);
      await page.screenshot({path: join(ARTIFACTS, `${name.split(' ')[0]}-${options.colorScheme}.png`), fullPage: true});
      await page.evaluate(axeSource);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document, {resultTypes: ['violations']});
        return {
          rules: r.passes.length + r.violations.length + r.incomplete.length,
          violations: r.violations.map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' '))})),
        };
      });
      assert.ok(found.rules > 20, `axe ran ${found.rules} rules`);
      const serious = found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (found.violations.length) console.log(`axe (${name}): ${JSON.stringify(found.violations)}`);
      assert.deepEqual(serious, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
