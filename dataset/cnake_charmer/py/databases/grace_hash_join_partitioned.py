"""Grace hash join: partition both inputs by a hash, recurse on oversized partitions.

The build relation is too large for a memory budget of ``memory_rows`` rows, so both
relations are split into ``fanout`` partitions by a level-specific hash of the join
key (written to "disk" in pages of 64 rows). Matching partitions are joined in memory
with a hash table when the build side fits; otherwise they are partitioned again with
the next level's hash, up to a depth limit where skewed keys (which no hash can split)
are joined anyway and counted as overflows. Returns the match count, a checksum of the
joined payloads, repartition and overflow counts, pages written, the largest build
partition joined in memory and how many partitions were joined at each depth.

Keywords: databases, grace hash join, partitioning, recursive partitioning, skew, equi-join, build probe
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF
MOD = 1_000_000_007
PAGE_ROWS = 64
MAX_DEPTH = 3


def bucket(key: int, level: int, fanout: int) -> int:
    """A splitmix64-style mix of the key, salted per level so each level splits differently."""
    x = (key + 0x9E3779B97F4A7C15 * (level + 1)) & M64
    x = ((x ^ (x >> 31)) * 0xBF58476D1CE4E5B9) & M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M64
    return (x ^ (x >> 31)) % fanout


@python_benchmark(args=(32000, 44000, 8, 520, 3), cases=[(0, 10, 4, 8, 1), (10, 0, 4, 8, 2), (1, 1, 2, 1, 3), (50, 60, 2, 4, 4), (3000, 2000, 4, 100, 5)])
def grace_hash_join_partitioned(n_build: int, n_probe: int, fanout: int, memory_rows: int, seed: int) -> Tuple[int, int, int, int, int, int, List[int]]:
    """Return (matches, checksum, repartitions, overflows, pages written, largest in-memory build, joins per depth)."""
    state = seed & M64

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return (state >> 33) % k

    key_space = 2 * n_build + 1

    def make_rows(count: int) -> List[Tuple[int, int]]:
        rows = []
        for _ in range(count):
            if draw(100) < 2:
                key = 7919 * (1 + draw(4))  # a few hot keys
            else:
                key = draw(key_space)
            rows.append((key, 1 + draw(10000)))
        return rows

    build = make_rows(n_build)
    probe = make_rows(n_probe)
    matches = checksum = repartitions = overflows = pages = largest = 0
    joins_at = [0] * (MAX_DEPTH + 1)

    def join(build: List[Tuple[int, int]], probe: List[Tuple[int, int]], level: int) -> None:
        nonlocal matches, checksum, repartitions, overflows, pages, largest
        if len(build) <= memory_rows or level == MAX_DEPTH:
            if len(build) > memory_rows:
                overflows += 1
            joins_at[level] += 1
            largest = max(largest, len(build))
            table = defaultdict(list)
            for key, payload in build:
                table[key].append(payload)
            for key, payload in probe:
                for other in table.get(key, ()):
                    matches += 1
                    checksum = (checksum + (other * 131 + payload) * (key % 97 + 1)) % MOD
            return
        repartitions += 1
        build_parts = [[] for _ in range(fanout)]
        probe_parts = [[] for _ in range(fanout)]
        for row in build:
            build_parts[bucket(row[0], level, fanout)].append(row)
        for row in probe:
            probe_parts[bucket(row[0], level, fanout)].append(row)
        for part in build_parts + probe_parts:
            pages += (len(part) + PAGE_ROWS - 1) // PAGE_ROWS
        for b, p in zip(build_parts, probe_parts):
            if b and p:
                join(b, p, level + 1)

    if build and probe:
        join(build, probe, 0)
    return matches, checksum, repartitions, overflows, pages, largest, joins_at
