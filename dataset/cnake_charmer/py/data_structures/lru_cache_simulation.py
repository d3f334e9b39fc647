"""Simulate a least-recently-used cache on a skewed request stream.

Requests follow a skewed distribution (a few hot keys, a long tail). An OrderedDict
keeps keys in recency order: hits move the key to the end, misses insert it and, when
full, evict the oldest key. Returns hits, misses, a checksum of the evicted keys in
order and the cache contents (oldest first) at the end.

Keywords: LRU cache, eviction policy, OrderedDict, hash map, linked list
"""

from collections import OrderedDict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(600000, 512, 6), cases=[(0, 4, 1), (10, 1, 2), (100, 8, 3), (50, 0, 4), (2000, 64, 5)])
def lru_cache_simulation(requests: int, capacity: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (hits, misses, eviction checksum, final keys oldest first); capacity >= 0."""
    cache: "OrderedDict[int, None]" = OrderedDict()
    state = seed & 0x7FFFFFFF
    hits = misses = 0
    evict_sum = 0
    for _ in range(requests):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        key = r % 64 if r % 4 else r % 20000
        if key in cache:
            hits += 1
            cache.move_to_end(key)
        else:
            misses += 1
            if capacity <= 0:
                continue
            if len(cache) >= capacity:
                old, _ = cache.popitem(last=False)
                evict_sum = (evict_sum * 131 + old) % 1000000007
            cache[key] = None
    return hits, misses, evict_sum, list(cache)[-20:]
