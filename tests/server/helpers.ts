/** Shared set-up for server tests: the app over a real or a scripted run service, and request helpers. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResponse } from '../../server/api/contract.ts';
import { createApp } from '../../server/app.ts';
import { Catalog } from '../../server/catalog.ts';
import type { RunInput, RunOutcome, RunService } from '../../server/run-service.ts';
import { createRunService, type RunServiceOptions } from '../../server/services.ts';

export { pair } from '../engine/helpers.ts';

export type App = ReturnType<typeof createApp>;

/** A run service whose answers the test chooses. */
export class ScriptedRuns implements RunService {
  readonly sandbox = 'bwrap' as const;
  readonly toolchain = { cython: '3.3.0', python: '3.11.2' };
  readonly seen: RunInput[] = [];
  answer: (input: RunInput) => Promise<RunOutcome> = async () => ({ ok: true, response: okResponse() });

  queueStats() {
    return { running: 0, waiting: 0, workers: 2, capacity: 32 };
  }

  run(input: RunInput): Promise<RunOutcome> {
    this.seen.push(input);
    return this.answer(input);
  }

  close(): void {}
}

export function okResponse(): RunResponse {
  return {
    class: 'ok', message: null, name: 'probe', form: { ok: true, problems: [] },
    compile: { ok: true, diagnostics: [], cached: false, durationMs: 1 },
    cases: [], equivalent: true, timing: null, annotation: null, limit: null,
    timedOut: false, truncated: false, exitCode: 0, signal: null, output: '', durationMs: 1,
  };
}

/** Static roots in a temp folder: `built` decides whether web/dist has an index.html. */
export function staticFixture(built: boolean): { roots: { web: string; pyodide: string }; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cnake-static-'));
  const web = join(root, 'dist');
  const pyodide = join(root, 'pyodide');
  mkdirSync(join(web, 'assets'), { recursive: true });
  mkdirSync(pyodide);
  if (built) writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title><div id="app"></div>');
  writeFileSync(join(web, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(pyodide, 'pyodide.asm.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  writeFileSync(join(pyodide, 'pyodide.mjs'), 'export {}');
  return { roots: { web, pyodide }, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** The app over the real engine in the real sandbox, on a fresh cache. */
export async function realApp(options: RunServiceOptions = {}): Promise<{ app: App; runs: RunService; cacheRoot: string; dispose: () => void }> {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'cnake-server-test-'));
  chmodSync(cacheRoot, 0o755); // the sandbox uids must be able to reach their job folders inside it
  const runs = await createRunService({ workers: 2, cacheRoot, ...options });
  const fixture = staticFixture(false);
  const app = createApp({ catalog: Catalog.load(), runs, static: fixture.roots });
  return {
    app, runs, cacheRoot,
    dispose: () => {
      runs.close();
      fixture.dispose();
      rmSync(cacheRoot, { recursive: true, force: true });
    },
  };
}

export function postRun(app: App, body: unknown): Promise<Response> {
  return Promise.resolve(app.request('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}
