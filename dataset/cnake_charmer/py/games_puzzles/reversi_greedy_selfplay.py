"""Self-play Reversi (Othello) games between two greedy players.

On an 8x8 board from the standard opening, each player picks the legal move that
flips the most discs, breaking ties by a positional weight table and then by a
seeded LCG; a player with no legal move passes, and the game ends when neither can
move. The pair returns, per game, the final disc counts and the number of moves.

Keywords: games, reversi, othello, board game, greedy policy, self play
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

DIRECTIONS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
WEIGHTS = [
    [100, -20, 10, 5, 5, 10, -20, 100],
    [-20, -50, -2, -2, -2, -2, -50, -20],
    [10, -2, 1, 1, 1, 1, -2, 10],
    [5, -2, 1, 0, 0, 1, -2, 5],
    [5, -2, 1, 0, 0, 1, -2, 5],
    [10, -2, 1, 1, 1, 1, -2, 10],
    [-20, -50, -2, -2, -2, -2, -50, -20],
    [100, -20, 10, 5, 5, 10, -20, 100],
]


def flips(board: List[List[int]], r: int, c: int, player: int) -> List[Tuple[int, int]]:
    if board[r][c] != 0:
        return []
    out = []
    for dr, dc in DIRECTIONS:
        line = []
        rr, cc = r + dr, c + dc
        while 0 <= rr < 8 and 0 <= cc < 8 and board[rr][cc] == -player:
            line.append((rr, cc))
            rr += dr
            cc += dc
        if line and 0 <= rr < 8 and 0 <= cc < 8 and board[rr][cc] == player:
            out.extend(line)
    return out


@python_benchmark(args=(50, 13), cases=[(0, 1), (1, 2), (2, 3), (3, 4)])
def reversi_greedy_selfplay(games: int, seed: int) -> List[Tuple[int, int, int]]:
    """Return [(black discs, white discs, moves played)] per game."""
    state = seed & 0x7FFFFFFF
    results = []
    for _ in range(games):
        board = [[0] * 8 for _ in range(8)]
        board[3][3] = board[4][4] = -1
        board[3][4] = board[4][3] = 1
        player, passes, moves = 1, 0, 0
        while passes < 2:
            best, best_key, best_flips = None, None, None
            for r in range(8):
                for c in range(8):
                    f = flips(board, r, c, player)
                    if not f:
                        continue
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    key = (len(f), WEIGHTS[r][c], (state >> 8) % 1000)
                    if best_key is None or key > best_key:
                        best, best_key, best_flips = (r, c), key, f
            if best is None:
                passes += 1
            else:
                passes = 0
                board[best[0]][best[1]] = player
                for rr, cc in best_flips:
                    board[rr][cc] = player
                moves += 1
            player = -player
        black = sum(row.count(1) for row in board)
        white = sum(row.count(-1) for row in board)
        results.append((black, white, moves))
    return results
