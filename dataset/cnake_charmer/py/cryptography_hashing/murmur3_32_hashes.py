"""MurmurHash3 (x86, 32-bit) of many pseudo-random byte strings.

Implements the reference algorithm: 4-byte little-endian blocks mixed with two
multiply-rotate constants, the tail bytes, and the final avalanche ``fmix32``. Hashes of
keys of every length 0..23 are combined into summary statistics.

Keywords: murmurhash3, non cryptographic hash, avalanche, rotate, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

C1 = 0xCC9E2D51
C2 = 0x1B873593
MASK = 0xFFFFFFFF


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & MASK


def _murmur3(data: bytes, seed: int) -> int:
    h = seed & MASK
    nblocks = len(data) // 4
    for i in range(nblocks):
        k = int.from_bytes(data[4 * i:4 * i + 4], "little")
        k = (k * C1) & MASK
        k = _rotl(k, 15)
        k = (k * C2) & MASK
        h ^= k
        h = _rotl(h, 13)
        h = (h * 5 + 0xE6546B64) & MASK
    tail = data[4 * nblocks:]
    k = 0
    for i in reversed(range(len(tail))):
        k = (k << 8) | tail[i]
    if tail:
        k = (k * C1) & MASK
        k = _rotl(k, 15)
        k = (k * C2) & MASK
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK
    h ^= h >> 16
    return h


@python_benchmark(args=(30000, 4), cases=[(0, 1), (1, 2), (24, 3), (500, 4)])
def murmur3_32_hashes(n_keys: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (xor of all hashes, hashes with the top bit set, distinct low 16 bits, first 6 hashes)."""
    state = seed
    acc = 0
    high = 0
    lows = set()
    first = []
    for i in range(n_keys):
        data = bytearray()
        for _ in range(i % 24):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((state >> 13) & 0xFF)
        h = _murmur3(bytes(data), i * 2654435761)
        acc ^= h
        high += h >> 31
        lows.add(h & 0xFFFF)
        if len(first) < 6:
            first.append(h)
    return (acc, high, len(lows), first)
