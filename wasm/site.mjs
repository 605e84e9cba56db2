// Assembles the claim page as it is deployed: web/ plus the module from
// dist/, in one folder. JavaScript is minified with terser (when npm ci has
// installed it) and every file gets a precompressed .gz beside it, made with
// zopfli when Debian's zopfli is installed (gzip-compatible, ~5% smaller than
// gzip -9), else with zlib at level 9; scripts/serve sends those as they
// are. Comments are dropped from CSS and HTML (a reader's browser has no use
// for them), and so is whitespace that changes nothing. Run by the wasm
// build (wasm/CMakeLists.txt); sizes are printed by scripts/web-bench.
//
// `--core DIR` takes the module (figcheck-core.mjs and .wasm) from DIR
// instead of --dist: the claim page and the widget each ship the module
// built for what they call. `--no-coverage` ships the fact base without its
// coverage summary (the widget never shows it).
//
//   node wasm/site.mjs --web DIR --dist DIR [--core DIR] [--no-coverage] --out DIR
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {extname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) throw new Error(`usage: site.mjs --web DIR --dist DIR --out DIR (missing ${name})`);
  return resolve(process.argv[i + 1]);
};
const web = arg('--web');
const dist = arg('--dist');
const out = arg('--out');
const core = process.argv.includes('--core') ? arg('--core') : dist;
const noCoverage = process.argv.includes('--no-coverage');

// terser from the project's node_modules (a devDependency), if installed.
let minify = null;
try {
  const require = createRequire(join(resolve(web, '..'), 'package.json'));
  ({minify} = await import(require.resolve('terser')));
} catch {
  console.warn('site: terser not installed (npm ci); JavaScript is shipped unminified');
}

const zopfli = spawnSync('zopfli', ['-h'], {stdio: 'ignore'}).error === undefined;
if (!zopfli) console.warn('site: zopfli not installed (apt-get install zopfli); compressing with zlib -9');

// CSS without comments and the whitespace no rule needs: runs of it become
// one space, dropped beside { } ; , > and after a colon, as is a rule's last
// semicolon. Quoted strings are left as they are; spaces beside ( + - ~ stay
// (media queries and calc() need them).
function minifyCss(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, i) => i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':'))
      .join('').replace(/;}/g, '}').trim();
}

const SHIPPED = new Set(['.html', '.css', '.mjs', '.js', '.json', '.wasm', '.png', '.svg']);
const files = [
  ...readdirSync(web).filter((f) => SHIPPED.has(extname(f))).map((f) => join(web, f)),
  ...['figcheck.mjs', 'factbase.json'].map((f) => join(dist, f)),
  ...['figcheck-core.mjs', 'figcheck-core.wasm'].map((f) => join(core, f)),
];

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
for (const file of files) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const target = join(out, name);
  if (minify && extname(name) === '.mjs') {
    const result = await minify(readFileSync(file, 'utf8'), {module: true, compress: {passes: 2}, mangle: true});
    writeFileSync(target, result.code);
  } else if (extname(name) === '.css') {
    writeFileSync(target, minifyCss(readFileSync(file, 'utf8')));
  } else if (extname(name) === '.html') {
    // Indentation only collapses in HTML: dropped but inside <pre> and <textarea>.
    const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->\n?/g, '');
    writeFileSync(target, html.split(/(<(?:pre|textarea)\b[\s\S]*?<\/(?:pre|textarea)>)/)
        .map((part, i) => i % 2 ? part : part.replace(/^[ \t]+/gm, '')).join(''));
  } else if (noCoverage && name === 'factbase.json') {
    const base = JSON.parse(readFileSync(file, 'utf8'));
    delete base.coverage;
    writeFileSync(target, JSON.stringify(base));
  } else {
    copyFileSync(file, target);
  }
  if (zopfli) {
    const run = spawnSync('zopfli', ['--i15', target]);  // writes target.gz
    if (run.status !== 0) throw new Error(`zopfli failed on ${target}: ${run.stderr}`);
  } else {
    writeFileSync(`${target}.gz`, gzipSync(readFileSync(target), {level: 9}));
  }
}
writeFileSync(join(out, '.stamp'), `${new Date().toISOString()}\n`);
console.log(`site: ${files.length} files in ${out}${minify ? ', JS minified' : ''}, ` +
    `precompressed with ${zopfli ? 'zopfli' : 'zlib -9'}`);
