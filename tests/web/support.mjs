// Shared by the web tests and scripts/web-bench: where things are, the dev
// claims, and the native CLI's answers for them.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'build', 'wasm', 'dist');
export const NATIVE = process.env.FIGCHECK_NATIVE ?? join(ROOT, 'build', 'native', 'figcheck');
export const CLAIMS = process.env.FIGCHECK_CLAIMS ?? join(ROOT, '..', 'shared', 'claims', 'dev.jsonl');
export const ARTIFACTS = join(ROOT, 'artifacts', 'web');
// Debian's Chromium, started as toolchain.md says works here.
export const CHROMIUM = process.env.FIGCHECK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The date the dev claims were labelled against (scripts/eval uses it too).
export const DEFAULT_AS_OF = '2024-11-01';

export function requireFile(path, hint) {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
  return path;
}

/** The dev claims, each with its as_of filled in. */
export function devClaims() {
  requireFile(CLAIMS, 'the dev claims live in shared/claims/ beside the repository (or set FIGCHECK_CLAIMS)');
  return readFileSync(CLAIMS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const row = JSON.parse(l);
    return {...row, as_of: row.as_of ?? DEFAULT_AS_OF};
  });
}

/** `figcheck check --batch -` over the claims, with the fact base the wasm build ships. */
export function nativeResults(claims, {factbase = join(DIST, 'factbase.json')} = {}) {
  requireFile(NATIVE, 'build the native CLI first (scripts/build, or scripts/wasm-build)');
  const input = claims.map((c) => JSON.stringify({id: c.id, claim: c.claim, as_of: c.as_of})).join('\n') + '\n';
  const run = spawnSync(NATIVE, ['check', '--batch', '-', '--factbase', factbase],
      {input, encoding: 'utf8', maxBuffer: 256 << 20});
  if (run.status !== 0 && run.status !== 2) {
    throw new Error(`${NATIVE} exited ${run.status}: ${run.stderr}`);
  }
  const byId = new Map();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const result = JSON.parse(line);
    byId.set(result.id, result);
  }
  return byId;
}

/** What parity compares: the verdict and the citation (file, figure offset). */
export function verdictAndCitation(result) {
  if (result.error) return {error: result.error.code};
  const cite = (c) => c && {file: c.source.file, figure_start: c.figure_start};
  return {
    verdict: result.verdict,
    citation: cite(result.citation),
    figures: result.figures.map((f) => ({verdict: f.verdict, citations: f.citations.map(cite)})),
  };
}
