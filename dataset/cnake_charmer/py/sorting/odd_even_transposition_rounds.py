"""Odd-even transposition sort, the parallel-friendly cousin of bubble sort.

Alternates rounds that compare pairs (0,1), (2,3), ... and pairs (1,2), (3,4), ...
until a full odd and even round make no swap. Returns the number of rounds, the
number of swaps and samples; the round count is a structural fingerprint of the input.

Keywords: odd-even sort, brick sort, transposition, parallel sorting, rounds
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2000, 19), cases=[(0, 1), (1, 1), (2, 9), (45, 3), (-6, 1)])
def odd_even_transposition_rounds(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Brick-sort n LCG values; return (rounds, swaps, samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((state >> 6) % 4096)
    rounds = swaps = 0
    quiet = 0
    phase = 0
    while quiet < 2 and len(data) > 1:
        changed = False
        for i in range(phase, len(data) - 1, 2):
            if data[i] > data[i + 1]:
                data[i], data[i + 1] = data[i + 1], data[i]
                swaps += 1
                changed = True
        quiet = 0 if changed else quiet + 1
        phase ^= 1
        rounds += 1
    step = max(1, len(data) // 10)
    return rounds, swaps, data[::step]
