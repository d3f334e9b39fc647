"""Carmichael numbers up to n via smallest-prime-factor factorisation and Korselt's test.

A composite k is a Carmichael number iff it is squarefree and p - 1 divides k - 1 for
every prime p dividing k (Korselt's criterion). Every k is factorised with a
smallest-prime-factor table; the Carmichael numbers found are returned with the
count of squarefree composites tested.

Keywords: number theory, carmichael numbers, korselt criterion, pseudoprimes, factorization
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000,), cases=[(1,), (560,), (561,), (3000,)])
def carmichael_korselt_search(n: int) -> Tuple[List[int], int]:
    """Return (Carmichael numbers <= n, squarefree composites <= n)."""
    spf = [0] * (n + 1)
    for i in range(2, n + 1):
        if spf[i] == 0:
            for j in range(i, n + 1, i):
                if spf[j] == 0:
                    spf[j] = i
    found = []
    squarefree_composites = 0
    for k in range(4, n + 1):
        if spf[k] == k:
            continue
        factors = []
        m = k
        while m > 1:
            p = spf[m]
            m //= p
            if factors and factors[-1] == p:
                factors = None
                break
            factors.append(p)
        if factors is None:
            continue
        squarefree_composites += 1
        if all((k - 1) % (p - 1) == 0 for p in factors):
            found.append(k)
    return (found, squarefree_composites)
