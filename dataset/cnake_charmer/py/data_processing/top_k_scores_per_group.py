"""Top-k rows per group: the k best scores of every player league.

Score records (league, player id, score) are generated with overlapping score ranges
per league. For every league the k records with the highest score are kept (ties go to
the smaller player id), as a SQL ROW_NUMBER() OVER (PARTITION BY league ORDER BY score
DESC) <= k filter would. Returns the top lists of the first leagues, a checksum over
all leagues' winners and the number of leagues with at least k rows.

Keywords: top-k, per group, partition, ranking, heap, leaderboard, window function
"""

import heapq
from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 400, 5), cases=[(0, 3, 2), (1, 1, 1), (10, 3, 0), (30, 4, 3), (2000, 50, 4)])
def top_k_scores_per_group(n: int, leagues: int, k: int) -> Tuple[List[List[Tuple[int, int]]], int, int]:
    """Keep the k best (score, player) per league; return (first leagues' tops, checksum, full leagues)."""
    if n <= 0 or leagues <= 0 or k <= 0:
        return [], 0, 0
    state = 86420
    heaps = defaultdict(list)
    for player in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        league = (state >> 6) % leagues
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        score = (state >> 4) % 100000 + league * 13
        entry = (score, -player)
        heap = heaps[league]
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    tops = {g: [(-p, s) for s, p in sorted(h, reverse=True)] for g, h in heaps.items()}
    checksum = 0
    full = 0
    for g in range(leagues):
        top = tops.get(g, [])
        full += len(top) == k
        for player, score in top:
            checksum = (checksum * 1000003 + player * 7 + score) % 998244353
    return [tops.get(g, []) for g in range(min(leagues, 6))], checksum, full
