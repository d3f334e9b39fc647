# cython: language_level=3
"""Soundex over a C lookup table with codes counted in a dense integer array.

The letter-to-digit map is a 26-entry ``signed char`` table, each code is computed
into a small char buffer and also packed into an integer (letter x 7**3 + digits), so
counting codes needs a flat array instead of a dict of strings.

Keywords: soundex, phonetic encoding, names, hashing, strings
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef signed char TABLE[26]
memset(TABLE, 0, sizeof(TABLE))
for _digit, _group in enumerate([b"bfpv", b"cgjkqsxz", b"dt", b"l", b"mn", b"r"], 1):
    for _ch in _group:
        TABLE[_ch - 97] = _digit


cdef int _soundex(const unsigned char *name, int length, char *out) noexcept nogil:
    cdef int i, n = 1, code, prev
    cdef unsigned char ch
    out[0] = name[0] - 32
    out[1] = 48
    out[2] = 48
    out[3] = 48
    prev = TABLE[name[0] - 97]
    for i in range(1, length):
        ch = name[i]
        code = TABLE[ch - 97]
        if code and code != prev and n < 4:
            out[n] = 48 + code
            n += 1
        if ch != b'h' and ch != b'w':
            prev = code
    return (out[0] - 65) * 343 + (out[1] - 48) * 49 + (out[2] - 48) * 7 + (out[3] - 48)


@cython_benchmark(args=(40000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def soundex_name_codes(int m, int seed):
    """Return (distinct codes, most common code, its count, first 10 codes)."""
    cdef int counts[26 * 343]
    cdef unsigned char name[16]
    cdef char code[4]
    cdef unsigned long long state = seed
    cdef int w, i, length, key, distinct = 0, top = 0, best = 0
    cdef list first = []
    memset(counts, 0, sizeof(counts))
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 8
        for i in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            name[i] = 97 + (state >> 10) % 26
        key = _soundex(name, length, code)
        counts[key] += 1
        if w < 10:
            first.append(code[:4].decode("ascii"))
    if m <= 0:
        return (0, "", 0, [])
    for i in range(26 * 343):
        if counts[i]:
            distinct += 1
            if counts[i] > top:
                top = counts[i]
                best = i
    code[0] = 65 + best // 343
    code[1] = 48 + (best // 49) % 7
    code[2] = 48 + (best // 7) % 7
    code[3] = 48 + best % 7
    return (distinct, code[:4].decode("ascii"), top, first)
