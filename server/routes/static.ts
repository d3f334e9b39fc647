/**
 * The built web app (web/dist, from the web side's `npm run build`) with a single-page fallback,
 * and Pyodide's files at /pyodide/ (the browser loads Python from us, not from a CDN).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export interface StaticRoots {
  /** The built app (contains index.html). */
  web: string;
  /** node_modules/pyodide. */
  pyodide: string;
}

const NOT_BUILT = `<!doctype html>
<meta charset="utf-8"><title>CnakeCharmer</title>
<h1>The web app is not built yet</h1>
<p>The API is up (<a href="/api/health">/api/health</a>, <a href="/api/pairs">/api/pairs</a>).
To serve the playground, build it once and restart the server:</p>
<pre>npm run build
npm start</pre>`;

export function staticRoutes(roots: StaticRoots) {
  const index = join(roots.web, 'index.html');
  return new Hono()
    .use('/pyodide/*', serveStatic({ root: roots.pyodide, rewriteRequestPath: (p) => p.replace(/^\/pyodide/, '') }))
    .use('*', serveStatic({ root: roots.web }))
    .get('*', async (c) => {
      // Client-side routes (/pair/<name>, /about …) have no file extension: answer with the app.
      // A missing asset (/assets/x.js) stays a 404 so a stale page fails loudly instead of parsing HTML as JS.
      if (extname(c.req.path) !== '' || c.req.path.startsWith('/pyodide/')) return c.notFound();
      if (!existsSync(index)) return c.html(NOT_BUILT);
      return c.html(await readFile(index, 'utf8'));
    });
}
