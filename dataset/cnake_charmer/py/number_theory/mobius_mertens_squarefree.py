"""Mobius function, Mertens function and squarefree counts up to n.

A linear sieve produces mu(k) for all k <= n (mu is 0 when a square divides k, else
(-1)^(number of primes)). The running sum is the Mertens function M(x); the number of
squarefree integers, the extreme values of M and where they occur are returned.

Keywords: number theory, mobius function, mertens function, squarefree, linear sieve
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000,), cases=[(1,), (2,), (10,), (1000,)])
def mobius_mertens_squarefree(n: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (squarefree count, min M, argmin, max M, M at every n//6 step)."""
    mu = [1] * (n + 1)
    is_comp = [False] * (n + 1)
    primes: List[int] = []
    for i in range(2, n + 1):
        if not is_comp[i]:
            primes.append(i)
            mu[i] = -1
        for p in primes:
            if i * p > n:
                break
            is_comp[i * p] = True
            if i % p == 0:
                mu[i * p] = 0
                break
            mu[i * p] = -mu[i]
    mertens = 0
    low, arg_low, high = 1, 1, 1
    samples = []
    step = max(1, n // 6)
    for k in range(1, n + 1):
        mertens += mu[k]
        if mertens < low:
            low, arg_low = mertens, k
        high = max(high, mertens)
        if k % step == 0:
            samples.append(mertens)
    squarefree = sum(1 for k in range(1, n + 1) if mu[k] != 0)
    return (squarefree, low, arg_low, high, samples)
