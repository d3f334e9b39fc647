/**
 * Export a draft as the two files at their dataset paths, ready for a pull request:
 * a git patch (`git apply`) or a zip to unpack at the repository root.
 */
import type { Draft } from './drafts/draft.ts';

export function datasetPaths(draft: Pick<Draft, 'name' | 'category'>): { python: string; cython: string } {
  return {
    python: `dataset/cnake_charmer/py/${draft.category}/${draft.name}.py`,
    cython: `dataset/cnake_charmer/cy/${draft.category}/${draft.name}.pyx`,
  };
}

function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

/** One file's diff: a whole-file replacement (or creation), which `git apply` accepts without a diff algorithm. */
function fileDiff(path: string, before: string | null, after: string): string {
  const old = before === null ? [] : lines(before);
  const next = lines(after);
  const header = before === null
    ? `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n`
    : `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n`;
  const range = (n: number) => (n === 0 ? '0,0' : `1,${n}`);
  const NO_EOL = '\\ No newline at end of file';
  const minus = old.map((l) => `-${l}`);
  if (before && !before.endsWith('\n')) minus.push(NO_EOL);
  const plus = next.map((l) => `+${l}`);
  if (after && !after.endsWith('\n')) plus.push(NO_EOL);
  const body = [...minus, ...plus].join('\n');
  return `${header}@@ -${range(old.length)} +${range(next.length)} @@\n${body}\n`;
}

/** A patch creating (new pair) or replacing (edited pair) the two files. */
export function toPatch(draft: Draft, original: { python: string; cython: string } | null): string {
  const paths = datasetPaths(draft);
  return fileDiff(paths.python, original?.python ?? null, draft.python)
    + fileDiff(paths.cython, original?.cython ?? null, draft.cython);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A stored (uncompressed) zip: two small text files need no deflate, and this keeps the bundle lean. */
export function toZip(files: { path: string; text: string }[]): Uint8Array {
  const encoder = new TextEncoder();
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.path);
    const data = encoder.encode(file.text);
    const crc = crc32(data);
    const head = new DataView(new ArrayBuffer(30));
    head.setUint32(0, 0x04034b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(6, 0x0800, true); // UTF-8 names
    head.setUint32(14, crc, true);
    head.setUint32(18, data.length, true);
    head.setUint32(22, data.length, true);
    head.setUint16(26, name.length, true);
    local.push(new Uint8Array(head.buffer), name, data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, data.length, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((n, part) => n + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const parts = [...local, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function draftZip(draft: Draft): Uint8Array {
  const paths = datasetPaths(draft);
  return toZip([{ path: paths.python, text: draft.python }, { path: paths.cython, text: draft.cython }]);
}
