"""Extended Euclidean algorithm on many random pairs: gcds, Bezout pairs, inverses.

For each pair (a, m) the iterative extended Euclid returns g = gcd(a, m) and x, y with
a*x + m*y = g. When g = 1, x mod m is the modular inverse of a. Checksums over the
gcds, Bezout coefficients and inverses are returned with the count of invertible pairs.

Keywords: number theory, extended euclid, gcd, bezout coefficients, modular inverse
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _ext_gcd(a: int, b: int) -> Tuple[int, int, int]:
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_x, x = x, old_x - q * x
        old_y, y = y, old_y - q * y
    return old_r, old_x, old_y


@python_benchmark(args=(30000, 1000000000, 5), cases=[(0, 10, 1), (1, 2, 2), (10, 1, 3), (100, 30, 4)])
def extended_gcd_inverse_batch(count: int, limit: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (invertible pairs, gcd sum, Bezout checksum, inverse checksum)."""
    state = seed & 0x7FFFFFFF
    invertible = gcd_sum = bezout = inverses = 0
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = 1 + state % limit
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        m = 1 + state % limit
        g, x, y = _ext_gcd(a, m)
        gcd_sum += g
        bezout = (bezout * 7 + x * 3 + y) % 1000000007
        if g == 1:
            invertible += 1
            inverses = (inverses + x % m) % 1000000007
    return (invertible, gcd_sum, bezout, inverses)
