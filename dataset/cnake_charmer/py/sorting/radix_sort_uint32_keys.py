"""LSD radix sort of 32-bit unsigned keys, one byte per pass.

Keys come from a xorshift32 generator. Each of the four passes distributes the keys
into 256 buckets by one byte and concatenates the buckets, which keeps the sort
stable. Returns evenly spaced samples of the sorted keys and an order-sensitive hash.

Keywords: radix sort, LSD, buckets, xorshift, unsigned integers, stable sort
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 2024), cases=[(0, 1), (1, 0), (17, 99), (300, -5)])
def radix_sort_uint32_keys(n: int, seed: int) -> Tuple[List[int], int]:
    """Radix-sort n xorshift32 keys and return (samples, hash)."""
    x = (seed & 0xFFFFFFFF) or 0x9E3779B9
    keys = []
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        keys.append(x)
    for shift in (0, 8, 16, 24):
        buckets: List[List[int]] = [[] for _ in range(256)]
        for k in keys:
            buckets[(k >> shift) & 0xFF].append(k)
        keys = [k for bucket in buckets for k in bucket]
    step = max(1, len(keys) // 12)
    samples = keys[::step]
    h = 0
    for k in keys:
        h = ((h ^ k) * 0x01000193) & 0xFFFFFFFF
    return samples, h
