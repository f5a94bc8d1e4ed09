import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'form-library/**/*.test.ts',
            'server/src/**/*.test.ts',
            'renderer/src/**/*.test.tsx',
            'designer/src/**/*.test.tsx',
          ],
        },
      },
    ],
  },
});
