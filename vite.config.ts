/** Builds the playground (`web/`) into `web/dist`, which the Hono server serves. */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** Cross-origin isolation lets Stop interrupt Pyodide through a SharedArrayBuffer (the server sends the same). */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const api = process.env.CNAKE_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: 'web',
  plugins: [svelte({ configFile: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000, // Monaco's lazy chunk is large by nature; the initial chunk is measured by bench:web
  },
  worker: { format: 'es' },
  server: {
    headers: isolation,
    proxy: { '/api': api, '/pyodide': api },
  },
  preview: { headers: isolation },
});
