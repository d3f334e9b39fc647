"""Count N-queens solutions for a range of board sizes by backtracking.

For each n the solver places one queen per row, tracking attacked columns and both
diagonals in sets. Besides the solution counts the pair returns, per n, how many
solutions have the first-row queen in the left half, which a symmetry slip breaks.

Keywords: games, puzzles, n queens, backtracking, combinatorial search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1, 10), cases=[(1, 1), (0, 0), (2, 4), (5, 3)])
def nqueens_solution_census(low: int, high: int) -> List[Tuple[int, int, int]]:
    """Return [(n, solutions, solutions with first queen in the left half)]."""
    result = []
    for n in range(max(low, 1), high + 1):
        cols, diag1, diag2 = set(), set(), set()
        counts = [0, 0]

        def place(row: int, first: int) -> None:
            if row == n:
                counts[0] += 1
                counts[1] += 2 * first < n
                return
            for c in range(n):
                if c in cols or row + c in diag1 or row - c in diag2:
                    continue
                cols.add(c); diag1.add(row + c); diag2.add(row - c)
                place(row + 1, c if row == 0 else first)
                cols.remove(c); diag1.remove(row + c); diag2.remove(row - c)

        place(0, 0)
        result.append((n, counts[0], counts[1]))
    return result
