"""PageRank of a random web graph by power iteration.

Each vertex links to a few random targets; rank flows along out-links with damping,
and the rank of dangling vertices (no out-links) is spread evenly over all vertices.
After a fixed number of iterations the five top-ranked vertices, their scores and the
total rank mass are returned.

Keywords: graph, pagerank, power iteration, markov chain, damping, ranking
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(8000, 4, 25, 0.85, 3), cases=[(1, 2, 5, 0.85, 1), (3, 0, 4, 0.5, 2), (10, 2, 0, 0.85, 3), (60, 3, 20, 0.9, 4)])
def pagerank_power_iteration(n: int, max_out: int, iterations: int, damping: float, seed: int) -> Tuple[List[int], List[float], float]:
    """Return (top five vertices, their ranks, total rank)."""
    if n <= 0:
        return ([], [], 0.0)
    state = seed & 0x7FFFFFFF
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        degree = (state >> 12) % (max_out + 1)
        targets = []
        for _ in range(degree):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            targets.append((state >> 9) % n)
        out.append(targets)
    rank = [1.0 / n] * n
    base = (1.0 - damping) / n
    for _ in range(iterations):
        dangling = 0.0
        for v in range(n):
            if not out[v]:
                dangling += rank[v]
        new = [base] * n
        for v, targets in enumerate(out):
            if targets:
                share = damping * rank[v] / len(targets)
                for w in targets:
                    new[w] += share
        spread = damping * dangling / n
        rank = [r + spread for r in new]
    top = sorted(range(n), key=lambda v: (-rank[v], v))[:5]
    return (top, [rank[v] for v in top], sum(rank))
