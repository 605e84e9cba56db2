// The verdict card: a figcheck result object (the JSON of `figcheck check`)
// → DOM nodes. Every piece of claim or source text goes in as a text node,
// never as markup. The verdict is always word + icon + colour, and its
// colour is on the verdict only, never on a source's quote. Several figures:
// a summary line and one row each, worst first. Unverifiable: what the
// sources hold nearby. Tested by tests/web/e2e.test.mjs.

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

// Worse first: refuted, misleading, unverifiable, supported (design.md).
export const SEVERITY = ['refuted', 'misleading', 'unverifiable', 'supported'];

// A claim longer than this is not repeated on its card: it is in the field.
const ECHO_MAX = 160;

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

// The quoted sentence with the cited figure marked. Neutral: the verdict's
// colour stays on the verdict, so the source never looks wrong.
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

// One side of what was compared: "GDP, 2023" (its measure and period).
function side(f, claimed) {
  const period = f.period ? (f.target ? `goal for ${f.period}` : f.period) : claimed ? 'no year stated' : '';
  return [f.measure, period].filter(Boolean).join(', ') || f.text;
}

/** "Compared: GDP, 2023 (claim) with GDP, 2023 (source)"; null without one cited figure. */
export function comparedLine(figure) {
  if (!figure.claimed || !figure.citation || (figure.citations ?? []).length > 1) return null;
  return `Compared: ${side(figure.claimed, true)} (claim) with ${side(figure.citation.figure, false)} (source)`;
}

function comparison(figure) {
  const source = derivedText(figure) ??
      (figure.citation ? figureText(figure.citation.figure) : 'no figure for this subject');
  const compared = comparedLine(figure);
  return el('dl', {class: 'compare'},
      el('div', {}, el('dt', {}, 'Claimed'), el('dd', {}, figureText(figure.claimed))),
      el('div', {}, el('dt', {}, 'Source'), el('dd', {}, source)),
      compared && el('div', {class: 'compared'}, el('dt', {}, 'Compared'), el('dd', {}, compared.slice('Compared: '.length))));
}

function citations(figure) {
  return (figure.citations || []).map((c) => el('div', {class: 'citation'}, quote(c), sourceLine(c)));
}

// What the sources hold near an unverifiable figure (figcheck.nearby()).
function nearbyList(near, about) {
  if (!near) return null;
  const parts = [];
  if (near.unknown_names.length && about) {
    parts.push(el('p', {class: 'elsewhere'},
        `The sources are about ${about}; they hold no figure for ${near.unknown_names.join(' or ')}.`));
  }
  if (near.facts.length) {
    parts.push(el('h4', {class: 'nearby-title'}, 'What the sources hold nearby'),
        el('ul', {class: 'nearby-list'}, ...near.facts.map((c) => el('li', {},
            el('p', {class: 'near-figure'}, figureText(c.figure)), quote(c), sourceLine(c)))));
  } else {
    parts.push(el('p', {class: 'nearby-none'}, 'The sources hold nothing close to this. ',
        el('a', {href: '#coverage-title'}, 'See what they cover.')));
  }
  return el('section', {class: 'nearby'}, ...parts);
}

// One figure of a claim with several: a row of its own.
function figureRow({figure, near}, about) {
  return el('li', {class: `figure-row verdict-${figure.verdict}`},
      el('div', {class: 'row-head'}, badge(figure.verdict),
          el('span', {class: 'row-figure'}, figureText(figure.claimed))),
      el('p', {class: 'explanation'}, figure.explanation),
      comparison(figure),
      ...citations(figure),
      figure.verdict === 'unverifiable' ? nearbyList(near, about) : null);
}

/** "3 figures: 1 refuted, 2 supported" (worst first). */
export function summaryLine(figures) {
  const counts = SEVERITY.map((v) => [v, figures.filter((f) => f.verdict === v).length]).filter(([, n]) => n);
  return `${figures.length} figures: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}`;
}

/**
 * The card for one result; `headingId` names it for aria-labelledby.
 * `nearby`: figcheck.nearby() of the claim, for unverifiable figures.
 */
export function verdictCard(result, {headingId = 'verdict-title', nearby = null} = {}) {
  const card = el('article', {class: `card verdict-${result.verdict}`, 'aria-labelledby': headingId, 'data-verdict': result.verdict});
  const heading = el('h3', {id: headingId, class: 'card-title'}, badge(result.verdict));
  const echo = result.claim.length <= ECHO_MAX ?
      el('p', {class: 'claim'}, el('span', {class: 'visually-hidden'}, 'Claim: '), result.claim) : null;
  card.append(el('header', {class: 'card-head'}, heading, echo));
  const about = nearby?.about ?? null;
  const figures = result.figures.map((figure, i) => ({figure, near: nearby?.figures[i] ?? null}));
  if (figures.length === 1) {
    const [{figure, near}] = figures;
    card.append(el('p', {class: 'explanation'}, result.explanation), comparison(figure), ...citations(figure));
    if (figure.verdict === 'unverifiable') card.append(nearbyList(near, about) ?? '');
  } else if (figures.length > 1) {
    const rows = [...figures].sort((a, b) => SEVERITY.indexOf(a.figure.verdict) - SEVERITY.indexOf(b.figure.verdict));
    card.append(el('p', {class: 'summary'}, summaryLine(result.figures)),
        el('ul', {class: 'figure-rows'}, ...rows.map((row) => figureRow(row, about))));
  } else {
    card.append(el('p', {class: 'explanation'}, result.explanation));
  }
  return card;
}

/** A message in place of a card (an error, or the empty state). */
export function messageCard(text, kind = 'placeholder') {
  return el('p', {class: kind}, text);
}

/** The short sentence the live region reads out. */
export function announcement(result) {
  if (result.figures.length > 1) return `${VERDICTS[result.verdict].word}. ${summaryLine(result.figures)}.`;
  return `${VERDICTS[result.verdict].word}. ${result.explanation}`;
}
