import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 0, // no wall-clock limit: timings belong in `npm run bench`
    hookTimeout: 0,
    pool: 'forks',
    environment: 'node',
  },
});
