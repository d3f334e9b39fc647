# cython: language_level=3
"""Connect Four negamax on a flat C board with a precomputed window table.

The 69 winning windows are precomputed once into a C int table of cell indices;
the board is a 42-byte signed char array with a column-height array, and the
recursive alpha-beta negamax is a ``noexcept`` cdef that touches only C data.

Keywords: games, connect four, negamax, alpha beta pruning, game tree search
"""

from cnake_charmer.benchmarks import cython_benchmark


cdef int WIN = 1000000
cdef int WINDOW_CELLS[69][4]
cdef int NWIN = 0
cdef int ORDER[7]
ORDER[:] = [3, 2, 4, 1, 5, 0, 6]


cdef void build_windows():
    global NWIN
    cdef int r, c, k, dr, dc, rr, cc, d, ok
    cdef int DRS[4]
    cdef int DCS[4]
    DRS[:] = [0, 1, 1, 1]
    DCS[:] = [1, 0, 1, -1]
    for r in range(6):
        for c in range(7):
            for d in range(4):
                dr = DRS[d]
                dc = DCS[d]
                ok = 1
                for k in range(4):
                    rr = r + k * dr
                    cc = c + k * dc
                    if rr < 0 or rr >= 6 or cc < 0 or cc >= 7:
                        ok = 0
                if ok:
                    for k in range(4):
                        WINDOW_CELLS[NWIN][k] = (r + k * dr) * 7 + c + k * dc
                    NWIN += 1


build_windows()


cdef class Board:
    cdef signed char cells[42]
    cdef int heights[7]
    cdef long nodes

    cdef int evaluate(self, int p) noexcept:
        cdef int w, k, mine, theirs, v, score = 0
        for w in range(NWIN):
            mine = 0
            theirs = 0
            for k in range(4):
                v = self.cells[WINDOW_CELLS[w][k]]
                if v == p:
                    mine += 1
                elif v == -p:
                    theirs += 1
            if theirs == 0:
                score += mine * mine
            if mine == 0:
                score -= theirs * theirs
        return score

    cdef bint wins(self, int p) noexcept:
        cdef int w, k
        for w in range(NWIN):
            for k in range(4):
                if self.cells[WINDOW_CELLS[w][k]] != p:
                    break
            else:
                return True
        return False

    cdef int negamax(self, int p, int d, int alpha, int beta) noexcept:
        cdef int i, c, value, best, full = 1
        self.nodes += 1
        if self.wins(-p):
            return -(WIN - d)
        for c in range(7):
            if self.heights[c] < 6:
                full = 0
        if d == 0 or full:
            return self.evaluate(p)
        best = -WIN * 10
        for i in range(7):
            c = ORDER[i]
            if self.heights[c] == 6:
                continue
            self.cells[self.heights[c] * 7 + c] = p
            self.heights[c] += 1
            value = -self.negamax(-p, d - 1, -beta, -alpha)
            self.heights[c] -= 1
            self.cells[self.heights[c] * 7 + c] = 0
            if value > best:
                best = value
            if value > alpha:
                alpha = value
            if alpha >= beta:
                break
        return best


@cython_benchmark(args=(8, 4, 3))
def connect_four_negamax(int opening, int depth, long seed):
    """Return (score per column, -1000000000 if full; best column; nodes searched)."""
    cdef Board b = Board()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, c, player = 1, best_col = 0
    for i in range(42):
        b.cells[i] = 0
    for c in range(7):
        b.heights[c] = 0
    b.nodes = 0
    for i in range(opening):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        c = <int>((state >> 8) % 7)
        if b.heights[c] < 6:
            b.cells[b.heights[c] * 7 + c] = player
            b.heights[c] += 1
            player = -player
    scores = []
    for c in range(7):
        if b.heights[c] == 6:
            scores.append(-1000000000)
            continue
        b.cells[b.heights[c] * 7 + c] = player
        b.heights[c] += 1
        scores.append(-b.negamax(-player, depth, -WIN * 10, WIN * 10))
        b.heights[c] -= 1
        b.cells[b.heights[c] * 7 + c] = 0
    for c in range(1, 7):
        if scores[c] > scores[best_col]:
            best_col = c
    return scores, best_col, b.nodes
