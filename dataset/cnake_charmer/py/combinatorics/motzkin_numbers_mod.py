"""Motzkin numbers modulo a prime via their three-term recurrence.

Motzkin numbers count paths of up, down and flat steps that never dip below zero:
(k + 2) M(k) = (2k + 1) M(k-1) + (3k - 3) M(k-2). Working modulo 1e9+7 each step
divides by k + 2 using a Fermat inverse. The last value, a checksum and samples are
returned.

Keywords: combinatorics, motzkin numbers, lattice paths, recurrence, modular inverse
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(80000,), cases=[(0,), (1,), (2,), (10,)])
def motzkin_numbers_mod(n: int) -> Tuple[int, int, List[int]]:
    """Return (M(n) mod p, checksum of M(0..n), M at every n//5 step)."""
    if n < 0:
        raise ValueError("n must be non-negative")
    m = [1, 1][: n + 1]
    for k in range(2, n + 1):
        value = ((2 * k + 1) * m[k - 1] + (3 * k - 3) * m[k - 2]) % MOD
        m.append(value * pow(k + 2, MOD - 2, MOD) % MOD)
    checksum = sum((i + 1) * v for i, v in enumerate(m)) % MOD
    step = max(1, n // 5)
    return (m[n], checksum, m[::step])
