// A long news article for timing <fig-check>: paragraphs of news-like prose,
// about one sentence in three holding a figure the sources speak to (every
// verdict occurs), with headings, links, emphasis and a list, as a CMS
// renders them. Same seed, same article. The sentences were written for the
// benchmark, not taken from the labelled claims. Used by scripts/widget-bench
// and tests/web/widget.test.mjs.
//
//   import {articleHtml, articlePage} from './widget-article.mjs';
//   articlePage({words: 5000})  → the demo page with that article in <fig-check>

// Sentences with a figure (about a third of the article).
const FIGURES = [
  "Shanghai's GDP reached 4.7 trillion yuan in 2023.",
  "The turnover of the city's financial markets exceeded 3,300 trillion yuan last year.",
  'The number of licensed financial institutions in the city reached 1,771 by the end of last year.',
  'Container throughput at the port came to 49.2 million TEUs in 2023.',
  "Goods trade at the city's ports was worth 10.7 trillion yuan in 2023.",
  'Shanghai set up 6,017 new foreign-invested enterprises in 2023.',
  'The actual use of foreign capital came to US$30 billion in 2023.',
  "The city's metaverse industry has reached 350 billion yuan.",
  "The city's artificial intelligence industry is worth 400 billion yuan, the brochure says.",
  "The city's industrial added value grew from 723.1 billion yuan in 2011 to 1.0739 trillion yuan in 2021.",
  'Strategic emerging industries accounted for 43.9% of industrial output in 2023.',
  'The three priority industries reached a combined scale of 1.6 trillion yuan last year.',
  'The priority industries have attracted more than 800,000 talents.',
  'The city is home to more than 24,000 new high-tech enterprises.',
  'Last year the city attracted 172,000 domestic and overseas professionals.',
  'Its spending on research and development reached about 4.4% of GDP.',
  'The sixth import expo closed with tentative deals worth US$78.41 billion.',
  'The software and information service industry posted revenue of 1.3 trillion yuan.',
  'Retail sales rose 9% in the first quarter, according to a private survey.',
  "Shanghai's GDP grew 38.3% in 2023, one booster claimed.",
  'Shanghai set up fewer than 5,000 new foreign-invested enterprises in 2023, a rival city said.',
  'More than 7,000 digital companies have moved into the digital trade port.',
  "The city's talent pool now exceeds 6.75 million people.",
  'Office rents in the district fell 4% over the winter, brokers said.',
];

// Prose without figures, built from parts so no two paragraphs repeat.
const SUBJECTS = ["The city's planners", 'Port officials', 'Local residents', 'The municipal government',
  'Analysts in Pudong', 'Small manufacturers', "The district's schools", 'Foreign investors',
  'Researchers at the institute', 'Shoppers on Nanjing Road', 'Commuters', 'The trade body',
  'Shipping executives', 'Economists at local universities', 'Restaurant owners', 'Venture investors'];
const VERBS = ['said', 'expected', 'argued', 'warned', 'noted', 'agreed', 'suggested', 'reported',
  'cautioned', 'insisted'];
const CLAUSES = ['that the new measures would take effect gradually',
  'that demand for services had recovered across the region',
  'that the policy was still being written', 'that hiring had picked up since the spring',
  'that the riverside redevelopment would continue', 'that rules for data exports needed to be clearer',
  'that smaller firms still struggled to borrow', 'that the port could take larger ships after dredging',
  'that the metro extension was running behind schedule', 'that consumers remained careful with money',
  'that exporters were looking for new markets', 'that the outlook depended on global demand',
  'that the training programmes had been oversubscribed', 'that housing costs weighed on young workers'];
const TAILS = ['', ' on Tuesday', ' in an interview', ' at a briefing', ' in a statement', ' last week',
  ' in a written reply', ' at a forum in Hongqiao'];
const HEADINGS = ['Finance first', 'At the port', 'Trade and capital', 'Factories and talent', 'The view from the street',
  'What the brochure says', 'Money and markets', 'The next five years', 'Doubts', 'What comes next'];

function random(seed) {  // mulberry32
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

/**
 * The article body (HTML): `words` words or a few more, a heading every few
 * paragraphs, a figure in about one sentence of three. Returns {html, words,
 * sentences, figureSentences}.
 */
export function articleHtml({words = 5000, seed = 4} = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = [];
  let count = 0;
  let sentences = 0;
  let figureSentences = 0;
  let paragraph = 0;
  while (count < words) {
    if (paragraph % 5 === 4) {
      const heading = pick(HEADINGS);
      parts.push(`<h2>${escapeHtml(heading)}</h2>`);
      count += wordCount(heading);
    }
    const length = 3 + Math.floor(next() * 4);
    const body = [];
    for (let i = 0; i < length; i++) {
      let sentence;
      let html;
      if (sentences % 3 === 1) {
        sentence = pick(FIGURES);
        html = escapeHtml(sentence);
        figureSentences++;
      } else {
        sentence = `${pick(SUBJECTS)} ${pick(VERBS)}${pick(TAILS)} ${pick(CLAUSES)}.`;
        html = escapeHtml(sentence);
        const r = next();
        if (r < 0.08) html = html.replace(/^(\S+ \S+)/, '<a href="./">$1</a>');
        else if (r < 0.14) html = html.replace(/ (that [a-z]+ [a-z]+)/, ' <em>$1</em>');
      }
      body.push(html);
      count += wordCount(sentence);
      sentences++;
    }
    parts.push(paragraph % 9 === 7 ? `<ul>\n${body.map((s) => `  <li>${s}</li>`).join('\n')}\n</ul>` :
        `<p>${body.join(' ')}</p>`);
    paragraph++;
  }
  return {html: parts.join('\n\n'), words: count, sentences, figureSentences};
}

/** The demo page's frame around a generated article, as /demo/ serves it. */
export function articlePage({words = 5000, seed = 4, attributes = ''} = {}) {
  const article = articleHtml({words, seed});
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A long read — The Harbour Ledger</title>
<meta property="article:published_time" content="2024-06-01T08:30:00+08:00">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="demo.css">
<script type="module" src="../widget/fig-check.mjs"></script>
</head>
<body>
<main class="page">
<article class="story">
<h1>A long read on the city's economy</h1>
<fig-check class="story-body"${attributes ? ` ${attributes}` : ''}>
${article.html}
</fig-check>
</article>
</main>
</body>
</html>
`;
  return {...article, page: html};
}
