"""RNA secondary structure by Nussinov base-pair maximisation, with dot-bracket traceback.

N[i][j] is the largest number of non-crossing base pairs (Watson-Crick plus G-U wobble)
in the subsequence i..j with hairpin loops of at least three bases: base j is either
unpaired or paired with some k, splitting the problem in two. The table is filled by
increasing span and traced back with an explicit stack to a dot-bracket string.

Keywords: bioinformatics, rna folding, secondary structure, nussinov, dynamic programming, dot-bracket
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

PAIRS = {("A", "U"), ("U", "A"), ("G", "C"), ("C", "G"), ("G", "U"), ("U", "G")}
MIN_LOOP = 3
NESTING = {"(": 1, ")": -1, ".": 0}


@python_benchmark(args=(220, 9), cases=[(0, 1), (1, 2), (5, 3), (30, 4)])
def nussinov_rna_folding(n: int, seed: int) -> Tuple[int, str, int, int]:
    """Return (base pairs, dot-bracket structure, G-U wobble pairs, deepest nesting)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    rna = "".join("ACGU"[draw(4)] for _ in range(n))
    best = [[0] * n for _ in range(n)]

    def paired(i: int, k: int, j: int) -> int:
        return (best[i][k - 1] if k > i else 0) + best[k + 1][j - 1] + 1

    for span in range(MIN_LOOP + 1, n):
        for i in range(n - span):
            j = i + span
            value = best[i][j - 1]
            for k in range(i, j - MIN_LOOP):
                if (rna[k], rna[j]) in PAIRS:
                    value = max(value, paired(i, k, j))
            best[i][j] = value

    structure = ["."] * n
    bonds = []
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j - i <= MIN_LOOP:
            continue
        if best[i][j] == best[i][j - 1]:
            stack.append((i, j - 1))
            continue
        for k in range(i, j - MIN_LOOP):
            if (rna[k], rna[j]) in PAIRS and paired(i, k, j) == best[i][j]:
                structure[k], structure[j] = "(", ")"
                bonds.append((k, j))
                stack.append((i, k - 1))
                stack.append((k + 1, j - 1))
                break

    wobble = sum(1 for k, j in bonds if {rna[k], rna[j]} == {"G", "U"})
    depth = deepest = 0
    for c in structure:
        depth += NESTING[c]
        deepest = max(deepest, depth)
    return (best[0][n - 1] if n else 0, "".join(structure), wobble, deepest)

