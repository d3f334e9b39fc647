/**
 * The HTTP app: the API sub-apps and the static site, composed with the body limit, the
 * security headers (a content security policy among them), cross-origin isolation (Pyodide
 * needs SharedArrayBuffer to interrupt a run), and the one error exit. Built by a function so
 * tests pass their own services and call it through `app.request` without a port.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError, envelope, onError } from './errors.ts';
import type { Catalog } from './catalog.ts';
import { healthRoutes } from './routes/health.ts';
import { pairsRoutes } from './routes/pairs.ts';
import { runRoutes } from './routes/run.ts';
import { staticRoutes, type StaticRoots } from './routes/static.ts';
import type { RunService } from './run-service.ts';

/** Two sources of up to 100,000 characters each, JSON-escaped, fit with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Only our own files run: no inline or foreign script, no plugins, no framing. Pyodide compiles
 * WebAssembly ('wasm-unsafe-eval', which does not allow JavaScript eval); Monaco and Svelte set
 * inline styles; the favicon is a data: URL.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  workerSrc: ["'self'"],
  connectSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export interface AppDeps {
  catalog: Catalog;
  runs: RunService;
  static: StaticRoots;
}

export function createApp(deps: AppDeps) {
  const api = new Hono()
    .use(bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `the request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
      },
    }))
    .route('/health', healthRoutes(deps.runs))
    .route('/pairs', pairsRoutes(deps.catalog))
    .route('/run', runRoutes(deps.runs))
    .all('*', (c) => c.json(envelope('not_found', `no API route ${c.req.method} ${c.req.path}`), 404));

  const app = new Hono()
    .use(secureHeaders({
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: 'require-corp',
      crossOriginResourcePolicy: 'same-origin',
      contentSecurityPolicy,
    }))
    .route('/api', api)
    .route('/', staticRoutes(deps.static));
  app.onError(onError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
