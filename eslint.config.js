// @ts-check
// Lint for the whole project: typescript-eslint's strict rules on every .ts and .astro file, eslint-plugin-astro's
// recommended and jsx-a11y rules for Astro markup. `npm run lint` fails on any warning.
// jsx-a11y-x is the maintained fork of eslint-plugin-jsx-a11y that supports ESLint 10; eslint-plugin-astro
// accepts either (see its README, "jsx-a11y-recommended").
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, __SHOW_DRAFTS__: 'readonly' } },
    rules: {
      // Imports used only as types must say so, so the browser bundles never pull in build-time code.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A table that scrolls sideways sits in a labelled <section> (a region) that must take focus so keyboard
      // users can scroll it (axe's scrollable-region-focusable); that is the one non-interactive element allowed a
      // tabindex. (A <div role="region"> would need no exception here, but html-validate rightly prefers <section>.)
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: [], tags: ['section'] }],
    },
  },
  {
    // In a test, `value!` that turns out wrong throws and fails the test, which is what a test should do.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
