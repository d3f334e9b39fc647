"""Median string: the k-mer closest to a set of DNA sequences (brute-force motif finding).

A motif is planted, with one random substitution per copy, into each of ``t`` random
sequences. For every one of the 4**k candidate k-mers the distance to the set is the
sum, over sequences, of the smallest Hamming distance to any window; the median strings
minimise it. All optimal k-mers are returned, with per-sequence distances of the first.

Keywords: bioinformatics, motif finding, median string, hamming distance, brute force, dna
"""

from itertools import product
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _hamming(p: str, q: str) -> int:
    return sum(1 for x, y in zip(p, q) if x != y)


@python_benchmark(args=(8, 42, 5, 13), cases=[(0, 10, 2, 1), (3, 2, 2, 2), (2, 1, 3, 3), (5, 20, 4, 4)])
def median_string_motif(t: int, length: int, k: int, seed: int) -> Tuple[int, List[str], List[int]]:
    """Return (minimum total distance, all median strings, per-sequence distances of the first)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    motif = "".join("ACGT"[draw(4)] for _ in range(k))
    sequences = []
    for _ in range(t):
        seq = ["ACGT"[draw(4)] for _ in range(length)]
        if length >= k:
            at = draw(length - k + 1)
            copy = list(motif)
            spot = draw(k)
            copy[spot] = "ACGT"[draw(4)]
            seq[at:at + k] = copy
        sequences.append("".join(seq))

    def distances(pattern: str) -> List[int]:
        return [min((_hamming(pattern, s[i:i + k]) for i in range(len(s) - k + 1)), default=k)
                for s in sequences]

    best, medians = None, []
    for letters in product("ACGT", repeat=k):
        pattern = "".join(letters)
        total = sum(distances(pattern))
        if best is None or total < best:
            best, medians = total, [pattern]
        elif total == best:
            medians.append(pattern)
    return (best, medians, distances(medians[0]))
