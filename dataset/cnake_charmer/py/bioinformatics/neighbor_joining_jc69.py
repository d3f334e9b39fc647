"""Neighbor-joining tree from Jukes-Cantor corrected distances of simulated sequences.

Sequences evolve down a random tree (each new taxon copies an earlier one with point
substitutions). Pairwise p-distances are corrected with the Jukes-Cantor model,
d = -3/4 ln(1 - 4p/3), and neighbor joining repeatedly joins the pair minimising the
Q criterion, computing both branch lengths and the distances to the new node. The
joins, the tree length and summary statistics of the distance matrix are returned.

Keywords: bioinformatics, phylogenetics, neighbor joining, jukes-cantor, evolutionary distance, tree
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(56, 2400, 19), cases=[(0, 10, 1), (1, 10, 2), (2, 30, 3), (3, 0, 4), (8, 60, 5)])
def neighbor_joining_jc69(t: int, length: int, seed: int) -> Tuple[float, List[Tuple[int, int]], float, float, int]:
    """Return (tree length, joins as node-id pairs, mean JC distance, max JC distance, negative branches)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    def mutate(seq: str) -> str:
        return "".join("ACGT"[draw(4)] if draw(20) == 0 else base for base in seq)

    root = "".join("ACGT"[draw(4)] for _ in range(length))
    taxa = []
    for i in range(t):
        parent = taxa[draw(i)] if i > 0 else root
        taxa.append(mutate(parent))

    def jukes_cantor(x: str, y: str) -> float:
        if not x:
            return 0.0
        p = sum(1 for a, b in zip(x, y) if a != b) / len(x)
        return -0.75 * math.log(1.0 - 4.0 * p / 3.0) if p < 0.74 else 5.0

    size = max(2 * t - 2, t)
    d = [[0.0] * size for _ in range(size)]
    mean_d = max_d = 0.0
    pairs = 0
    for i in range(t):
        for j in range(i + 1, t):
            d[i][j] = d[j][i] = jukes_cantor(taxa[i], taxa[j])
            mean_d += d[i][j]
            max_d = max(max_d, d[i][j])
            pairs += 1
    if pairs:
        mean_d /= pairs

    active = list(range(t))
    joins = []
    tree_length = 0.0
    negative = 0
    next_id = t
    while len(active) > 2:
        m = len(active)
        r = {}
        for i in active:
            total = 0.0
            for k in active:
                total += d[i][k]
            r[i] = total
        best, pick = None, None
        for x, i in enumerate(active):
            for j in active[x + 1:]:
                q = (m - 2) * d[i][j] - r[i] - r[j]
                if best is None or q < best:
                    best, pick = q, (i, j)
        i, j = pick
        branch_i = d[i][j] / 2 + (r[i] - r[j]) / (2 * (m - 2))
        branch_j = d[i][j] - branch_i
        for branch in (branch_i, branch_j):
            tree_length += branch
            negative += branch < 0
        active.remove(i)
        active.remove(j)
        for k in active:
            d[next_id][k] = d[k][next_id] = (d[i][k] + d[j][k] - d[i][j]) / 2
        active.append(next_id)
        joins.append((i, j))
        next_id += 1
    if len(active) == 2:
        tree_length += d[active[0]][active[1]]
        joins.append((active[0], active[1]))
    return (tree_length, joins, mean_d, max_d, negative)
