"""Cyclic cellular automaton (Griffeath's model) forming rotating spirals.

Each cell holds one of k colours; a cell advances to colour (c + 1) mod k when at
least `threshold` of its eight neighbours (torus) already have that next colour. From
seeded random noise, spirals emerge and take over. Returns the number of changed cells
at sampled steps, the final colour histogram and the number of steps with any change.

Keywords: simulation, cyclic cellular automaton, spirals, self organisation, torus, grid
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80, 14, 2, 25, 5), cases=[(1, 3, 1, 5, 1), (4, 4, 1, 0, 2), (10, 3, 3, 20, 3), (16, 8, 1, 15, 4)])
def cyclic_cellular_automaton(size: int, colours: int, threshold: int, steps: int, seed: int) -> Tuple[List[int], List[int], int]:
    """Evolve a size x size cyclic CA with the given number of colours."""
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(size):
        row = []
        for _ in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 16) % colours)
        grid.append(row)
    changes = []
    active_steps = 0
    for _ in range(steps):
        new = []
        changed = 0
        for y in range(size):
            row = []
            for x in range(size):
                nxt = (grid[y][x] + 1) % colours
                count = 0
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        if (dy or dx) and grid[(y + dy) % size][(x + dx) % size] == nxt:
                            count += 1
                if count >= threshold:
                    row.append(nxt)
                    changed += 1
                else:
                    row.append(grid[y][x])
            new.append(row)
        grid = new
        changes.append(changed)
        if changed:
            active_steps += 1
    hist = [0] * colours
    for row in grid:
        for c in row:
            hist[c] += 1
    return (changes[::max(1, steps // 8)], hist, active_steps)
