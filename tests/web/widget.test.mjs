// The <fig-check> widget end to end in Debian's Chromium (headless, driven by
// playwright-core), on the demo article (web/demo/) and on pages served from
// memory: the marks and their verdicts (the same figures and verdicts as
// `scan()` of the article's HTML through the WASM API, so a change in the
// core moves both sides); the popover's content; hover, tap, keyboard and
// screen-reader names; the article's text, links and formatting unchanged
// (only <fig-check-mark> added); content added later; no request off the
// origin; the page under exactly the policy the README promises; XSS
// payloads in the article and in a crafted fact base never run; the host's
// CSS kept out and the widget's kept in; attributes and properties;
// ClaimReview JSON-LD; axe-core clean; screenshots with an open popover
// under artifacts/web/.
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {pathToFileURL} from 'node:url';

import {chromium} from 'playwright-core';

import {SITE, WIDGET_CSP, serve} from '../../scripts/lib/serve.mjs';
import {ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, DIST, requireFile} from './support.mjs';

requireFile(join(SITE, 'widget', 'fig-check.mjs'), 'build the site first (scripts/wasm-build)');
requireFile(CHROMIUM, 'install Debian\'s chromium (apt-get install chromium; scripts/web-test does)');
const {load} = await import(pathToFileURL(join(DIST, 'figcheck.mjs')));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const DEMO_HTML = readFileSync(join(SITE, 'demo', 'index.html'), 'utf8');
const AS_OF = '2024-06-01';  // the demo's article:published_time
const MARKED = ['supported', 'refuted', 'misleading'];
const WORDS = {supported: 'Supported', refuted: 'Refuted', misleading: 'Misleading', unverifiable: 'Unverifiable'};

// A page of our own around an article body, from this origin.
const page = (body, {head = '', attributes = ''} = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>figcheck test</title>
<meta property="article:published_time" content="${AS_OF}T09:00:00Z">
<link rel="icon" href="data:,">${head}
<script type="module" src="../widget/fig-check.mjs"></script></head>
<body><main><h1>Test article</h1>
<fig-check ${attributes}>
${body}
</fig-check></main></body></html>`;

// A fact base whose documents and quotes carry markup and a javascript: address.
function craftedFactBase() {
  const base = JSON.parse(readFileSync(join(DIST, 'factbase.json'), 'utf8'));
  for (const d of base.documents) {
    d.title = `<img src=x onerror="window.__xss='title'">${d.title}`;
    d.publisher = `<script>window.__xss='publisher'</script>`;
    d.url = "javascript:window.__xss='url'";
  }
  // Markup of the same length over the end of each quote, after its last
  // figure, so the loader's offset checks still hold.
  // Format 3 rows: a sentence is [doc, start, text], a fact starts
  // [sentence, figure offset in the sentence, figure length, …].
  const payload = '<img src=x onerror=__xss=1>';
  const lastEnd = new Map();
  for (const [sentence, offset, length] of base.facts) {
    lastEnd.set(sentence, Math.max(lastEnd.get(sentence) ?? 0, offset + length));
  }
  for (const [i, s] of base.sentences.entries()) {
    const bytes = Buffer.from(s[2]);
    const tail = bytes.subarray(lastEnd.get(i) ?? 0);
    if (tail.length <= payload.length + 1 || !/^[\x20-\x7e]*$/.test(tail.toString())) continue;
    const at = bytes.length - 1 - payload.length;
    s[2] = Buffer.concat([bytes.subarray(0, at), Buffer.from(payload), bytes.subarray(at + payload.length)]).toString();
  }
  return JSON.stringify(base);
}

const XSS_ARTICLE = `<p>Shanghai's GDP reached 5 trillion yuan in 2023. &lt;img src=x onerror="window.__xss='article'"&gt; It was a record.</p>
<p>&lt;script&gt;window.__xss='script'&lt;/script&gt; Shanghai set up 6,017 new foreign-invested enterprises in 2023.</p>
<p>&lt;a href="javascript:window.__xss='link'"&gt;The port handled 49.2 million TEUs in 2023.&lt;/a&gt;</p>`;

// A phone-sized article: a figure in the first line, another in a link,
// another in the last line, with filler between (375×667: the last is near
// the bottom of the screen).
const FILLER = '<p>Officials at the harbour said on Monday that the new cranes would arrive before the summer, and that the berths would open soon after.</p>'.repeat(8);
const PHONE_ARTICLE = `<p>Shanghai's GDP reached 5 trillion yuan in 2023, a record.</p>${FILLER}
<p>Read <a href="./">how the port handled 49.2 million TEUs in 2023</a> on our site.</p>${FILLER}
<p>In 2023, Shanghai set up 6,017 new foreign-invested enterprises and its GDP reached 5 trillion yuan.</p>`;

const OPTIONS_ARTICLE = `<div id="story"><p>Shanghai's GDP reached 5 trillion yuan in 2023. The port handled 49.2 million TEUs in 2023.</p>
<p>The metaverse industry has reached 350 billion yuan. Retail sales rose 9% in the first quarter.</p></div>`;

const PAGES = {
  '/demo/xss.html': {body: page(XSS_ARTICLE, {attributes: 'factbase="crafted-factbase.json" emit-claim-review verdicts="supported refuted misleading unverifiable"'}), csp: null},
  '/demo/crafted-factbase.json': {body: craftedFactBase()},
  '/demo/phone.html': {body: page(PHONE_ARTICLE)},
  '/demo/options.html': {body: page('', {attributes: 'for="story" verdicts="refuted" as-of="2024-06-01"'}).replace('<main>', `<main>${OPTIONS_ARTICLE}`)},
  '/demo/no-wasm.html': {body: page(OPTIONS_ARTICLE), csp: "default-src 'self'; script-src 'self'; style-src 'self'"},
  '/demo/missing-factbase.html': {body: page(OPTIONS_ARTICLE, {attributes: 'factbase="missing.json"'})},
  '/demo/twice.html': {body: page('<p>Shanghai set up 6,017 new foreign-invested enterprises in 2023.</p>', {
    head: '<script type="module" src="../widget/fig-check.mjs"></script><script type="module" src="../widget/fig-check.mjs?copy"></script>'})},
};

let server;
let origin;
let browser;
let expected;  // the demo article's figures, as scan() of its HTML finds them

before(async () => {
  mkdirSync(ARTIFACTS, {recursive: true});
  ({server, url: origin} = await serve({port: 0, pages: PAGES}));
  browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
  const fc = await load();
  const from = DEMO_HTML.indexOf('<fig-check', DEMO_HTML.indexOf('<body'));
  const to = DEMO_HTML.indexOf('</fig-check>');
  expected = fc.scan(DEMO_HTML, {format: 'html', asOf: AS_OF}).findings
      .filter((f) => f.index > from && f.index < to);
  fc.close();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A page with its problems recorded (requests off the origin, console errors,
// uncaught exceptions, CSP violations), and the widget's events collected.
async function open(path = 'demo/', {width = 1100, height = 800, hasTouch = false, colorScheme = 'light',
  javaScriptEnabled = true, wait = true} = {}) {
  const context = await browser.newContext({viewport: {width, height}, hasTouch, colorScheme, javaScriptEnabled});
  await context.addInitScript(() => {
    window.__events = [];
    window.__violations = [];
    for (const name of ['result', 'ready', 'done', 'error']) {
      document.addEventListener(`figcheck-${name}`, (e) => window.__events.push({name, detail: e.detail}));
    }
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const p = await context.newPage();
  const problems = [];
  const requests = [];
  p.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request off origin: ${r.url()}`);
  });
  p.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const response = await p.goto(origin + path);
  if (wait) await p.waitForFunction(() => performance.getEntriesByName('fig-check:done').length > 0);
  return {page: p, context, problems, requests, response};
}

const marks = (p) => p.$$eval('fig-check-mark', (ms) => ms.map((m) => ({
  text: m.textContent, verdict: m.dataset.verdict, label: m.getAttribute('aria-label'),
  role: m.getAttribute('role'), tabindex: m.getAttribute('tabindex'), expanded: m.getAttribute('aria-expanded')})));

// The popover as a reader sees it.
const popover = (p) => p.evaluate(() => {
  const host = document.querySelector('fig-check');
  const pop = host.shadowRoot.querySelector('[role="dialog"]');
  const box = pop.getBoundingClientRect();
  const active = host.shadowRoot.activeElement;
  return {
    open: pop.matches(':popover-open'),
    verdict: pop.querySelector('.card')?.dataset.verdict ?? null,
    title: pop.querySelector('#fig-check-title')?.textContent ?? null,
    text: pop.innerText,
    quoted: [...pop.querySelectorAll('blockquote mark')].map((m) => m.textContent),
    links: [...pop.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    elements: [...pop.querySelectorAll('*')].map((e) => e.localName),
    focus: active === pop ? 'dialog' : active?.localName ?? null,
    box: {left: box.left, right: box.right, top: box.top, bottom: box.bottom},
    blockquoteFont: pop.querySelector('blockquote') && getComputedStyle(pop.querySelector('blockquote')).fontFamily,
  };
});
const focused = (p) => p.evaluate(() => {
  const a = document.activeElement;
  return a?.localName === 'fig-check-mark' ? `mark:${a.textContent}` : a?.localName ?? null;
});
const until = (p, fn, arg) => p.waitForFunction(fn, arg, {timeout: 5000});

describe('the demo article', () => {
  test('every figure is marked with the verdict scan() gives it; unverifiable ones are left unmarked', async () => {
    const {page: p, context, problems} = await open();
    const shown = expected.filter((f) => MARKED.includes(f.verdict));
    assert.ok(shown.length >= 15, `the demo has ${shown.length} marked figures`);
    for (const v of MARKED) assert.ok(shown.some((f) => f.verdict === v), `the demo shows a ${v} figure`);
    assert.ok(expected.some((f) => f.verdict === 'unverifiable'), 'the demo has an unverifiable figure');
    const got = await marks(p);
    assert.deepEqual(got.map((m) => [m.text, m.verdict]), shown.map((f) => [f.claimed.text, f.verdict]));
    for (const m of got) {
      assert.equal(m.label, `${WORDS[m.verdict]}: ${m.text}`, 'a screen reader hears the verdict first');
      assert.equal(m.role, 'button');
      assert.equal(m.tabindex, '0');
      assert.equal(m.expanded, 'false');
    }
    // What the accessibility tree holds: a button named by verdict and figure.
    const refuted = shown.find((f) => f.verdict === 'refuted').claimed.text;
    assert.equal(await p.getByRole('button', {name: `Refuted: ${refuted}`, exact: true}).count(), 1);
    assert.match(await p.locator('fig-check').ariaSnapshot(), new RegExp(`button "Refuted: ${refuted.replace(/[$.]/g, '\\$&')}"`));
    // The figure split by <strong> and the one inside a link are whole marks.
    assert.equal(await p.$eval('fig-check-mark', (m) => m.innerHTML), '<strong>4.7 trillion</strong> yuan');
    assert.equal(await p.$eval('a fig-check-mark', (m) => m.textContent), '49.2 million TEUs');
    // results and events: every figure, unverifiable ones too, in order.
    const results = await p.$eval('fig-check', (el) => el.results.map((f) => [f.claimed?.text, f.verdict]));
    assert.deepEqual(results, expected.map((f) => [f.claimed?.text, f.verdict]));
    const events = await p.evaluate(() => window.__events);
    assert.deepEqual(events.filter((e) => e.name === 'result').map((e) => [e.detail.claimed?.text, e.detail.verdict]), results);
    assert.deepEqual(events.map((e) => e.name).filter((n) => n !== 'result'), ['ready', 'done']);
    assert.deepEqual(events.at(-1).detail, {findings: expected.length, marked: shown.length,
      summary: Object.fromEntries(['refuted', 'misleading', 'unverifiable', 'supported'].map((v) =>
        [v, expected.filter((f) => f.verdict === v).length]))});
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the article keeps its text, links and formatting; copying gives the original words', async () => {
    const before = await open('demo/', {javaScriptEnabled: false, wait: false});
    const read = (p) => p.evaluate(() => {
      const fig = document.querySelector('fig-check');
      const selection = getSelection();
      selection.selectAllChildren(document.querySelector('article'));
      const copied = selection.toString();
      selection.removeAllRanges();
      return {
        text: fig.textContent,
        innerText: document.querySelector('article').innerText,
        copied,
        html: fig.innerHTML.replace(/<\/?fig-check-mark[^>]*>/g, ''),
        links: [...fig.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      };
    });
    const original = await read(before.page);
    await before.context.close();
    const after = await open();
    const marked = await read(after.page);
    assert.ok(original.text.includes('US$30 billion'));
    assert.equal(marked.text, original.text);
    assert.equal(marked.innerText, original.innerText);
    assert.equal(marked.copied, original.copied);
    assert.equal(marked.html, original.html, 'only <fig-check-mark> elements were added');
    assert.deepEqual(marked.links, original.links);
    assert.deepEqual(after.problems, []);
    await after.context.close();
  });

  test('the popover: verdict, explanation, claimed against source, the quote and its document', async () => {
    const {page: p, context, problems} = await open();
    const refuted = expected.find((f) => f.verdict === 'refuted');
    const c = refuted.citation;
    assert.equal((await popover(p)).open, false);
    await p.focus(`fig-check-mark[aria-label="Refuted: ${refuted.claimed.text}"]`);
    await until(p, () => document.querySelector('fig-check').shadowRoot.querySelector('[role=dialog]').matches(':popover-open'));
    const pop = await popover(p);
    assert.equal(pop.verdict, 'refuted');
    assert.equal(pop.title, `✗ Refuted: ${refuted.claimed.text}`);
    for (const part of [refuted.explanation, 'Claimed', `${refuted.claimed.text} (${refuted.claimed.period})`,
      'Source', `${c.figure.text} (${c.figure.period})`, c.source.title, `${c.source.publisher}, ${c.source.date}`]) {
      assert.ok(pop.text.includes(part), `the popover shows ${JSON.stringify(part)}:\n${pop.text}`);
    }
    // What was compared: the claim's measure and period against the source's.
    assert.ok(refuted.claimed.measure && c.figure.measure, 'the core names both measures');
    const compared = `Compared: ${refuted.claimed.measure}, ${refuted.claimed.period} (claim) with ${c.figure.measure}, ${c.figure.period} (source)`;
    assert.ok(pop.text.includes(compared), `the popover shows ${JSON.stringify(compared)}:\n${pop.text}`);
    assert.deepEqual(pop.quoted, [c.figure.text], 'the source figure is marked in the quote');
    assert.ok(pop.text.replace(/\s+/g, ' ').includes(c.quote.replace(/\s+/g, ' ')), 'the whole sentence is quoted');
    assert.deepEqual(pop.links, [c.source.url]);
    assert.equal(await p.getAttribute(`fig-check-mark[aria-label="Refuted: ${refuted.claimed.text}"]`, 'aria-expanded'), 'true');
    // Below the figure, inside the window.
    const box = await p.$eval(`fig-check-mark[aria-label="Refuted: ${refuted.claimed.text}"]`, (m) => m.getClientRects()[0].toJSON());
    assert.ok(pop.box.top >= box.bottom || pop.box.bottom <= box.top, 'the popover does not cover its figure');
    assert.ok(pop.box.left >= 0 && pop.box.right <= 1100);
    await p.screenshot({path: join(ARTIFACTS, 'widget-popover.png')});
    // The host's CSS does not reach in (its blockquotes are Georgia), and
    // the widget's does not reach out.
    assert.doesNotMatch(pop.blockquoteFont, /Georgia/);
    const host = await p.$eval('blockquote.pull', (b) => getComputedStyle(b).fontFamily);
    assert.match(host, /Georgia/);
    assert.deepEqual(await p.evaluate(() => [document.adoptedStyleSheets.length, document.querySelectorAll('style').length,
      document.styleSheets.length]), [0, 0, 1], 'the page has only its own style sheet');
    const markStyle = await p.$eval('fig-check-mark', (m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(markStyle, 'rgb(255, 228, 92)', "the host's <mark> style does not reach the marks");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard: Tab moves through the marks, Enter opens the popover, Tab and Esc come back', async () => {
    const {page: p, context, problems} = await open();
    await p.focus('.byline a:last-of-type');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'mark:4.7 trillion yuan');
    assert.equal((await popover(p)).open, true, 'focus opens the popover');
    await p.keyboard.press('Tab');
    assert.equal(await focused(p), 'mark:3,300 trillion yuan');
    assert.match((await popover(p)).title, /3,300 trillion yuan$/);
    // Every mark is reached, in order (links in between are passed through).
    const seen = [];
    const shown = expected.filter((f) => MARKED.includes(f.verdict)).map((f) => `mark:${f.claimed.text}`);
    for (let i = 0; i < 60 && seen.length < shown.length - 1; i++) {
      const f = await focused(p);
      if (f?.startsWith('mark:') && seen.at(-1) !== f) seen.push(f);
      await p.keyboard.press('Tab');
    }
    assert.deepEqual(seen, shown.slice(1));

    // Esc closes and focus stays on the mark, which does not reopen.
    await p.focus('fig-check-mark[data-verdict="misleading"]');
    assert.equal((await popover(p)).open, true);
    await p.keyboard.press('Escape');
    assert.equal((await popover(p)).open, false);
    assert.match(await focused(p), /^mark:350 billion yuan/);
    assert.equal(await p.getAttribute('fig-check-mark[data-verdict="misleading"]', 'aria-expanded'), 'false');

    // Enter moves focus into the dialog; Tab reaches its source link; Tab
    // past the end closes it and returns to the mark.
    const refuted = expected.find((f) => f.verdict === 'refuted').claimed.text;
    await p.focus(`fig-check-mark[aria-label="Refuted: ${refuted}"]`);
    await p.keyboard.press('Enter');
    let pop = await popover(p);
    assert.equal(pop.open, true);
    assert.equal(pop.focus, 'dialog');
    await p.keyboard.press('Tab');
    assert.equal((await popover(p)).focus, 'a');
    await p.keyboard.press('Tab');
    pop = await popover(p);
    assert.equal(pop.open, false);
    assert.equal(await focused(p), `mark:${refuted}`);
    // Space opens it too; Shift+Tab and Esc from inside the dialog return to the mark.
    await p.keyboard.press(' ');
    assert.equal((await popover(p)).focus, 'dialog');
    await p.keyboard.press('Shift+Tab');
    assert.equal((await popover(p)).open, false);
    assert.equal(await focused(p), `mark:${refuted}`);
    await p.keyboard.press('Enter');
    assert.equal((await popover(p)).focus, 'dialog');
    await p.keyboard.press('Escape');
    assert.equal((await popover(p)).open, false);
    assert.equal(await focused(p), `mark:${refuted}`);
    await p.keyboard.press('Shift+Tab');
    assert.equal(await focused(p), shown[shown.indexOf(`mark:${refuted}`) - 1]);
    assert.equal((await popover(p)).open, true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('hover opens and leaving closes; a click pins it; a click outside and Esc close it', async () => {
    const {page: p, context, problems} = await open();
    const refutedMark = 'fig-check-mark[data-verdict="refuted"]';
    await p.hover(refutedMark);
    await until(p, () => document.querySelector('fig-check').shadowRoot.querySelector('[role=dialog]').matches(':popover-open'));
    assert.equal((await popover(p)).verdict, 'refuted');
    // Into the popover: it stays open.
    const pop = await popover(p);
    await p.mouse.move(pop.box.left + 20, pop.box.top + 20, {steps: 4});
    await p.waitForTimeout(450);
    assert.equal((await popover(p)).open, true, 'moving into the popover keeps it open');
    await p.mouse.move(5, 790);
    await until(p, () => !document.querySelector('fig-check').shadowRoot.querySelector('[role=dialog]').matches(':popover-open'));
    // Click pins; leaving does not close; an outside click does.
    await p.click(refutedMark);
    await p.mouse.move(5, 790);
    await p.waitForTimeout(450);
    assert.equal((await popover(p)).open, true, 'a clicked popover stays');
    await p.mouse.click(5, 790);
    assert.equal((await popover(p)).open, false, 'a click outside closes it');
    // Esc closes one opened by hover.
    await p.hover('fig-check-mark[data-verdict="misleading"]');
    await until(p, () => document.querySelector('fig-check').shadowRoot.querySelector('[role=dialog]').matches(':popover-open'));
    await p.keyboard.press('Escape');
    assert.equal((await popover(p)).open, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tap opens the popover on a phone; it fits the screen; screenshot', async () => {
    const {page: p, context, problems} = await open('demo/', {width: 360, height: 740, hasTouch: true});
    const mark = 'fig-check-mark[data-verdict="refuted"]';
    await p.$eval(mark, (m) => m.scrollIntoView({block: 'center'}));
    await p.tap(mark);
    const pop = await popover(p);
    assert.equal(pop.open, true);
    assert.equal(pop.verdict, 'refuted');
    assert.ok(pop.box.left >= 0 && pop.box.right <= 360, `popover spans ${pop.box.left}–${pop.box.right} px`);
    const scrollWidth = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth} px wide`);
    await p.screenshot({path: join(ARTIFACTS, 'widget-popover-phone.png')});
    await p.tap('h1');
    assert.equal((await popover(p)).open, false, 'a tap elsewhere closes it');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('content added later is scanned and marked', async () => {
    const {page: p, context, problems} = await open();
    const before = (await marks(p)).length;
    await p.evaluate(() => {
      const para = document.createElement('p');
      para.textContent = 'Update: Shanghai set up fewer than 5,000 new foreign-invested enterprises in 2023, a rival city said.';
      document.querySelector('fig-check').append(para);
    });
    await until(p, (n) => document.querySelectorAll('fig-check-mark').length > n, before);
    const added = (await marks(p)).at(-1);
    assert.deepEqual([added.text, added.verdict], ['5,000', 'refuted']);
    const events = await p.evaluate(() => window.__events.filter((e) => e.name === 'result'));
    assert.equal(events.at(-1).detail.claimed.text, '5,000');
    assert.equal(events.length, expected.length + 1, 'figures already reported are not reported again');
    assert.equal(await p.$eval('fig-check', (el) => el.results.length), expected.length + 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('ClaimReview JSON-LD for the checked figures', async () => {
    const {page: p, context, problems} = await open();
    const reviews = JSON.parse(await p.$eval('script[type="application/ld+json"]', (s) => s.textContent));
    const checked = expected.filter((f) => f.verdict !== 'unverifiable');
    assert.equal(reviews.length, checked.length);
    const RATING = {supported: [5, 'True'], misleading: [3, 'Misleading'], refuted: [1, 'False']};
    reviews.forEach((r, i) => {
      const f = checked[i];
      assert.equal(r['@context'], 'https://schema.org');
      assert.equal(r['@type'], 'ClaimReview');
      assert.equal(r.claimReviewed, f.claim);
      assert.deepEqual(r.itemReviewed, {'@type': 'Claim', text: f.claim});
      assert.deepEqual(r.author, {'@type': 'Organization', name: 'The Harbour Ledger'});
      assert.equal(r.datePublished, AS_OF);
      assert.equal(r.url, `${origin}demo/`);
      assert.deepEqual([r.reviewRating.ratingValue, r.reviewRating.alternateName], RATING[f.verdict]);
      assert.equal(r.reviewRating.bestRating, 5);
      assert.equal(r.reviewRating.worstRating, 1);
    });
    // Off again: the script goes.
    await p.$eval('fig-check', (el) => { el.emitClaimReview = false; });
    assert.equal(await p.$$eval('script[type="application/ld+json"]', (s) => s.length), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('no request leaves the origin; the widget fetches only its own files, after the first paint', async () => {
    const {page: p, context, problems, requests} = await open();
    for (const selector of ['fig-check-mark[data-verdict="refuted"]', 'fig-check-mark[data-verdict="misleading"]']) {
      await p.hover(selector);
      await p.waitForTimeout(200);
    }
    await p.waitForLoadState('networkidle');
    // Besides the host's own page, CSS and icon under /demo/: the widget's six files.
    const paths = requests.map((u) => new URL(u).pathname).filter((path) => !path.startsWith('/demo/')).sort();
    assert.deepEqual(paths, ['/widget/factbase.json', '/widget/fig-check-element.mjs', '/widget/fig-check.mjs',
      '/widget/figcheck-core.mjs', '/widget/figcheck-core.wasm', '/widget/figcheck.mjs']);
    const order = await p.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const start = performance.getEntriesByName('fig-check:start')[0].startTime;
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).startTime;
      return {paint, start, wasm};
    });
    assert.ok(order.paint !== undefined, 'the page painted');
    assert.ok(order.start >= order.paint, `the widget started (${order.start} ms) after the first paint (${order.paint} ms)`);
    assert.ok(order.wasm >= order.start, 'the module and fact base are fetched once the widget starts');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`under exactly "${WIDGET_CSP}"`, async () => {
    const {page: p, context, problems, response} = await open('demo/csp.html');
    assert.equal(response.headers()['content-security-policy'], WIDGET_CSP);
    assert.ok((await marks(p)).length >= 15);
    await p.focus('fig-check-mark[data-verdict="refuted"]');
    assert.equal((await popover(p)).open, true);
    // Styles applied: the underline and the popover's own card.
    const look = await p.evaluate(() => {
      const m = document.querySelector('fig-check-mark[data-verdict="refuted"]');
      const card = document.querySelector('fig-check').shadowRoot.querySelector('.card');
      return {line: getComputedStyle(m).textDecorationStyle, border: getComputedStyle(card).borderLeftWidth};
    });
    assert.deepEqual(look, {line: 'wavy', border: '4px'});
    assert.equal(await p.$$eval('script[type="application/ld+json"]', (s) => s.length), 1);
    assert.deepEqual(await p.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: no violations with a popover open (${colorScheme})`, async () => {
      const {page: p, context, problems} = await open('demo/', {colorScheme});
      await p.focus('fig-check-mark[data-verdict="refuted"]');
      await p.evaluate(axeSource);
      const found = await p.evaluate(async () => {
        const r = await window.axe.run(document, {resultTypes: ['violations']});
        return {
          rules: r.passes.length + r.violations.length + r.incomplete.length,
          violations: r.violations.map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' '))})),
        };
      });
      assert.ok(found.rules > 20, `axe ran ${found.rules} rules`);
      assert.deepEqual(found.violations, []);
      if (colorScheme === 'dark') await p.screenshot({path: join(ARTIFACTS, 'widget-popover-dark.png')});
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('a good guest', () => {
  test('markup in the article and in a crafted fact base stays text and never runs', async () => {
    const {page: p, context, problems} = await open('demo/xss.html');
    const got = await marks(p);
    assert.deepEqual(got.map((m) => m.text), ['5 trillion yuan', '6,017', '49.2 million TEUs']);
    const texts = [];
    for (const m of got) {
      await p.focus(`fig-check-mark[aria-label="${m.label}"]`);
      const pop = await popover(p);
      texts.push(pop.text);
      assert.equal(pop.open, true);
      assert.ok(!pop.elements.includes('img') && !pop.elements.includes('script'), pop.elements.join(' '));
      assert.deepEqual(pop.links, [], 'a javascript: address is not made a link');
      if (m.verdict !== 'unverifiable') {
        assert.ok(pop.text.includes('<img src=x onerror="window.__xss=\'title\'">'), 'the title shows as text');
        assert.ok(pop.text.includes("<script>window.__xss='publisher'</script>"), 'the publisher shows as text');
      }
    }
    assert.ok(texts.some((t) => t.includes('<img src=x onerror=__xss=1>')), `a quote with markup shows as text:\n${texts.join('\n')}`);
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(() => window.__xss), undefined, 'no payload ran');
    assert.equal(await p.evaluate(() => document.querySelectorAll('img, fig-check script').length), 0);
    const jsonLd = await p.$eval('script[type="application/ld+json"]', (s) => s.textContent);
    assert.ok(!jsonLd.includes('<'), 'no "<" in the JSON-LD text');
    assert.ok(JSON.parse(jsonLd).length >= 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('attributes: for, verdicts, as-of; properties mirror them with defaults', async () => {
    const {page: p, context, problems} = await open('demo/options.html');
    assert.deepEqual((await marks(p)).map((m) => [m.text, m.verdict]), [['5 trillion yuan', 'refuted']]);
    assert.equal(await p.$$eval('#story fig-check-mark', (m) => m.length), 1, 'the article named by `for` is marked');
    // The popover, in the element beside the article, works the same.
    await p.focus('fig-check-mark');
    assert.equal((await popover(p)).verdict, 'refuted');
    await p.keyboard.press('Enter');
    assert.equal((await popover(p)).focus, 'dialog');
    await p.keyboard.press('Escape');
    assert.equal((await popover(p)).open, false);
    assert.equal(await focused(p), 'mark:5 trillion yuan');
    const props = await p.$eval('fig-check', (el) => ({asOf: el.asOf, verdicts: el.verdicts, htmlFor: el.htmlFor,
      emitClaimReview: el.emitClaimReview, publisher: el.publisher, factbase: el.factbase}));
    assert.deepEqual(props, {asOf: '2024-06-01', verdicts: ['refuted'], htmlFor: 'story', emitClaimReview: false,
      publisher: '127.0.0.1', factbase: `${origin}widget/factbase.json`});
    // Defaults for values that are not valid.
    const defaults = await p.$eval('fig-check', (el) => {
      el.setAttribute('as-of', '2024-02-30');
      el.setAttribute('verdicts', 'true false');
      const out = {asOf: el.asOf, verdicts: el.verdicts};
      el.asOf = null;
      out.fromMeta = el.asOf;
      return out;
    });
    assert.deepEqual(defaults, {asOf: AS_OF, verdicts: ['supported', 'refuted', 'misleading'], fromMeta: AS_OF});
    // A change re-marks the article.
    await p.$eval('fig-check', (el) => { el.verdicts = ['misleading', 'supported']; });
    await until(p, () => document.querySelectorAll('fig-check-mark').length === 2);
    assert.deepEqual((await marks(p)).map((m) => [m.text, m.verdict]),
        [['49.2 million TEUs', 'supported'], ['350 billion yuan', 'misleading']]);
    assert.equal(await p.$eval('#story', (s) => s.textContent.includes('5 trillion yuan in 2023')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [path, code, why] of [['demo/missing-factbase.html', 'fetch_failed', 'a fact base that is not there'],
    ['demo/no-wasm.html', 'load_failed', "a policy without 'wasm-unsafe-eval'"]]) {
    test(`${why}: a figcheck-error event, and the article left as it was`, async () => {
      const {page: p, context, problems} = await open(path, {wait: false});
      await until(p, () => window.__events.some((e) => e.name === 'error'));
      const events = await p.evaluate(() => window.__events);
      assert.deepEqual(events.map((e) => e.name), ['error']);
      assert.equal(events[0].detail.code, code);
      assert.ok(events[0].detail.message.length > 0);
      assert.equal(await p.$$eval('fig-check-mark', (m) => m.length), 0);
      assert.match(await p.$eval('#story', (s) => s.textContent), /Shanghai's GDP reached 5 trillion yuan in 2023\./);
      assert.deepEqual(problems.filter((m) => m.startsWith('request off origin') || m.startsWith('page error')), []);
      await context.close();
    });
  }

  test('the module can be imported twice, and from a second address', async () => {
    const {page: p, context, problems} = await open('demo/twice.html');
    assert.deepEqual((await marks(p)).map((m) => m.verdict), ['supported']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the popover on a phone, and marks in links', () => {
  // Opens the popover of a mark brought to `block` of a 375×667 screen.
  async function openAt(p, selector, block) {
    await p.$eval(selector, (m, b) => m.scrollIntoView({block: b}), block);
    await p.focus(selector);
    await until(p, () => document.querySelector('fig-check').shadowRoot.querySelector('[role="dialog"]').matches(':popover-open'));
    return p.evaluate((sel) => {
      const pop = document.querySelector('fig-check').shadowRoot.querySelector('[role="dialog"]');
      const mark = document.querySelector(sel).getBoundingClientRect();
      const box = pop.getBoundingClientRect();
      const source = [...pop.querySelectorAll('.m')].pop()?.getBoundingClientRect();
      return {side: pop.dataset.side, top: box.top, bottom: box.bottom, left: box.left, right: box.right,
        markTop: mark.top, markBottom: mark.bottom, scrolls: pop.scrollHeight > pop.clientHeight,
        overflow: getComputedStyle(pop).overflowY, sourceBottom: source?.bottom ?? null};
    }, selector);
  }

  test('at 375×667, the popover of a mark at the top opens below, at the bottom above, inside the screen', async () => {
    const {page: p, context, problems} = await open('demo/phone.html', {width: 375, height: 667});
    const first = 'fig-check-mark[data-verdict="refuted"]';
    const top = await openAt(p, first, 'start');
    assert.equal(top.side, 'below');
    assert.ok(top.top >= top.markBottom, 'below the mark');
    await p.keyboard.press('Escape');
    await p.evaluate(() => [...document.querySelectorAll('fig-check-mark')].pop().setAttribute('data-test', 'last'));
    const bottom = await openAt(p, 'fig-check-mark[data-test="last"]', 'end');
    assert.equal(bottom.side, 'above');
    assert.ok(bottom.bottom <= bottom.markTop + 1, 'above the mark');
    for (const box of [top, bottom]) {
      assert.ok(box.top >= 0 && box.bottom <= 667 && box.left >= 0 && box.right <= 375, `inside the screen: ${JSON.stringify(box)}`);
      assert.equal(box.overflow, 'auto', 'it scrolls when taller than the room');
    }
    await p.screenshot({path: join(ARTIFACTS, 'widget-popover-phone-bottom.png')});
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a popover taller than the room is held to it and scrolls to its publisher and date', async () => {
    const {page: p, context} = await open('demo/phone.html', {width: 375, height: 300});
    const box = await openAt(p, 'fig-check-mark[data-verdict="refuted"]', 'center');
    assert.ok(box.top >= 0 && box.bottom <= 300, `inside a 300 px screen: ${JSON.stringify(box)}`);
    assert.ok(box.scrolls, 'the popover scrolls');
    await context.close();
  });

  test('a mark inside a link keeps the link one underlined run (the symbol is inline)', async () => {
    const {page: p, context} = await open('demo/phone.html', {width: 375, height: 667});
    const inLink = await p.$eval('a fig-check-mark', (m) => {
      const symbol = m.shadowRoot.querySelector('span');
      return {display: getComputedStyle(symbol).display, margin: getComputedStyle(symbol).marginLeft, verdict: m.dataset.verdict};
    });
    assert.equal(inLink.display, 'inline');
    assert.equal(inLink.margin, '0px');
    await context.close();
  });

  test('never a red mark without a citation a reader can check', async () => {
    const {page: p, context} = await open('demo/phone.html', {width: 375, height: 667});
    const shown = await p.evaluate(async () => {
      const {shownVerdict} = await import('../widget/fig-check-element.mjs');
      const cite = {quote: 'GDP reached 4.72 trillion yuan in 2023.', sentence_start: 10, figure_start: 23, figure_end: 41,
        source: {title: 'A report', publisher: 'A publisher', date: '2024-03-28'}, figure: {text: '4.72 trillion yuan'}};
      return {
        cited: shownVerdict({verdict: 'refuted', citation: cite, citations: [cite]}),
        none: shownVerdict({verdict: 'refuted', citation: null, citations: []}),
        noQuote: shownVerdict({verdict: 'refuted', citation: {...cite, quote: ''}, citations: [{...cite, quote: ''}]}),
        misleading: shownVerdict({verdict: 'misleading', citation: null, citations: []}),
        supported: shownVerdict({verdict: 'supported', citation: cite, citations: [cite]}),
      };
    });
    assert.deepEqual(shown, {cited: 'refuted', none: 'unverifiable', noQuote: 'unverifiable',
      misleading: 'unverifiable', supported: 'supported'});
    // And every red mark on the page opens a quote and a named document.
    for (const handle of await p.$$('fig-check-mark[data-verdict="refuted"]')) {
      await handle.focus();
      const pop = await popover(p);
      assert.ok(pop.quoted.length >= 1 && /— .+, \d{4}-\d\d-\d\d/.test(pop.text), pop.text);
      assert.match(pop.text, /Claimed\s+\S.*\(\d{4}\)/, 'the claim\'s period is shown');
    }
    await context.close();
  });
});
