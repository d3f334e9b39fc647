/**
 * Near-duplicate detection between pairs: Jaccard similarity of token shingles after
 * normalisation (identifiers, numbers and strings folded to placeholders; comments and
 * docstrings dropped), so a renamed copy of a pair scores as high as a verbatim one.
 * Keywords, builtins and Cython/C type names are kept: they carry the structure.
 */

const KEEP = new Set([
  // Python keywords and common builtins
  'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
  'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
  'try', 'while', 'with', 'yield', 'None', 'True', 'False', 'range', 'len', 'min', 'max', 'sum', 'abs', 'sorted',
  'enumerate', 'zip', 'list', 'dict', 'set', 'tuple', 'int', 'float', 'str', 'bytes', 'append', 'self',
  // Cython and C
  'cdef', 'cpdef', 'cimport', 'ctypedef', 'struct', 'union', 'enum', 'fused', 'nogil', 'gil', 'noexcept', 'inline',
  'double', 'long', 'unsigned', 'char', 'short', 'const', 'bint', 'Py_ssize_t', 'size_t', 'malloc', 'free',
  'sizeof', 'NULL', 'prange', 'cython', 'libc', 'libcpp', 'vector', 'public', 'readonly',
]);

const TOKEN = /[A-Za-z_]\w*|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\S/g;

/** Normalised tokens of a Python or Cython source. */
export function normalisedTokens(source: string): string[] {
  const code = source
    .replace(/("""|''')[\s\S]*?\1/g, ' ')
    .replace(/#.*$/gm, ' ');
  const out: string[] = [];
  for (const m of code.matchAll(TOKEN)) {
    const t = m[0];
    if (/^[A-Za-z_]/.test(t)) out.push(KEEP.has(t) ? t : 'ID');
    else if (/^\d/.test(t)) out.push('NUM');
    else if (t[0] === '"' || t[0] === "'") out.push('STR');
    else out.push(t);
  }
  return out;
}

export const SHINGLE = 12;
/**
 * At or above this similarity of distinctive shingles on either side, two pairs are
 * near-duplicates. Measured over 580 pairs: distinct problems ≤ 0.26; the same problem written
 * twice independently (DSatur colouring; quickselect, once batched) 0.35.
 */
export const NEAR_DUPLICATE = 0.3;

/** Shingles hashed to 32-bit FNV-1a numbers: set operations on numbers are ~10× faster than on strings. */
export function shingles(source: string, k = SHINGLE): Set<number> {
  const tokens = normalisedTokens(source);
  const set = new Set<number>();
  for (let i = 0; i + k <= tokens.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) {
      const t = tokens[j]!;
      for (let c = 0; c < t.length; c++) h = Math.imul(h ^ t.charCodeAt(c), 0x01000193);
      h = Math.imul(h ^ 0x20, 0x01000193);
    }
    set.add(h >>> 0);
  }
  return set;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SimilarPair {
  a: string;
  b: string;
  side: 'python' | 'cython';
  similarity: number;
}

/**
 * Shingles found in more than this share of the pairs are common idiom (the seeded generator
 * every pair writes, sampling a result) and say nothing about two pairs being the same problem.
 */
export const COMMON_SHARE = 0.02;

function dropCommon(sets: Array<Set<number>>): Array<Set<number>> {
  const limit = Math.max(5, Math.ceil(sets.length * COMMON_SHARE));
  const df = new Map<number, number>();
  for (const set of sets) for (const h of set) df.set(h, (df.get(h) ?? 0) + 1);
  return sets.map((set) => new Set([...set].filter((h) => df.get(h)! <= limit)));
}

/** Every two items whose distinctive shingle sets are at least `threshold` alike, most similar first. */
export function similarPairs(
  items: Array<{ name: string; python: string; cython: string }>,
  threshold: number,
): SimilarPair[] {
  const out: SimilarPair[] = [];
  for (const side of ['python', 'cython'] as const) {
    const sets = dropCommon(items.map((item) => shingles(item[side])));
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const s = jaccard(sets[i]!, sets[j]!);
        if (s >= threshold) out.push({ a: items[i]!.name, b: items[j]!.name, side, similarity: s });
      }
    }
  }
  return out.sort((x, y) => y.similarity - x.similarity);
}

/**
 * The same problem written twice in different code shares few shingles but many topic words.
 * Topic: the words of a pair's name and docstring keywords, less the words common to many
 * pairs (grid, simulation, lcg …). `npm run similar` lists the closest topics for review; it is
 * a prompt for a person, not a failure (two pairs may rightly share a topic but not a method).
 */
export function topicWords(name: string, keywords: string[]): Set<string> {
  const words = [...name.split('_'), ...keywords.flatMap((k) => k.toLowerCase().split(/[^a-z0-9]+/))];
  return new Set(words.filter((w) => w.length > 2));
}

export function relatedTopics(
  items: Array<{ name: string; keywords: string[] }>,
  top: number,
): Array<{ a: string; b: string; similarity: number; shared: string[] }> {
  const sets = items.map((item) => topicWords(item.name, item.keywords));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = Math.max(5, Math.ceil(items.length * 0.02));
  const rare = sets.map((set) => new Set([...set].filter((w) => df.get(w)! <= limit)));
  const out: Array<{ a: string; b: string; similarity: number; shared: string[] }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const shared = [...rare[i]!].filter((w) => rare[j]!.has(w));
      if (shared.length < 2) continue;
      const similarity = shared.length / (rare[i]!.size + rare[j]!.size - shared.length);
      out.push({ a: items[i]!.name, b: items[j]!.name, similarity, shared });
    }
  }
  return out.sort((x, y) => y.similarity - x.similarity).slice(0, top);
}
