"""Rotate an array left in place with the juggling (cycle) algorithm.

Rotation by d splits the indices into gcd(n, d) cycles; each cycle is rotated by
moving elements d positions at a time with a single temporary. Several rotations are
applied in sequence and the result is checked against slicing. Returns the number of
element moves, the number of cycles used, whether the check passed and samples.

Keywords: array rotation, juggling algorithm, gcd cycles, in-place, classic exercise
"""

from math import gcd
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 8, 2), cases=[(0, 3, 1), (1, 5, 2), (10, 4, 3), (97, 7, 4), (12, 0, 5)])
def juggling_array_rotation(n: int, rotations: int, seed: int) -> Tuple[int, int, bool, List[int]]:
    """Return (element moves, cycles, matches slicing, 8 samples)."""
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((state >> 7) % 100000)
    reference = list(data)
    moves = cycles = 0
    for _ in range(rotations):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        d = (state >> 4) % n if n else 0
        if d == 0:
            continue
        reference = reference[d:] + reference[:d]
        for start in range(gcd(n, d)):
            temp = data[start]
            i = start
            while True:
                j = i + d
                if j >= n:
                    j -= n
                if j == start:
                    break
                data[i] = data[j]
                moves += 1
                i = j
            data[i] = temp
            moves += 1
            cycles += 1
    step = max(1, n // 8)
    return moves, cycles, data == reference, data[::step]
