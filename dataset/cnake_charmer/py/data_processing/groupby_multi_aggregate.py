"""Group-by on two key columns with several aggregates per group.

Sales records carry a region, a product, a quantity and a unit price in cents. They are
grouped by (region, product) and each group reports its row count, total revenue, the
smallest and largest quantity and the mean quantity. Returns the groups sorted by key,
plus the key of the group with the highest revenue.

Keywords: group by, aggregation, sum, min max, mean, composite key, sales records
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 6, 30), cases=[(0, 3, 3), (1, 1, 1), (5, 2, 2), (40, 3, 4), (1000, 4, 7)])
def groupby_multi_aggregate(n: int, regions: int, products: int) -> Tuple[List[Tuple[int, int, int, int, int, int, float]], Tuple[int, int]]:
    """Aggregate n sales rows by (region, product); return (groups, top revenue key)."""
    if n <= 0 or regions <= 0 or products <= 0:
        return [], (-1, -1)
    state = 60606
    groups = defaultdict(lambda: [0, 0, None, None, 0])
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        region = (state >> 7) % regions
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        product = (state >> 3) % products
        qty = 1 + (state >> 13) % 40
        price = 199 + product * 50 + region * 7
        g = groups[(region, product)]
        g[0] += 1
        g[1] += qty * price
        g[2] = qty if g[2] is None else min(g[2], qty)
        g[3] = qty if g[3] is None else max(g[3], qty)
        g[4] += qty
    result = [(r, p, cnt, revenue, lo, hi, total_qty / cnt)
              for (r, p), (cnt, revenue, lo, hi, total_qty) in sorted(groups.items())]
    top = max(result, key=lambda row: (row[3], -row[0], -row[1]))
    return result, (top[0], top[1])
