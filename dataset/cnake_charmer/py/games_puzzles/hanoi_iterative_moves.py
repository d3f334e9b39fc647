"""Solve the Tower of Hanoi iteratively and fingerprint the move sequence.

The classic iterative algorithm alternates moving the smallest disc cyclically and
making the only legal move between the other two pegs. Pegs are Python lists used as
stacks, and every move is checked for legality. The pair returns the number of
moves, a rolling checksum of (disc, from, to), the move at which each peg first
became empty and the final peg sizes.

Keywords: games, puzzles, tower of hanoi, iterative algorithm, stacks, recursion free
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(17,), cases=[(0,), (1,), (2,), (5,)])
def hanoi_iterative_moves(discs: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (moves, move checksum, first move emptying each peg (-1 never), peg sizes)."""
    if discs <= 0:
        return 0, 0, [-1, -1, -1], [0, 0, 0]
    pegs: List[List[int]] = [list(range(discs, 0, -1)), [], []]
    direction = 1 if discs % 2 == 0 else 2
    small = 0
    checksum = 0
    emptied = [-1, -1, -1]
    total = (1 << discs) - 1
    for move in range(1, total + 1):
        if move % 2 == 1:
            src, dst = small, (small + direction) % 3
            small = dst
        else:
            a, b = [p for p in range(3) if p != small]
            if not pegs[a]:
                src, dst = b, a
            elif not pegs[b]:
                src, dst = a, b
            elif pegs[a][-1] < pegs[b][-1]:
                src, dst = a, b
            else:
                src, dst = b, a
        disc = pegs[src].pop()
        if pegs[dst] and pegs[dst][-1] < disc:
            raise ValueError("illegal move")
        pegs[dst].append(disc)
        checksum = (checksum * 31 + disc * 9 + src * 3 + dst) % 1000000007
        if not pegs[src] and emptied[src] < 0:
            emptied[src] = move
    return total, checksum, emptied, [len(p) for p in pegs]
