"""Compare three classic 32-bit string hashes by bucket collisions.

FNV-1a, djb2 and sdbm are computed over generated keys (short strings of digits and
letters) with explicit 32-bit wrap-around. For each hash the keys are thrown into
2**bits buckets and the number of colliding keys and the fullest bucket are
reported, together with the hash values of the first key.

Keywords: FNV-1a, djb2, sdbm, string hashing, hash collisions
"""

from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFFFFFF


def fnv1a(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & MASK
    return h


def djb2(data: bytes) -> int:
    h = 5381
    for b in data:
        h = (h * 33 + b) & MASK
    return h


def sdbm(data: bytes) -> int:
    h = 0
    for b in data:
        h = (b + (h << 6) + (h << 16) - h) & MASK
    return h


@python_benchmark(args=(30000, 12, 2), cases=[(0, 4, 1), (1, 1, 2), (50, 3, 3), (500, 0, 4)])
def string_hash_bucket_collisions(n_keys: int, bits: int, seed: int) -> Tuple[List[Tuple[int, int]], List[int]]:
    """Return ([(colliding keys, fullest bucket) per hash], hashes of the first key); 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    alphabet = b"0123456789abcdefghijklmnopqrstuvwxyz"
    state = seed & 0x7FFFFFFF
    keys = []
    for i in range(n_keys):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 4 + state % 9
        key = bytearray(b"user:")
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key.append(alphabet[(state >> 11) % 36])
        keys.append(bytes(key))
    funcs: List[Callable[[bytes], int]] = [fnv1a, djb2, sdbm]
    stats = []
    for f in funcs:
        buckets: Dict[int, int] = {}
        for k in keys:
            b = f(k) & ((1 << bits) - 1)
            buckets[b] = buckets.get(b, 0) + 1
        colliding = sum(c for c in buckets.values() if c > 1)
        stats.append((colliding, max(buckets.values(), default=0)))
    first = [f(keys[0]) for f in funcs] if keys else []
    return stats, first
