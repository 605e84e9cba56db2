// The claim page: loads figcheck (module + fact base from this origin),
// checks the claim when the reader pauses typing, on Enter and on submit,
// shows the verdict card and reads a one-line summary of a settled result
// into a live region, once. A claim that counts time from the day it was
// said ("last year") waits for that day: until it is given, the card shows
// how the verdict reads in each recent year. `?claim=…&date=YYYY-MM-DD`
// checks a claim on arrival (the copied link; `as-of=` is read too, and the
// benchmark times navigation to that first verdict); the date is kept for
// the session. Tested by tests/web/e2e.test.mjs.
import {load} from './figcheck.mjs';
import {announcement, badge, el, messageCard, verdictCard} from './card.mjs';

// A pause in typing this long checks the claim…
const PAUSE_MS = 500;
// … but a number at the very end, with no word or punctuation after it yet,
// may still be being typed ("reached 5" of "reached 5.2 trillion"): it waits
// for a longer pause, or for Enter.
const NUMBER_PAUSE_MS = 1500;
const TRAILING_NUMBER = /\d[\d,.]*$/;
// The years a claim in relative time is shown read against, from this one back.
const YEARS_SHOWN = 5;
const DATE_KEY = 'figcheck:date';
const DATE = /^\d{4}-\d\d-\d\d$/;

const form = document.getElementById('claim-form');
const claimInput = document.getElementById('claim');
const asOfInput = document.getElementById('as-of');
const cardSlot = document.getElementById('card');
const live = document.getElementById('announce');
const share = document.getElementById('share');
const copyStatus = document.getElementById('copy-status');

let figcheck = null;
let lastChecked = null;  // claim + date of the card shown, to skip repeats
let lastSaid = '';       // what the live region said last
let firstVerdict = true;

// The live region speaks once per settled result.
function say(text) {
  if (text === lastSaid) return;
  lastSaid = text;
  live.textContent = text;
}

function show(node) {
  cardSlot.replaceChildren(node);
}

// Whether the claim counts time from the day it was said: read against two
// days six years apart, one of its stated periods moves.
function relativeTime(text) {
  const year = new Date().getFullYear();
  const a = figcheck.check(text, {asOf: `${year}-06-30`}).figures;
  const b = figcheck.check(text, {asOf: `${year - 6}-06-30`}).figures;
  return a.some((f, i) => f.claimed?.period_stated && f.claimed.period !== b[i]?.claimed?.period);
}

// The card that asks for the day, with the verdict for each recent year.
function datePrompt(text) {
  const year = new Date().getFullYear();
  const rows = [];
  for (let y = year; y > year - YEARS_SHOWN; y--) {
    const r = figcheck.check(text, {asOf: `${y}-07-01`});
    rows.push(el('li', {class: `if-year verdict-${r.verdict}`, 'data-year': String(y), 'data-verdict': r.verdict},
        `If this was said in ${y}: `, badge(r.verdict), ` ${r.explanation}`));
  }
  return el('article', {class: 'card date-prompt', 'aria-labelledby': 'verdict-title', 'data-needs': 'date'},
      el('header', {class: 'card-head'}, el('h3', {id: 'verdict-title', class: 'card-title'}, 'When was this said?')),
      el('p', {}, 'Its verdict depends on the day it was made (“last year”…): enter that day above. Until then:'),
      el('ul', {class: 'if-years'}, ...rows));
}

// "figcheck reads …; this one …" → "figcheck reads …. This one ….": the
// core's one-line message, as sentences on a card.
function sentences(message) {
  return `${message.split('; ').map((part, i) => (i ? part[0].toUpperCase() + part.slice(1) : part)).join('. ')}.`;
}

function shareLink(text, date) {
  const params = new URLSearchParams({claim: text});
  if (date) params.set('date', date);
  return `${location.origin}${location.pathname}?${params}`;
}

function check() {
  if (figcheck === null) return;  // runs again once loaded
  const text = claimInput.value.trim();
  const date = DATE.test(asOfInput.value) ? asOfInput.value : '';
  const key = `${date}\u0000${text}`;
  if (key === lastChecked) return;
  lastChecked = key;
  share.hidden = true;
  copyStatus.textContent = '';
  if (text === '') {
    show(messageCard('Type or paste a claim with a figure, or pick an example.'));
    say('');
    return;
  }
  const asOf = date || undefined;
  let result;
  try {
    result = figcheck.check(text, {asOf});
    if (!date && relativeTime(text)) {
      show(datePrompt(text));
      say('When was this said? The verdict depends on the day; enter it in the date field.');
      return;
    }
  } catch (error) {
    // Not English: the core read no figure; said as a notice, not an error.
    const notEnglish = error.code === 'not_english';
    const message = notEnglish ? sentences(error.detail) : error.message;
    show(messageCard(message, notEnglish ? 'notice' : 'error'));
    say(message);
    return;
  }
  const nearby = result.figures.some((f) => f.verdict === 'unverifiable') ? figcheck.nearby(text, {asOf}) : null;
  show(verdictCard(result, {nearby}));
  say(announcement(result));
  share.hidden = false;
  share.dataset.link = shareLink(text, date);
  if (firstVerdict) {
    firstVerdict = false;
    performance.mark('figcheck:first-verdict');
  }
}

let timer = 0;
function checkWhenSettled() {
  clearTimeout(timer);
  timer = setTimeout(check, TRAILING_NUMBER.test(claimInput.value) ? NUMBER_PAUSE_MS : PAUSE_MS);
}
function checkNow() {
  clearTimeout(timer);
  lastChecked = null;  // an explicit check always answers
  check();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  checkNow();
});
claimInput.addEventListener('input', checkWhenSettled);
claimInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    checkNow();
  }
});
asOfInput.addEventListener('change', () => {
  if (DATE.test(asOfInput.value)) sessionStorage.setItem(DATE_KEY, asOfInput.value);
  else sessionStorage.removeItem(DATE_KEY);
  check();
});

document.getElementById('copy-link').addEventListener('click', async () => {
  const link = share.dataset.link;
  try {
    await navigator.clipboard.writeText(link);
    copyStatus.textContent = 'Link copied.';
  } catch {
    copyStatus.replaceChildren('Copy this link: ', el('a', {href: link}, link));
  }
});

for (const button of document.querySelectorAll('#examples button')) {
  button.addEventListener('click', () => {
    claimInput.value = button.textContent;
    checkNow();
  });
}

// Years as ranges: 2011, 2017–2018, 2021.
function yearRanges(years) {
  const parts = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j;
  }
  return parts.join(', ');
}

// The topics the coverage list shows: the measures most figures are about.
const TOPICS = 12;

// The scope line, the measures the sources give figures for, and the documents.
function showCoverage(coverage) {
  const docs = coverage.documents;
  const all = [...new Set(docs.flatMap((d) => d.years))].sort((a, b) => a - b);
  const span = all.length ? `, with figures for ${all[0]}–${all[all.length - 1]}` : '';
  const english = docs.every((d) => d.language === 'en') ? 'English ' : '';
  const about = coverage.about ? ` about ${coverage.about}` : '';
  document.getElementById('scope').textContent =
      `Checks figures in ${english}claims${about} against ${docs.length} official and press documents${span}.`;
  document.getElementById('coverage-summary').textContent =
      `${coverage.facts} figures from ${docs.length} documents. Claims about these measures and years can be ` +
      'checked; anything else is “unverifiable”.';
  document.getElementById('coverage-topics').replaceChildren(...coverage.measures.slice(0, TOPICS).map((m) =>
    el('li', {}, m.name, el('span', {class: 'years'}, ` ${yearRanges(m.years)}`))));
  document.getElementById('coverage-list').replaceChildren(...docs.map((d) => el('li', {},
      el('p', {class: 'doc-title'}, d.url ?
          el('a', {href: d.url, rel: 'noopener noreferrer external', referrerpolicy: 'no-referrer'}, d.title) :
          d.title),
      el('p', {class: 'doc-meta'}, `${d.publisher}, ${d.date} · ${d.figures} figures` +
          (d.years.length ? ` about ${yearRanges(d.years)}` : '')))));
}

async function start() {
  const params = new URLSearchParams(location.search);
  const date = [params.get('date'), params.get('as-of'), sessionStorage.getItem(DATE_KEY)].find((d) => DATE.test(d ?? ''));
  if (date) {
    asOfInput.value = date;
    sessionStorage.setItem(DATE_KEY, date);
  }
  if (params.has('claim')) claimInput.value = params.get('claim');
  performance.mark('figcheck:start');
  try {
    figcheck = await load();
  } catch (error) {
    show(messageCard(`figcheck could not start: ${error.message}`, 'error'));
    say('figcheck could not start.');
    return;
  }
  performance.mark('figcheck:loaded');
  document.documentElement.dataset.ready = 'true';
  lastChecked = null;
  check();
  // The coverage list is below the fold: built after the first verdict.
  requestAnimationFrame(() => showCoverage(figcheck.coverage()));
}

start();
