"""0/1 knapsack by randomised greedy construction plus bit-flip local search.

Item weights and values come from a seeded LCG. Each restart builds a solution by
adding items in ratio order with random skips, then repeatedly applies the best
single-item flip or pairwise swap that keeps the weight feasible and raises the
value. The pair returns the best value, its weight and the chosen item indices.

Keywords: optimization, knapsack, local search, greedy, restarts, combinatorial
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 80, 21), cases=[(0, 3, 1), (1, 1, 2), (8, 2, 3), (5, -1, 4)])
def knapsack_flip_local_search(items: int, restarts: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (best value, its weight, chosen item indices); negative restarts raise."""
    if restarts < 0:
        raise ValueError("restarts must be non-negative")
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    weights = [1 + draw() % 50 for _ in range(items)]
    values = [1 + draw() % 80 for _ in range(items)]
    capacity = sum(weights) // 3
    order = sorted(range(items), key=lambda i: (-values[i] / weights[i], i))
    best_value, best_weight, best_set = 0, 0, []
    for _ in range(restarts):
        chosen = [False] * items
        weight = value = 0
        for i in order:
            if draw() % 4 != 0 and weight + weights[i] <= capacity:
                chosen[i] = True
                weight += weights[i]
                value += values[i]
        improved = True
        while improved:
            improved = False
            best_gain, move = 0, None
            for i in range(items):
                if not chosen[i] and weight + weights[i] <= capacity and values[i] > best_gain:
                    best_gain, move = values[i], (i, -1)
                for j in range(items):
                    if chosen[j] and not chosen[i]:
                        if weight - weights[j] + weights[i] <= capacity and values[i] - values[j] > best_gain:
                            best_gain, move = values[i] - values[j], (i, j)
            if move is not None:
                i, j = move
                chosen[i] = True
                weight += weights[i]
                value += values[i]
                if j >= 0:
                    chosen[j] = False
                    weight -= weights[j]
                    value -= values[j]
                improved = True
        if value > best_value:
            best_value, best_weight = value, weight
            best_set = [i for i in range(items) if chosen[i]]
    return best_value, best_weight, best_set
