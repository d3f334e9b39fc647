"""Solve Lights Out puzzles by Gaussian elimination over GF(2).

Pressing a light toggles it and its orthogonal neighbours on an n x n board. For a
batch of LCG-generated starting patterns the pair solves A x = b over GF(2) with the
linear system held as Python integers used as bit rows, reporting how many boards are
solvable, the total presses of the solutions found and the nullity of A.

Keywords: games, puzzles, lights out, gaussian elimination, gf2, linear algebra
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 30, 3), cases=[(1, 2, 1), (2, 3, 2), (4, 5, 3), (0, 2, 4)])
def lights_out_solver_gf2(n: int, boards: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (solvable boards, total presses, nullity, presses per board; -1 if none)."""
    cells = n * n
    if cells == 0:
        return 0, 0, 0, []
    rows = []
    for r in range(n):
        for c in range(n):
            mask = 1 << (r * n + c)
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= r + dr < n and 0 <= c + dc < n:
                    mask |= 1 << ((r + dr) * n + c + dc)
            rows.append(mask)
    state = seed & 0x7FFFFFFF
    solvable = presses = nullity = 0
    per_board = []
    for _ in range(boards):
        target = []
        for _ in range(cells):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            target.append((state >> 10) & 1)
        system = [rows[i] | (target[i] << cells) for i in range(cells)]
        pivots = []
        rank = 0
        for col in range(cells):
            found = next((i for i in range(rank, cells) if system[i] >> col & 1), None)
            if found is None:
                continue
            system[rank], system[found] = system[found], system[rank]
            for i in range(cells):
                if i != rank and system[i] >> col & 1:
                    system[i] ^= system[rank]
            pivots.append(col)
            rank += 1
        nullity = cells - rank
        if any(system[i] >> cells & 1 for i in range(rank, cells)):
            per_board.append(-1)
            continue
        count = sum(system[i] >> cells & 1 for i in range(rank))
        solvable += 1
        presses += count
        per_board.append(count)
    return solvable, presses, nullity, per_board
