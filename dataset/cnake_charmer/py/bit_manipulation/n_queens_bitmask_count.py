"""Count N-queens solutions with bitmask backtracking.

Rows are filled one at a time; three bit masks record the columns and the two
diagonal directions already attacked, so the free squares of a row are
~(cols | d1 | d2) and the lowest free square is isolated with p & -p. Returns the
number of solutions, the number of search nodes visited and the first solution found
(as column indices).

Keywords: N-queens, backtracking, bitmask, lowest set bit, combinatorial search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(11,), cases=[(1,), (2,), (4,), (6,), (0,), (-3,)])
def n_queens_bitmask_count(n: int) -> Tuple[int, int, List[int]]:
    """Return (solutions, nodes visited, first solution); 0 <= n <= 14."""
    if not 0 <= n <= 14:
        raise ValueError("n must be in 0..14")
    full = (1 << n) - 1
    solutions = 0
    nodes = 0
    first: List[int] = []
    placed: List[int] = []

    def place(cols: int, d1: int, d2: int) -> None:
        nonlocal solutions, nodes
        nodes += 1
        if cols == full:
            solutions += 1
            if not first:
                first.extend(placed)
            return
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            placed.append(bit.bit_length() - 1)
            place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
            placed.pop()

    place(0, 0, 0)
    return solutions, nodes, first
