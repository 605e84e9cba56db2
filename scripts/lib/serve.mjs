// A small static server for the claim page as the wasm build assembles it
// (build/wasm/site: web/ + the module, minified, each file with a
// precompressed .gz beside it), on the loopback address only. Serves .wasm
// as application/wasm (streaming compilation), sends the .gz when the
// browser accepts gzip (what the size budget counts; compressed on the fly
// at level 9 when there is none), and sends the page's
// Content-Security-Policy as a header too. Also serves the widget's demo
// article (/demo/) and the same article under exactly the policy a news site
// would send (/demo/csp.html), and pages a test or benchmark hands it
// (`pages`). Used by scripts/serve, scripts/web-bench, scripts/widget-bench
// and tests/web/*.test.mjs.
//
//   node scripts/lib/serve.mjs [--port N]     (0: any free port)
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SITE = join(ROOT, 'build', 'wasm', 'site');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
    "form-action 'none'; frame-ancestors 'none'";

// The policy the widget promises to work under (issue 4), exactly as given:
// /demo/csp.html is the demo article served with it and nothing looser.
export const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const ALIASES = {'/demo/csp.html': {path: '/demo/index.html', csp: WIDGET_CSP}};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function findFile(urlPath, root) {
  let path = decodeURIComponent(urlPath);
  if (path.endsWith('/')) path += 'index.html';
  const rel = normalize(path).replace(/^([/\\])+/, '');
  if (rel.split(sep).includes('..')) return null;
  const file = join(root, rel);
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts serving; resolves to {server, url}. `pages` maps a path to a page
 * held in memory, `{body, type?, csp?}` (type: an extension such as '.html';
 * csp: the policy sent with HTML, default the site's, null for none): the
 * tests' and benchmarks' articles and fact bases, from the same origin.
 */
export function serve({port = 8080, host = '127.0.0.1', root = SITE, log = false, pages = {}} = {}) {
  const gzipCache = new Map();  // file → {mtimeMs, body}
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const page = Object.hasOwn(pages, url.pathname) ? pages[url.pathname] : null;
    if (page && (req.method === 'GET' || req.method === 'HEAD')) {
      const type = page.type ?? extname(url.pathname);
      const headers = {'Content-Type': TYPES[type] ?? 'application/octet-stream', 'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer'};
      const csp = page.csp === undefined ? CSP : page.csp;
      if (type === '.html' && csp) headers['Content-Security-Policy'] = csp;
      const body = Buffer.from(page.body);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`200 ${url.pathname} (in memory) ${body.length} bytes`);
      return;
    }
    const alias = Object.hasOwn(ALIASES, url.pathname) ? ALIASES[url.pathname] : null;
    const file = req.method === 'GET' || req.method === 'HEAD' ? await findFile(alias?.path ?? url.pathname, root) : null;
    if (file === null || !(extname(file) in TYPES)) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405,
          {'Content-Type': 'text/plain; charset=utf-8'});
      res.end('not found\n');
      if (log) console.log(`404 ${url.pathname}`);
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)],
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Vary': 'Accept-Encoding',
    };
    if (extname(file) === '.html') headers['Content-Security-Policy'] = alias?.csp ?? CSP;
    let body;
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const {mtimeMs} = await stat(file);
      let cached = gzipCache.get(file);
      if (!cached || cached.mtimeMs !== mtimeMs) {
        let gz;
        try {
          if ((await stat(`${file}.gz`)).mtimeMs >= mtimeMs) gz = await readFile(`${file}.gz`);
        } catch {
          // no precompressed copy
        }
        cached = {mtimeMs, body: gz ?? gzipSync(await readFile(file), {level: 9})};
        gzipCache.set(file, cached);
      }
      body = cached.body;
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = await readFile(file);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    if (log) console.log(`200 ${url.pathname} ${body.length} bytes`);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const {port: actual} = server.address();
      resolvePromise({server, url: `http://${host}:${actual}/`});
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8080);
  const {url} = await serve({port, log: process.argv.includes('--verbose')});
  console.log(`figcheck: serving the claim page at ${url}  (Ctrl+C stops)`);
  console.log(`figcheck: the <fig-check> demo article at ${url}demo/ (under the policy the README names: ${url}demo/csp.html)`);
}
