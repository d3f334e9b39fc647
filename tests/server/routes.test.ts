/** Every route and every error of the app, through `app.request`, over a scripted run service. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema, healthSchema, pairDetailSchema, pairIndexSchema, runResponseSchema } from '../../server/api/contract.ts';
import { createApp, MAX_BODY_BYTES } from '../../server/app.ts';
import { Catalog } from '../../server/catalog.ts';
import { RefusingRunService } from '../../server/run-service.ts';
import { okResponse, postRun, ScriptedRuns, staticFixture, type App } from './helpers.ts';

const catalog = Catalog.load();
let runs: ScriptedRuns;
let app: App;
let fixture: ReturnType<typeof staticFixture>;

beforeAll(() => {
  fixture = staticFixture(true);
  runs = new ScriptedRuns();
  app = createApp({ catalog, runs, static: fixture.roots });
});
afterAll(() => fixture.dispose());

async function expectEnvelope(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  const body = errorEnvelopeSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe('GET /api/health', () => {
  it('reports the sandbox, the toolchain and the queue', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(await res.json())).toEqual({
      ok: true, sandbox: 'bwrap', cython: '3.3.0', python: '3.11.2', queue: { running: 0, waiting: 0, workers: 2, capacity: 32 },
    });
  });
});

describe('GET /api/pairs', () => {
  it('lists every dataset pair with summary, keywords and features from its sources', async () => {
    const res = await app.request('/api/pairs');
    expect(res.status).toBe(200);
    const index = pairIndexSchema.parse(await res.json());
    const fizz = index.pairs.find((p) => p.name === 'fizzbuzz');
    expect(fizz).toMatchObject({ category: 'algorithms', summary: 'FizzBuzz: the words a player says for 1..n.' });
    expect(fizz?.keywords).toContain('modulo');
    expect(fizz?.features).toContain('typed_def_args');
    expect(index.categories.find((c) => c.id === 'algorithms')?.count).toBeGreaterThanOrEqual(1);
    expect(index.features.length).toBeGreaterThan(10);
  });

  it('returns one pair with both sources', async () => {
    const res = await app.request('/api/pairs/fizzbuzz');
    expect(res.status).toBe(200);
    const detail = pairDetailSchema.parse(await res.json());
    expect(detail.python).toContain('def fizzbuzz');
    expect(detail.cython).toContain('cdef int i');
  });

  it('answers 404 with the envelope for an unknown pair', async () => {
    expect(await expectEnvelope(await app.request('/api/pairs/no_such_pair'), 404, 'not_found')).toContain('no_such_pair');
  });

  it('answers 400 for a name that cannot be a pair', async () => {
    await expectEnvelope(await app.request('/api/pairs/Bad-Name'), 400, 'bad_request');
  });
});

describe('POST /api/run', () => {
  it('passes the validated body to the run service and returns its result', async () => {
    const res = await postRun(app, { python: 'p', cython: 'c' });
    expect(res.status).toBe(200);
    expect(runResponseSchema.parse(await res.json())).toEqual(okResponse());
    expect(runs.seen.at(-1)).toEqual({ python: 'p', cython: 'c', timing: false, strict: false });
  });

  it('rejects a body that fails the schema with 400', async () => {
    const message = await expectEnvelope(await postRun(app, { python: 1 }), 400, 'bad_request');
    expect(message).toContain('python');
  });

  it('rejects malformed JSON with the envelope', async () => {
    const res = await app.request('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"python": ' });
    await expectEnvelope(res, 400, 'bad_request');
  });

  it('rejects a body over the limit with 413', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    await expectEnvelope(await postRun(app, { python: big, cython: '' }), 413, 'payload_too_large');
  });

  it('answers 429 when the queue is full, with Retry-After', async () => {
    runs.answer = async () => ({ ok: false, code: 'queue_full', message: 'busy' });
    const res = await postRun(app, { python: 'p', cython: 'c' });
    expect(res.headers.get('retry-after')).toBe('2');
    await expectEnvelope(res, 429, 'queue_full');
  });

  it('answers 504 when the job misses its deadline', async () => {
    runs.answer = async () => ({ ok: false, code: 'timeout', message: 'late' });
    await expectEnvelope(await postRun(app, { python: 'p', cython: 'c' }), 504, 'timeout');
  });

  it('answers 500 with the envelope (and no details) when the server fails', async () => {
    runs.answer = async () => {
      throw new Error('secret internals');
    };
    const original = console.error;
    console.error = () => undefined;
    try {
      const message = await expectEnvelope(await postRun(app, { python: 'p', cython: 'c' }), 500, 'internal');
      expect(message).not.toContain('secret');
    } finally {
      console.error = original;
      runs.answer = async () => ({ ok: true, response: okResponse() });
    }
  });

  it('refuses to run code when the sandbox is missing, saying what to install', async () => {
    const refusing = createApp({ catalog, runs: new RefusingRunService('install it: apt-get install -y bubblewrap'), static: fixture.roots });
    const message = await expectEnvelope(await postRun(refusing, { python: 'p', cython: 'c' }), 503, 'sandbox_unavailable');
    expect(message).toContain('apt-get install -y bubblewrap');
    const health = healthSchema.parse(await (await refusing.request('/api/health')).json());
    expect(health).toMatchObject({ ok: false, sandbox: 'none' });
  });

  it('answers 404 with the envelope for a wrong method or an unknown API path', async () => {
    await expectEnvelope(await app.request('/api/run'), 404, 'not_found');
    await expectEnvelope(await app.request('/api/nothing'), 404, 'not_found');
  });
});

describe('static files and headers', () => {
  it('makes every response cross-origin isolated, errors included', async () => {
    for (const res of [await app.request('/'), await app.request('/api/health'), await app.request('/api/pairs/nope')]) {
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('serves the built app, with the app for client-side routes', async () => {
    const home = await app.request('/');
    expect(await home.text()).toContain('<div id="app">');
    const route = await app.request('/pair/fizzbuzz');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="app">');
    const asset = await app.request('/assets/main.js');
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('answers 404 for a missing asset instead of the app', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it("serves Pyodide's files at /pyodide/ with their types", async () => {
    const wasm = await app.request('/pyodide/pyodide.asm.wasm');
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect((await app.request('/pyodide/pyodide.mjs')).headers.get('content-type')).toContain('javascript');
    expect((await app.request('/pyodide/missing.js')).status).toBe(404);
    expect((await app.request('/pyodide/../package.json')).status).toBe(404);
  });

  it('explains how to build the app when web/dist is missing', async () => {
    const bare = staticFixture(false);
    try {
      const res = await createApp({ catalog, runs, static: bare.roots }).request('/');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('npm run build');
    } finally {
      bare.dispose();
    }
  });
});
