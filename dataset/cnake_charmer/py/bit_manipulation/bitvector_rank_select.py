"""Succinct bit vector with rank and select queries.

A long random bit vector is queried with rank(i) (number of ones before position i)
and select(k) (position of the k-th one). Rank uses prefix counts per 64-bit word
plus a popcount of the partial word; select binary-searches those prefix counts and
then scans the word. Returns checksums of both query kinds and the first answers.

Keywords: rank, select, succinct data structure, bit vector, popcount
"""

from bisect import bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 30000, 9), cases=[(1, 3, 1), (64, 10, 2), (65, 0, 3), (1000, 100, 4), (0, 5, 5)])
def bitvector_rank_select(n_words: int, queries: int, seed: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (rank checksum, select checksum, first 5 ranks, first 5 selects)."""
    state = (seed & 0x7FFFFFFF) | 1
    words = []
    for _ in range(n_words):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        words.append(state & (state >> 9))
    prefix = [0]
    for w in words:
        prefix.append(prefix[-1] + bin(w).count("1"))
    total_ones = prefix[-1]
    nbits = 64 * n_words
    rank_sum = select_sum = 0
    ranks, selects = [], []
    for _ in range(queries):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        i = (state >> 20) % (nbits + 1)
        w, b = divmod(i, 64)
        r = prefix[w] + (bin(words[w] & ((1 << b) - 1)).count("1") if w < n_words else 0)
        rank_sum = (rank_sum * 31 + r) % 1000000007
        if total_ones:
            k = (state >> 3) % total_ones
            wi = bisect_right(prefix, k) - 1
            remaining = k - prefix[wi]
            word = words[wi]
            pos = 0
            while True:
                if (word >> pos) & 1:
                    if remaining == 0:
                        break
                    remaining -= 1
                pos += 1
            s = 64 * wi + pos
        else:
            s = -1
        select_sum = (select_sum * 31 + s + 1) % 1000000007
        if len(ranks) < 5:
            ranks.append(r)
            selects.append(s)
    return rank_sum, select_sum, ranks, selects
