// ESLint flat config. The import arrows of the architecture are enforced per folder:
// ui -> app -> {map, workers, db, io, core}; workers -> {core, io}; db, io, map -> core; core -> math/geo libs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  message: `This layer may not import from src/${name}.`,
});
const uiLibs = ['react', 'react-dom', 'react-dom/*', 'maplibre-gl', 'maplibre-gl/*'];
// @duckdb/node-api is native Node code: only db (its Node connector), cli, scripts and tests may use it.
const nodeDuckDb = ['@duckdb/node-api', '@duckdb/node-api/*'];
const dataLibs = ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*', ...nodeDuckDb, 'papaparse'];
const restrict = (layers, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...layers.map(layer),
        ...paths.map((p) => ({ group: [p], message: `This layer may not import ${p}.` })),
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-e2e/',
      '.e2e-build/',
      'node_modules/',
      'data/',
      'test/fixtures/',
      '.bench-tmp/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/core/**'],
    rules: restrict(['io', 'db', 'workers', 'map', 'ui', 'app'], [...uiLibs, ...dataLibs]),
  },
  {
    files: ['src/io/**'],
    rules: restrict(
      ['db', 'workers', 'map', 'ui', 'app'],
      [...uiLibs, '@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*', ...nodeDuckDb],
    ),
  },
  {
    files: ['src/db/**'],
    rules: restrict(['io', 'workers', 'map', 'ui', 'app'], [...uiLibs, 'papaparse']),
  },
  {
    files: ['src/map/**'],
    rules: restrict(['io', 'db', 'workers', 'ui', 'app'], ['react', 'react-dom', ...dataLibs]),
  },
  { files: ['src/cli/**'], rules: restrict(['map', 'ui', 'app'], [...uiLibs]) },
  {
    files: ['src/workers/**'],
    rules: restrict(['db', 'map', 'ui', 'app'], [...uiLibs, ...nodeDuckDb]),
  },
  // Composition root (documented in the README, « Architecture »): src/app/App.tsx and main.tsx are
  // the only app files that may import src/ui, because something must mount the ui on the page and
  // hand it the app's services; every other app file stays below ui (ui -> app), so a hook or
  // service that imports a component fails lint.
  {
    files: ['src/app/**'],
    ignores: ['src/app/App.tsx', 'src/app/main.tsx'],
    rules: restrict(['ui'], nodeDuckDb),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(['db', 'io', 'workers', 'map'], ['maplibre-gl', ...dataLibs]),
  },
);
