# cython: language_level=3
"""N-queens census with bitmask backtracking in a nogil recursive cdef.

Attacked columns and diagonals are 32-bit unsigned masks; free squares are enumerated
with ``mask & -mask`` and the column recovered from the bit index, so the recursion
never touches Python objects. The counts are returned through pointers.

Keywords: games, puzzles, n queens, backtracking, combinatorial search
"""

from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int bit_index(uint32_t bit) noexcept nogil:
    cdef int k = 0
    while bit > 1:
        bit >>= 1
        k += 1
    return k


cdef void place(int n, int row, uint32_t cols, uint32_t d1, uint32_t d2, int first,
                long *total, long *left) noexcept nogil:
    cdef uint32_t full = (1u << n) - 1
    cdef uint32_t free_bits, bit
    cdef int c
    if row == n:
        total[0] += 1
        if 2 * first < n:
            left[0] += 1
        return
    free_bits = full & ~(cols | d1 | d2)
    while free_bits:
        bit = free_bits & (~free_bits + 1)
        free_bits ^= bit
        c = bit_index(bit)
        place(n, row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1,
              c if row == 0 else first, total, left)


@cython_benchmark(args=(1, 10))
def nqueens_solution_census(int low, int high):
    """Return [(n, solutions, solutions with first queen in the left half)]."""
    cdef long total, left
    cdef int n
    result = []
    for n in range(low if low > 1 else 1, high + 1):
        total = 0
        left = 0
        with nogil:
            place(n, 0, 0, 0, 0, 0, &total, &left)
        result.append((n, total, left))
    return result
