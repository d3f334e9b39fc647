"""Site percolation on a square grid tracked with a union-find structure.

Cells are opened one at a time in a pseudo-random order; each opened cell is merged
with its open neighbours in a disjoint-set forest (union by size, path halving).
Two virtual nodes for the top and bottom rows reveal the moment the grid percolates.
Returns the number of cells opened at that moment, the component count then, and the
largest component size at the end.

Keywords: union-find, disjoint set, percolation, path compression, connectivity
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class DisjointSet:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n
        self.components = n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.components -= 1


@python_benchmark(args=(200, 4), cases=[(1, 1), (2, 2), (5, 3), (0, 1), (17, 5)])
def union_find_percolation(side: int, seed: int) -> Tuple[int, int, int]:
    """Return (cells open when percolating or -1, open components then, largest final component)."""
    if side <= 0:
        return -1, 0, 0
    n = side * side
    order = list(range(n))
    state = seed & 0x7FFFFFFF
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = state % (i + 1)
        order[i], order[j] = order[j], order[i]
    top, bottom = n, n + 1
    ds = DisjointSet(n + 2)
    is_open = [False] * n
    opened = 0
    percolated_at = -1
    comps_then = 0
    for cell in order:
        is_open[cell] = True
        opened += 1
        r, c = divmod(cell, side)
        if r == 0:
            ds.union(cell, top)
        if r == side - 1:
            ds.union(cell, bottom)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < side and 0 <= nc < side and is_open[nr * side + nc]:
                ds.union(cell, nr * side + nc)
        if percolated_at < 0 and ds.find(top) == ds.find(bottom):
            percolated_at = opened
            comps_then = ds.components - (n - opened)
    largest = max(ds.size[ds.find(x)] for x in range(n))
    return percolated_at, comps_then, largest
