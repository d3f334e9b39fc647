# cython: language_level=3
"""Fixed-width record slicing by byte offsets with an overpunch lookup table.

Records are formatted into one flat buffer of 40-byte rows, so every field is a fixed
offset from the row pointer; digits are accumulated directly and the overpunched sign
character is decoded through a 256-entry ``signed char`` table (digit, or digit + 16
for negative), replacing slicing, ``str.index`` and ``int`` parsing.

Keywords: fixed width, cobol, zoned decimal, lookup table, records, parsing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset, memcmp
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *POSITIVE = b"{ABCDEFGHI"
cdef const char *NEGATIVE = b"}JKLMNOPQR"
cdef const char *TYPES[4]
TYPES[:] = [b"DEP", b"WDR", b"FEE", b"INT"]
cdef signed char ZONE[256]
memset(ZONE, -1, 256)
for _d in range(10):
    ZONE[POSITIVE[_d]] = _d
    ZONE[NEGATIVE[_d]] = 16 + _d


cdef inline int _digits(const char *p, int k) noexcept nogil:
    cdef int v = 0, i
    for i in range(k):
        v = v * 10 + p[i] - 48
    return v


@cython_benchmark(args=(30000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def fixed_width_overpunch_records(int n, int seed):
    """Return (total amount per record type, most negative amount, records in 2023, first 5 amounts)."""
    cdef char *rows = <char *> malloc(n * 40 + 48)
    cdef char tmp[48]
    cdef long long totals[4]
    cdef int order[4]
    cdef int seen = 0
    cdef bint present[4]
    cdef unsigned long long state = seed
    cdef int i, k, amount, mag, year, z, in_2023 = 0
    cdef long long value, lowest = 0
    cdef const char *row
    cdef list first = []
    for k in range(4):
        totals[k] = 0
        present[k] = False
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            amount = (state >> 4) % 2000000 - 1000000
            mag = amount if amount >= 0 else -amount
            snprintf(tmp, 48, "%08d%s%04d%02d%02d%010d", i, TYPES[(state >> 9) % 4],
                     <int> (2020 + (state >> 20) % 5), <int> (1 + (state >> 12) % 12),
                     <int> (1 + (state >> 16) % 28), mag)
            tmp[28] = (POSITIVE if amount >= 0 else NEGATIVE)[tmp[28] - 48]
            memset(tmp + 29, b' ', 11)
            for k in range(40):
                rows[i * 40 + k] = tmp[k]
        for i in range(n):
            row = rows + i * 40
            k = 0
            while memcmp(row + 8, TYPES[k], 3) != 0:
                k += 1
            year = _digits(row + 11, 4)
            z = ZONE[<unsigned char> row[28]]
            value = <long long> _digits(row + 19, 9) * 10 + (z & 15)
            if z >= 16:
                value = -value
            if not present[k]:
                present[k] = True
                order[seen] = k
                seen += 1
            totals[k] += value
            if value < lowest:
                lowest = value
            in_2023 += year == 2023
            if i < 5:
                first.append(value)
        return ({TYPES[order[k]].decode("ascii"): totals[order[k]] for k in range(seen)}, lowest, in_2023, first)
    finally:
        free(rows)
