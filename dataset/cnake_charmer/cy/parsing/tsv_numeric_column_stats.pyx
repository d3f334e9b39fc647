# cython: language_level=3
"""TSV column statistics with a single pointer scan over a C buffer.

The table is formatted into one malloc'd ``char`` buffer. The scanner walks it once,
parsing signed integers digit by digit, switching column on tab and row on newline,
and keeps per-column sums, extremes (seeded from ``LLONG_MAX``/``LLONG_MIN``) and
missing counts in C arrays.

Keywords: tsv, table, column statistics, limits, parsing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdio cimport snprintf
from libc.limits cimport LLONG_MAX, LLONG_MIN

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(15000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def tsv_numeric_column_stats(int rows, int seed):
    """Return (header, sums, minima, maxima, missing counts) per column."""
    cdef Py_ssize_t cap = 48 + <Py_ssize_t> rows * 6 * 9, pos = 0, i, hdr_end
    cdef char *s = <char *> malloc(cap)
    cdef long long sums[6]
    cdef long long mins[6]
    cdef long long maxs[6]
    cdef long long missing[6]
    cdef long long v
    cdef unsigned long long state = seed
    cdef int r, c, neg, sep
    for c in range(6):
        sums[c] = 0
        mins[c] = LLONG_MAX
        maxs[c] = LLONG_MIN
        missing[c] = 0
    try:
        for c in range(6):
            sep = 9 if c < 5 else 10
            pos += snprintf(s + pos, 8, "col%d%c", c, sep)
        hdr_end = pos - 1
        for r in range(rows):
            for c in range(6):
                sep = 9 if c < 5 else 10
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if state % 10 == 0:
                    pos += snprintf(s + pos, 8, "NA%c", sep)
                else:
                    pos += snprintf(s + pos, 10, "%d%c", <int> ((state >> 4) % 200001) - 100000, sep)
        i = hdr_end + 1
        c = 0
        while i < pos:
            if s[i] == b'N':
                missing[c] += 1
                i += 2
            else:
                neg = s[i] == b'-'
                if neg:
                    i += 1
                v = 0
                while s[i] >= b'0' and s[i] <= b'9':
                    v = v * 10 + s[i] - 48
                    i += 1
                if neg:
                    v = -v
                sums[c] += v
                if v < mins[c]:
                    mins[c] = v
                if v > maxs[c]:
                    maxs[c] = v
            c = 0 if s[i] == b'\n' else c + 1
            i += 1
        header = s[:hdr_end].decode("ascii").split("\t")
        return (header, [sums[c] for c in range(6)],
                [None if mins[c] == LLONG_MAX else mins[c] for c in range(6)],
                [None if maxs[c] == LLONG_MIN else maxs[c] for c in range(6)],
                [missing[c] for c in range(6)])
    finally:
        free(s)
