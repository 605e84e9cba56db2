// <fig-check>: marks every checkable figure of a news article and explains
// it. The article is the element's own content, or the element whose id its
// `for` attribute names. Once the page is readable (DOMContentLoaded, then an
// idle moment) it loads figcheck and the fact base from beside this file,
// reads the article's text nodes into one string (blocks joined by a blank
// line, so no sentence runs across paragraphs), scans it with scan() in a few
// pieces cut between blocks, and wraps each figure's exact text (found by
// the string's map back to its text nodes) in a <fig-check-mark>: light DOM,
// so the article stays the host's, with its look in the mark's own shadow
// root and no text added. One popover in this element's shadow root
// explains the mark that is hovered, focused or tapped. Text from the
// article or the fact base only ever goes in as text nodes. Content added
// later is scanned again. Tested by tests/web/widget.test.mjs; timed by
// scripts/widget-bench.
import {load} from './figcheck.mjs';

// Per verdict: the colour (on light, on dark), the underline's style and a
// symbol beside it (the cue that is not colour).
const LOOK = {
  supported: ['#1e7b40', '#7fd89c', 'solid', '✓'],
  refuted: ['#c5221f', '#ff9a92', 'wavy', '✗'],
  misleading: ['#a85d00', '#ffc870', 'dashed', '!'],
  unverifiable: ['#5f6874', '#c3cad3', 'dotted', '?'],
};
const VERDICTS = Object.keys(LOOK);
const word = (verdict) => verdict[0].toUpperCase() + verdict.slice(1);
// schema.org ClaimReview ratings; unverifiable figures get no review.
const RATINGS = {supported: [5, 'True'], misleading: [3, 'Misleading'], refuted: [1, 'False']};
// Not prose: never read, never marked.
const SKIP = /^(script|style|noscript|template|code|pre|kbd|samp|textarea|select|button|svg|math|iframe|object)$/;
const BLOCK = /^(address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|legend|li|main|nav|ol|p|section|summary|table|td|th|tr|ul)$/;
const RESCAN_DELAY_MS = 200;
// Scanned in pieces of about this many characters, cut between blocks: V8
// moves a WebAssembly function to optimised code only when it is next
// called, so several calls finish sooner than one long one.
const PIECE = 1500;
// Scanned while loading (see warmUp): made-up sentences, one of each
// common shape of figure (money, counts, shares, changes, goals, word
// numbers) and prose without one, as articles are mostly, so the code a
// scan runs is compiled and optimised before the article is read.
const WARM_UP = 'The port handled 47.3 million containers in 2022, up 3.5% from a year earlier. ' +
  'Exports of electric cars rose by more than a third to US$12.4 billion last year. ' +
  'The city aims to raise its research spending to 4.5% of GDP by 2025. ' +
  'About 1,200 new firms registered in the first half, nearly twice as many as in 2019. ' +
  'Retail sales fell 2 percent to 1.64 trillion yuan, while tourism revenue grew about 8%. ' +
  'Some 380,000 graduates, roughly one in five of them from abroad, found jobs in the region. ' +
  'Officials at the harbour said on Monday that the new cranes would arrive before the summer. ' +
  'Shopkeepers along the river front complained that visitors were spending less than they used to. ' +
  'The committee, which meets again in the autumn, has not yet published its recommendations.';
const WARM_UP_MAX = 40;   // scans at most
const WARM_UP_EVEN = 8;   // in a row at an even speed end it
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;
const DEFAULT_FACTBASE = new URL('./factbase.json', import.meta.url).href;

const COLOURS = VERDICTS.map((v) => `[data-verdict=${v}]{--c:${LOOK[v][0]};--d:${LOOK[v][1]};--l:${LOOK[v][2]};--s:"${LOOK[v][3]}"}`).join('');
// Each mark's shadow root: an underline per verdict and a small symbol.
const MARK_CSS = `${COLOURS.replaceAll('[data', ':host([data').replaceAll(']{', ']){')}` +
  ':host{text-decoration:underline var(--l) var(--c) 1.5px;text-underline-offset:.22em;cursor:help}' +
  ':host(:hover),:host([aria-expanded=true]){background:#8882}' +
  ':host(:focus-visible){outline:2px solid #1f5fbf;outline-offset:2px}' +
  // inline, not inline-block: a link's underline runs on under the symbol
  'span{font-size:.65em;line-height:1;vertical-align:.6em;padding-left:.1em;' +
  'color:var(--c);font-weight:700}span::after{content:var(--s)}';
// This element's shadow root: the popover, walled off from the host's CSS
// (`all: initial` stops what the page's text would pass down).
const POPOVER_CSS = `:host{display:contents}${COLOURS}` +
  '.pop{position:fixed;inset:auto;margin:0;padding:0;border:0;background:none;' +
  'z-index:2147483647;width:max-content;max-width:min(24rem,calc(100vw - 16px));overflow:auto;' +
  'overscroll-behavior:contain;border-radius:6px}' +
  '.card{--f:#1d1f21;--b:#fff;--e:#c9cdd1;--m:#50565c;--a:#1a56b0;--k:#fff1a8;all:initial;display:block;' +
  'box-sizing:border-box;font:14px/1.45 system-ui,sans-serif;color:var(--f);background:var(--b);' +
  'border:1px solid var(--e);border-left:4px solid var(--c);border-radius:6px;padding:.6em .8em;' +
  'box-shadow:0 4px 18px #0003}p,dl,blockquote{margin:0 0 .5em}b{color:var(--c)}' +
  'dl{display:grid;grid-template-columns:auto 1fr;gap:0 .7em}dt{font-weight:600}dd{margin:0}' +
  'blockquote{padding-left:.7em;border-left:2px solid var(--e);font-style:italic}' +
  'mark{background:var(--k);color:inherit}a{color:var(--a)}.m{color:var(--m);font-size:.92em;margin:0}' +
  '@media (prefers-color-scheme:dark){.card{--f:#e8eaed;--b:#1e2125;--e:#5a6068;--m:#b0b6bd;--a:#8ab4f8;' +
  '--k:#5c4d00}.card[data-verdict]{--c:var(--d)}}';

// Constructed style sheets pass a CSP without 'unsafe-inline'; a <style>
// element is the fallback where they are missing.
const sheets = new Map();
function adopt(root, css) {
  try {
    let sheet = sheets.get(css);
    if (!sheet) sheets.set(css, sheet = new CSSStyleSheet()), sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el('style', {}, css));
  }
}

// el('p', {class: 'x'}, 'text', node…): strings become text nodes, never markup.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  node.append(...children.filter((c) => c != null));
  return node;
}

function validDate(text) {
  try {
    return /^\d{4}-\d\d-\d\d$/.test(text) && new Date(text).toISOString().startsWith(text);
  } catch {
    return false;  // not a date at all
  }
}

// A source's address becomes a link only when it is http(s).
function webAddress(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

// One module and fact base per address, shared by every <fig-check>. Part
// of loading is warming up: the core builds its patterns on first use, and
// V8 compiles WebAssembly lazily into a quick but slow baseline tier, then
// optimises a function in the background only once it has run for a while,
// and uses the optimised code from its next call on. Scanning an article
// cold ran mostly in the baseline tier while the optimising compiler took
// the other core (headless Chromium, 2 cores: 80-130 ms for 5,000 words,
// against about 18 ms with every function optimised first). So a short
// paragraph is scanned while loading, once per idle moment (no long task
// on the host's page but the first), until its scans have run at an even
// speed several times in a row: by then the optimised code is in place.
// Scanned 20 times in a row instead, the article's scan still took 60 ms
// (the optimising compiler had not caught up); scripts/widget-bench prints
// what loading and warming up take.
const loads = new Map();
const nextIdle = () => new Promise((resolve) => (self.requestIdleCallback ?? setTimeout)(resolve, {timeout: 50}));
async function warmUp(figcheck) {
  let best = Infinity;
  let even = 0;  // scans in a row within reach of the fastest so far
  for (let i = 0; i < WARM_UP_MAX && even < WARM_UP_EVEN; i++) {
    await nextIdle();
    const t = performance.now();
    figcheck.scan(WARM_UP, {asOf: '2024-06-01'});
    const ms = performance.now() - t;
    even = ms <= Math.max(1.5 * best, best + 0.3) ? even + 1 : 0;
    best = Math.min(best, ms);
  }
  return figcheck;
}

function figcheckFor(factbase) {
  let loading = loads.get(factbase);
  if (!loading) {
    loads.set(factbase, loading = load({factbase: new URL(factbase)}).then((figcheck) => {
      performance.mark('fig-check:warm-up');
      return warmUp(figcheck);
    }));
    loading.catch(() => loads.delete(factbase));
  }
  return loading;
}

// The article's text: every text node that is prose, in order, with the
// index of each in the whole; blocks are set apart by a blank line.
function readArticle(root) {
  const nodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  const visit = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (!node.data) continue;
        nodes.push(node);
        starts.push(length);
        parts.push(node.data);
        length += node.data.length;
      } else if (node.nodeType === 1 && !SKIP.test(node.localName) && !node.hidden &&
                 !node.hasAttribute('data-fig-check-skip')) {
        const block = BLOCK.test(node.localName);
        if (block) parts.push('\n\n'), length += 2;
        visit(node);
        if (block) parts.push('\n\n'), length += 2;
      }
    }
  };
  visit(root);
  return {text: parts.join(''), nodes, starts};
}

// The text node holding character `index` of the article, and the offset in it.
function locate({nodes, starts}, index) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid; else hi = mid - 1;
  }
  return [nodes[lo], index - starts[lo]];
}

// Wraps [start, end) of the article in `mark`: text nodes are split at the
// figure's ends; a figure spread over several nodes (<b>4.7</b> trillion) is
// wrapped whole when its nodes can be climbed to common siblings, else only
// its first node's part is.
function wrap(article, start, end, mark) {
  const [first, from] = locate(article, start);
  const [last, to] = locate(article, end - 1);
  if (to + 1 < last.length) last.splitText(to + 1);
  const head = from > 0 ? first.splitText(from) : first;
  let a = head;
  let b = last === first ? head : last;
  if (a !== b) {
    while (!a.parentNode.contains(b) && !a.previousSibling) a = a.parentNode;
    if (a.parentNode.contains(b)) {
      while (b.parentNode !== a.parentNode && !b.nextSibling) b = b.parentNode;
    }
    if (b.parentNode !== a.parentNode) a = b = head;
  }
  a.before(mark);
  const nodes = [a];
  while (nodes[nodes.length - 1] !== b) nodes.push(nodes[nodes.length - 1].nextSibling);
  mark.append(...nodes);
}

// UTF-8 byte offsets into a quote → its three parts, as strings.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
function splitQuote(c) {
  const bytes = encoder.encode(c.quote);
  const a = Math.max(0, Math.min(c.figure_start - c.sentence_start, bytes.length));
  const b = Math.max(a, Math.min(c.figure_end - c.sentence_start, bytes.length));
  return [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)].map((p) => decoder.decode(p));
}

// A finding as the host sees it: what was found and decided. Its positions
// are in the widget's own reading of the article, which means nothing outside.
// eslint-disable-next-line no-unused-vars
function forHost({line, column, end_line, end_column, start, end, index, end_index, ...finding}) {
  return finding;
}

function figureText(f, claimed = false) {
  if (!f) return '—';
  if (!f.period) return claimed ? `${f.text} (no year stated)` : f.text;
  return f.text + (f.target ? ` (goal for ${f.period})` : ` (${f.period})`);
}

// One side of what was compared: "GDP, 2023" (its measure and period).
function side(f, claimed) {
  const period = f.period ? (f.target ? `goal for ${f.period}` : f.period) : claimed ? 'no year stated' : '';
  return [f.measure, period].filter(Boolean).join(', ') || f.text;
}

// A citation a reader can check: a quote holding the figure, from a named document.
function checkable(c) {
  return Boolean(c?.quote && c.source?.title && c.figure?.text &&
      c.figure_end > c.figure_start && c.figure_start >= c.sentence_start);
}

/**
 * The verdict a mark shows: refuted or misleading only with a citation the
 * reader can check in the popover, else unverifiable; a wrong red mark in a
 * news article costs more than a missing one.
 */
export function shownVerdict(finding) {
  const cites = finding.citations?.length ? finding.citations : finding.citation ? [finding.citation] : [];
  if ((finding.verdict === 'refuted' || finding.verdict === 'misleading') && !(cites.length && cites.every(checkable))) {
    return 'unverifiable';
  }
  return finding.verdict;
}

// The popover's content for one finding: the verdict, and what was compared
// (the claim's figure and period against the source's, then its quote).
function card(finding, figure) {
  const verdict = shownVerdict(finding);
  const cites = finding.citations?.length ? finding.citations : finding.citation ? [finding.citation] : [];
  return el('div', {class: 'card', 'data-verdict': verdict},
      el('p', {class: 'h', id: 'fig-check-title'},
          el('b', {}, `${LOOK[verdict][3]} ${word(verdict)}`), `: ${figure}`),
      el('p', {}, finding.explanation),
      el('dl', {},
          el('dt', {}, 'Claimed'), el('dd', {}, figureText(finding.claimed, true)),
          el('dt', {}, 'Source'), el('dd', {}, cites.length > 1 ? 'computed from the figures quoted below' :
              cites.length ? figureText(cites[0].figure) : 'no figure for this subject')),
      // What was held against what: the claim's measure and period, the source's.
      cites.length === 1 && finding.claimed ? el('p', {class: 'cmp'},
          `Compared: ${side(finding.claimed, true)} (claim) with ${side(cites[0].figure, false)} (source)`) : null,
      ...cites.flatMap((c) => {
        const [before, quoted, after] = splitQuote(c);
        const s = c.source;
        const href = webAddress(s.url);
        return [
          el('blockquote', {}, '“', before, el('mark', {}, quoted), after, '”'),
          el('p', {class: 'm'}, el('cite', {}, href ?
              el('a', {href, rel: 'noopener noreferrer external', referrerpolicy: 'no-referrer', target: '_blank'},
                  s.title) : s.title), ` — ${s.publisher}, ${s.date}`),
        ];
      }));
}

// A marked figure: its look in its own shadow root, so the host's CSS for
// <mark>, <span> or * never reaches it; it adds no text to the article.
class FigCheckMark extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    adopt(root, MARK_CSS);
    root.append(el('slot', {}), el('span', {'aria-hidden': 'true'}));
  }
}

export class FigCheckElement extends HTMLElement {
  static observedAttributes = ['as-of', 'verdicts', 'factbase', 'for', 'emit-claim-review', 'publisher'];

  /** Registers the element (and its marks, `${tag}-mark`); safe to call twice. */
  static define(tag = 'fig-check', registry = customElements) {
    if (!registry.get(`${tag}-mark`)) registry.define(`${tag}-mark`, class extends FigCheckMark {});
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #figcheck = null;  // the loaded module, once ready
  #root = null;      // the article element listened to
  #observer = null;
  #findings = [];
  #marks = new Map();  // mark → finding
  #reported = new Map();  // claim + figure → how many were reported
  #pop;
  #current = null;  // the mark whose popover is open
  #pinned = false;  // opened by click, tap or Enter: stays until closed
  #muted = null;    // a mark that just got focus back: no reopening
  #timer = 0;
  #rescan = 0;
  #jsonLd = null;
  #started = false;

  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    adopt(root, POPOVER_CSS);
    this.#pop = el('div', {class: 'pop', part: 'popover', role: 'dialog', tabindex: '-1',
      'aria-labelledby': 'fig-check-title'});
    this.#pop.popover = 'manual';
    this.#pop.hidden = true;  // until shown, also where there is no Popover API
    this.#pop.addEventListener('pointerenter', () => clearTimeout(this.#timer));
    this.#pop.addEventListener('pointerleave', () => this.#closeSoon());
    this.#pop.addEventListener('keydown', (e) => this.#popKey(e));
    this.#pop.addEventListener('focusout', (e) => {
      if (!this.#pop.contains(e.relatedTarget) && e.relatedTarget !== this.#current) this.#close();
    });
    root.append(el('slot', {}), this.#pop);
  }

  // --- properties, each over its attribute, with a default -------------------

  /** The date "last year" is read against: `as-of`, else the page's article:published_time, else today. */
  get asOf() {
    const own = this.getAttribute('as-of');
    if (validDate(own)) return own;
    const published = document.querySelector('meta[property="article:published_time"]')?.content.slice(0, 10);
    return validDate(published) ? published : new Date().toLocaleDateString('sv');  // today, YYYY-MM-DD
  }
  set asOf(value) {
    if (value == null) this.removeAttribute('as-of'); else this.setAttribute('as-of', value);
  }

  /** The verdicts marked: `verdicts="refuted misleading"`; default all but unverifiable. */
  get verdicts() {
    const own = (this.getAttribute('verdicts') ?? '').split(/[\s,]+/).filter((v) => VERDICTS.includes(v));
    return own.length ? [...new Set(own)] : VERDICTS.slice(0, 3);
  }
  set verdicts(value) {
    this.setAttribute('verdicts', Array.isArray(value) ? value.join(' ') : value);
  }

  /** The fact base's address; default factbase.json beside this module. */
  get factbase() {
    const own = this.getAttribute('factbase');
    try {
      if (own) return new URL(own, document.baseURI).href;
    } catch {
      // not an address: the default
    }
    return DEFAULT_FACTBASE;
  }
  set factbase(value) {
    this.setAttribute('factbase', value);
  }

  /** The id of the article element, when the article is not this element's content. */
  get htmlFor() {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(value) {
    this.setAttribute('for', value);
  }

  /** Whether schema.org ClaimReview JSON-LD for the checked figures goes into <head>. */
  get emitClaimReview() {
    return this.hasAttribute('emit-claim-review');
  }
  set emitClaimReview(value) {
    this.toggleAttribute('emit-claim-review', Boolean(value));
  }

  /** The ClaimReview author's name; default the site's host name. */
  get publisher() {
    return this.getAttribute('publisher')?.trim() || location.hostname;
  }
  set publisher(value) {
    this.setAttribute('publisher', value);
  }

  /** Every figure found, in article order: scan()'s findings (marked or not, per `verdicts`). */
  get results() {
    return [...this.#findings];
  }

  // --- life cycle ------------------------------------------------------------

  connectedCallback() {
    this.#listen();
    if (this.#started) {
      this.#queue();
      return;
    }
    this.#started = true;
    // After the page is readable and painted (the second animation frame
    // comes after the first one is drawn; an idle callback alone may come
    // before it), in an idle moment.
    const idle = () => requestAnimationFrame(() => requestAnimationFrame(() =>
      (self.requestIdleCallback ?? setTimeout)(() => this.#start(), {timeout: 300})));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', idle, {once: true});
    else idle();
  }

  disconnectedCallback() {
    this.#close();
    this.#listen(null);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#figcheck) return;
    if (name === 'emit-claim-review' || name === 'publisher') {
      this.#claimReview();
    } else if (name === 'factbase') {
      this.#unmark();
      this.#figcheck = null;
      this.#start();
    } else {
      this.#unmark();
      this.#listen();
      this.#queue();
    }
  }

  async #start() {
    const factbase = this.factbase;
    performance.mark('fig-check:start');
    let figcheck;
    try {
      figcheck = await figcheckFor(factbase);
    } catch (error) {
      this.#emit('error', {message: error.message, code: error.code ?? 'load_failed'});
      return;
    }
    if (factbase !== this.factbase) return;  // another fact base was asked for meanwhile
    this.#figcheck = figcheck;
    performance.mark('fig-check:ready');
    this.#emit('ready', {factbase});
    this.#run();
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`figcheck-${name}`, {bubbles: true, composed: true, detail}));
  }

  // The article element, and this element's listeners and observer on it.
  #article() {
    return (this.htmlFor && document.getElementById(this.htmlFor)) || this;
  }

  #listen(root = this.isConnected ? this.#article() : null) {
    if (root === this.#root) return;
    const types = ['pointerover', 'pointerout', 'focusin', 'focusout', 'click', 'keydown'];
    for (const type of types) this.#root?.removeEventListener(type, this.#onArticle);
    this.#observer?.disconnect();
    this.#root = root;
    if (!root) return;
    for (const type of types) root.addEventListener(type, this.#onArticle);
    this.#observer ??= new MutationObserver(() => this.#queue());
    this.#observer.observe(root, {childList: true, subtree: true, characterData: true});
  }

  // Content changed: scan again once it settles.
  #queue() {
    clearTimeout(this.#rescan);
    this.#rescan = setTimeout(() => this.#figcheck && this.#run(), RESCAN_DELAY_MS);
  }

  // --- scanning and marking --------------------------------------------------

  // Reads the article, scans it in one call, marks the figures not yet
  // marked and reports the new ones.
  #run() {
    const root = this.#root;
    if (!root) return;
    const article = readArticle(root);
    const {text} = article;
    performance.mark('fig-check:read');
    const asOf = this.asOf;
    const found = [];
    const summary = {};
    try {
      for (let from = 0, to; from < text.length; from = to) {
        to = text.indexOf('\n\n', from + PIECE);
        if (to < 0) to = text.length;
        const piece = text.slice(from, to);
        const report = this.#figcheck.scan(piece.toWellFormed?.() ?? piece, {asOf});
        for (const f of report.findings) found.push({index: from + f.index, end: from + f.end_index, finding: forHost(f)});
        for (const v in report.summary) summary[v] = (summary[v] ?? 0) + report.summary[v];
      }
    } catch (error) {
      this.#emit('error', {message: error.message, code: error.code});
      return;
    }
    performance.mark('fig-check:scanned');
    const shown = new Set(this.verdicts);
    const markTag = `${this.localName}-mark`;
    const fresh = [];
    const seen = new Map();
    let marked = 0;
    for (const mark of this.#marks.keys()) if (!mark.isConnected) this.#marks.delete(mark);
    // From the last figure back, so splitting a text node leaves the
    // positions of the figures before it as they were.
    for (let i = found.length - 1; i >= 0; i--) {
      const {index, end, finding} = found[i];
      const figure = text.slice(index, end);
      let mark = locate(article, index)[0].parentElement.closest(markTag);
      if (mark && !this.#marks.has(mark)) continue;  // another <fig-check>'s
      const verdict = shownVerdict(finding);
      if (!mark && shown.has(verdict)) {
        mark = document.createElement(markTag);
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-expanded', 'false');
        wrap(article, index, end, mark);
      }
      if (mark) {
        this.#marks.set(mark, finding);
        mark.dataset.verdict = verdict;
        mark.setAttribute('aria-label', `${word(verdict)}: ${figure}`);
        marked++;
      }
      // A figure is new when its sentence holds it more often than before.
      const key = `${finding.claim}\0${figure}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key) > (this.#reported.get(key) ?? 0)) fresh.push(finding);
    }
    this.#observer?.takeRecords();  // our own changes are not new content
    this.#reported = seen;
    this.#findings = found.map((f) => f.finding);
    this.#claimReview();
    performance.mark('fig-check:done');
    for (const finding of fresh.reverse()) this.#emit('result', finding);
    this.#emit('done', {findings: found.length, marked, summary});
  }

  // Takes every mark out again (the article's text nodes joined back up).
  #unmark() {
    this.#close();
    for (const mark of this.#marks.keys()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
    this.#marks.clear();
    this.#reported.clear();
    this.#observer?.takeRecords();
  }

  #claimReview() {
    const reviews = this.emitClaimReview ? this.#findings.filter((f) => RATINGS[f.verdict]).map((f) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: location.href.split('#')[0],
      claimReviewed: f.claim,
      itemReviewed: {'@type': 'Claim', text: f.claim},
      author: {'@type': 'Organization', name: this.publisher},
      datePublished: this.asOf,
      reviewBody: f.explanation,
      reviewRating: {'@type': 'Rating', ratingValue: RATINGS[f.verdict][0], bestRating: 5, worstRating: 1,
        alternateName: RATINGS[f.verdict][1]},
    })) : [];
    if (!reviews.length) {
      this.#jsonLd?.remove();
      this.#jsonLd = null;
      return;
    }
    this.#jsonLd ??= document.head.appendChild(el('script', {type: 'application/ld+json'}));
    // Text, not markup; "<" escaped so a serialised page cannot end the script early.
    this.#jsonLd.textContent = JSON.stringify(reviews).replace(/</g, '\\u003c');
  }

  // --- the popover -----------------------------------------------------------

  #onArticle = (e) => {
    const mark = e.target.closest?.(`${this.localName}-mark`);
    if (!this.#marks.has(mark)) return;
    switch (e.type) {
      case 'pointerover':
        if (e.pointerType === 'touch' || this.#pinned || mark === this.#current) break;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.#open(mark), HOVER_OPEN_MS);
        break;
      case 'pointerout':
        if (!mark.contains(e.relatedTarget)) this.#closeSoon();
        break;
      case 'focusin':
        if (mark !== this.#muted) this.#open(mark);
        break;
      case 'focusout':
        this.#muted = null;
        if (e.relatedTarget !== this) this.#close();  // focus into the popover retargets to this
        break;
      case 'click':
        if (mark === this.#current && this.#pinned) this.#close();
        else this.#open(mark, true);
        break;
      case 'keydown':
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          this.#open(mark, true);
          this.#pop.focus();
        }
    }
  };

  #open(mark, pinned = false) {
    clearTimeout(this.#timer);
    if (mark !== this.#current) {
      const finding = this.#marks.get(mark);
      this.#current?.setAttribute('aria-expanded', 'false');
      this.#pop.replaceChildren(card(finding, mark.textContent));
      if (!this.#current) {
        this.#pop.hidden = false;
        this.#pop.showPopover?.();
        document.addEventListener('pointerdown', this.#onPage, true);
        document.addEventListener('keydown', this.#onPage, true);
        addEventListener('scroll', this.#place, {capture: true, passive: true});
        addEventListener('resize', this.#place);
      }
      this.#current = mark;
      this.#pinned = false;
      mark.setAttribute('aria-expanded', 'true');
    }
    this.#pinned ||= pinned;
    this.#place();
  }

  #closeSoon() {
    clearTimeout(this.#timer);
    if (this.#pinned || (this.#current && this.#current === document.activeElement)) return;
    this.#timer = setTimeout(() => this.#close(), HOVER_CLOSE_MS);
  }

  #close() {
    clearTimeout(this.#timer);
    const mark = this.#current;
    if (!mark) return;
    this.#current = null;
    this.#pinned = false;
    mark.setAttribute('aria-expanded', 'false');
    this.#pop.hidePopover?.();
    this.#pop.hidden = true;
    document.removeEventListener('pointerdown', this.#onPage, true);
    document.removeEventListener('keydown', this.#onPage, true);
    removeEventListener('scroll', this.#place, {capture: true});
    removeEventListener('resize', this.#place);
  }

  // Closes and hands focus back to the mark, which then does not reopen.
  #closeToMark() {
    const mark = this.#current;
    this.#close();
    this.#muted = mark;
    mark?.focus();
  }

  // While open: Esc anywhere and a press outside close it.
  #onPage = (e) => {
    if (e.type === 'keydown') {
      if (e.key !== 'Escape') return;
      if (this.#pop.contains(this.shadowRoot.activeElement) || document.activeElement === this.#current) {
        this.#closeToMark();
      } else {
        this.#close();
      }
    } else if (!e.composedPath().some((n) => n === this.#pop || n === this.#current)) {
      this.#close();
    }
  };

  // Tab past either end of the popover goes back to its mark.
  #popKey(e) {
    if (e.key !== 'Tab') return;
    const links = [...this.#pop.querySelectorAll('a[href]')];
    const at = this.shadowRoot.activeElement;
    if (e.shiftKey ? at === this.#pop || at === links[0] : !links.length || at === links[links.length - 1]) {
      e.preventDefault();
      this.#closeToMark();
    }
  }

  // Below the figure when it fits, else above when that fits, else on the
  // side with more room, its height held to that room (it scrolls): the
  // publisher and date are never off screen.
  #place = () => {
    const mark = this.#current;
    if (!mark) return;
    const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const pop = this.#pop;
    const width = document.documentElement.clientWidth;
    const height = innerHeight;
    const gap = 6;
    const margin = 8;
    pop.style.maxHeight = '';
    const below = height - margin - (box.bottom + gap);
    const above = box.top - gap - margin;
    const natural = pop.offsetHeight;
    const under = natural <= below || (natural > above && below >= above);
    const room = Math.max(80, under ? below : above);
    const shown = Math.min(natural, room);
    pop.style.maxHeight = `${Math.floor(room)}px`;
    const top = under ? box.bottom + gap : box.top - gap - shown;
    pop.style.top = `${Math.round(Math.max(margin, top))}px`;
    pop.dataset.side = under ? 'below' : 'above';
    pop.style.left = `${Math.round(Math.max(margin, Math.min(box.left, width - pop.offsetWidth - margin)))}px`;
  };
}
