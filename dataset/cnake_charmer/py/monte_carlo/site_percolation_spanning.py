"""Site percolation on a square grid: does an open cluster span top to bottom?

For each trial every site is opened with probability p (seeded LCG) and open
neighbours are merged with a union-find structure. The pair counts spanning trials and
reports the size of the largest cluster and the number of clusters in the last trial.

Keywords: monte carlo, percolation, union find, clusters, phase transition
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]


@python_benchmark(args=(150, 30, 0.593, 12), cases=[(0, 10, 0.5, 1), (3, 1, 0.9, 2), (10, 5, 0.6, 3), (5, 4, 0.0, 4)])
def site_percolation_spanning(trials: int, size: int, p: float, seed: int) -> Tuple[int, int, int]:
    """Return (spanning trials, largest cluster of last trial, clusters of last trial)."""
    state = seed & 0x7FFFFFFF
    spanning = largest = clusters = 0
    for _ in range(trials):
        is_open = []
        for _ in range(size * size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            is_open.append(state / 2147483648.0 < p)
        uf = UnionFind(size * size)
        for r in range(size):
            for c in range(size):
                k = r * size + c
                if not is_open[k]:
                    continue
                if c + 1 < size and is_open[k + 1]:
                    uf.union(k, k + 1)
                if r + 1 < size and is_open[k + size]:
                    uf.union(k, k + size)
        top = {uf.find(c) for c in range(size) if is_open[c]}
        bottom = {uf.find((size - 1) * size + c) for c in range(size) if is_open[(size - 1) * size + c]}
        spanning += bool(top & bottom)
        roots = [uf.find(k) for k in range(size * size) if is_open[k]]
        clusters = len(set(roots))
        largest = max((uf.size[r] for r in roots), default=0)
    return spanning, largest, clusters
