"""Parse compact duration strings such as ``2d4h30m`` into seconds.

Each string is a run of ``<number><unit>`` groups with units w, d, h, m and s (units
may repeat and appear in any order). A regular expression extracts the groups; the
totals are summarised with the share of each unit.

Keywords: duration, time units, regular expression, tokens, parsing
"""

import re
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
GROUP = re.compile(r"(\d+)([wdhms])")


@python_benchmark(args=(25000, 12), cases=[(0, 1), (1, 2), (10, 3), (300, 4)])
def duration_string_parse(m: int, seed: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (total seconds, longest duration, seconds per unit w..s, first 5 durations)."""
    state = seed
    texts = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        parts = []
        for _ in range(1 + state % 5):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            parts.append(f"{(state >> 6) % 120}{'wdhms'[(state >> 3) % 5]}")
        texts.append("".join(parts))
    per_unit = dict.fromkeys("wdhms", 0)
    durations = []
    for text in texts:
        seconds = 0
        for number, unit in GROUP.findall(text):
            value = int(number) * UNIT_SECONDS[unit]
            per_unit[unit] += value
            seconds += value
        durations.append(seconds)
    return (sum(durations), max(durations, default=0), list(per_unit.values()), durations[:5])
