import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// Proves the layering rules of eslint.config.js fire where ARCHITECTURE.md says, and only there.
// The snippets are linted under made-up paths; those files do not exist, so type information is
// switched off and only the layering rules are kept.
const eslint = new ESLint({
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  overrideConfig: [tseslint.configs.disableTypeChecked],
  ruleFilter: ({ ruleId }) =>
    ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
});

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  expect(
    result.messages.filter((m) => m.fatal),
    `${filePath} should parse`,
  ).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

const snippets = {
  yjs: `import * as Y from 'yjs';\nexport const doc = new Y.Doc();\n`,
  'y-protocols/awareness': `import * as awareness from 'y-protocols/awareness';\nexport { awareness };\n`,
  'solid-js': `import { createSignal } from 'solid-js';\nexport const s = createSignal(1);\n`,
  'solid-js/store': `import { createStore } from 'solid-js/store';\nexport const s = createStore({});\n`,
  'wxt/browser': `import { browser } from 'wxt/browser';\nexport const b = browser;\n`,
  '@/components/…': `import { Grid } from '@/components/grid/Grid';\nexport const g = Grid;\n`,
  '../../components/…': `import { Grid } from '../../components/grid/Grid';\nexport const g = Grid;\n`,
  '@/entrypoints/…': `import { App } from '@/entrypoints/sidepanel/App';\nexport const a = App;\n`,
};
type Snippet = keyof typeof snippets;

describe('layering rule (no-restricted-imports)', () => {
  it.each([
    ['components/x.tsx', 'yjs'],
    ['components/grid/Cell.tsx', 'y-protocols/awareness'],
    ['entrypoints/sidepanel/App.tsx', 'yjs'],
    ['lib/domain/x.ts', 'yjs'],
    ['lib/csv/x.ts', 'yjs'],
    ['lib/browser/x.ts', 'yjs'],
    ['scripts/x.ts', 'yjs'],
    ['lib/model/x.ts', 'solid-js'],
    ['lib/domain/x.ts', 'solid-js/store'],
    ['lib/i18n/x.ts', 'wxt/browser'],
    ['lib/reactive/x.ts', '@/components/…'],
    ['lib/csv/x.ts', '../../components/…'],
    ['lib/sync/x.ts', '@/entrypoints/…'],
    ['components/x.tsx', '@/entrypoints/…'],
  ] satisfies [string, Snippet][])('rejects in %s: %s', async (filePath, snippet) => {
    expect(await layeringErrors(filePath, snippets[snippet])).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['lib/model/x.ts', 'yjs'],
    ['lib/sync/x.ts', 'y-protocols/awareness'],
    ['lib/reactive/x.ts', 'yjs'],
    ['lib/reactive/x.ts', 'solid-js/store'],
    ['lib/browser/x.ts', 'wxt/browser'],
    ['lib/browser/x.ts', 'solid-js'],
    ['tests/unit/x.test.ts', 'yjs'],
    ['bench/x.ts', 'yjs'],
    ['components/x.tsx', 'solid-js'],
    ['entrypoints/sidepanel/App.tsx', '@/components/…'],
  ] satisfies [string, Snippet][])('allows in %s: %s', async (filePath, snippet) => {
    expect(await layeringErrors(filePath, snippets[snippet])).toEqual([]);
  });

  it('sees every dependency as an import: WXT auto-imports stay off', async () => {
    const config = (await import('@/wxt.config')).default as { imports?: unknown };
    expect(config.imports, 'auto-imported globals would slip past no-restricted-imports').toBe(
      false,
    );
  });
});
