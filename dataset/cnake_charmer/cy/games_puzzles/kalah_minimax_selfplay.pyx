# cython: language_level=3
"""Kalah self-play with minimax over fixed 14-cell C boards copied by memcpy.

Boards are 14-int C arrays; children are stack copies made with ``memcpy``, sowing
and the terminal test are ``noexcept`` cdefs, and the minimax recursion returns C
ints, so the game tree is searched without allocating Python lists.

Keywords: games, kalah, mancala, minimax, board game, sowing
"""

from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef bint sow(int *board, int player, int pit) noexcept nogil:
    cdef int pos = player * 7 + pit, stones = board[pos], own_store = player * 7 + 6
    cdef int skip = (1 - player) * 7 + 6
    board[pos] = 0
    while stones:
        pos = (pos + 1) % 14
        if pos == skip:
            continue
        board[pos] += 1
        stones -= 1
    if pos == own_store:
        return True
    if player * 7 <= pos < own_store and board[pos] == 1 and board[12 - pos] > 0:
        board[own_store] += board[12 - pos] + 1
        board[pos] = 0
        board[12 - pos] = 0
    return False


cdef inline int side_sum(const int *board, int start) noexcept nogil:
    cdef int k, s = 0
    for k in range(start, start + 6):
        s += board[k]
    return s


cdef inline bint finished(const int *board) noexcept nogil:
    return side_sum(board, 0) == 0 or side_sum(board, 7) == 0


cdef int minimax(const int *board, int player, int depth) noexcept nogil:
    cdef int child[14]
    cdef int pit, value, best = 0
    cdef bint found = False, again
    if depth == 0 or finished(board):
        return board[6] + side_sum(board, 0) - board[13] - side_sum(board, 7)
    for pit in range(6):
        if board[player * 7 + pit] == 0:
            continue
        memcpy(child, board, sizeof(child))
        again = sow(child, player, pit)
        value = minimax(child, player if again else 1 - player, depth - 1)
        if not found or (value > best if player == 0 else value < best):
            best = value
            found = True
    return best


@cython_benchmark(args=(8, 4, 3, 6))
def kalah_minimax_selfplay(int games, int seeds, int depth, long seed):
    """Return [(south store, north store, moves)] for each game."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int board[14]
    cdef int child[14]
    cdef int legal[6]
    cdef int g, k, player, moves, nlegal, pit, best_pit, value, best_value
    cdef bint again, found
    results = []
    for g in range(games):
        for k in range(14):
            board[k] = seeds
        board[6] = 0
        board[13] = 0
        player = 0
        moves = 0
        with nogil:
            while not finished(board):
                nlegal = 0
                for k in range(6):
                    if board[player * 7 + k] > 0:
                        legal[nlegal] = k
                        nlegal += 1
                if moves < 2:
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    pit = legal[(state >> 8) % <unsigned long long>nlegal]
                else:
                    found = False
                    best_pit = -1
                    best_value = 0
                    for k in range(nlegal):
                        memcpy(child, board, sizeof(child))
                        again = sow(child, player, legal[k])
                        value = minimax(child, player if again else 1 - player, depth)
                        if not found or (value > best_value if player == 0 else value < best_value):
                            found = True
                            best_pit = legal[k]
                            best_value = value
                    pit = best_pit
                again = sow(board, player, pit)
                moves += 1
                if not again:
                    player = 1 - player
        results.append((board[6] + side_sum(board, 0), board[13] + side_sum(board, 7), moves))
    return results
