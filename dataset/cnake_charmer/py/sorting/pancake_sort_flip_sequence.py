"""Pancake sort: order a stack using only prefix reversals.

Repeatedly finds the largest unsorted pancake, flips it to the top and then flips it
down into place. Returns how many flips were made, a hash of the flip sizes in order
and samples of the sorted stack.

Keywords: pancake sort, prefix reversal, flips, selection, in-place
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 8), cases=[(0, 1), (1, 1), (5, 2), (80, 3), (-3, 3)])
def pancake_sort_flip_sequence(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Pancake-sort n LCG values; return (flips, flip-size hash, samples)."""
    state = seed & 0x7FFFFFFF
    stack = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        stack.append(state % 100000)
    flips = 0
    flip_hash = 0
    for size in range(len(stack), 1, -1):
        biggest = max(range(size), key=stack.__getitem__)
        if biggest == size - 1:
            continue
        if biggest > 0:
            stack[:biggest + 1] = stack[biggest::-1]
            flips += 1
            flip_hash = (flip_hash * 131 + biggest + 1) % 1000000007
        stack[:size] = stack[size - 1::-1]
        flips += 1
        flip_hash = (flip_hash * 131 + size) % 1000000007
    step = max(1, len(stack) // 10)
    return flips, flip_hash, stack[::step]
