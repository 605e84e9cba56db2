// ESLint's flat config for figcheck's JavaScript: js.configs.recommended over
// the page and widget (browser), the wasm module's JS API (browser and Node:
// it runs in both), and the Node-side scripts, tests and benchmarks.
// Run through scripts/lint; generated and minified files are not ours to fix.
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: [
      'build/**', 'build-*/**', 'node_modules/**', 'third_party/**', 'artifacts/**',
      '**/*.min.js', '**/*.min.mjs',
    ],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
  },
  {
    files: ['web/**/*.mjs', 'web/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    // The JS API loads under Node (tests, CLI tools) and in browsers.
    files: ['wasm/figcheck.mjs'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
  },
  {
    files: [
      'wasm/site.mjs', 'scripts/lib/*.mjs', 'tests/web/*.mjs', 'bench/**/*.mjs',
      'eslint.config.js',
    ],
    languageOptions: {globals: globals.node},
  },
  {
    // These drive Chromium through Playwright: the callbacks they hand to
    // page.evaluate, $eval, waitForFunction and addInitScript run in the page.
    // Only the page globals those callbacks use, so Node code here that reaches
    // for another browser global is still caught.
    files: ['tests/web/e2e.test.mjs', 'tests/web/widget.test.mjs', 'scripts/lib/widget-bench.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly', window: 'readonly', getComputedStyle: 'readonly', getSelection: 'readonly',
      },
    },
  },
];
