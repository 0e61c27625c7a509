// @ts-check
/**
 * The rules that hold themselves (`npm run lint`, first step of `npm test`):
 * - typescript-eslint's recommended rules (syntax only, no type information: lint stays fast);
 * - the layering of the project, VS Code style: the core never imports `electron`, a host
 *   (electron/main, electron/headless, electron/cli) or the renderer; the renderer never
 *   imports electron/; shared/ imports nothing of the project outside shared/;
 * Import cycles (type-only included, and between electron/core folders) are checked by
 * scripts/check-import-cycles.mjs, the second half of `npm run lint`: import-x/no-cycle skips
 * type-only imports and is the slowest rule there is.
 * Formatting is Prettier's job (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HOSTS = ['./electron/main', './electron/main.ts', './electron/preload.ts', './electron/headless', './electron/cli'];
const noElectron = (message) => ({
  'no-restricted-imports': ['error', { paths: [{ name: 'electron', message }], patterns: [{ group: ['electron/*'], message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // the code base narrows with `!` where a lookup was just checked; tsc's strict mode is the judge
      '@typescript-eslint/no-non-null-assertion': 'off',
      // a `let` read by a closure before its one assignment (a late-bound handle) stays a let
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // false positives on `let x = fallback; try { x = … } catch {}`
      'no-useless-assignment': 'off',
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      ...noElectron('the core runs without Electron (headless, CLI): take the host service through CoreOptions'),
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './electron/core', from: HOSTS, message: 'the core never imports a host: the hosts import the core' },
            { target: './electron/core', from: './renderer', message: 'the core never imports the renderer: share through shared/' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      ...noElectron('the renderer talks to the main side only through shared/ipc (window.monps)'),
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './renderer',
              from: './electron',
              message: 'the renderer never imports electron/: use shared/ (contract, domain, oddsmath)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      ...noElectron('shared/ runs in every process: no Electron'),
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./electron', './renderer', './tests', './bench', './scripts', './bin'],
              message: 'shared/ imports nothing of the project outside shared/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
