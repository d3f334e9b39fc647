"""Aggregate service logs parsed with a regular expression.

Log lines like ``2024-03-07 12:01:09 [WARN] svc3: request took 182ms`` are matched with
a compiled pattern; the parse yields per-level counts and latency totals, each
service's worst latency and the index of the slowest request.

Keywords: logs, regular expression, aggregation, latency, parsing
"""

import re
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"]
LINE = re.compile(r"^(\S+) (\S+) \[(\w+)\] (\w+): request took (\d+)ms$")


@python_benchmark(args=(15000, 8), cases=[(0, 1), (1, 2), (9, 3), (250, 4)])
def log_level_line_stats(n: int, seed: int) -> Tuple[Dict[str, int], Dict[str, int], List[int], int]:
    """Return (lines per level, latency per level, worst latency per service 0..7, slowest line)."""
    state = seed
    lines = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        d, h, mi, s = 1 + state % 28, (state >> 5) % 24, (state >> 7) % 60, (state >> 9) % 60
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        level = LEVELS[min(state % 10, 9) // 3]
        lines.append(f"2024-03-{d:02d} {h:02d}:{mi:02d}:{s:02d} [{level}] svc{(state >> 4) % 8}: "
                     f"request took {(state >> 8) % 2000}ms")
    counts: Dict[str, int] = {}
    latency: Dict[str, int] = {}
    worst = [0] * 8
    slowest = (-1, -1)
    for index, line in enumerate("\n".join(lines).split("\n") if lines else []):
        match = LINE.match(line)
        if not match:
            continue
        _date, _time, level, service, ms = match.groups()
        ms_value = int(ms)
        counts[level] = counts.get(level, 0) + 1
        latency[level] = latency.get(level, 0) + ms_value
        svc = int(service[3:])
        worst[svc] = max(worst[svc], ms_value)
        if ms_value > slowest[0]:
            slowest = (ms_value, index)
    return (counts, latency, worst, slowest[1])
