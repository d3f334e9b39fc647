# cython: language_level=3
"""Duration parsing with a byte-indexed unit table and a digit accumulator.

Strings are generated into a stack buffer; the scanner accumulates digits and, on a
unit letter, multiplies by that unit's seconds from a 128-entry ``long long`` table
(zero meaning "not a unit"), so no regular expression or Python integers are involved.

Keywords: duration, time units, lookup table, scanner, parsing
"""

import cython
from libc.string cimport memset
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef long long UNIT[128]
cdef int SLOT[128]
memset(UNIT, 0, sizeof(UNIT))
UNIT[b'w'] = 604800
UNIT[b'd'] = 86400
UNIT[b'h'] = 3600
UNIT[b'm'] = 60
UNIT[b's'] = 1
SLOT[b'w'] = 0
SLOT[b'd'] = 1
SLOT[b'h'] = 2
SLOT[b'm'] = 3
SLOT[b's'] = 4


@cython_benchmark(args=(25000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def duration_string_parse(int m, int seed):
    """Return (total seconds, longest duration, seconds per unit w..s, first 5 durations)."""
    cdef char buf[64]
    cdef long long per_unit[5]
    cdef const char *units = b"wdhms"
    cdef unsigned long long state = seed
    cdef long long total = 0, longest = 0, seconds, num, value
    cdef int w, p, np, n, i
    cdef unsigned char ch
    cdef list first = []
    for i in range(5):
        per_unit[i] = 0
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        np = 1 + state % 5
        n = 0
        for p in range(np):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            n += snprintf(buf + n, 64 - n, "%d%c", <int> ((state >> 6) % 120), units[(state >> 3) % 5])
        seconds = 0
        num = 0
        for i in range(n):
            ch = buf[i]
            if ch >= b'0' and ch <= b'9':
                num = num * 10 + ch - 48
            else:
                value = num * UNIT[ch]
                per_unit[SLOT[ch]] += value
                seconds += value
                num = 0
        total += seconds
        if seconds > longest:
            longest = seconds
        if w < 5:
            first.append(seconds)
    return (total, longest, [per_unit[i] for i in range(5)], first)
