"""Euler's totient for every k <= n and the length of the Farey sequence F_n.

phi is sieved multiplicatively: for each prime p every multiple's value is scaled by
(1 - 1/p). Summing phi gives |F_n| - 1; the number of k with phi(k) = k - 1 (primes),
the count of k where phi(k) divides k, and the largest ratio k / phi(k) witness are
returned too.

Keywords: number theory, euler totient, phi function, farey sequence, sieve, coprimality
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000,), cases=[(0,), (1,), (2,), (60,)])
def totient_sieve_farey(n: int) -> Tuple[int, int, int, int]:
    """Return (Farey length |F_n|, primes <= n, k with phi(k) | k, k maximising k/phi(k))."""
    if n < 1:
        return (1, 0, 0, 0)
    phi = list(range(n + 1))
    for p in range(2, n + 1):
        if phi[p] == p:
            for multiple in range(p, n + 1, p):
                phi[multiple] -= phi[multiple] // p
    farey = 1 + sum(phi[1:])
    primes = sum(1 for k in range(2, n + 1) if phi[k] == k - 1)
    dividing = sum(1 for k in range(1, n + 1) if k % phi[k] == 0)
    best = max(range(1, n + 1), key=lambda k: (k * 1.0 / phi[k], -k))
    return (farey, primes, dividing, best)
