// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/', 'tests/fixtures/', '**/*-changed.*', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    // Reproducible builds: what ends up in dist/ never depends on the clock,
    // chance or the network. (Browser scripts in src/scripts may: they run on
    // the reader's machine; timing logs use performance.now, which is allowed.)
    files: [
      'scripts/lib/**/*.ts',
      'src/lib/**/*.ts',
      'src/pages/**/*.{ts,astro}',
      'src/layouts/**/*.astro',
      'src/components/**/*.astro',
      'src/integrations/**/*.ts',
    ],
    ignores: ['scripts/lib/bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Build output must not read the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Build output must not read the clock.',
        },
        { selector: "CallExpression[callee.name='Date']", message: 'Build output must not read the clock.' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Build output must not depend on chance; use a seeded generator.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The build never reads the network for content.' },
        { name: 'XMLHttpRequest', message: 'The build never reads the network for content.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['http', 'https', 'net', 'node:http', 'node:https', 'node:net'].map((name) => ({
            name,
            message: 'The build never reads the network for content.',
          })),
        },
      ],
    },
  },
);
