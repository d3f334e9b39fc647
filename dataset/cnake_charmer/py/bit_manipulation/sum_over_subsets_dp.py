"""Sum over subsets (SOS) dynamic programming, a.k.a. the zeta transform.

Given f over all bit masks of k bits, computes F[mask] = sum of f[sub] over every
submask sub of mask in O(k * 2**k) by adding, one bit at a time, the value of the
mask with that bit cleared. The inverse (Moebius) transform is applied afterwards to
check the round trip. Returns samples of F, a checksum and whether the inverse
recovered f.

Keywords: sum over subsets, zeta transform, Moebius inversion, bitmask DP, submasks
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(15, 7), cases=[(0, 1), (1, 2), (4, 3), (10, 4), (-1, 1)])
def sum_over_subsets_dp(k: int, seed: int) -> Tuple[List[int], int, bool]:
    """Return (F at 8 spaced masks, checksum of F, inverse ok); 0 <= k <= 22."""
    if not 0 <= k <= 22:
        raise ValueError("k must be in 0..22")
    n = 1 << k
    state = seed & 0x7FFFFFFF
    f = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        f.append((state >> 8) % 1000)
    F = list(f)
    for bit in range(k):
        b = 1 << bit
        for mask in range(n):
            if mask & b:
                F[mask] += F[mask ^ b]
    G = list(F)
    for bit in range(k):
        b = 1 << bit
        for mask in range(n):
            if mask & b:
                G[mask] -= G[mask ^ b]
    checksum = 0
    for v in F:
        checksum = (checksum * 1000003 + v) % 998244353
    step = max(1, n // 8)
    return F[::step], checksum, G == f
