# cython: language_level=3
"""2048 greedy play on a 16-cell C board with an index table per direction.

Each direction is a precomputed C table mapping (line, position) to a cell index, so
one routine slides and merges any direction into a scratch board; boards are fixed
C int arrays copied with ``memcpy`` and compared with ``memcmp``.

Keywords: games, 2048, sliding tiles, greedy policy, simulation, puzzle game
"""

from libc.string cimport memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark

cdef int LINES[4][4][4]


cdef void build_lines() noexcept:
    cdef int k, i
    for k in range(4):
        for i in range(4):
            LINES[0][k][i] = i * 4 + k
            LINES[3][k][i] = (3 - i) * 4 + k
            LINES[1][k][i] = k * 4 + i
            LINES[2][k][i] = k * 4 + 3 - i


build_lines()


cdef int slide(const int *board, int *out, int direction) noexcept nogil:
    cdef int k, i, n, j, score = 0
    cdef int tiles[4]
    for k in range(4):
        n = 0
        for i in range(4):
            if board[LINES[direction][k][i]]:
                tiles[n] = board[LINES[direction][k][i]]
                n += 1
        i = 0
        j = 0
        while i < n:
            if i + 1 < n and tiles[i] == tiles[i + 1]:
                out[LINES[direction][k][j]] = tiles[i] * 2
                score += tiles[i] * 2
                i += 2
            else:
                out[LINES[direction][k][j]] = tiles[i]
                i += 1
            j += 1
        while j < 4:
            out[LINES[direction][k][j]] = 0
            j += 1
    return score


cdef inline int draw(unsigned long long *s, int mod) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((s[0] >> 8) % <unsigned long long>mod)


cdef void spawn(int *board, unsigned long long *s) noexcept nogil:
    cdef int empty[16]
    cdef int n = 0, i, cell
    for i in range(16):
        if board[i] == 0:
            empty[n] = i
            n += 1
    cell = empty[draw(s, n)]
    board[cell] = 4 if draw(s, 10) == 0 else 2


@cython_benchmark(args=(6, 77))
def game_2048_greedy_play(int games, long seed):
    """Return [(score, max tile, moves)] for each game."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int board[16]
    cdef int cand[16]
    cdef int best_board[16]
    cdef int g, d, i, gained, best_gain, found, top
    cdef long score, moves
    results = []
    for g in range(games):
        for i in range(16):
            board[i] = 0
        spawn(board, &state)
        spawn(board, &state)
        score = 0
        moves = 0
        with nogil:
            while True:
                found = 0
                best_gain = 0
                for d in range(4):
                    gained = slide(board, cand, d)
                    if memcmp(cand, board, sizeof(board)) != 0 and (not found or gained > best_gain):
                        found = 1
                        best_gain = gained
                        memcpy(best_board, cand, sizeof(cand))
                if not found:
                    break
                memcpy(board, best_board, sizeof(board))
                score += best_gain
                moves += 1
                spawn(board, &state)
        top = 0
        for i in range(16):
            if board[i] > top:
                top = board[i]
        results.append((score, top, moves))
    return results
