import { defineConfig } from 'wxt';

// Manifest as a function of the target: a static `sidePanel` permission would leak into
// Firefox's manifest, where the sidebar is declared instead.
export default defineConfig({
  modules: ['@wxt-dev/module-solid'],
  manifest: ({ browser }) => ({
    name: 'Forankra',
    description: 'A local-first planner for working groups anchoring a new method of work.',
    permissions: [
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    action: { default_title: 'Forankra' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'forankra@forankra.app' } } }
      : {}),
  }),
});
