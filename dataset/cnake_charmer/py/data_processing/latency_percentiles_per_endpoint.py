"""Latency percentiles per endpoint from a request log (p50, p90, p99, max).

Request records pair an endpoint id with a latency in milliseconds drawn from a
heavy-tailed mixture whose scale depends on the endpoint. Latencies are grouped per
endpoint, sorted, and the nearest-rank percentiles are read off. Returns one row per
endpoint (count, p50, p90, p99, max) and the endpoint with the worst p99.

Keywords: percentiles, quantiles, group by, latency, nearest rank, monitoring, sorting
"""

import math
from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _nearest_rank(sorted_values: List[int], pct: int) -> int:
    rank = max(1, math.ceil(pct * len(sorted_values) / 100))
    return sorted_values[rank - 1]


@python_benchmark(args=(200000, 24), cases=[(0, 3), (1, 1), (7, 2), (100, 5), (3000, 10)])
def latency_percentiles_per_endpoint(n: int, endpoints: int) -> Tuple[List[Tuple[int, int, int, int, int]], int]:
    """Nearest-rank latency percentiles per endpoint; return (rows, worst p99 endpoint)."""
    if n <= 0 or endpoints <= 0:
        return [], -1
    state = 55555
    latencies = defaultdict(list)
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        endpoint = (state >> 6) % endpoints
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        base = 5 + endpoint * 3 + (state >> 4) % 40
        if (state >> 12) % 50 == 0:
            base += (state >> 2) % 3000
        latencies[endpoint].append(base)
    rows = []
    for endpoint in sorted(latencies):
        values = sorted(latencies[endpoint])
        rows.append((len(values), _nearest_rank(values, 50), _nearest_rank(values, 90),
                     _nearest_rank(values, 99), values[-1]))
    worst = max(range(len(rows)), key=lambda i: (rows[i][3], -i))
    return rows, sorted(latencies)[worst]
