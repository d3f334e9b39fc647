# cython: language_level=3
"""Tic-tac-toe game-tree enumeration on 9-bit masks with a union board view.

Each player's stones are a 16-bit mask; a C union overlays the pair of masks with a
single 32-bit key so the whole position is copied and compared as one integer, and a
win test is a scan of eight precomputed line masks. The recursion is a noexcept cdef.

Keywords: games, tic tac toe, game tree, enumeration, combinatorial games
"""

from libc.stdint cimport uint16_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Stones:
    uint16_t x
    uint16_t o

cdef union Position:
    Stones side
    uint32_t key


cdef uint16_t LINE_MASKS[8]
LINE_MASKS[:] = [0x007, 0x038, 0x1C0, 0x049, 0x092, 0x124, 0x111, 0x054]


cdef inline bint has_line(uint16_t stones) noexcept nogil:
    cdef int k
    for k in range(8):
        if stones & LINE_MASKS[k] == LINE_MASKS[k]:
            return True
    return False


cdef void play(Position pos, int move, int prefilled, long *tally, long *by_length) noexcept nogil:
    cdef int s, lo, hi
    cdef uint16_t occupied = pos.side.x | pos.side.o, bit, mine
    cdef Position child
    if move < prefilled:
        lo = move
        hi = move + 1
    else:
        lo = 0
        hi = 9
    for s in range(lo, hi):
        bit = <uint16_t>(1 << s)
        if occupied & bit:
            continue
        child.key = pos.key
        if move % 2 == 0:
            child.side.x |= bit
            mine = child.side.x
        else:
            child.side.o |= bit
            mine = child.side.o
        if has_line(mine):
            tally[move % 2] += 1
            by_length[move + 1] += 1
        elif move == 8:
            tally[2] += 1
            by_length[9] += 1
        else:
            play(child, move + 1, prefilled, tally, by_length)


@cython_benchmark(args=(1,))
def tictactoe_game_tree_outcomes(int prefilled):
    """Return (X wins, O wins, draws, games ending at move 1..9)."""
    cdef long tally[3]
    cdef long by_length[10]
    cdef Position start
    cdef int k
    if prefilled < 0 or prefilled > 9:
        raise ValueError("prefilled must be between 0 and 9")
    for k in range(10):
        by_length[k] = 0
    tally[0] = tally[1] = tally[2] = 0
    start.key = 0
    play(start, 0, prefilled, tally, by_length)
    return tally[0], tally[1], tally[2], [by_length[k] for k in range(1, 10)]
