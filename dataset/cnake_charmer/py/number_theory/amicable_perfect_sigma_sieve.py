"""Perfect, amicable, abundant and deficient numbers from a multiplicative sigma sieve.

The divisor sum sigma(k) is multiplicative: for each prime p and each multiple m of p,
the exact power p^e dividing m contributes (p^(e+1) - 1) / (p - 1). From
s(k) = sigma(k) - k the perfect numbers, amicable pairs and abundance counts follow.

Keywords: number theory, sigma function, perfect numbers, amicable numbers, abundant numbers, sieve
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000,), cases=[(1,), (6,), (300,), (10000,)])
def amicable_perfect_sigma_sieve(n: int) -> Tuple[List[int], List[Tuple[int, int]], int, int]:
    """Return (perfect numbers, amicable pairs (a < b <= n), abundant count, deficient count)."""
    sigma = [1] * (n + 1)
    is_comp = [False] * (n + 1)
    for p in range(2, n + 1):
        if is_comp[p]:
            continue
        for m in range(p, n + 1, p):
            if m > p:
                is_comp[m] = True
            e, q = 0, m
            while q % p == 0:
                q //= p
                e += 1
            sigma[m] *= (p ** (e + 1) - 1) // (p - 1)
    aliquot = [sigma[k] - k for k in range(n + 1)]
    perfect = [k for k in range(2, n + 1) if aliquot[k] == k]
    pairs = [(a, aliquot[a]) for a in range(2, n + 1) if a < aliquot[a] <= n and aliquot[aliquot[a]] == a]
    abundant = sum(1 for k in range(1, n + 1) if aliquot[k] > k)
    deficient = sum(1 for k in range(1, n + 1) if aliquot[k] < k)
    return (perfect, pairs, abundant, deficient)
