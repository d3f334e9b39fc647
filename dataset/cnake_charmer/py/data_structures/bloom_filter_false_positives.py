"""Bloom filter: measure the false-positive rate of a bit array with k hashes.

Keys are inserted by setting k bit positions derived from two base hashes (double
hashing, h1 + i*h2). Lookups of keys that were never inserted report how often all k
bits happen to be set. Returns the number of set bits, false positives, a check that
no inserted key is missed and the first few bit positions of key 0.

Keywords: Bloom filter, probabilistic data structure, bit array, double hashing, false positives
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _hashes(key: int) -> Tuple[int, int]:
    h1 = (key * 0x9E3779B1) & 0xFFFFFFFF
    h1 ^= h1 >> 15
    h2 = (key * 0x85EBCA77 + 0x165667B1) & 0xFFFFFFFF
    h2 ^= h2 >> 13
    return h1, h2 | 1


@python_benchmark(args=(40000, 400000, 5, 40000), cases=[(0, 64, 3, 10), (10, 64, 1, 10), (100, 1000, 4, 0), (500, 2048, 7, 300)])
def bloom_filter_false_positives(n_keys: int, n_bits: int, k: int, n_probes: int) -> Tuple[int, int, bool, List[int]]:
    """Return (bits set, false positives among probes, all inserted found, bit positions of key 0)."""
    if n_bits < 1 or k < 1:
        raise ValueError("need at least one bit and one hash")
    bits = bytearray(n_bits)
    for key in range(n_keys):
        h1, h2 = _hashes(key * 2 + 1)
        for i in range(k):
            bits[(h1 + i * h2) % n_bits] = 1
    def contains(key: int) -> bool:
        h1, h2 = _hashes(key)
        return all(bits[(h1 + i * h2) % n_bits] for i in range(k))
    all_found = all(contains(key * 2 + 1) for key in range(n_keys))
    false_pos = sum(1 for p in range(n_probes) if contains(p * 2 + 2))
    h1, h2 = _hashes(1)
    return sum(bits), false_pos, all_found, [(h1 + i * h2) % n_bits for i in range(k)]
