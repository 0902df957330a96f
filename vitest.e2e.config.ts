import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (.output/) in Debian's Chromium through playwright-core.
// Plain Node (the browser is driven from outside), one file at a time (each launches Chromium
// and may start a relay on a loopback port), and generous timeouts for launches on 2 cores.
export default defineConfig({
  resolve: {
    alias: { '@': dirname(fileURLToPath(import.meta.url)) },
  },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
