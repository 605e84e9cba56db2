// The WebAssembly build stems every word as the native build does: the fact
// base's terms are stemmed natively (figcheck compile), a claim's in the
// browser, and a word stemmed apart on the two sides would never match.
// Runs tests/stem_words.cc, built both ways, over every word of
// data/sources/ and data/lexicon.json. Needs build/native and build/wasm
// (scripts/wasm-build).
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import assert from 'node:assert/strict';

import {ROOT, requireFile} from './support.mjs';

const NATIVE_STEM = requireFile(join(ROOT, 'build', 'native', 'tests', 'stem_words'), 'run scripts/build');
const WASM_STEM = requireFile(join(ROOT, 'build', 'wasm', 'test', 'stem_words.cjs'), 'run scripts/wasm-build');

function corpusWords() {
  const sources = join(ROOT, 'data', 'sources');
  let text = readFileSync(join(ROOT, 'data', 'lexicon.json'), 'utf8');
  for (const file of readdirSync(sources)) text += '\n' + readFileSync(join(sources, file), 'utf8');
  // Letters of any script, as the tokenizer keeps them in one word.
  return [...new Set(text.toLowerCase().match(/[\p{L}&]+/gu))].sort();
}

function stems(command, args, words) {
  const out = [];
  // Batches keep each command line well under the system's limit.
  for (let i = 0; i < words.length; i += 2000) {
    const batch = words.slice(i, i + 2000);
    const lines = execFileSync(command, [...args, ...batch], {encoding: 'utf8', maxBuffer: 64 << 20}).split('\n');
    out.push(...lines.slice(0, batch.length));
  }
  return out;
}

test('every word of the sources and the lexicon: the same stem natively and in WebAssembly', () => {
  const words = corpusWords();
  assert.ok(words.length > 1000, `only ${words.length} words`);
  const native = stems(NATIVE_STEM, [], words);
  const wasm = stems(process.execPath, [WASM_STEM], words);
  assert.equal(native.length, words.length);
  // The stemmer is at work (not a copy of its input) on both sides.
  assert.equal(native[words.indexOf('enterprises')], 'enterpris');
  const differ = words.filter((w, i) => native[i] !== wasm[i]).map((w) => `${w}: ${native[words.indexOf(w)]} / ${wasm[words.indexOf(w)]}`);
  assert.deepEqual(differ, [], `${differ.length} of ${words.length} words stem differently`);
});
