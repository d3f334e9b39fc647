"""Elementary symmetric polynomials of n generated integers, modulo a prime.

e_k is the sum over all k-subsets of the product of their elements, i.e. the
coefficient of t^k in the product of (1 + x_i t). Multiplying in one factor at a time
updates the coefficients from high to low degree. Selected coefficients and a
checksum are returned.

Keywords: combinatorics, elementary symmetric polynomials, subsets, generating functions, polynomial product
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 998_244_353


@python_benchmark(args=(800, 59), cases=[(0, 1), (1, 2), (3, 3), (12, 4)])
def elementary_symmetric_sums(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (e_n, e_{n//2}, checksum of all e_k, e_0..e_5)."""
    state = seed & 0x7FFFFFFF
    xs = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(1 + (state >> 6) % 1000000)
    e = [1] + [0] * n
    for count, x in enumerate(xs, 1):
        for k in range(count, 0, -1):
            e[k] = (e[k] + e[k - 1] * x) % MOD
    checksum = sum((k + 1) * v for k, v in enumerate(e)) % MOD
    return (e[n], e[n // 2], checksum, e[:6])
