"""SQL-style window functions per partition: row number, dense rank and lag.

Rows (partition, timestamp, value) are generated out of order. Within each partition,
ordered by timestamp, every row gets ROW_NUMBER(), DENSE_RANK() by value descending and
the LAG difference to the previous row's value; per partition the largest upward jump
is also kept. Returns checksums over the computed columns, per-partition maximum jumps
for the first partitions and the count of rows ranked first.

Keywords: window functions, dense rank, row number, lag, partition by, analytics, sql
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 300), cases=[(0, 3), (1, 1), (5, 2), (50, 4), (2000, 30)])
def window_rank_lag_partition(n: int, partitions: int) -> Tuple[int, int, List[int], int]:
    """Compute per-partition window columns; return (rank checksum, lag checksum, max jumps, rank-1 rows)."""
    if n <= 0 or partitions <= 0:
        return 0, 0, [], 0
    state = 5151
    parts = defaultdict(list)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        p = (state >> 3) % partitions
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ts = (state >> 2) % 1000000
        value = (state >> 9) % 500
        parts[p].append((ts, i, value))
    rank_sum = 0
    lag_sum = 0
    firsts = 0
    jumps = [0] * partitions
    for p in sorted(parts):
        rows = sorted(parts[p])
        distinct = sorted({v for _, _, v in rows}, reverse=True)
        dense = {v: r + 1 for r, v in enumerate(distinct)}
        previous = None
        for row_number, (ts, i, value) in enumerate(rows, start=1):
            rank = dense[value]
            firsts += rank == 1
            lag = 0 if previous is None else value - previous
            jumps[p] = max(jumps[p], lag)
            rank_sum = (rank_sum * 31 + row_number * 7 + rank) % 1000000007
            lag_sum = (lag_sum * 17 + lag + 1000) % 1000000007
            previous = value
    return rank_sum, lag_sum, jumps[:10], firsts
