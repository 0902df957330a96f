import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Two projects: plain Node for lib/ (no DOM, as lib/ must run), and happy-dom with Solid's
// compiler for components. WxtVitest does not apply module plugins, so solid() is added here.
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
    ],
  },
});
