import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Three projects: plain Node for lib/ (no DOM, as lib/ must run), happy-dom with Solid's
// compiler for components (WxtVitest does not apply module plugins, so solid() is added here),
// and the signalling relay in bare Node: no solid() and no WxtVitest, whose browser conditions
// would resolve `ws` to its browser stub.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          globals: true,
        },
      },
      {
        plugins: [WxtVitest(), solid()],
        resolve: { conditions: ['browser', 'development'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          globals: true,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        test: {
          name: 'relay',
          include: ['tests/relay/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
