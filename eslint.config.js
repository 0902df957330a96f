// @ts-check

import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// ---------------------------------------------------------------------------------------------
// Layering (ARCHITECTURE.md): which folders may import what. Each group is a `regex` pattern of
// `no-restricted-imports`, so the message can say what to do instead.
// ---------------------------------------------------------------------------------------------

/** Path aliases that resolve to the project root (.wxt/tsconfig.json), or any `../` climb. */
const toRoot = String.raw`((@|~|@@|~~)/|(\.\./)+)`;

const YJS = {
  regex: String.raw`^(yjs|y-indexeddb|y-webrtc|y-protocols|y-utility)(/.*)?$`,
  message:
    'Only lib/model/, lib/sync/ and lib/reactive/ (and tests/, bench/) may import the Yjs family. ' +
    'Use the typed commands and queries of @/lib/model, or the signals of @/lib/reactive.',
};
const SOLID = {
  regex: String.raw`^(solid-js|@solid-primitives/[^/]+|@solidjs/[^/]+)(/.*)?$`,
  message:
    'lib/ has no Solid: only lib/reactive/ (the Yjs → Solid bridge) and lib/browser/ may import it. ' +
    'Return plain values here and make them reactive in lib/reactive/.',
};
const BROWSER = {
  regex: String.raw`^(wxt/browser|@wxt-dev/browser)$`,
  message:
    'lib/ runs in plain Node: only lib/browser/ (and lib/reactive/) may touch the extension API. ' +
    'Put the browser call in lib/browser/ and pass plain values in.',
};
const COMPONENTS = {
  regex: String.raw`^${toRoot}components(/.*)?$`,
  message:
    'Arrows run downwards: lib/ may not import from components/. Move the shared piece into lib/.',
};
const ENTRYPOINTS_FROM_LIB = {
  regex: String.raw`^${toRoot}entrypoints(/.*)?$`,
  message: 'Arrows run downwards: lib/ may not import from entrypoints/ (wiring only).',
};
const ENTRYPOINTS_FROM_COMPONENTS = {
  regex: String.raw`^${toRoot}entrypoints(/.*)?$`,
  message:
    'Arrows run downwards: components/ may not import from entrypoints/. ' +
    'Move the piece into components/ or lib/.',
};

/** @param {...{ regex: string, message: string }} groups */
const restrict = (...groups) => ['error', { patterns: groups }];

// WXT's auto-imports are off (wxt.config.ts `imports: false`, guarded by a test), so every
// dependency is an import statement these rules can see.

export default defineConfig(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', '.cache/', 'test-results/', 'coverage/'],
  },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Y.Text / Y.XmlText define toString() at runtime, but yjs's generated .d.ts omits it, so the
      // rule takes them for Object's '[object Object]'. The first four are the rule's defaults.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'YText', 'YXmlText'] },
      ],
      // `_`-prefixed names are deliberately unused (callback positions, destructuring to omit).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JS (this file) is outside tsconfig.json, so it gets no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Views, plus the .ts files of the Yjs → Solid bridge, whose reactivity matters as much.
    files: ['**/*.tsx', 'lib/reactive/**/*.ts'],
    ...solid,
  },

  // Layering. For one file the last matching object wins, so the general rule comes first.
  { rules: { 'no-restricted-imports': restrict(YJS) } },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': restrict(YJS, ENTRYPOINTS_FROM_COMPONENTS) },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': restrict(YJS, SOLID, BROWSER, COMPONENTS, ENTRYPOINTS_FROM_LIB),
    },
  },
  {
    files: ['lib/model/**', 'lib/sync/**'],
    rules: { 'no-restricted-imports': restrict(SOLID, BROWSER, COMPONENTS, ENTRYPOINTS_FROM_LIB) },
  },
  {
    files: ['lib/reactive/**'],
    rules: { 'no-restricted-imports': restrict(COMPONENTS, ENTRYPOINTS_FROM_LIB) },
  },
  {
    files: ['lib/browser/**'],
    rules: { 'no-restricted-imports': restrict(YJS, COMPONENTS, ENTRYPOINTS_FROM_LIB) },
  },
  { files: ['tests/**', 'bench/**'], rules: { 'no-restricted-imports': 'off' } },
);
