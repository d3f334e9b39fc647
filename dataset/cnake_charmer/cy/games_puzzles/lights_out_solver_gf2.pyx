# cython: language_level=3
"""Lights Out over GF(2) with rows packed into arrays of 64-bit words.

Each equation is a fixed-length array of ``uint64_t`` words (the augmented column in
the last bit), so eliminating a row is a short XOR loop; the elimination is a
``cpdef`` function over a 2D memoryview and the pivot search a cdef with an
``except -2`` exception value.

Keywords: games, puzzles, lights out, gaussian elimination, gf2, linear algebra
"""

cimport cython
from cython.view cimport array as cvarray
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int get_bit(uint64_t[:, ::1] m, int row, int col) noexcept:
    return <int>((m[row, col >> 6] >> (col & 63)) & 1)


cdef int find_pivot(uint64_t[:, ::1] m, int start, int col) except -2:
    cdef int i
    if col < 0:
        raise IndexError("negative column")
    for i in range(start, m.shape[0]):
        if get_bit(m, i, col):
            return i
    return -1


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef int eliminate(uint64_t[:, ::1] m, int cols):
    """Reduce m in place to reduced row echelon form over GF(2); return the rank."""
    cdef int rank = 0, col, found, i, w, words = m.shape[1], rows = m.shape[0]
    cdef uint64_t tmp
    for col in range(cols):
        found = find_pivot(m, rank, col)
        if found < 0:
            continue
        if found != rank:
            for w in range(words):
                tmp = m[rank, w]; m[rank, w] = m[found, w]; m[found, w] = tmp
        for i in range(rows):
            if i != rank and get_bit(m, i, col):
                for w in range(words):
                    m[i, w] ^= m[rank, w]
        rank += 1
    return rank


@cython_benchmark(args=(12, 30, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def lights_out_solver_gf2(int n, int boards, long seed):
    """Return (solvable boards, total presses, nullity, presses per board; -1 if none)."""
    cdef int cells = n * n if n > 0 else 0
    if cells == 0:
        return 0, 0, 0, []
    cdef int words = cells // 64 + 1
    cdef uint64_t[:, ::1] base = cvarray(shape=(cells, words), itemsize=sizeof(uint64_t), format="Q")
    cdef uint64_t[:, ::1] m = cvarray(shape=(cells, words), itemsize=sizeof(uint64_t), format="Q")
    cdef int r, c, k, i, w, rank, count, bad, nr, nc
    cdef int dr[4]
    cdef int dc[4]
    dr[:] = [1, -1, 0, 0]
    dc[:] = [0, 0, 1, -1]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int solvable = 0, nullity = 0
    cdef long presses = 0
    base[:, :] = 0
    for r in range(n):
        for c in range(n):
            i = r * n + c
            base[i, i >> 6] |= (<uint64_t>1) << (i & 63)
            for k in range(4):
                nr = r + dr[k]
                nc = c + dc[k]
                if 0 <= nr < n and 0 <= nc < n:
                    base[i, (nr * n + nc) >> 6] |= (<uint64_t>1) << ((nr * n + nc) & 63)
    per_board = []
    for _ in range(boards):
        m[:, :] = base
        for i in range(cells):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if (state >> 10) & 1:
                m[i, cells >> 6] |= (<uint64_t>1) << (cells & 63)
        rank = eliminate(m, cells)
        nullity = cells - rank
        bad = 0
        for i in range(rank, cells):
            if get_bit(m, i, cells):
                bad = 1
                break
        if bad:
            per_board.append(-1)
            continue
        count = 0
        for i in range(rank):
            count += get_bit(m, i, cells)
        solvable += 1
        presses += count
        per_board.append(count)
    return solvable, presses, nullity, per_board
