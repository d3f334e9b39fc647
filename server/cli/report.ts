/** Terminal output of the CLIs: a progress bar (a line per event when not a terminal) and the summary table. */
import type { PairReport } from '../engine/contract.ts';
import type { CheckJson } from './check-json.ts';

export class Progress {
  #total: number;
  #done = 0;
  #failed = 0;
  #stream: NodeJS.WriteStream;
  #tty: boolean;
  #lastLog = 0;

  constructor(total: number, stream: NodeJS.WriteStream) {
    this.#total = total;
    this.#stream = stream;
    this.#tty = Boolean(stream.isTTY);
  }

  tick(name: string, report: PairReport): void {
    this.#done++;
    if (report.status === 'fail') {
      this.#failed++;
      this.#clear();
      this.#stream.write(`✖ ${name}: ${report.failure?.kind} — ${(report.failure?.message ?? '').split('\n')[0]}\n`);
    }
    if (this.#tty) {
      const width = 30;
      const filled = Math.round((this.#done / Math.max(1, this.#total)) * width);
      this.#stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.#done}/${this.#total} ${this.#failed ? `${this.#failed} failed ` : ''}${name.slice(0, 30).padEnd(30)}`);
    } else if (this.#done === this.#total || performance.now() - this.#lastLog > 5000) {
      this.#lastLog = performance.now();
      this.#stream.write(`checked ${this.#done}/${this.#total}${this.#failed ? `, ${this.#failed} failed` : ''}\n`);
    }
  }

  #clear(): void {
    if (this.#tty) this.#stream.write('\r\x1b[2K');
  }

  done(): void {
    if (this.#tty) this.#stream.write('\n');
  }
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summaryTable(json: CheckJson): string {
  const byCategory = new Map<string, CheckJson['pairs']>();
  for (const p of json.pairs) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  const rows: string[][] = [['category', 'pairs', 'passed', 'failed', 'median speedup']];
  for (const [category, pairs] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    const passed = pairs.filter((p) => p.status === 'pass').length;
    const speed = median(pairs.flatMap((p) => (p.speedup ? [p.speedup] : [])));
    rows.push([category, String(pairs.length), String(passed), String(pairs.length - passed), speed ? `${speed.toFixed(1)}×` : '—']);
  }
  const all = json.pairs.flatMap((p) => (p.speedup ? [p.speedup] : []));
  const m = median(all);
  rows.push(['total', String(json.summary.total), String(json.summary.passed), String(json.summary.failed), m ? `${m.toFixed(1)}×` : '—']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  out.splice(out.length - 1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  const failures = json.pairs.filter((p) => p.status === 'fail');
  if (failures.length) {
    out.push('', 'failures:');
    for (const f of failures) out.push(`  ${f.category}/${f.name}: ${f.failure?.kind}\n    ${(f.failure?.message ?? '').split('\n').slice(0, 6).join('\n    ')}`);
  }
  // The 10–500 ms sizing rule is a warning, not a failure: one call's time moves 3–10× with load.
  const sizing = json.pairs.filter((p) => p.python_case_s !== undefined && (p.python_case_s < 0.01 || p.python_case_s > 0.5));
  if (sizing.length) {
    out.push('', `sizing: ${sizing.length} pair(s) took outside 10–500 ms for one Python call on the benchmark args (this run; timings move with machine load):`);
    for (const p of sizing.slice(0, 8)) out.push(`  ${p.category}/${p.name}: ${(p.python_case_s! * 1000).toFixed(1)} ms`);
  }
  out.push('', `${json.summary.passed} passed, ${json.summary.failed} failed in ${json.summary.seconds.toFixed(1)} s (${json.summary.jobs} jobs${json.summary.bench ? ', timed' : ''})`);
  return out.join('\n');
}
