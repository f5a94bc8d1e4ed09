import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Property tests and real processes: generous on a loaded 2-core machine (speed lives in benches).
          testTimeout: 30_000,
          include: [
            'packages/*/src/**/*.test.ts',
            'form-library/**/*.test.ts',
            'server/src/**/*.test.ts',
            'renderer/src/**/*.test.tsx',
            'renderer/src/**/*.test.ts',
            'designer/src/**/*.test.ts',
            'designer/src/**/*.test.tsx',
          ],
        },
      },
      {
        // Real server (child process) + real Chromium; see test/README.md.
        resolve: { tsconfigPaths: true },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium and one server at a time: the machines have 2 cores.
          fileParallelism: false,
        },
      },
      {
        // Another language's 2020-12 validator (Debian's python3-jsonschema) on the same cases.
        resolve: { tsconfigPaths: true },
        test: {
          name: 'conformance',
          environment: 'node',
          include: ['test/conformance/**/*.conformance.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
