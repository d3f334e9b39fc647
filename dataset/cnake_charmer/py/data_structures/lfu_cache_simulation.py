"""Least-frequently-used cache with LRU tie-breaking, simulated on a request stream.

Each cached key has a use count; keys with the same count are kept in recency order
(one OrderedDict per count), and the minimum count is tracked so eviction removes
the least recently used key among the least frequently used ones in O(1). Returns
hits, misses, an eviction checksum and the counts of the hottest keys at the end.

Keywords: LFU cache, eviction policy, frequency buckets, OrderedDict, O(1) cache
"""

from collections import OrderedDict, defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 256, 8), cases=[(0, 4, 1), (20, 1, 2), (300, 8, 3), (100, 0, 4), (3000, 32, 5)])
def lfu_cache_simulation(requests: int, capacity: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (hits, misses, eviction checksum, top 5 (count, key) pairs)."""
    count: Dict[int, int] = {}
    buckets: Dict[int, "OrderedDict[int, None]"] = defaultdict(OrderedDict)
    min_count = 0
    hits = misses = 0
    evict_sum = 0
    state = seed & 0x7FFFFFFF
    for _ in range(requests):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 7
        key = r % 100 if r % 3 else r % 5000
        if key in count:
            hits += 1
            c = count[key]
            del buckets[c][key]
            if not buckets[c]:
                del buckets[c]
                if min_count == c:
                    min_count = c + 1
            count[key] = c + 1
            buckets[c + 1][key] = None
            continue
        misses += 1
        if capacity <= 0:
            continue
        if len(count) >= capacity:
            victim, _ = buckets[min_count].popitem(last=False)
            if not buckets[min_count]:
                del buckets[min_count]
            del count[victim]
            evict_sum = (evict_sum * 131 + victim) % 1000000007
        count[key] = 1
        buckets[1][key] = None
        min_count = 1
    top = sorted(((c, k) for k, c in count.items()), key=lambda p: (-p[0], p[1]))[:5]
    return hits, misses, evict_sum, top
