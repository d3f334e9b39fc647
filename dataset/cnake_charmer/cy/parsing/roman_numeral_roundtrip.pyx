# cython: language_level=3
"""Roman numerals through static C tables and a byte-indexed value map.

Formatting walks a ``const char *`` symbol table with ``memcpy`` into a stack buffer;
parsing looks each byte up in a 128-entry ``int`` array. Both directions are cdef
functions without Python objects.

Keywords: roman numerals, lookup table, memcpy, round trip, parsing
"""

import cython
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark

cdef int VALUES[13]
VALUES[:] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
cdef const char *SYMBOLS[13]
SYMBOLS[:] = [b"M", b"CM", b"D", b"CD", b"C", b"XC", b"L", b"XL", b"X", b"IX", b"V", b"IV", b"I"]
cdef int SYMLEN[13]
SYMLEN[:] = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
cdef int LOOKUP[128]
memset(LOOKUP, 0, sizeof(LOOKUP))
LOOKUP[b'I'] = 1
LOOKUP[b'V'] = 5
LOOKUP[b'X'] = 10
LOOKUP[b'L'] = 50
LOOKUP[b'C'] = 100
LOOKUP[b'D'] = 500
LOOKUP[b'M'] = 1000


cdef int _to_roman(int n, char *out) noexcept nogil:
    cdef int k = 0, i
    for i in range(13):
        while n >= VALUES[i]:
            memcpy(out + k, SYMBOLS[i], SYMLEN[i])
            k += SYMLEN[i]
            n -= VALUES[i]
    return k


cdef int _from_roman(const char *s, int k) noexcept nogil:
    cdef int total = 0, prev = 0, v, i
    for i in range(k - 1, -1, -1):
        v = LOOKUP[<unsigned char> s[i]]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


@cython_benchmark(args=(40000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def roman_numeral_roundtrip(int m, int seed):
    """Return (sum parsed, total numeral length, longest, mismatches, first 5 numerals)."""
    cdef char buf[32]
    cdef unsigned long long state = seed
    cdef int w, n, k, back, longest = 0, bad = 0
    cdef long long total = 0, chars = 0
    cdef list first = []
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (state >> 4) % 3999
        k = _to_roman(n, buf)
        back = _from_roman(buf, k)
        total += back
        bad += back != n
        chars += k
        if k > longest:
            longest = k
        if w < 5:
            first.append(buf[:k].decode("ascii"))
    return (total, chars, longest, bad, first)
