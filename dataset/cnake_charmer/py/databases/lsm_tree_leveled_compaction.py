"""A log-structured merge tree: memtable flushes, leveled compaction and tombstones.

Puts and deletes go to an in-memory table; when it fills it is flushed as a sorted run
into level 0. Once level 0 holds enough runs they are merged (newest version of each
key wins) into level 1, and any level that outgrows its size budget is merged into
the next, deeper one. Deletes write tombstones, which are dropped only when a merge
writes to the deepest level holding data. Point reads consult the memtable, then the
level-0 runs newest first, then each level. Returns flush and compaction counts, the
entries written by compactions, tombstones dropped, read hits and misses, runs probed,
the final level sizes and a checksum of the live key-value pairs.

Keywords: databases, lsm tree, compaction, memtable, sorted runs, tombstones, k-way merge
"""

import heapq
from bisect import bisect_left
from typing import Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
Entry = Tuple[int, int, Optional[int]]  # (key, sequence number, value or None for a tombstone)


@python_benchmark(args=(70000, 24000, 11), cases=[(0, 100, 1), (1, 1, 2), (300, 1, 3), (5000, 50, 4), (20000, 3000, 5)])
def lsm_tree_leveled_compaction(ops: int, key_range: int, seed: int) -> Tuple[int, List[int], int, int, int, int, int, List[int], int, int]:
    """Return (flushes, compactions per level, written, tombstones dropped, hits, misses, probes, level sizes, live, checksum)."""
    memtable_limit, l0_limit, base, ratio, depth = 128, 4, 1024, 4, 4
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    memtable: Dict[int, Tuple[int, Optional[int]]] = {}
    level0: List[List[Entry]] = []
    levels: List[List[Entry]] = [[] for _ in range(depth)]
    compactions = [0] * depth
    flushes = written = dropped = 0

    def merge(runs: List[List[Entry]], bottom: bool) -> List[Entry]:
        nonlocal written, dropped
        out: List[Entry] = []
        last = None
        for key, seq, value in heapq.merge(*runs, key=lambda e: (e[0], -e[1])):
            if key == last:
                continue  # an older version of a key already emitted
            last = key
            if value is None and bottom:
                dropped += 1
                continue
            out.append((key, seq, value))
        written += len(out)
        return out

    def compact() -> None:
        deeper = any(levels[1:])
        levels[0] = merge(level0[::-1] + [levels[0]], not deeper)
        level0.clear()
        compactions[0] += 1
        budget = base
        for i in range(depth - 1):
            if len(levels[i]) > budget:
                deeper = any(levels[i + 2:])
                levels[i + 1] = merge([levels[i], levels[i + 1]], not deeper)
                levels[i] = []
                compactions[i + 1] += 1
            budget *= ratio

    def get(key: int) -> Tuple[bool, int]:
        """(found, runs probed)."""
        if key in memtable:
            return memtable[key][1] is not None, 0
        probes = 0
        for run in level0[::-1] + levels:
            if not run:
                continue
            probes += 1
            i = bisect_left(run, (key,))
            if i < len(run) and run[i][0] == key:
                return run[i][2] is not None, probes
        return False, probes

    hits = misses = probed = 0
    for seq in range(ops):
        kind = draw(10)
        key = min(draw(key_range), draw(key_range)) if kind < 5 else draw(key_range)
        if kind < 2:
            found, probes = get(key)
            probed += probes
            if found:
                hits += 1
            else:
                misses += 1
            continue
        memtable[key] = (seq, None if kind == 2 else 1 + draw(1000))
        if len(memtable) >= memtable_limit:
            level0.append(sorted((k, s, v) for k, (s, v) in memtable.items()))
            memtable.clear()
            flushes += 1
            if len(level0) >= l0_limit:
                compact()

    live: Dict[int, Optional[int]] = {}
    for run in levels[::-1] + level0:
        for key, _, value in run:
            live[key] = value
    for key, (_, value) in memtable.items():
        live[key] = value
    checksum = count = 0
    for key in sorted(live):
        if live[key] is not None:
            count += 1
            checksum = (checksum * 31 + key * 1009 + live[key]) % MOD
    return (flushes, compactions, written, dropped, hits, misses, probed,
            [len(level0)] + [len(run) for run in levels], count, checksum)
