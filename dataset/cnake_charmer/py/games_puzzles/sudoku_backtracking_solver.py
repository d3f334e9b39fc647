"""Solve a batch of Sudoku puzzles by backtracking with candidate sets.

Puzzles are made from a fixed valid grid by relabelling digits and permuting rows
within bands (seeded LCG), then blanking cells. The solver fills the empty cell with
the fewest candidates first (row/column/box sets) and backtracks. The pair returns,
per puzzle, the number of guesses made and a checksum of the solved grid.

Keywords: games, puzzles, sudoku, backtracking, constraint propagation, search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BASE = [[(3 * (r % 3) + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]


@python_benchmark(args=(100, 58, 5), cases=[(0, 40, 1), (1, 0, 2), (2, 30, 3), (1, 81, 4)])
def sudoku_backtracking_solver(puzzles: int, blanks: int, seed: int) -> List[Tuple[int, int]]:
    """Return [(guesses, solution checksum)] for each generated puzzle."""
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    results = []
    for _ in range(puzzles):
        digits = list(range(1, 10))
        for i in range(8, 0, -1):
            j = draw(i + 1)
            digits[i], digits[j] = digits[j], digits[i]
        rows = []
        for band in range(3):
            inner = [0, 1, 2]
            for i in range(2, 0, -1):
                j = draw(i + 1)
                inner[i], inner[j] = inner[j], inner[i]
            rows.extend(3 * band + k for k in inner)
        grid = [[digits[BASE[r][c] - 1] for c in range(9)] for r in rows]
        for _ in range(blanks):
            grid[draw(9)][draw(9)] = 0
        row_sets = [set(grid[r]) - {0} for r in range(9)]
        col_sets = [{grid[r][c] for r in range(9)} - {0} for c in range(9)]
        box_sets = [{grid[r][c] for r in range(b // 3 * 3, b // 3 * 3 + 3) for c in range(b % 3 * 3, b % 3 * 3 + 3)} - {0} for b in range(9)]
        guesses = 0

        def solve() -> bool:
            nonlocal guesses
            best, best_cands = None, None
            for r in range(9):
                for c in range(9):
                    if grid[r][c] == 0:
                        cands = [d for d in range(1, 10) if d not in row_sets[r] and d not in col_sets[c] and d not in box_sets[r // 3 * 3 + c // 3]]
                        if best_cands is None or len(cands) < len(best_cands):
                            best, best_cands = (r, c), cands
            if best is None:
                return True
            r, c = best
            b = r // 3 * 3 + c // 3
            for d in best_cands:
                guesses += 1
                grid[r][c] = d
                row_sets[r].add(d); col_sets[c].add(d); box_sets[b].add(d)
                if solve():
                    return True
                row_sets[r].discard(d); col_sets[c].discard(d); box_sets[b].discard(d)
                grid[r][c] = 0
            return False

        solved = solve()
        checksum = 0
        for r in range(9):
            for c in range(9):
                checksum = (checksum * 7 + grid[r][c] * (r + 1)) % 1000000007
        results.append((guesses, checksum if solved else -1))
    return results
