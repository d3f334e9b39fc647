# cython: language_level=3
"""Shift-or approximate search with uint64_t bit-parallel state.

The two automaton states and the per-symbol masks are uint64_t values, so each text
symbol costs a handful of shifts, ORs and ANDs on machine words instead of Python
big-int operations; the text is a uint8_t buffer.

Keywords: bitap, shift-or, approximate matching, bit parallelism, Hamming distance
"""

import cython
from libc.stdint cimport uint8_t, uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400000, 8, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bitap_shift_or_search(Py_ssize_t text_len, int pattern_len, long long seed):
    """Return (exact matches, matches with <= 1 mismatch, first 10 end positions); 1 <= pattern_len <= 63."""
    if not 1 <= pattern_len <= 63:
        raise ValueError("pattern length must be in 1..63")
    cdef Py_ssize_t n = text_len if text_len > 0 else 0
    cdef Py_ssize_t pos
    cdef int i
    cdef uint64_t full = ((<uint64_t>1) << pattern_len) - 1
    cdef uint64_t high = (<uint64_t>1) << (pattern_len - 1)
    cdef uint64_t masks[4]
    cdef uint64_t ex, ap, old
    cdef long long exact = 0, approx = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list ends = []
    cdef uint8_t sym
    cdef uint8_t *text = <uint8_t *>malloc(n + 1)
    if text == NULL:
        raise MemoryError()
    try:
        for pos in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            text[pos] = <uint8_t>((state >> 14) % 4)
        for i in range(4):
            masks[i] = full
        for i in range(pattern_len):
            masks[(i * 3 + i // 2) % 4] &= ~((<uint64_t>1) << i)
        ex = full
        ap = full
        for pos in range(n):
            sym = text[pos]
            old = ex
            ex = ((ex << 1) | masks[sym]) & full
            ap = (((ap << 1) | masks[sym]) & (old << 1)) & full
            if not (ex & high):
                exact += 1
            if not (ap & high):
                approx += 1
                if len(ends) < 10:
                    ends.append(pos)
        return exact, approx, ends
    finally:
        free(text)
