"""Histogram of population counts (number of set bits) of 32-bit words.

Generates 32-bit words with a xorshift generator, counts their set bits and builds
a histogram of the counts, plus the parity distribution and the word with the most
set bits. The Python side uses int.bit_count(); the interesting part is the
comparison with a byte lookup table in C.

Keywords: popcount, Hamming weight, lookup table, xorshift, histogram
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 17), cases=[(0, 1), (1, 0), (10, 5), (1000, -3)])
def popcount_table_histogram(n: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (histogram of popcounts 0..32, odd-parity count, first word with max popcount)."""
    x = (seed & 0xFFFFFFFF) or 2463534242
    hist = [0] * 33
    odd = 0
    best_word, best_count = 0, -1
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        c = x.bit_count() if hasattr(x, "bit_count") else bin(x).count("1")
        hist[c] += 1
        odd += c & 1
        if c > best_count:
            best_word, best_count = x, c
    return hist, odd, best_word
