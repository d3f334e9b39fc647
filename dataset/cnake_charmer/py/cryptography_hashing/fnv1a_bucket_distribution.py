"""Distribution of 64-bit FNV-1a hashes of structured keys over hash buckets.

Keys such as ``user:1234:profile`` differ in only a few characters, which is where weak
hash functions cluster. Each key is hashed with 64-bit FNV-1a and assigned to one of a
prime number of buckets; a chi-square statistic measures how uniform the loads are.

Keywords: fnv1a, hash function, buckets, chi square, uniformity, hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SUFFIXES = ["profile", "session", "cart", "prefs", "avatar"]


@python_benchmark(args=(40000, 1021), cases=[(0, 7), (1, 7), (50, 13), (2000, 101)])
def fnv1a_bucket_distribution(n_keys: int, buckets: int) -> Tuple[float, int, int, List[str]]:
    """Return (chi-square of bucket loads, max load, empty buckets, first 4 hashes in hex)."""
    loads = [0] * buckets
    first = []
    for i in range(n_keys):
        key = f"user:{i}:{SUFFIXES[i % 5]}".encode("ascii")
        h = 0xCBF29CE484222325
        for byte in key:
            h ^= byte
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
        loads[h % buckets] += 1
        if len(first) < 4:
            first.append(f"{h:016x}")
    expected = n_keys / buckets
    chi2 = sum((c - expected) ** 2 / expected for c in loads) if n_keys else 0.0
    return (chi2, max(loads), loads.count(0), first)
