"""Kalah (mancala) self-play with shallow minimax players.

The board has six pits per side with `seeds` stones each plus two stores. Sowing is
counter-clockwise, skipping the opponent's store; ending in one's own store grants
another turn and ending in an empty own pit captures the opposite pit. Both players
pick moves by a depth-limited minimax on the store difference (ties: lowest pit).
Opening moves are randomised with a seeded LCG. The pair returns, per game, the final
stores and the number of moves.

Keywords: games, kalah, mancala, minimax, board game, sowing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def sow(board: List[int], player: int, pit: int) -> bool:
    """Play pit (0..5) for player in place; return True if the player moves again."""
    pos = player * 7 + pit
    stones = board[pos]
    board[pos] = 0
    while stones:
        pos = (pos + 1) % 14
        if pos == (1 - player) * 7 + 6:
            continue
        board[pos] += 1
        stones -= 1
    own_store = player * 7 + 6
    if pos == own_store:
        return True
    if player * 7 <= pos < own_store and board[pos] == 1 and board[12 - pos] > 0:
        board[own_store] += board[12 - pos] + 1
        board[pos] = board[12 - pos] = 0
    return False


def finished(board: List[int]) -> bool:
    return sum(board[0:6]) == 0 or sum(board[7:13]) == 0


def minimax(board: List[int], player: int, depth: int) -> int:
    if depth == 0 or finished(board):
        return board[6] + sum(board[0:6]) - board[13] - sum(board[7:13])
    best = None
    for pit in range(6):
        if board[player * 7 + pit] == 0:
            continue
        child = board[:]
        again = sow(child, player, pit)
        value = minimax(child, player if again else 1 - player, depth - 1)
        if best is None or (value > best if player == 0 else value < best):
            best = value
    return best


@python_benchmark(args=(8, 4, 3, 6), cases=[(0, 4, 2, 1), (1, 3, 1, 2), (2, 2, 0, 3), (1, 0, 2, 4)])
def kalah_minimax_selfplay(games: int, seeds: int, depth: int, seed: int) -> List[Tuple[int, int, int]]:
    """Return [(south store, north store, moves)] for each game."""
    state = seed & 0x7FFFFFFF
    results = []
    for _ in range(games):
        board = [seeds] * 6 + [0] + [seeds] * 6 + [0]
        player, moves = 0, 0
        while not finished(board):
            legal = [p for p in range(6) if board[player * 7 + p] > 0]
            if moves < 2:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pit = legal[(state >> 8) % len(legal)]
            else:
                best_pit, best_value = -1, None
                for p in legal:
                    child = board[:]
                    again = sow(child, player, p)
                    value = minimax(child, player if again else 1 - player, depth)
                    if best_value is None or (value > best_value if player == 0 else value < best_value):
                        best_pit, best_value = p, value
                pit = best_pit
            again = sow(board, player, pit)
            moves += 1
            if not again:
                player = 1 - player
        south = board[6] + sum(board[0:6])
        north = board[13] + sum(board[7:13])
        results.append((south, north, moves))
    return results
