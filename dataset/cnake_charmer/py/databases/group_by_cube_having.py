"""GROUP BY CUBE(store, category, weekday) with SUM, COUNT, MIN and a HAVING filter.

Every sales row contributes to all eight grouping sets of the cube: the full
(store, category, weekday) detail, every combination with some dimensions rolled up
(written as -1, SQL's NULL in a CUBE result) and the grand total. Groups with fewer
than ``min_rows`` rows are dropped by the HAVING clause. For each grouping set,
listed from the most detailed to the grand total, the result gives the number of
groups kept, a checksum over the kept groups in key order and the kept group with the
largest sum (smallest key on ties).

Keywords: databases, group by, cube, grouping sets, rollup, having, olap, aggregation
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
WEEKDAYS = 7


@python_benchmark(args=(22000, 40, 24, 3, 13), cases=[(0, 3, 3, 1, 1), (1, 2, 2, 1, 2), (50, 1, 1, 1, 3), (2000, 10, 5, 4, 4), (500, 30, 20, 2, 5)])
def group_by_cube_having(rows: int, stores: int, categories: int, min_rows: int, seed: int) -> List[Tuple[int, int, int, Tuple[int, int, int], int]]:
    """Return per grouping set (mask, groups kept, checksum, best key, best sum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    sales = []
    for _ in range(rows):
        store = min(draw(stores), draw(stores))
        category = draw(categories)
        weekday = draw(WEEKDAYS)
        amount = 1 + draw(10000) if weekday < 5 else 1 + draw(25000)
        sales.append(((store, category, weekday), amount))

    cube = defaultdict(lambda: [0, 0, None])  # (mask, key) -> [sum, count, min]
    for dims, amount in sales:
        for mask in range(8):
            key = tuple(value if mask >> i & 1 else -1 for i, value in enumerate(dims))
            group = cube[mask, key]
            group[0] += amount
            group[1] += 1
            group[2] = amount if group[2] is None else min(group[2], amount)

    result = []
    for mask in range(7, -1, -1):
        kept = sorted((key, aggregate) for (m, key), aggregate in cube.items()
                      if m == mask and aggregate[1] >= min_rows)
        checksum = 0
        for (s, c, w), (total, count, smallest) in kept:
            code = ((s + 1) * 64 + (c + 1)) * 8 + (w + 1)
            checksum = (checksum * 1000003 + total * 31 + count * 7 + smallest + code) % MOD
        best_key, best_sum = (-2, -2, -2), 0
        if kept:
            best_key, aggregate = min(kept, key=lambda item: (-item[1][0], item[0]))
            best_sum = aggregate[0]
        result.append((mask, len(kept), checksum, best_key, best_sum))
    return result
