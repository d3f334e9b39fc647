"""FM-index of a DNA text: suffix array, Burrows-Wheeler transform and backward search.

The suffix array of the text (with a ``$`` sentinel) is built by prefix doubling; the
BWT is read off it, and the FM-index stores the first-column offsets and the running
occurrence counts of each base. Each query pattern (half sampled from the text, half
random) is then counted by backward search in time proportional to its length, and the
leftmost occurrence is located through the suffix array.

Keywords: bioinformatics, fm-index, burrows-wheeler, suffix array, backward search, read alignment
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 15000, 5), cases=[(0, 3, 1), (1, 2, 2), (10, 5, 3), (400, 50, 4)])
def fm_index_pattern_counts(n: int, m: int, seed: int) -> Tuple[str, int, int, List[int], List[int]]:
    """Return (first 50 BWT chars, total hits, patterns absent, first 15 counts, first 10 leftmost hits)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    def draw_wide(k: int) -> int:
        return ((draw(1 << 15) << 15) | draw(1 << 15)) % k

    text = "".join("ACGT"[draw(4)] for _ in range(n)) + "$"
    size = len(text)

    rank = ["$ACGT".index(c) for c in text]
    sa = list(range(size))
    step = 1
    while True:
        def key(i: int) -> Tuple[int, int]:
            return (rank[i], rank[i + step] if i + step < size else -1)
        sa.sort(key=key)
        fresh = [0] * size
        for prev, cur in zip(sa, sa[1:]):
            fresh[cur] = fresh[prev] + (key(prev) != key(cur))
        rank = fresh
        if rank[sa[-1]] == size - 1:
            break
        step *= 2

    bwt = "".join(text[i - 1] for i in sa)
    first, seen = {}, 0
    for c in "$ACGT":
        first[c] = seen
        seen += bwt.count(c)
    occ = {c: [0] * (size + 1) for c in "ACGT"}
    for i, c in enumerate(bwt):
        for base in "ACGT":
            occ[base][i + 1] = occ[base][i] + (c == base)

    patterns = []
    for _ in range(m):
        length = 6 + draw(9)
        if draw(2) and n >= length:
            at = draw_wide(n - length + 1)
            patterns.append(text[at:at + length])
        else:
            patterns.append("".join("ACGT"[draw(4)] for _ in range(length)))

    counts, leftmost = [], []
    for pattern in patterns:
        lo, hi = 0, size
        for c in reversed(pattern):
            lo = first[c] + occ[c][lo]
            hi = first[c] + occ[c][hi]
            if lo >= hi:
                break
        hits = max(0, hi - lo)
        counts.append(hits)
        if hits and len(leftmost) < 10:
            leftmost.append(min(sa[lo:hi]))
    return (bwt[:50], sum(counts), counts.count(0), counts[:15], leftmost)
