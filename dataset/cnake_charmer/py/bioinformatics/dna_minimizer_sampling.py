"""(w, k)-minimizer sampling of canonical k-mers along a DNA sequence.

Each k-mer is reduced to its canonical form (the smaller of its 2-bit code and that of
its reverse complement) and hashed with a 64-bit multiplicative mixer. In every window of
``w`` consecutive k-mers the leftmost k-mer with the smallest hash is the minimizer;
the distinct minimizer positions form the sketch used by read mappers such as minimap2.
A monotone deque gives all window minima in one pass.

Keywords: bioinformatics, minimizers, kmer, sketching, canonical kmer, sliding window minimum, hashing
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK64 = (1 << 64) - 1
CODE = {"A": 0, "C": 1, "G": 2, "T": 3}


def _mix(x: int) -> int:
    x = (x * 0x9E3779B97F4A7C15) & MASK64
    x ^= x >> 29
    x = (x * 0xBF58476D1CE4E5B9) & MASK64
    return x ^ (x >> 32)


@python_benchmark(args=(180000, 15, 10, 6), cases=[(0, 5, 4, 1), (4, 5, 4, 2), (12, 5, 4, 3), (500, 7, 1, 4), (3000, 11, 8, 5)])
def dna_minimizer_sampling(n: int, k: int, w: int, seed: int) -> Tuple[int, int, float, int, List[int], int]:
    """Return (minimizers, distinct hashes, density, largest gap, first 10 positions, xor of hashes)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    dna = "".join("ACGT"[draw(4)] for _ in range(n))
    mask = (1 << (2 * k)) - 1
    top_shift = 2 * (k - 1)
    hashes = []
    forward = reverse = 0
    for i, base in enumerate(dna):
        forward = ((forward << 2) | CODE[base]) & mask
        reverse = (reverse >> 2) | ((3 - CODE[base]) << top_shift)
        if i >= k - 1:
            hashes.append(_mix(min(forward, reverse)))

    selected = []
    window = deque()
    for i, h in enumerate(hashes):
        while window and hashes[window[-1]] > h:
            window.pop()
        window.append(i)
        if window[0] <= i - w:
            window.popleft()
        if i >= w - 1 and (not selected or selected[-1] != window[0]):
            selected.append(window[0])

    distinct = len({hashes[p] for p in selected})
    density = len(selected) / len(hashes) if hashes else 0.0
    largest_gap = max((b - a for a, b in zip(selected, selected[1:])), default=0)
    digest = 0
    for p in selected:
        digest ^= hashes[p]
    return (len(selected), distinct, density, largest_gap, selected[:10], digest)
