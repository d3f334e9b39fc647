"""Exhaustive knapsack by walking all subsets in reflected Gray-code order.

Consecutive Gray codes differ in exactly one item, so the subset weight and value are
updated by a single addition or subtraction per step. The best value within the
capacity, the number of feasible subsets and the first best subset's mask are returned.

Keywords: combinatorics, gray code, subsets, exhaustive search, knapsack, enumeration
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(19, 900, 41), cases=[(0, 10, 1), (1, 0, 2), (4, 50, 3), (10, 300, 4)])
def gray_code_subset_walk(n: int, capacity: int, seed: int) -> Tuple[int, int, int]:
    """Return (best value within capacity, feasible subsets, Gray mask of the first best subset)."""
    state = seed & 0x7FFFFFFF
    weights, values = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1 + (state >> 10) % 200)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(1 + (state >> 10) % 300)
    weight = value = 0
    best, best_mask, feasible = 0, 0, 1
    mask = 0
    for step in range(1, 1 << n):
        bit = (step & -step).bit_length() - 1
        mask ^= 1 << bit
        if mask >> bit & 1:
            weight += weights[bit]
            value += values[bit]
        else:
            weight -= weights[bit]
            value -= values[bit]
        if weight <= capacity:
            feasible += 1
            if value > best:
                best, best_mask = value, mask
    return (best, feasible, best_mask)
