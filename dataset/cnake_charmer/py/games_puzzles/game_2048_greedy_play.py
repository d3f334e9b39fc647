"""Play 2048 with a one-step greedy policy and seeded tile spawns.

The 4x4 board starts with two tiles; each turn the player tries the four moves and
keeps the one that merges the most score (ties: up, left, right, down order), then a
2 (90%) or 4 spawns on a random empty cell (seeded LCG). Games end when no move
changes the board. The pair returns, per game, the score, the largest tile and the
number of moves.

Keywords: games, 2048, sliding tiles, greedy policy, simulation, puzzle game
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def slide_row(row: List[int]) -> Tuple[List[int], int]:
    tiles = [v for v in row if v]
    out, score, i = [], 0, 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            score += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (4 - len(out)), score


def move(board: List[List[int]], direction: int) -> Tuple[List[List[int]], int]:
    # 0 up, 1 left, 2 right, 3 down
    score = 0
    new = [[0] * 4 for _ in range(4)]
    for k in range(4):
        if direction == 0:
            line = [board[r][k] for r in range(4)]
        elif direction == 3:
            line = [board[r][k] for r in range(3, -1, -1)]
        elif direction == 1:
            line = board[k][:]
        else:
            line = board[k][::-1]
        slid, gained = slide_row(line)
        score += gained
        for i in range(4):
            if direction == 0:
                new[i][k] = slid[i]
            elif direction == 3:
                new[3 - i][k] = slid[i]
            elif direction == 1:
                new[k][i] = slid[i]
            else:
                new[k][3 - i] = slid[i]
    return new, score


@python_benchmark(args=(6, 77), cases=[(0, 1), (1, 2), (2, 3), (3, 4)])
def game_2048_greedy_play(games: int, seed: int) -> List[Tuple[int, int, int]]:
    """Return [(score, max tile, moves)] for each game."""
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    def spawn(board: List[List[int]]) -> None:
        empty = [(r, c) for r in range(4) for c in range(4) if board[r][c] == 0]
        r, c = empty[draw(len(empty))]
        board[r][c] = 4 if draw(10) == 0 else 2

    results = []
    for _ in range(games):
        board = [[0] * 4 for _ in range(4)]
        spawn(board)
        spawn(board)
        score = moves = 0
        while True:
            best = None
            for d in range(4):
                new, gained = move(board, d)
                if new != board and (best is None or gained > best[1]):
                    best = (new, gained)
            if best is None:
                break
            board, gained = best
            score += gained
            moves += 1
            spawn(board)
        results.append((score, max(max(row) for row in board), moves))
    return results
