"""Depth-limited negamax with alpha-beta pruning for Connect Four positions.

A standard 7x6 board is filled with a number of LCG-chosen opening moves; from that
position a negamax search to a fixed depth scores every legal move (win = large score
minus depth, otherwise a heuristic counting open windows of four). The pair returns the
score of each column, the best column and the number of nodes searched.

Keywords: games, connect four, negamax, alpha beta pruning, game tree search
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

COLS, ROWS = 7, 6
WIN = 1000000


def windows() -> List[List[Tuple[int, int]]]:
    out = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + k * dr, c + k * dc) for k in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS for rr, cc in cells):
                    out.append(cells)
    return out


WINDOWS = windows()


@python_benchmark(args=(8, 4, 3), cases=[(0, 1, 1), (4, 0, 2), (10, 2, 3), (2, 3, 4)])
def connect_four_negamax(opening: int, depth: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (score per column, -1000000000 if full; best column; nodes searched)."""
    board = [[0] * COLS for _ in range(ROWS)]
    heights = [0] * COLS
    state = seed & 0x7FFFFFFF
    player = 1
    for _ in range(opening):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = (state >> 8) % COLS
        if heights[c] < ROWS:
            board[heights[c]][c] = player
            heights[c] += 1
            player = -player
    nodes = 0

    def evaluate(p: int) -> int:
        score = 0
        for cells in WINDOWS:
            mine = theirs = 0
            for r, c in cells:
                v = board[r][c]
                if v == p:
                    mine += 1
                elif v == -p:
                    theirs += 1
            if theirs == 0:
                score += mine * mine
            if mine == 0:
                score -= theirs * theirs
        return score

    def wins(p: int) -> bool:
        return any(all(board[r][c] == p for r, c in cells) for cells in WINDOWS)

    def negamax(p: int, d: int, alpha: int, beta: int) -> int:
        nonlocal nodes
        nodes += 1
        if wins(-p):
            return -(WIN - d)
        if d == 0 or all(h == ROWS for h in heights):
            return evaluate(p)
        best = -WIN * 10
        for c in (3, 2, 4, 1, 5, 0, 6):
            if heights[c] == ROWS:
                continue
            board[heights[c]][c] = p
            heights[c] += 1
            value = -negamax(-p, d - 1, -beta, -alpha)
            heights[c] -= 1
            board[heights[c]][c] = 0
            best = max(best, value)
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return best

    scores = []
    for c in range(COLS):
        if heights[c] == ROWS:
            scores.append(-1000000000)
            continue
        board[heights[c]][c] = player
        heights[c] += 1
        scores.append(-negamax(-player, depth, -WIN * 10, WIN * 10))
        heights[c] -= 1
        board[heights[c]][c] = 0
    best_col = max(range(COLS), key=lambda c: (scores[c], -c))
    return scores, best_col, nodes
