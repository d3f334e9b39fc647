"""Distribution of the number of prime factors up to n via smallest-prime-factor sieve.

A sieve records each integer's smallest prime factor; repeatedly dividing by it
factorises any k <= n quickly. For every k the number of distinct prime factors
(omega) and with multiplicity (Omega) are computed; their histograms and the first
k reaching the maximum Omega are returned.

Keywords: number theory, smallest prime factor, factorization, omega function, sieve
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(1,), (2,), (30,), (1000,)])
def spf_omega_histogram(n: int) -> Tuple[List[int], List[int], int]:
    """Return (histogram of omega, histogram of Omega, first k with the largest Omega)."""
    spf = list(range(n + 1))
    i = 2
    while i * i <= n:
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
        i += 1
    distinct_hist = [0] * 20
    total_hist = [0] * 64
    for k in range(2, n + 1):
        distinct = total = 0
        last = 0
        m = k
        while m > 1:
            p = spf[m]
            m //= p
            total += 1
            if p != last:
                distinct += 1
                last = p
        distinct_hist[distinct] += 1
        total_hist[total] += 1
    top = max((t for t in range(64) if total_hist[t]), default=0)
    first = next((k for k in range(2, n + 1) if k == 1 << top), 1) if top else 1
    while distinct_hist and distinct_hist[-1] == 0:
        distinct_hist.pop()
    while total_hist and total_hist[-1] == 0:
        total_hist.pop()
    return (distinct_hist, total_hist, first)
