import { defineConfig } from 'vitest/config';

// Three projects, one command: pure core in Node, DOM code in happy-dom, and the built extension
// in real Chromium (e2e; one file at a time, since each launches a browser).
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
    ],
  },
});
