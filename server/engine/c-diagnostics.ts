/**
 * C compiler messages mapped back to the .pyx: the generated C carries markers such as
 * `/* "name.pyx":12` before the code of each source line, and `cdef extern from "x.h"`
 * becomes an `#include` whose errors belong on the extern's own line.
 */
import type { Diagnostic } from './contract.ts';

const GCC_LINE = /^(?<file>[^:\n]+):(?<line>\d+):(?:(?<col>\d+):)? (?<sev>fatal error|error|warning): (?<msg>.*)$/gm;
const INCLUDED_FROM = /^In file included from (?<file>[^:\n]+):(?<line>\d+)/m;

/** For each C line, the .pyx line whose code it belongs to (0 before the first marker). */
export function pyxLineMap(cSource: string, module: string): Int32Array {
  const lines = cSource.split('\n');
  const map = new Int32Array(lines.length + 2);
  const marker = `/* "${module}.pyx":`;
  let current = 0;
  lines.forEach((text, i) => {
    if (text.startsWith(marker)) current = Number.parseInt(text.slice(marker.length), 10) || current;
    map[i + 1] = current;
  });
  return map;
}

function externLine(pyx: string, header: string): number | null {
  const lines = pyx.split('\n');
  const i = lines.findIndex((l) => /^\s*cdef\s+extern\s+from\s/.test(l) && l.includes(header));
  return i >= 0 ? i + 1 : null;
}

export function mapCDiagnostics(stderr: string, cSource: string, pyx: string, module: string): Diagnostic[] {
  const map = pyxLineMap(cSource, module);
  const cFiles = new Set([`${module}.c`, `${module}.cpp`]);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const included = INCLUDED_FROM.exec(stderr);
  for (const m of stderr.matchAll(GCC_LINE)) {
    const g = m.groups!;
    const file = g.file!.split('/').pop()!;
    const severity = g.sev === 'warning' ? 'warning' : 'error';
    if (severity === 'warning') continue; // generated C warns a lot; only errors are the pair's problem
    let line = 0;
    if (cFiles.has(file)) line = map[Number(g.line)] ?? 0;
    else if (included && cFiles.has(included.groups!.file!.split('/').pop()!)) line = map[Number(included.groups!.line)] ?? 0;
    const header =
      /['"‘](?<h>[^'"’]+\.h(?:pp)?)['"’]/.exec(g.msg!)?.groups?.h ??
      /^(?<h>[\w./-]+\.h(?:pp)?):/.exec(g.msg!)?.groups?.h ??
      (cFiles.has(file) ? null : g.file!);
    if (line === 0 && header) line = externLine(pyx, header) ?? externLine(pyx, header.split('/').pop()!) ?? 0;
    const message = `C compiler: ${g.msg}`;
    const key = `${line}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line: Math.max(1, line), column: 1, severity, message });
  }
  if (out.length === 0) {
    out.push({ line: 1, column: 1, severity: 'error', message: `C compiler failed: ${stderr.trim().slice(-1500) || 'no message'}` });
  }
  return out;
}
