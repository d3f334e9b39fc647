"""De Bruijn sequence B(k, n) by the Fredricksen-Kessler-Maiorana construction.

Concatenating, in lexicographic order, every Lyndon word over k symbols whose length
divides n yields the lexicographically smallest de Bruijn sequence: a cyclic string of
length k^n containing every length-n word exactly once. The recursive generator is
the classic one; the sequence is summarised by length, checksum, head and symbol counts.

Keywords: combinatorics, de bruijn sequence, lyndon words, fkm algorithm, necklaces, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5, 8), cases=[(1, 3), (2, 1), (2, 3), (3, 2)])
def de_bruijn_fkm(k: int, n: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (length, checksum, first 16 symbols, count of each symbol)."""
    if k <= 0 or n <= 0:
        return (0, 0, [], [])
    a = [0] * (n + 1)
    sequence: List[int] = []

    def extend(t: int, p: int) -> None:
        if t > n:
            if n % p == 0:
                sequence.extend(a[1:p + 1])
            return
        a[t] = a[t - p]
        extend(t + 1, p)
        for symbol in range(a[t - p] + 1, k):
            a[t] = symbol
            extend(t + 1, t)

    extend(1, 1)
    checksum = 0
    for s in sequence:
        checksum = (checksum * k + s + 1) % 1000000007
    return (len(sequence), checksum, sequence[:16], [sequence.count(s) for s in range(k)])
