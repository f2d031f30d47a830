import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

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
    rules: {
      // Data from staff files is hostile: never render it as HTML.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // TypeScript checks names itself (DOM types such as BlobPart are not runtime globals).
      'no-undef': 'off',
    },
  },
);
