"""Conway's Game of Life on a toroidal board seeded with random cells.

The board starts with cells alive with probability 1/3 (seeded LCG) and evolves by
the B3/S23 rule with wrap-around edges. The pair returns the population after every
generation, which any mistake in the rule or the neighbourhood changes.

Keywords: games, game of life, cellular automaton, conway, simulation
"""

from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(64, 60, 7), cases=[(0, 5, 1), (1, 3, 2), (8, 10, 3), (5, 0, 4)])
def life_glider_gun_generations(size: int, generations: int, seed: int) -> List[int]:
    """Return the live-cell count after each generation."""
    if size <= 0:
        return []
    state = seed & 0x7FFFFFFF
    board = []
    for _ in range(size):
        row = []
        for _ in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if (state >> 8) % 3 == 0 else 0)
        board.append(row)
    history = []
    for _ in range(generations):
        new = []
        for i in range(size):
            up, row, down = board[i - 1], board[i], board[(i + 1) % size]
            new_row = []
            for j in range(size):
                left, right = j - 1, (j + 1) % size
                n = up[left] + up[j] + up[right] + row[left] + row[right] + down[left] + down[j] + down[right]
                new_row.append(1 if n == 3 or (n == 2 and row[j]) else 0)
            new.append(new_row)
        board = new
        history.append(sum(map(sum, board)))
    return history
