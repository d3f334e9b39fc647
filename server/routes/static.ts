/**
 * The built web app (web/dist, from the web side's `npm run build`) with a single-page fallback,
 * and Pyodide's files at /pyodide/ (the browser loads Python from us, not from a CDN).
 */
import { existsSync, statSync } from 'node:fs';
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
  // Every client-side route answers with index.html: read it once per build, not per request
  // (a rebuild while the server runs changes its mtime and the asset names it points to).
  let cached: { mtimeMs: number; html: string } | null = null;
  const indexHtml = async (): Promise<string | null> => {
    if (!existsSync(index)) return null;
    const { mtimeMs } = statSync(index);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: await readFile(index, 'utf8') };
    return cached.html;
  };
  return new Hono()
    .use('/pyodide/*', serveStatic({ root: roots.pyodide, rewriteRequestPath: (p) => p.replace(/^\/pyodide/, '') }))
    .use('*', serveStatic({ root: roots.web }))
    .get('*', async (c) => {
      // Client-side routes (/pair/<name>, /about …) have no file extension: answer with the app.
      // A missing asset (/assets/x.js) stays a 404 so a stale page fails loudly instead of parsing HTML as JS.
      if (extname(c.req.path) !== '' || c.req.path.startsWith('/pyodide/')) return c.notFound();
      return c.html((await indexHtml()) ?? NOT_BUILT);
    });
}
