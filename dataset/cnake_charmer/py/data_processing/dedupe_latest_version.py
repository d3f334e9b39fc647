"""Deduplicate change records, keeping the latest version of every key.

A change log holds (key, timestamp, value, deleted) records in arbitrary order with
many updates per key. For each key the record with the greatest timestamp wins (a later
position wins a timestamp tie); keys whose winning record is a deletion tombstone are
dropped. Returns the number of live keys, the number of tombstoned keys, a checksum of
the surviving (key, value) pairs and the first surviving records in key order.

Keywords: deduplication, latest record, upsert, tombstone, change log, compaction
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 30000), cases=[(0, 10), (1, 1), (5, 2), (50, 7), (3000, 500)])
def dedupe_latest_version(n: int, key_space: int) -> Tuple[int, int, int, List[Tuple[int, int, int]]]:
    """Compact a change log; return (live, tombstoned, checksum, first live records)."""
    if n <= 0 or key_space <= 0:
        return 0, 0, 0, []
    state = 97531
    latest = {}
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = (state >> 5) % key_space
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ts = state % 100000
        value = (state >> 7) % 10000
        deleted = (state >> 3) % 16 == 0
        current = latest.get(key)
        if current is None or ts >= current[0]:
            latest[key] = (ts, value, deleted)
    live = sorted((key, ts, value) for key, (ts, value, deleted) in latest.items() if not deleted)
    tombstoned = len(latest) - len(live)
    checksum = 0
    for key, _, value in live:
        checksum = (checksum * 131 + key * 10007 + value) % 1000000007
    return len(live), tombstoned, checksum, live[:15]
