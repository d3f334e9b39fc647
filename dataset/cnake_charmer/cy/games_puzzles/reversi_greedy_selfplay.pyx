# cython: language_level=3
"""Reversi self-play on a padded 10x10 C board with direction offsets.

The board is a 100-cell signed char array with a border of sentinel cells, so ray
walks need no bounds checks; flip counting and flipping are cdef functions over
integer offsets, and the move key (flips, weight, LCG tie-break) is compared as C
ints.

Keywords: games, reversi, othello, board game, greedy policy, self play
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef int OFFS[8]
OFFS[:] = [-11, -10, -9, -1, 1, 9, 10, 11]
cdef int W[64]
W[:] = [100, -20, 10, 5, 5, 10, -20, 100,
        -20, -50, -2, -2, -2, -2, -50, -20,
        10, -2, 1, 1, 1, 1, -2, 10,
        5, -2, 1, 0, 0, 1, -2, 5,
        5, -2, 1, 0, 0, 1, -2, 5,
        10, -2, 1, 1, 1, 1, -2, 10,
        -20, -50, -2, -2, -2, -2, -50, -20,
        100, -20, 10, 5, 5, 10, -20, 100]


cdef int count_flips(const signed char *b, int pos, int player) noexcept nogil:
    cdef int d, p, n, total = 0
    if b[pos] != 0:
        return 0
    for d in range(8):
        p = pos + OFFS[d]
        n = 0
        while b[p] == -player:
            p += OFFS[d]
            n += 1
        if n and b[p] == player:
            total += n
    return total


cdef void apply_move(signed char *b, int pos, int player) noexcept nogil:
    cdef int d, p, n
    for d in range(8):
        p = pos + OFFS[d]
        n = 0
        while b[p] == -player:
            p += OFFS[d]
            n += 1
        if n and b[p] == player:
            p = pos + OFFS[d]
            while b[p] == -player:
                b[p] = player
                p += OFFS[d]
    b[pos] = player


@cython_benchmark(args=(50, 13))
def reversi_greedy_selfplay(int games, long seed):
    """Return [(black discs, white discs, moves played)] per game."""
    cdef signed char b[100]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int g, i, r, c, pos, f, best, bf, bw, bt, tie, player, passes, moves, black, white
    results = []
    for g in range(games):
        for i in range(100):
            b[i] = 2
        for r in range(8):
            for c in range(8):
                b[(r + 1) * 10 + c + 1] = 0
        b[44] = -1; b[55] = -1; b[45] = 1; b[54] = 1
        player = 1
        passes = 0
        moves = 0
        while passes < 2:
            best = -1
            bf = bw = bt = 0
            for r in range(8):
                for c in range(8):
                    pos = (r + 1) * 10 + c + 1
                    f = count_flips(b, pos, player)
                    if f == 0:
                        continue
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    tie = <int>((state >> 8) % 1000)
                    if (best < 0 or f > bf or (f == bf and (W[r * 8 + c] > bw
                            or (W[r * 8 + c] == bw and tie > bt)))):
                        best = pos
                        bf = f
                        bw = W[r * 8 + c]
                        bt = tie
            if best < 0:
                passes += 1
            else:
                passes = 0
                apply_move(b, best, player)
                moves += 1
            player = -player
        black = 0
        white = 0
        for i in range(100):
            if b[i] == 1:
                black += 1
            elif b[i] == -1:
                white += 1
        results.append((black, white, moves))
    return results
