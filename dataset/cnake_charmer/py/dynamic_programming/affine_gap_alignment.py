"""Global sequence alignment with affine gap penalties (Gotoh's algorithm).

Two DNA-like sequences are generated; matches score +2, mismatches -1, and a gap of
length L costs open + L * extend. Three DP layers track alignments ending in a
match/mismatch, a gap in the second sequence, or a gap in the first. The optimal
score, the layer that achieves it and the best score over the last row are returned.

Keywords: dynamic programming, sequence alignment, gotoh, affine gap, needleman-wunsch, bioinformatics
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

NEG = -(10 ** 9)


@python_benchmark(args=(320, 300, 73), cases=[(0, 0, 1), (0, 5, 2), (4, 0, 3), (20, 31, 4)])
def affine_gap_alignment(n: int, m: int, seed: int, gap_open: int = 4, gap_extend: int = 1) -> Tuple[int, int, int]:
    """Return (optimal score, ending layer 0/1/2, best score in the last row)."""
    state = seed & 0x7FFFFFFF
    bases = []
    for _ in range(n + m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bases.append("ACGT"[(state >> 15) & 3])
    a, b = bases[:n], bases[n:]
    match = [NEG] * (m + 1)
    gap_a = [NEG] * (m + 1)
    gap_b = [NEG] * (m + 1)
    match[0] = 0
    for j in range(1, m + 1):
        gap_b[j] = -gap_open - j * gap_extend
    for i in range(1, n + 1):
        new_match = [NEG] * (m + 1)
        new_gap_a = [NEG] * (m + 1)
        new_gap_b = [NEG] * (m + 1)
        new_gap_a[0] = -gap_open - i * gap_extend
        for j in range(1, m + 1):
            diag = max(match[j - 1], gap_a[j - 1], gap_b[j - 1])
            new_match[j] = diag + (2 if a[i - 1] == b[j - 1] else -1)
            new_gap_a[j] = max(match[j] - gap_open, gap_a[j], gap_b[j] - gap_open) - gap_extend
            new_gap_b[j] = max(new_match[j - 1] - gap_open, new_gap_b[j - 1], new_gap_a[j - 1] - gap_open) - gap_extend
        match, gap_a, gap_b = new_match, new_gap_a, new_gap_b
    finals = [match[m], gap_a[m], gap_b[m]]
    score = max(finals)
    last_row = max(max(x, y, z) for x, y, z in zip(match, gap_a, gap_b))
    return (score, finals.index(score), last_row)
