"""Histogram of doubles built from xorshift64 bits by mantissa stuffing.

A xorshift64 generator produces 64-bit words; the top 52 bits are placed in the
mantissa of a double with exponent 0, giving a value in [1, 2) whose offset from 1 is
a uniform sample. The samples are binned into a histogram and their mean is returned,
which checks both the generator and the bit-level conversion.

Keywords: monte carlo, xorshift, ieee754, histogram, bit manipulation, uniform
"""

import struct
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK64 = 0xFFFFFFFFFFFFFFFF


@python_benchmark(args=(120000, 16, 88172645463325252), cases=[(0, 4, 1), (1, 1, 5), (500, 8, 99), (10, 0, 3)])
def xorshift_uniform_histogram(n: int, bins: int, seed: int) -> Tuple[List[int], float, float]:
    """Return (bin counts, mean sample, last sample) for n xorshift doubles."""
    if bins <= 0:
        return [], 0.0, 0.0
    x = (seed & MASK64) or 1
    counts = [0] * bins
    total = 0.0
    value = 0.0
    for _ in range(n):
        x ^= (x << 13) & MASK64
        x ^= x >> 7
        x ^= (x << 17) & MASK64
        bits = (x >> 12) | 0x3FF0000000000000
        value = struct.unpack("<d", struct.pack("<Q", bits))[0] - 1.0
        counts[min(int(value * bins), bins - 1)] += 1
        total += value
    mean = total / n if n > 0 else 0.0
    return counts, mean, value
