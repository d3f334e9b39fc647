"""Greedy sorting of a signed permutation by reversals (genome rearrangement).

A genome is modelled as a random signed permutation of synteny blocks. The greedy
algorithm puts block k in place at step k: it reverses (and negates) the segment from
position k to wherever +/-k currently sits, then flips the sign if the block is still
inverted. The number of reversals, the initial breakpoint count (a lower bound of twice
the distance), the first and last reversals and a checksum are returned.

Keywords: bioinformatics, genome rearrangement, signed permutation, reversal distance, breakpoints, greedy
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3600, 29), cases=[(0, 1), (1, 2), (2, 3), (9, 4), (60, 5)])
def greedy_reversal_sorting(n: int, seed: int) -> Tuple[int, int, List[Tuple[int, int]], List[Tuple[int, int]], int]:
    """Return (reversals, initial breakpoints, first 6 reversals, last 6 reversals, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    blocks = list(range(1, n + 1))
    for i in range(n - 1, 0, -1):
        j = draw(i + 1)
        blocks[i], blocks[j] = blocks[j], blocks[i]
    blocks = [b if draw(2) else -b for b in blocks]

    framed = [0] + blocks + [n + 1]
    breakpoints = sum(1 for left, right in zip(framed, framed[1:]) if right - left != 1)

    reversals = []
    for k in range(1, n + 1):
        i = k - 1
        if abs(blocks[i]) != k:
            j = next(j for j in range(i, n) if abs(blocks[j]) == k)
            blocks[i:j + 1] = [-b for b in reversed(blocks[i:j + 1])]
            reversals.append((i, j))
        if blocks[i] == -k:
            blocks[i] = k
            reversals.append((i, i))
    checksum = sum((step + 1) * (i * (n + 1) + j) for step, (i, j) in enumerate(reversals)) % 1000000007
    return (len(reversals), breakpoints, reversals[:6], reversals[-6:], checksum)
