"""Schelling's segregation model on a torus.

Two groups of agents and some empty cells are scattered by a seeded LCG. In each round
agents are visited in row-major order; an agent is unhappy when fewer than the
required percentage of its occupied 8-neighbours share its group, and an unhappy agent
moves to a pseudo-randomly chosen empty cell. Returns the moves per round, the final
mean like-neighbour share and the number of still-unhappy agents.

Keywords: simulation, schelling model, segregation, agent based model, torus, social dynamics
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _like_share(grid: List[List[int]], y: int, x: int, size: int) -> float:
    me = grid[y][x]
    same = other = 0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dy or dx:
                v = grid[(y + dy) % size][(x + dx) % size]
                if v == me:
                    same += 1
                elif v:
                    other += 1
    return same / (same + other) if same + other else 1.0


@python_benchmark(args=(70, 12, 50, 7), cases=[(2, 3, 50, 1), (3, 0, 50, 2), (6, 5, 30, 3), (12, 6, 70, 4)])
def schelling_segregation_moves(size: int, rounds: int, want_pct: int, seed: int) -> Tuple[List[int], float, int]:
    """Run `rounds` rounds of Schelling's model on a size x size torus."""
    state = seed & 0x7FFFFFFF
    grid = []
    empties = []
    for y in range(size):
        row = []
        for x in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 16) % 10
            v = 0 if r == 0 else (1 if r <= 4 else 2)
            row.append(v)
            if v == 0:
                empties.append((y, x))
        grid.append(row)
    want = want_pct / 100.0
    moves = []
    for _ in range(rounds):
        moved = 0
        for y in range(size):
            for x in range(size):
                if grid[y][x] and empties and _like_share(grid, y, x, size) < want:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    k = (state >> 16) % len(empties)
                    ty, tx = empties[k]
                    grid[ty][tx] = grid[y][x]
                    grid[y][x] = 0
                    empties[k] = (y, x)
                    moved += 1
        moves.append(moved)
    shares = [_like_share(grid, y, x, size) for y in range(size) for x in range(size) if grid[y][x]]
    unhappy = sum(1 for s in shares if s < want)
    return (moves, sum(shares) / len(shares) if shares else 0.0, unhappy)
