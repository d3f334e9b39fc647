/**
 * One test per dataset pair: the same engine check as `npm run check` (form with the dataset
 * rules, -O2 build, every case equal). Builds land in the shared cache, so a later
 * `npm run check` reuses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPairs, readPair } from '../../server/engine/dataset.ts';
import { Engine } from '../../server/engine/engine.ts';
import { LocalSandbox } from '../../server/engine/sandbox/local.ts';

const { pairs, problems } = discoverPairs();
let engine: Engine;

beforeAll(async () => {
  engine = await Engine.create({ sandbox: new LocalSandbox(), workers: 2 });
});
afterAll(() => engine?.close());

describe('dataset', () => {
  it('has mirrored files and unique names', () => {
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(pairs.length).toBeGreaterThan(0);
  });
});

describe.concurrent('dataset pairs', () => {
  it.each(pairs.map((p) => [`${p.category}/${p.name}`, p] as const))('%s', async (_, p) => {
    const report = await engine.check(readPair(p), { timing: false, optLevel: 2, strict: true, expectedName: p.name, category: p.category });
    expect(report.failure, report.failure?.message).toBeNull();
    expect(report.equivalent).toBe(true);
    expect(report.run?.cases.length).toBeGreaterThanOrEqual(4);
  });
});
