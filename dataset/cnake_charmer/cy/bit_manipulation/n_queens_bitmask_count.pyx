# cython: language_level=3
"""N-queens bitmask backtracking as a nogil recursive cdef function.

Masks are unsigned ints, the search state (solution and node counters, current
placement and the first solution) lives in a C struct passed by pointer, and the
column of the isolated bit comes from the count-trailing-zeros builtin.

Keywords: N-queens, backtracking, bitmask, lowest set bit, combinatorial search
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctz(unsigned int x) nogil


cdef struct Search:
    unsigned int full
    long long solutions
    long long nodes
    int depth
    int placed[16]
    int first[16]
    bint have_first


cdef void place(Search *s, unsigned int cols, unsigned int d1, unsigned int d2) noexcept nogil:
    cdef unsigned int free, bit
    cdef int i
    s.nodes += 1
    if cols == s.full:
        s.solutions += 1
        if not s.have_first:
            s.have_first = True
            for i in range(s.depth):
                s.first[i] = s.placed[i]
        return
    free = s.full & ~(cols | d1 | d2)
    while free:
        bit = free & (~free + 1)
        free ^= bit
        s.placed[s.depth] = __builtin_ctz(bit)
        s.depth += 1
        place(s, cols | bit, ((d1 | bit) << 1) & s.full, (d2 | bit) >> 1)
        s.depth -= 1


@cython_benchmark(args=(11,))
def n_queens_bitmask_count(int n):
    """Return (solutions, nodes visited, first solution); 0 <= n <= 14."""
    if not 0 <= n <= 14:
        raise ValueError("n must be in 0..14")
    cdef Search s
    s.full = (1u << n) - 1
    s.solutions = 0
    s.nodes = 0
    s.depth = 0
    s.have_first = False
    with nogil:
        place(&s, 0, 0, 0)
    first = [s.first[i] for i in range(n)] if s.have_first else []
    return s.solutions, s.nodes, first
