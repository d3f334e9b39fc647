# cython: language_level=3
"""Min-conflicts N-queens with C counter arrays and scratch candidate buffers.

Row and diagonal occupancy counts are C int arrays, the conflicted-column and
best-row candidate lists are reused malloc'ed buffers, and the conflict function is
an inline noexcept cdef; the search allocates nothing per step.

Keywords: optimization, min conflicts, n queens, local search, constraint satisfaction
"""

from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int conflicts(const int *rows, const int *rc, const int *dg, const int *an,
                          int n, int c, int r) noexcept nogil:
    return rc[r] + dg[r - c + n] + an[r + c] - (3 if rows[c] == r else 0)


@cython_benchmark(args=(700, 5000, 3))
def min_conflicts_queens(int n, long max_steps, long seed):
    """Return (steps used, remaining conflicting queens, placement checksum)."""
    if n <= 0:
        return 0, 0, 0
    cdef int *rows = <int *>calloc(n, sizeof(int))
    cdef int *rc = <int *>calloc(n, sizeof(int))
    cdef int *dg = <int *>calloc(2 * n, sizeof(int))
    cdef int *an = <int *>calloc(2 * n, sizeof(int))
    cdef int *bad = <int *>calloc(n, sizeof(int))
    cdef int *choices = <int *>calloc(n, sizeof(int))
    if rows == NULL or rc == NULL or dg == NULL or an == NULL or bad == NULL or choices == NULL:
        free(rows); free(rc); free(dg); free(an); free(bad); free(choices)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int c, r, nbad, nchoice, low, score, old, new, remaining = 0
    cdef long steps = 0
    cdef long long checksum = 0
    with nogil:
        for c in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            rows[c] = <int>((state >> 8) % <unsigned long long>n)
            rc[rows[c]] += 1
            dg[rows[c] - c + n] += 1
            an[rows[c] + c] += 1
        while steps < max_steps:
            nbad = 0
            for c in range(n):
                if conflicts(rows, rc, dg, an, n, c, rows[c]) > 0:
                    bad[nbad] = c
                    nbad += 1
            if nbad == 0:
                break
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            c = bad[(state >> 8) % <unsigned long long>nbad]
            low = 1 << 30
            nchoice = 0
            for r in range(n):
                score = conflicts(rows, rc, dg, an, n, c, r)
                if score < low:
                    low = score
                    nchoice = 0
                if score == low:
                    choices[nchoice] = r
                    nchoice += 1
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            new = choices[(state >> 8) % <unsigned long long>nchoice]
            old = rows[c]
            rc[old] -= 1
            dg[old - c + n] -= 1
            an[old + c] -= 1
            rows[c] = new
            rc[new] += 1
            dg[new - c + n] += 1
            an[new + c] += 1
            steps += 1
        for c in range(n):
            if conflicts(rows, rc, dg, an, n, c, rows[c]) > 0:
                remaining += 1
        for c in range(n):
            checksum = (checksum * 1000003 + rows[c]) % 2147483647
    free(rows); free(rc); free(dg); free(an); free(bad); free(choices)
    return steps, remaining, checksum
