"""Wireworld cellular automaton: electron pulses circulating in wire loops.

A deterministic circuit of rectangular wire loops joined by a bus is drawn on a
grid, with a few electron heads and tails placed on it. Wireworld rules: head ->
tail, tail -> conductor, conductor -> head when exactly one or two of its eight
neighbours are heads. Returns the head count at sampled steps, the total head-steps,
and a checksum of the final head positions.

Keywords: simulation, wireworld, cellular automaton, digital logic, electrons, circuit
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EMPTY, HEAD, TAIL, WIRE = 0, 1, 2, 3


@python_benchmark(args=(120, 80, 100), cases=[(3, 3, 5), (10, 10, 0), (20, 12, 30), (40, 9, 60)])
def wireworld_circuit_pulses(width: int, height: int, steps: int) -> Tuple[List[int], int, int]:
    """Run a generated Wireworld circuit for `steps` generations."""
    grid = [[EMPTY] * width for _ in range(height)]
    for top in range(1, height - 5, 8):
        for left in range(1, width - 8, 12):
            for x in range(left, left + 9):
                grid[top][x] = WIRE
                grid[top + 4][x] = WIRE
            for y in range(top, top + 5):
                grid[y][left] = WIRE
                grid[y][left + 8] = WIRE
            grid[top][left + 1] = HEAD
            grid[top][left] = TAIL
            if left + 12 < width - 1:
                for x in range(left + 9, left + 12):
                    grid[top + 2][x] = WIRE
    history = []
    total = 0
    for _ in range(steps):
        new = [row[:] for row in grid]
        for y in range(height):
            for x in range(width):
                c = grid[y][x]
                if c == HEAD:
                    new[y][x] = TAIL
                elif c == TAIL:
                    new[y][x] = WIRE
                elif c == WIRE:
                    heads = sum(1 for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                                if (dy or dx) and 0 <= y + dy < height and 0 <= x + dx < width
                                and grid[y + dy][x + dx] == HEAD)
                    if heads in (1, 2):
                        new[y][x] = HEAD
        grid = new
        count = sum(row.count(HEAD) for row in grid)
        history.append(count)
        total += count
    checksum = sum((y * width + x) % 10007 for y in range(height) for x in range(width) if grid[y][x] == HEAD)
    return (history[::max(1, steps // 10)], total, checksum)
