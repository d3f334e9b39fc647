"""Rabin-Karp search for many equal-length patterns with one rolling hash.

All patterns share a length m, so a single polynomial rolling hash of every m-length
window of the text can be looked up in a dict of pattern hashes; candidate hits are
verified by direct comparison. Returns total matches, matches per pattern and the
number of hash collisions that failed verification.

Keywords: Rabin-Karp, rolling hash, multi-pattern search, polynomial hash, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 40, 6, 2), cases=[(0, 3, 4, 1), (10, 2, 3, 2), (300, 5, 2, 3), (100, 0, 3, 4), (50, 4, 80, 5)])
def rabin_karp_multi_pattern(text_len: int, n_patterns: int, m: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (total matches, matches per pattern, false hash hits); m >= 1."""
    if m < 1:
        raise ValueError("pattern length must be positive")
    base, mod = 31, 1000003
    state = seed & 0x7FFFFFFF
    text = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append((state >> 11) % 4)
    patterns = []
    for _ in range(n_patterns):
        pat = []
        for _ in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pat.append((state >> 11) % 4)
        patterns.append(pat)

    def poly_hash(seq: List[int]) -> int:
        h = 0
        for x in seq:
            h = (h * base + x + 1) % mod
        return h

    by_hash = {}
    for idx, pat in enumerate(patterns):
        by_hash.setdefault(poly_hash(pat), []).append(idx)
    counts = [0] * n_patterns
    false_hits = 0
    if len(text) >= m:
        high = pow(base, m - 1, mod)
        h = poly_hash(text[:m])
        for start in range(len(text) - m + 1):
            if start:
                h = ((h - (text[start - 1] + 1) * high) * base + text[start + m - 1] + 1) % mod
            for idx in by_hash.get(h, ()):
                if text[start:start + m] == patterns[idx]:
                    counts[idx] += 1
                else:
                    false_hits += 1
    return sum(counts), counts, false_hits
