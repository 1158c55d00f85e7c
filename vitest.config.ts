import { defineConfig } from 'vitest/config';

// Four projects, one command: pure core in Node, DOM code in happy-dom, the built extension in real
// Chromium and Firefox (e2e), and our page code, the CLI and the bench in real Chromium without the
// extension (browser). Browser projects run one file at a time, since each launches a browser.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'happy-dom' } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
