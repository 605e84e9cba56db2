// The claim page: loads figcheck (module + fact base from this origin),
// checks the claim on Enter, on submit and as the reader types (debounced),
// shows the verdict card and reads a one-line summary into a live region.
// `?claim=…&as-of=YYYY-MM-DD` checks a claim on arrival (shareable links;
// the benchmark times navigation to that first verdict). Tested by
// tests/web/e2e.test.mjs.
import {load} from './figcheck.mjs';
import {announcement, el, messageCard, verdictCard} from './card.mjs';

const TYPING_DELAY_MS = 250;

const form = document.getElementById('claim-form');
const claimInput = document.getElementById('claim');
const asOfInput = document.getElementById('as-of');
const cardSlot = document.getElementById('card');
const live = document.getElementById('announce');

function todayText() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function announce(text) {
  if (live.textContent !== text) live.textContent = text;
}

function show(node) {
  cardSlot.replaceChildren(node);
}

let figcheck = null;
let lastChecked = null;  // claim + date of the card shown, to skip repeats
let firstVerdict = true;

function check() {
  if (figcheck === null) return;  // runs again once loaded
  const text = claimInput.value.trim();
  const asOf = asOfInput.value || undefined;
  const key = `${asOf}\u0000${text}`;
  if (key === lastChecked) return;
  lastChecked = key;
  if (text === '') {
    show(messageCard('Type or paste a claim with a figure, or pick an example.'));
    announce('');
    return;
  }
  let result;
  try {
    result = figcheck.check(text, {asOf});
  } catch (error) {
    show(messageCard(error.message, 'error'));
    announce(error.message);
    return;
  }
  show(verdictCard(result));
  announce(announcement(result));
  if (firstVerdict) {
    firstVerdict = false;
    performance.mark('figcheck:first-verdict');
  }
}

let timer = 0;
function checkSoon() {
  clearTimeout(timer);
  timer = setTimeout(check, TYPING_DELAY_MS);
}
function checkNow() {
  clearTimeout(timer);
  check();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  lastChecked = null;  // an explicit check always answers
  checkNow();
});
claimInput.addEventListener('input', checkSoon);
claimInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    lastChecked = null;
    checkNow();
  }
});
asOfInput.addEventListener('change', checkNow);

for (const button of document.querySelectorAll('#examples button[data-claim]')) {
  button.addEventListener('click', () => {
    claimInput.value = button.dataset.claim;
    lastChecked = null;
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

function showCoverage(coverage) {
  const all = [...new Set(coverage.documents.flatMap((d) => d.years))].sort((a, b) => a - b);
  const span = all.length ? `, about ${all[0]}–${all[all.length - 1]}` : '';
  document.getElementById('coverage-summary').textContent =
      `${coverage.facts} figures from ${coverage.documents.length} documents${span}. ` +
      'Claims about these subjects and years can be checked; anything else is “unverifiable”.';
  const list = document.getElementById('coverage-list');
  list.replaceChildren(...coverage.documents.map((d) => el('li', {},
      el('p', {class: 'doc-title'}, d.url ?
          el('a', {href: d.url, rel: 'noopener noreferrer external', referrerpolicy: 'no-referrer'}, d.title) :
          d.title),
      el('p', {class: 'doc-meta'}, `${d.publisher}, ${d.date}`),
      el('p', {class: 'doc-facts'},
          `${d.figures} figures` + (d.years.length ? ` about ${yearRanges(d.years)}` : '') +
          (d.subjects.length ? ` · ${d.subjects.join(', ')}` : '')))));
}

async function start() {
  const params = new URLSearchParams(location.search);
  asOfInput.value = params.get('as-of') || todayText();
  if (params.has('claim')) claimInput.value = params.get('claim');
  performance.mark('figcheck:start');
  try {
    figcheck = await load();
  } catch (error) {
    show(messageCard(`figcheck could not start: ${error.message}`, 'error'));
    announce('figcheck could not start.');
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
