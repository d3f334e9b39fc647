import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Compiles and sandboxes are CPU-bound on 2 cores: run test files one at a time.
    fileParallelism: false,
  },
});
