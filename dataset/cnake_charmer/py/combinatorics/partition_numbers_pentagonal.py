"""Integer partition numbers p(0..n) by Euler's pentagonal number theorem (mod a prime).

p(m) is the alternating sum of p(m - g) over generalised pentagonal numbers
g = j(3j-1)/2 and j(3j+1)/2, with signs + + - - repeating. All values are kept modulo
1e9+7; the last value, a checksum and samples are returned.

Keywords: combinatorics, integer partitions, pentagonal number theorem, euler, recurrence
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(5000,), cases=[(0,), (1,), (10,), (100,)])
def partition_numbers_pentagonal(n: int) -> Tuple[int, int, List[int]]:
    """Return (p(n) mod 1e9+7, checksum of p(0..n), p at every n//6 step)."""
    if n < 0:
        return (0, 0, [])
    p = [1] + [0] * n
    for m in range(1, n + 1):
        total = 0
        j = 1
        while True:
            g1 = j * (3 * j - 1) // 2
            if g1 > m:
                break
            sign = 1 if j % 2 else -1
            total += sign * p[m - g1]
            g2 = j * (3 * j + 1) // 2
            if g2 <= m:
                total += sign * p[m - g2]
            j += 1
        p[m] = total % MOD
    checksum = sum((i + 1) * v for i, v in enumerate(p)) % MOD
    step = max(1, n // 6)
    return (p[n], checksum, p[::step])
