/**
 * `npm run check -- [NAME|CATEGORY ...] [--jobs N] [--shard I/N] [--bench] [--json FILE]`
 *
 * Checks dataset pairs with the engine: form, compile, equivalence on every case, and with
 * --bench the timing. Exit code 1 when any selected pair fails.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Engine } from '../engine/engine.ts';
import { discoverPairs, readPair, selectPairs, shard, type DatasetPair } from '../engine/dataset.ts';
import type { PairReport } from '../engine/contract.ts';
import { LocalSandbox } from '../engine/sandbox/local.ts';
import { intFlag, parseArgs, UsageError } from './args.ts';
import { Progress, summaryTable } from './report.ts';
import { pairJson, type CheckJson } from './check-json.ts';
import { findRegressions, readBaseline, saveBaseline } from './baseline.ts';

const USAGE = `usage: npm run check -- [NAME|CATEGORY ...] [--jobs N] [--shard I/N] [--bench] [--json FILE] [--opt 0-3]
                       [--save-baseline] [--compare-baseline]   (both imply --bench; dataset/baseline.json)`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['jobs', 'shard', 'json', 'opt']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const jobs = intFlag(args, 'jobs', availableParallelism());
  const opt = intFlag(args, 'opt', 2, 0);
  if (opt > 3) throw new UsageError('--opt takes 0, 1, 2 or 3');
  const saveBaselineFlag = args.flags.has('save-baseline');
  const compare = args.flags.has('compare-baseline');
  const bench = args.flags.has('bench') || saveBaselineFlag || compare;
  const discovery = discoverPairs();
  const { selected, unknown } = selectPairs(discovery.pairs, args.positionals);
  if (unknown.length) throw new UsageError(`no pair or category named ${unknown.join(', ')}`);
  let pairs = selected;
  const shardFlag = args.flags.get('shard');
  if (typeof shardFlag === 'string') {
    const m = /^(\d+)\/(\d+)$/.exec(shardFlag);
    const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    if (!m || i < 1 || i > n) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N, got ${shardFlag}`);
    pairs = shard(pairs, i, n);
  }
  // Dataset-level problems (broken mirrors, duplicate names) fail the run when they touch the selection.
  const problems = discovery.problems.filter((p) => args.positionals.length === 0 || args.positionals.includes(p.name) || args.positionals.includes(p.category));

  const engine = await Engine.create({ sandbox: new LocalSandbox(), workers: jobs });
  const reports: Array<{ pair: DatasetPair; report: PairReport }> = [];
  const progress = new Progress(pairs.length, process.stderr);
  const started = performance.now();
  try {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < pairs.length) {
        const pair = pairs[next++]!;
        const report = await engine.check(readPair(pair), {
          timing: bench, optLevel: opt as 0 | 1 | 2 | 3, strict: true, expectedName: pair.name, category: pair.category,
        });
        reports.push({ pair, report });
        progress.tick(pair.name, report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, pairs.length)) }, worker));
  } finally {
    engine.close();
  }
  progress.done();
  reports.sort((a, b) => a.pair.category.localeCompare(b.pair.category) || a.pair.name.localeCompare(b.pair.name));
  const seconds = (performance.now() - started) / 1000;

  const json: CheckJson = {
    summary: { total: reports.length + problems.length, passed: 0, failed: 0, seconds, bench, jobs },
    toolchain: engine.toolchain,
    pairs: [
      ...problems.map((p) => ({ name: p.name, category: p.category, status: 'fail' as const, failure: { kind: 'form', message: p.message }, cases: 0 })),
      ...reports.map(({ pair, report }) => pairJson(pair, report)),
    ],
  };
  json.summary.passed = json.pairs.filter((p) => p.status === 'pass').length;
  json.summary.failed = json.summary.total - json.summary.passed;
  console.log(summaryTable(json));
  const jsonPath = args.flags.get('json');
  if (typeof jsonPath === 'string') writeFileSync(jsonPath, JSON.stringify(json, null, 2) + '\n');
  let regressed = false;
  if (compare) {
    const baseline = readBaseline();
    if (!baseline) throw new UsageError('no dataset/baseline.json to compare with: run `npm run bench` first');
    const regressions = findRegressions(baseline, json);
    for (const r of regressions) {
      console.log(`regression: ${r.name} ${r.before.toFixed(1)}× → ${r.after.toFixed(1)}× (noise allows −${(r.allowed * 100).toFixed(0)} %)`);
    }
    console.log(regressions.length ? `${regressions.length} pair(s) slower than the baseline beyond their noise` : 'no speedup regressions against the baseline');
    regressed = regressions.length > 0;
  }
  if (saveBaselineFlag) console.log(`baseline: ${saveBaseline(json)} pair(s) written to dataset/baseline.json`);
  return json.summary.failed > 0 || regressed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) console.error(`${e.message}\n${USAGE}`);
    else console.error(`check failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
