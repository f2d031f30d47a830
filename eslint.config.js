import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * The layers (README, „Ordner“): lib/data reads bytes into a Dataset and imports only
 * data, geo and util; lib/model derives from it and imports only data, geo and util;
 * nothing in lib imports a page (views) or the embed entry (src/embed); pages and the
 * embed share chart code through lib/embed, never each other. Paths are relative, so
 * each rule names the depth of the files it guards.
 */
const layers = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const LIB_UP =
  'lib/* importiert keine Seite (src/views) und nicht den Einstieg der Einbettung (src/embed); gemeinsamer Code gehört nach src/lib.';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'tests/e2e/screenshots/', '.tmp/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: ['src/**', 'scripts/**'],
    rules: {
      // Input-sized arrays spread into a call overflow the stack (issue 16):
      // use appendAll / maxOf / minOf / fromCharCodes from src/lib/util/no-spread.ts.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'Kein Spread in Aufrufe: bei großen Eingaben läuft der Stack über. appendAll/maxOf/minOf/fromCharCodes aus src/lib/util/no-spread.ts nutzen.',
        },
        {
          selector: "CallExpression[callee.property.name='apply']",
          message: 'Kein .apply mit Arrays: bei großen Eingaben läuft der Stack über.',
        },
      ],
    },
  },
  {
    files: ['src/lib/data/*'],
    rules: layers([
      {
        regex: '^\\.\\./(?!(data|geo|util)/)',
        message:
          'Schicht: lib/data importiert nur aus lib/data, lib/geo und lib/util (kein model, state, i18n, ui). Ableitungen gehören nach lib/model, Abläufe nach lib/pipeline.',
      },
      { regex: '^\\.\\./\\.\\./', message: LIB_UP },
    ]),
  },
  {
    files: ['src/lib/model/*'],
    rules: layers([
      {
        regex: '^\\.\\./(?!(data|geo|util)/)',
        message:
          'Schicht: lib/model importiert nur aus lib/data, lib/geo und lib/util. Texte und Formate (i18n) gehören in lib/ui oder die Seite.',
      },
      { regex: '^\\.\\./\\.\\./', message: LIB_UP },
    ]),
  },
  {
    files: ['src/lib/*/*'],
    ignores: ['src/lib/data/*', 'src/lib/model/*'],
    rules: layers([{ regex: '^\\.\\./\\.\\./(views|embed)/', message: LIB_UP }]),
  },
  {
    files: ['src/lib/*/*/*'],
    rules: layers([{ regex: '^\\.\\./\\.\\./\\.\\./(views|embed)/', message: LIB_UP }]),
  },
  {
    files: ['src/views/*/*'],
    rules: layers([
      {
        regex: '^\\.\\./\\.\\./embed/',
        message:
          'Seiten importieren nicht aus src/embed: gemeinsamer Grafik-Code liegt in src/lib/embed.',
      },
    ]),
  },
  {
    files: ['src/views/*/*/*'],
    rules: layers([
      {
        regex: '^\\.\\./\\.\\./\\.\\./embed/',
        message:
          'Seiten importieren nicht aus src/embed: gemeinsamer Grafik-Code liegt in src/lib/embed.',
      },
    ]),
  },
  {
    files: ['src/embed/*'],
    rules: layers([
      {
        regex: '^\\.\\./views/',
        message: 'Die Einbettung importiert keine Seite: gemeinsamer Code liegt in src/lib.',
      },
    ]),
  },
  {
    rules: {
      // Data from staff files is hostile: never render it as HTML.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // TypeScript checks names itself (DOM types such as BlobPart are not runtime globals).
      'no-undef': 'off',
    },
  },
);
