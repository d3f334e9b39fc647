"""Grow random self-avoiding walks on the square lattice until they get stuck.

Each walk starts at the origin and repeatedly steps to a uniformly chosen unvisited
neighbour (seeded LCG) until none is left or the step limit is reached. The total
length, the number of trapped walks, the largest squared end-to-end distance and a
histogram of lengths describe the ensemble.

Keywords: monte carlo, self avoiding walk, lattice, polymer, random walk
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

STEPS = ((1, 0), (0, 1), (-1, 0), (0, -1))


@python_benchmark(args=(1200, 200, 5), cases=[(0, 10, 1), (1, 1, 2), (50, 30, 9), (20, 0, 4)])
def self_avoiding_walk_growth(walks: int, max_steps: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (total length, trapped walks, max squared distance, length histogram)."""
    state = seed & 0x7FFFFFFF
    total = trapped = best = 0
    hist = [0] * 10
    for _ in range(walks):
        x = y = 0
        visited = {(0, 0)}
        length = 0
        while length < max_steps:
            free = [(x + dx, y + dy) for dx, dy in STEPS if (x + dx, y + dy) not in visited]
            if not free:
                trapped += 1
                break
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x, y = free[(state >> 8) % len(free)]
            visited.add((x, y))
            length += 1
        total += length
        best = max(best, x * x + y * y)
        hist[min(length * 10 // (max_steps + 1), 9)] += 1
    return total, trapped, best, hist
