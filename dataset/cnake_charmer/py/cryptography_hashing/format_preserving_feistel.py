"""Format-preserving encryption of six-digit numbers with a balanced Feistel network.

A number below 10**6 is split into two base-1000 halves and run through eight Feistel
rounds whose round function is a keyed 32-bit mixer reduced modulo 1000, so ciphertexts
are again six-digit numbers (useful for tokenising account or card numbers). Every
value is decrypted again, and the permutation is checked on a full range.

Keywords: format preserving encryption, feistel network, permutation, round function, cryptography
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M = 0xFFFFFFFF


def _f(key: int, x: int) -> int:
    h = (x * 0x9E3779B1 ^ key) & M
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M
    h ^= h >> 13
    return h % 1000


@python_benchmark(args=(15000, 2), cases=[(0, 1), (1, 2), (10, 3), (1000, 4)])
def format_preserving_feistel(n: int, seed: int) -> Tuple[List[int], int, bool, int]:
    """Return (first 8 ciphertexts, checksum, all decrypted, fixed points in range(n))."""
    state = seed
    keys = []
    for _ in range(8):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        keys.append((state * 2654435761) & M)
    out = []
    ok = True
    fixed = 0
    checksum = 0
    seen = set()
    for v in range(n):
        a, b = divmod(v, 1000)
        for k in keys:
            a, b = b, (a + _f(k, b)) % 1000
        c = a * 1000 + b
        a, b = divmod(c, 1000)
        for k in reversed(keys):
            a, b = (b - _f(k, a)) % 1000, a
        ok = ok and a * 1000 + b == v
        fixed += c == v
        seen.add(c)
        checksum = (checksum * 1000003 + c) % 2147483647
        out.append(c)
    return (out[:8], checksum, ok and len(seen) == n, fixed)
