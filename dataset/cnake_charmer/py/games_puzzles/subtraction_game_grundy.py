"""Sprague-Grundy values of subtraction games and multi-heap positions.

In a subtraction game a move removes s stones from a heap for some s in the move set.
The Grundy value of each heap size is the mex of the values reachable in one move.
For several LCG-generated move sets the pair computes Grundy values up to n, then
reports the detected period of the sequence, the count of P-positions (value 0), the
largest value and the XOR of the values of a few sample heaps.

Keywords: games, combinatorial game theory, sprague grundy, nim, mex, subtraction game
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30, 4000, 11), cases=[(1, 0, 1), (2, 1, 2), (3, 50, 3), (0, 10, 4)])
def subtraction_game_grundy(games: int, limit: int, seed: int) -> List[Tuple[List[int], int, int, int, int]]:
    """Return [(move set, period or 0, P-positions, max value, xor of sample heaps)]."""
    state = seed & 0x7FFFFFFF
    out = []
    for _ in range(games):
        moves = set()
        while len(moves) < 4:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            moves.add(1 + (state >> 8) % 12)
        move_list = sorted(moves)
        grundy = []
        for n in range(limit + 1):
            reachable = {grundy[n - s] for s in move_list if s <= n}
            g = 0
            while g in reachable:
                g += 1
            grundy.append(g)
        period = 0
        tail = grundy[len(grundy) // 2:]
        for p in range(1, len(tail) // 2 + 1):
            if all(tail[i] == tail[i + p] for i in range(len(tail) - p)):
                period = p
                break
        sample = 0
        for k in range(1, 6):
            sample ^= grundy[(k * 997) % (limit + 1)]
        out.append((move_list, period, grundy.count(0), max(grundy), sample))
    return out
