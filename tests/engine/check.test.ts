/** The engine end to end on small pairs: every way a check can end. */
import { statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../server/engine/engine.ts';
import { freshEngine, pair } from './helpers.ts';

let engine: Engine;
let dispose: () => void;
beforeAll(async () => {
  ({ engine, dispose } = await freshEngine());
});
afterAll(() => dispose());

const quick = { timing: false, optLevel: 0 as const };

describe('engine.check', () => {
  it('passes an equivalent pair and reports every case, benchmark args last', async () => {
    const report = await engine.check(pair(), quick);
    expect(report.failure).toBeNull();
    expect(report.status).toBe('pass');
    expect(report.equivalent).toBe(true);
    expect(report.run?.cases.map((c) => c.args)).toEqual(['(0,)', '(1,)', '(5,)', '(10,)']);
    expect(report.run?.cases.at(-1)?.benchmark).toBe(true);
    expect(report.run?.cases[2]?.python).toEqual({ ok: true, value: '30' });
  });

  it('times both sides when asked and reports a speedup from the medians', async () => {
    const report = await engine.check(pair({ args: '(200000,)' }), { timing: true, optLevel: 2, budgetSeconds: 0.05 });
    const timing = report.run?.timing;
    expect(timing).toBeTruthy();
    expect(timing!.python.repeats).toBeGreaterThanOrEqual(3);
    expect(timing!.speedup).toBeCloseTo(timing!.python.medianSeconds / timing!.cython.medianSeconds, 6);
    expect(timing!.speedup).toBeGreaterThan(1);
  });

  it('detects a pair whose sides disagree, naming the case', async () => {
    const report = await engine.check(pair({ cyBody: '    cdef long i, total = 0\n    for i in range(1, n):\n        total += i * i + 1\n    return total' }), quick);
    expect(report.status).toBe('fail');
    expect(report.failure?.kind).toBe('not_equivalent');
    expect(report.failure?.message).toContain('case 3 (5,)');
    expect(report.run?.cases.find((c) => !c.equal)?.reason).toBe('result: 30 vs 34');
  });

  it('treats an exception on one side only as a difference, and the same exception on both as equal', async () => {
    const one = await engine.check(pair({ pyBody: '    if n == 5:\n        raise ValueError("five")\n    return sum(i * i for i in range(n))' }), quick);
    expect(one.failure?.kind).toBe('not_equivalent');
    const c = one.run?.cases.find((x) => x.args === '(5,)');
    expect(c?.python).toMatchObject({ ok: false, error: 'ValueError' });
    expect(c?.equal).toBe(false);
    const both = await engine.check(pair({
      pyBody: '    if n == 5:\n        raise ValueError("five")\n    return sum(i * i for i in range(n))',
      cyBody: '    if n == 5:\n        raise ValueError("cinq")\n    cdef long i, total = 0\n    for i in range(n):\n        total += i * i\n    return total',
    }), quick);
    expect(both.status).toBe('pass');
  });

  it('compares floats within the tolerance and NaN equal to NaN', async () => {
    const floats = {
      pyBody: '    if n == 0:\n        return float("nan")\n    return sum(1.0 / (i + 1) for i in range(n))',
      cyBody: '    cdef double s = 0.0\n    cdef long i\n    if n == 0:\n        return float("nan")\n    for i in range(n - 1, -1, -1):\n        s += 1.0 / (i + 1)\n    return s',
    };
    expect((await engine.check(pair(floats), quick)).status).toBe('pass');
    const off = await engine.check(pair({ ...floats, cyBody: floats.cyBody.replace('return s', 'return s * (1 + 1e-7)') }), quick);
    expect(off.failure?.kind).toBe('not_equivalent');
    const loose = await engine.check(pair({ ...floats, tolerance: '1e-6', cyBody: floats.cyBody.replace('return s', 'return s * (1 + 1e-7)') }), quick);
    expect(loose.status).toBe('pass');
  });

  it('reports a Cython compile error at its .pyx line and column', async () => {
    const p = pair({ cyBody: '    cdef long total = 0\n    return total +' });
    const report = await engine.check(p, quick);
    expect(report.failure?.kind).toBe('compile_error');
    const line = p.cython.split('\n').findIndex((l) => l.includes('return total +')) + 1;
    const diag = report.compile?.diagnostics.find((d) => d.severity === 'error');
    expect(diag?.line).toBe(line);
    expect(diag?.column).toBe('    return total +'.length + 1);
    expect(report.failure?.message).toContain(`square_sum.pyx:${line}:`);
  });

  it('maps a C compiler error back to the cdef extern line', async () => {
    const p = pair({ cyHeader: 'cdef extern from "no_such_header_xyz.h":\n    int missing_fn(int)\n' });
    const report = await engine.check(p, quick);
    expect(report.failure?.kind).toBe('compile_error');
    const line = p.cython.split('\n').findIndex((l) => l.includes('no_such_header_xyz.h')) + 1;
    expect(report.compile?.diagnostics[0]?.line).toBe(line);
    expect(report.compile?.diagnostics[0]?.message).toContain('no_such_header_xyz.h');
  });

  it('caches builds by content: the second compile is a cache hit, failures included', async () => {
    const p = pair({ name: 'cache_probe' });
    const first = await engine.compile(p.cython, 'cache_probe', 0);
    const second = await engine.compile(p.cython, 'cache_probe', 0);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.extensionPath).toBe(first.extensionPath);
    // A hit marks the entry as used, so pruning keeps it over entries nobody asks for.
    const meta = join(dirname(first.extensionPath!), 'meta.json');
    utimesSync(meta, new Date(0), new Date(0));
    await engine.compile(p.cython, 'cache_probe', 0);
    expect(Date.now() - statSync(meta).mtimeMs).toBeLessThan(60_000);
    const bad = '# cython: language_level=3\ndef cache_probe(long n):\n    return n +\n';
    await engine.compile(bad, 'cache_probe', 0);
    expect((await engine.compile(bad, 'cache_probe', 0)).cached).toBe(true);
    expect((await engine.compile(p.cython, 'cache_probe', 2)).cached).toBe(false); // flags are part of the key
  });

  it('builds what Cython\'s shared utility mode cannot (bytearray methods) as a self-contained module', async () => {
    const body = '    b = bytearray()\n    for i in range(n):\n        b.append(65 + i % 26)\n    b.reverse()\n    return bytes(b)';
    const report = await engine.check(pair({ name: 'bytearray_probe', pyBody: body, cyBody: `    cdef long i\n    cdef bytearray b\n${body}` }), quick);
    expect(report.failure).toBeNull();
    expect(report.compile?.ok).toBe(true);
  });

  it('stops an endless loop at the wall-clock limit and says so', async () => {
    const report = await engine.check(pair({ cyBody: '    while True:\n        pass' }), { ...quick, runLimits: { wallMs: 1500 } });
    expect(report.failure?.kind).toBe('timeout');
    expect(report.run?.timedOut).toBe(true);
    expect(report.failure?.message).toContain('case 1');
  });

  it('stops a run when its signal is aborted, long before its own limits', async () => {
    const abort = new AbortController();
    const endless = pair({ cyBody: '    while True:\n        pass' });
    await engine.compile(endless.cython, 'square_sum', 0); // so the abort lands in the run
    setTimeout(() => abort.abort(), 300);
    const report = await engine.check(endless, { ...quick, runLimits: { wallMs: 60_000, cpuSeconds: 60 }, signal: abort.signal });
    expect(report.failure?.kind).toBe('timeout');
    expect(report.run?.durationMs).toBeLessThan(30_000);
  });

  it('reports a crash of the compiled code as a crash with its signal, keeping finished cases', async () => {
    const report = await engine.check(pair({
      cyBody: '    cdef int *p = NULL\n    if n == 5:\n        p[0] = 1\n    return sum(i * i for i in range(n))',
    }), quick);
    expect(report.failure?.kind).toBe('crashed');
    expect(report.run?.signal).toBe('SIGSEGV');
    expect(report.run?.cases.length).toBe(2);
    expect(report.failure?.message).toContain('case 3');
  });

  it('reports running out of memory as memory', async () => {
    const report = await engine.check(pair({ cyBody: '    data = []\n    while True:\n        data.append(bytearray(1 << 24))' }), { ...quick, runLimits: { memoryBytes: 512 * 2 ** 20 } });
    expect(report.failure?.kind).toBe('memory');
  });

  it('stops an output flood at the output limit', async () => {
    const report = await engine.check(pair({ cyBody: '    while True:\n        print("x" * 1000)' }), quick);
    expect(report.failure?.kind).toBe('output_limit');
    expect(report.run?.truncated).toBe(true);
  });

  it('reports an import-time error of a side as a runtime error', async () => {
    const p = pair();
    const report = await engine.check({ ...p, python: p.python.replace('from cnake_charmer', 'raise RuntimeError("boom")\nfrom cnake_charmer') }, quick);
    expect(report.failure?.kind).toBe('runtime_error');
    expect(report.failure?.message).toContain('Python side');
    expect(report.failure?.message).toContain('boom');
  });

  it('gives each line an annotation score and a pair-level figure', async () => {
    const report = await engine.check(pair(), quick);
    const a = report.compile?.annotation;
    expect(a).toBeTruthy();
    expect(a!.code_lines).toBeGreaterThan(3);
    const loop = a!.lines.find((l) => l.line === pair().cython.split('\n').findIndex((x) => x.includes('total += i * i')) + 1);
    expect(loop?.score).toBe(0); // typed arithmetic: pure C
    expect(loop?.c).toMatch(/__pyx_v_total = /); // and the C it became
    expect(a!.python_fraction).toBeGreaterThan(0);
    expect(a!.python_fraction).toBeLessThan(1);
  });
});
