"""Enumerate every game of tic-tac-toe and tally the outcomes.

Starting from an empty 3x3 board, every legal sequence of moves is played until one
side has three in a row or the board is full. The pair counts games won by X, won
by O and drawn, and the number of games ending at each move number; the classic
totals (131184, 77904, 46080) come out for the standard game.

Keywords: games, tic tac toe, game tree, enumeration, combinatorial games
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


@python_benchmark(args=(1,), cases=[(9,), (8,), (5,), (-1,)])
def tictactoe_game_tree_outcomes(prefilled: int) -> Tuple[int, int, int, List[int]]:
    """Return (X wins, O wins, draws, games ending at move 1..9).

    The first `prefilled` moves are forced to squares 0, 1, 2, ... in order, which
    shrinks the tree; a value outside 0..9 raises ValueError.
    """
    if not 0 <= prefilled <= 9:
        raise ValueError("prefilled must be between 0 and 9")
    board = [0] * 9
    tally = [0, 0, 0]
    by_length = [0] * 10

    def winner(player: int) -> bool:
        return any(board[a] == board[b] == board[c] == player for a, b, c in LINES)

    def play(move: int) -> None:
        player = 1 if move % 2 == 0 else 2
        squares = [move] if move < prefilled else [s for s in range(9) if board[s] == 0]
        for s in squares:
            if board[s]:
                continue
            board[s] = player
            if winner(player):
                tally[player - 1] += 1
                by_length[move + 1] += 1
            elif move == 8:
                tally[2] += 1
                by_length[9] += 1
            else:
                play(move + 1)
            board[s] = 0

    play(0)
    return tally[0], tally[1], tally[2], by_length[1:]
