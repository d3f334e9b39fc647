"""Window functions over a RANGE frame: moving SUM, COUNT and MAX per partition.

Evaluates ``SUM(amount), COUNT(*), MAX(amount) OVER (PARTITION BY account ORDER BY ts
RANGE BETWEEN :width PRECEDING AND CURRENT ROW)`` for a table of transactions. Unlike
a ROWS frame, a RANGE frame is defined on the ordering value: it holds every row of the
partition whose timestamp lies within ``width`` before the current one, including all
peers that share the current timestamp (even those sorted after it). The rows are
sorted by (account, ts, id); two pointers track the frame edges, a running sum gives
SUM and COUNT, and a monotonic deque gives MAX. A row is flagged when its amount
exceeds three times the frame average. Returns the flagged count, the largest frame, a
checksum of every row's window values in id order and the window values of the first
rows.

Keywords: databases, window function, range frame, moving aggregate, partition by, monotonic deque, two pointers
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(60000, 100, 40000, 41), cases=[(0, 5, 10, 1), (1, 1, 10, 2), (60, 1, 0, 3), (2000, 7, 50, 4), (500, 3, 100000, 5)])
def window_range_frame_aggregates(rows: int, accounts: int, width: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int, int]]]:
    """Return (flagged rows, largest frame, checksum in id order, first rows' (sum, count, max))."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    table = []  # (id, account, ts, amount)
    horizon = 40 * rows + 1
    for row_id in range(rows):
        account = min(draw(accounts), draw(accounts))
        ts = draw(horizon) // 16 * 16  # coarse timestamps create peers
        amount = 1 + draw(100) if draw(20) else 1 + draw(5000)
        table.append((row_id, account, ts, amount))

    ordered = sorted(table, key=lambda r: (r[1], r[2], r[0]))
    window = [(0, 0, 0)] * rows
    flagged = largest = 0
    i = 0
    while i < len(ordered):
        account = ordered[i][1]
        part_end = i
        while part_end < len(ordered) and ordered[part_end][1] == account:
            part_end += 1
        start = end = i  # the frame is ordered[start:end]
        total = 0
        maxima: deque = deque()  # positions with decreasing amounts
        for pos in range(i, part_end):
            ts = ordered[pos][2]
            while end < part_end and ordered[end][2] == ts or end <= pos:
                amount = ordered[end][3]
                total += amount
                while maxima and ordered[maxima[-1]][3] <= amount:
                    maxima.pop()
                maxima.append(end)
                end += 1
            while ordered[start][2] < ts - width:
                total -= ordered[start][3]
                if maxima[0] == start:
                    maxima.popleft()
                start += 1
            count = end - start
            largest = max(largest, count)
            row_id, _, _, amount = ordered[pos]
            if amount * count > 3 * total:
                flagged += 1
            window[row_id] = (total, count, ordered[maxima[0]][3])
        i = part_end

    checksum = 0
    for total, count, peak in window:
        checksum = (checksum * 1000003 + total * 3 + count * 7 + peak) % MOD
    return flagged, largest, checksum, window[:4]
