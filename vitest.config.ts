import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Compiles and sandboxes are CPU-bound on 2 cores: run test files one at a time.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/web/**/*.svelte.test.ts'] },
      },
      {
        // The web app's rune state classes (`*.svelte.ts`) need the Svelte compiler, in client mode.
        extends: true,
        plugins: [svelte({ configFile: false })],
        test: { name: 'web-state', include: ['tests/web/**/*.svelte.test.ts'], environment: './tests/web/support/client-environment.ts' },
      },
    ],
  },
});
