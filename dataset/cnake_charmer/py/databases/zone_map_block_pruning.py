"""Range queries over a block-organised table using zone maps (min/max per block).

Rows of (timestamp, temperature) are appended in time order with occasional late
arrivals, and stored in fixed-size blocks. Each block keeps a zone map: the minimum
and maximum timestamp and temperature plus the block's row count and temperature sum.
A query ``SELECT COUNT(*), SUM(temp) WHERE ts BETWEEN a AND b AND temp > t`` skips
blocks whose zone map cannot match, answers blocks that match entirely from the zone
map alone and scans only the remaining blocks row by row. Returns a checksum over all
query answers, the first non-empty answers, and how many blocks were pruned, answered from
metadata and scanned.

Keywords: databases, zone map, min max index, block pruning, small materialized aggregates, range query, scan
"""

from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@dataclass
class Zone:
    start: int
    end: int
    ts_min: int
    ts_max: int
    temp_min: int
    temp_max: int
    temp_sum: int


@python_benchmark(args=(200000, 128, 300, 8), cases=[(0, 16, 5, 1), (1, 16, 5, 2), (100, 1, 20, 3), (5000, 64, 50, 4), (777, 1000, 10, 5)])
def zone_map_block_pruning(rows: int, block_rows: int, queries: int, seed: int) -> Tuple[int, List[Tuple[int, int]], int, int, int]:
    """Return (checksum, first non-empty answers as (count, sum), blocks pruned, blocks from metadata, blocks scanned)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    ts_column: List[int] = []
    temp_column: List[int] = []
    clock = 0
    temp = 200
    for _ in range(rows):
        clock += draw(20)
        temp = min(1500, max(-500, temp + draw(11) - 5))
        late = draw(100) == 0
        ts_column.append(max(0, clock - draw(5000)) if late else clock)
        temp_column.append(temp)

    zones: List[Zone] = []
    for start in range(0, rows, block_rows):
        end = min(rows, start + block_rows)
        ts = ts_column[start:end]
        temps = temp_column[start:end]
        total = 0
        for value in temps:
            total += value
        zones.append(Zone(start, end, min(ts), max(ts), min(temps), max(temps), total))

    checksum = pruned = from_metadata = scanned = 0
    first: List[Tuple[int, int]] = []
    horizon = clock + 1
    for _ in range(queries):
        a = draw(horizon)
        b = a + draw(horizon // 10 + 1)
        t = draw(2000) - 500
        count = total = 0
        for zone in zones:
            if zone.ts_max < a or zone.ts_min > b or zone.temp_max <= t:
                pruned += 1
            elif a <= zone.ts_min and zone.ts_max <= b and zone.temp_min > t:
                from_metadata += 1
                count += zone.end - zone.start
                total += zone.temp_sum
            else:
                scanned += 1
                for row in range(zone.start, zone.end):
                    if a <= ts_column[row] <= b and temp_column[row] > t:
                        count += 1
                        total += temp_column[row]
        checksum = (checksum * 1000003 + count * 7 + total) % MOD
        if count and len(first) < 4:
            first.append((count, total))
    return checksum, first, pruned, from_metadata, scanned
