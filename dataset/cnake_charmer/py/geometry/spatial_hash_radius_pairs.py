"""Fixed-radius neighbour pairs with a uniform spatial hash grid.

Seeded points in the unit square are bucketed into square cells of side r, so every
pair closer than r lies in the same or an adjacent cell. Returns the number of close
pairs, the largest neighbour count of a point, the number of isolated points and a
checksum over the pairs.

Keywords: geometry, spatial hashing, fixed radius neighbours, uniform grid, buckets
"""

from collections import defaultdict
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10000, 0.012, 3), cases=[(0, 0.1, 1), (1, 0.1, 1), (2, 1.0, 2), (60, 0.2, 3)])
def spatial_hash_radius_pairs(n: int, r: float, seed: int) -> Tuple[int, int, int, int]:
    """Count point pairs closer than r among n seeded points."""
    state = seed & 0x7FFFFFFF
    xs, ys = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(state / 2147483648.0)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys.append(state / 2147483648.0)
    cells = defaultdict(list)
    for i in range(n):
        cells[(int(xs[i] / r), int(ys[i] / r))].append(i)
    r2 = r * r
    degree = [0] * n
    pairs = 0
    checksum = 0
    for (cx, cy), members in cells.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                other = cells.get((cx + dx, cy + dy))
                if not other:
                    continue
                for i in members:
                    for j in other:
                        if j <= i:
                            continue
                        if (xs[i] - xs[j]) ** 2 + (ys[i] - ys[j]) ** 2 < r2:
                            pairs += 1
                            degree[i] += 1
                            degree[j] += 1
                            checksum = (checksum + i * 7919 + j) % 1000000007
    return (pairs, max(degree, default=0), sum(1 for d in degree if d == 0), checksum)
