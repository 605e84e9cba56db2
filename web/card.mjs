// The verdict card: a figcheck result object (the JSON of `figcheck check`)
// → DOM nodes. Every piece of claim or source text goes in as a text node,
// never as markup. The verdict is always word + icon + colour. Tested by
// tests/web/e2e.test.mjs.

const SVG = 'http://www.w3.org/2000/svg';

export const VERDICTS = {
  supported: {word: 'Supported', path: 'M5 12.5l4.5 4.5L19 7.5'},
  refuted: {word: 'Refuted', path: 'M6.5 6.5l11 11M17.5 6.5l-11 11'},
  misleading: {word: 'Misleading', path: 'M12 5v9M12 18.5v.5'},
  unverifiable: {word: 'Unverifiable', path: 'M9 9.2a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.6M12 18.5v.5'},
};

// el('p', {class: 'x'}, 'text', node, …): children are strings or nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function icon(verdict) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [['cx', 12], ['cy', 12], ['r', 11]]) circle.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', VERDICTS[verdict].path);
  svg.append(circle, path);
  return svg;
}

export function badge(verdict, tag = 'span') {
  return el(tag, {class: `badge verdict-${verdict}`}, icon(verdict), el('span', {class: 'word'}, VERDICTS[verdict].word));
}

function periodText(figure) {
  if (!figure || !figure.period) return '';
  return figure.target ? ` (goal for ${figure.period})` : ` (${figure.period})`;
}

function figureText(figure) {
  return figure ? `${figure.text}${periodText(figure)}` : '—';
}

// Byte offsets into UTF-8 text → the text's three parts, as JS strings.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
function splitBytes(text, start, end) {
  const bytes = encoder.encode(text);
  const a = Math.max(0, Math.min(start, bytes.length));
  const b = Math.max(a, Math.min(end, bytes.length));
  return [bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)].map((p) => decoder.decode(p));
}

// The quoted sentence with the cited figure marked.
function quote(citation) {
  const [before, figure, after] = splitBytes(citation.quote,
      citation.figure_start - citation.sentence_start, citation.figure_end - citation.sentence_start);
  return el('blockquote', {class: 'quote'}, el('p', {}, before, el('mark', {}, figure), after));
}

function sourceLine(citation) {
  const s = citation.source;
  const title = s.url ?
      el('a', {href: s.url, rel: 'noopener noreferrer external', referrerpolicy: 'no-referrer'}, s.title) :
      s.title;
  return el('p', {class: 'source'}, el('cite', {}, title), ` — ${s.publisher}, ${s.date}`);
}

// Derived figures are computed by the core from two source figures.
function derivedText(figure) {
  if (figure.derived === null || figure.derived === undefined) return null;
  const rounded = Math.round(figure.derived * 100) / 100;
  const unit = figure.claimed && figure.claimed.unit === '%' ? '%' : '';
  return `${rounded}${unit}, computed from the two source figures below`;
}

function comparison(figure) {
  const source = derivedText(figure) ??
      (figure.citation ? figureText(figure.citation.figure) : 'no figure for this subject');
  return el('dl', {class: 'compare'},
      el('div', {}, el('dt', {}, 'Claimed'), el('dd', {}, figureText(figure.claimed))),
      el('div', {}, el('dt', {}, 'Source'), el('dd', {}, source)));
}

function citations(figure) {
  return (figure.citations || []).map((c) => el('div', {class: 'citation'}, quote(c), sourceLine(c)));
}

// One figure of a claim with several: a row of its own.
function figureRow(figure) {
  return el('li', {class: `figure-row verdict-${figure.verdict}`},
      el('div', {class: 'row-head'}, badge(figure.verdict),
          el('span', {class: 'row-figure'}, figureText(figure.claimed))),
      el('p', {class: 'explanation'}, figure.explanation),
      comparison(figure),
      ...citations(figure));
}

/** The card for one result; `headingId` names it for aria-labelledby. */
export function verdictCard(result, headingId = 'verdict-title') {
  const card = el('article', {class: `card verdict-${result.verdict}`, 'aria-labelledby': headingId, 'data-verdict': result.verdict});
  const heading = el('h3', {id: headingId, class: 'card-title'}, badge(result.verdict));
  card.append(el('header', {class: 'card-head'}, heading,
      el('p', {class: 'claim'}, el('span', {class: 'visually-hidden'}, 'Claim: '), result.claim)));
  card.append(el('p', {class: 'explanation'}, result.explanation));
  if (result.figures.length === 1) {
    card.append(comparison(result.figures[0]), ...citations(result.figures[0]));
  } else if (result.figures.length > 1) {
    card.append(el('h4', {class: 'rows-title'}, `${result.figures.length} figures, one row each`),
        el('ul', {class: 'figure-rows'}, ...result.figures.map(figureRow)));
  }
  return card;
}

/** A message in place of a card (an error, or the empty state). */
export function messageCard(text, kind = 'placeholder') {
  return el('p', {class: kind}, text);
}

/** The short sentence the live region reads out. */
export function announcement(result) {
  const n = result.figures.length;
  const rows = n > 1 ? ` ${n} figures checked.` : '';
  return `${VERDICTS[result.verdict].word}. ${result.explanation}${rows}`;
}
