"""Drossel-Schwabl forest-fire cellular automaton.

Cells are empty, tree or burning. Each step, burning cells become empty, a tree
catches fire if any of its four neighbours burns (or, rarely, by lightning), and empty
cells regrow a tree with a small probability; all random draws come from a seeded LCG
in row-major order. Returns the tree counts sampled over time, the total number of
burnt trees and the final fire front size.

Keywords: simulation, forest fire, cellular automaton, self organised criticality, grid
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EMPTY, TREE, FIRE = 0, 1, 2


@python_benchmark(args=(90, 60, 30, 1, 13), cases=[(1, 5, 50, 50, 1), (3, 0, 10, 1, 2), (8, 10, 100, 0, 3), (12, 30, 20, 5, 4)])
def forest_fire_automaton(size: int, steps: int, grow_per_mille: int, lightning_per_100k: int, seed: int) -> Tuple[List[int], int, int]:
    """Run the forest-fire model on a size x size torus for `steps` steps."""
    cells = [TREE if (i * 7) % 10 < 6 else EMPTY for i in range(size * size)]
    if cells:
        cells[(size // 2) * size + size // 2] = FIRE
    state = seed & 0x7FFFFFFF
    history = []
    burnt = 0
    for _ in range(steps):
        nxt = cells[:]
        for idx, c in enumerate(cells):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 100000
            if c == FIRE:
                nxt[idx] = EMPTY
            elif c == TREE:
                y, x = divmod(idx, size)
                neighbours = (cells[((y - 1) % size) * size + x], cells[((y + 1) % size) * size + x],
                              cells[y * size + (x - 1) % size], cells[y * size + (x + 1) % size])
                if FIRE in neighbours or r < lightning_per_100k:
                    nxt[idx] = FIRE
                    burnt += 1
            elif r < grow_per_mille * 100:
                nxt[idx] = TREE
        cells = nxt
        history.append(cells.count(TREE))
    return (history[::max(1, steps // 10)], burnt, cells.count(FIRE))
