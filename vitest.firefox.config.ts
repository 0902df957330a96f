import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// Firefox tests: the Firefox package (.output/firefox-mv2) in Debian's firefox-esr, headless,
// over Marionette (tests/firefox/firefox.ts). Skipped where no Firefox is installed.
export default defineConfig({
  resolve: {
    alias: { '@': dirname(fileURLToPath(import.meta.url)) },
  },
  test: {
    name: 'firefox',
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
