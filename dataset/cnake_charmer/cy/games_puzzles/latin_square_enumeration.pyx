# cython: language_level=3
"""Reduced Latin square enumeration with row/column bitmasks in a C struct.

Used symbols per row and column are bitmasks in a C struct together with the grid;
candidate symbols for a cell are the zero bits of ``row | col``, iterated with
lowest-set-bit tricks, and the recursive filler is a ``noexcept nogil`` cdef.

Keywords: games, puzzles, latin squares, backtracking, combinatorial enumeration
"""

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Board:
    int n
    int grid[16][16]
    unsigned int rows[16]
    unsigned int cols[16]
    long count
    long symmetric
    long long checksum


cdef inline int low_bit_index(unsigned int x) noexcept nogil:
    cdef int k = 0
    while not (x >> k) & 1:
        k += 1
    return k


cdef void fill(Board *b, int cell) noexcept nogil:
    cdef int n = b.n, r, c, i, s
    cdef unsigned int avail, bit
    cdef long long diag
    cdef bint sym
    if cell == n * n:
        b.count += 1
        sym = True
        for r in range(n):
            for c in range(r):
                if b.grid[r][c] != b.grid[c][r]:
                    sym = False
        if sym:
            b.symmetric += 1
        diag = 0
        for i in range(n):
            diag = diag * n + b.grid[i][i]
        b.checksum = (b.checksum * 1000003 + diag) % 2147483647
        return
    r = cell // n
    c = cell % n
    if r == 0 or c == 0:
        fill(b, cell + 1)
        return
    avail = ~(b.rows[r] | b.cols[c]) & ((1u << n) - 1)
    while avail:
        bit = avail & (~avail + 1)
        avail ^= bit
        s = low_bit_index(bit)
        b.grid[r][c] = s
        b.rows[r] |= bit
        b.cols[c] |= bit
        fill(b, cell + 1)
        b.rows[r] &= ~bit
        b.cols[c] &= ~bit


@cython_benchmark(args=(6,))
def latin_square_enumeration(int n):
    """Return (reduced squares, symmetric squares, diagonal checksum)."""
    if n <= 0:
        return 0, 0, 0
    if n > 16:
        raise ValueError("order too large")
    cdef Board b
    cdef int i
    b.n = n
    b.count = 0
    b.symmetric = 0
    b.checksum = 0
    for i in range(n):
        b.rows[i] = 0
        b.cols[i] = 0
    for i in range(n):
        b.grid[0][i] = i
        b.grid[i][0] = i
        b.rows[0] |= 1u << i
        b.cols[i] |= 1u << i
        if i:
            b.rows[i] |= 1u << i
            b.cols[0] |= 1u << i
    with nogil:
        fill(&b, 0)
    return b.count, b.symmetric, b.checksum
