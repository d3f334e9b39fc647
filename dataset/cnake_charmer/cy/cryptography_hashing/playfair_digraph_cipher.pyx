# cython: language_level=3
"""Playfair over byte buffers with row/column lookup tables for the key square.

The square is a ``char[25]`` plus two 26-entry tables giving each letter's row and
column, so each digraph is substituted with a few array reads; preparation (J to I,
X insertion) writes straight into a C buffer sized for the worst case.

Keywords: playfair, digraph, lookup table, char buffer, classical cryptography
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef void _transform(const char *src, char *dst, int n, const char *square,
                     const int *row, const int *col, int step) noexcept nogil:
    cdef int i, ra, ca, rb, cb
    for i in range(0, n, 2):
        ra = row[src[i] - 65]
        ca = col[src[i] - 65]
        rb = row[src[i + 1] - 65]
        cb = col[src[i + 1] - 65]
        if ra == rb:
            dst[i] = square[ra * 5 + (ca + step) % 5]
            dst[i + 1] = square[rb * 5 + (cb + step) % 5]
        elif ca == cb:
            dst[i] = square[((ra + step) % 5) * 5 + ca]
            dst[i + 1] = square[((rb + step) % 5) * 5 + cb]
        else:
            dst[i] = square[ra * 5 + cb]
            dst[i + 1] = square[rb * 5 + ca]


@cython_benchmark(args=(120000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def playfair_digraph_cipher(int n, int seed):
    """Return (key square, first 30 cipher letters, cipher length, checksum, decryption ok)."""
    cdef const char *alphabet = b"ABCDEFGHIKLMNOPQRSTUVWXYZ"
    cdef char keyword[8]
    cdef char square[26]
    cdef int row[26]
    cdef int col[26]
    cdef bint used[26]
    cdef char *letters = <char *> malloc(n + 1)
    cdef char *prep = <char *> malloc(2 * n + 2)
    cdef char *cipher = <char *> malloc(2 * n + 2)
    cdef char *back = <char *> malloc(2 * n + 2)
    cdef unsigned long long state = seed
    cdef int i, k = 0, m = 0
    cdef char ch, a, b
    cdef long long checksum = 0
    try:
        for i in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            keyword[i] = 65 + (state >> 9) % 26
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters[i] = 65 + (state >> 11) % 26 if state % 7 else (letters[i - 1] if i else b'A')
        for i in range(26):
            used[i] = False
        for i in range(8 + 25):
            ch = keyword[i] if i < 8 else alphabet[i - 8]
            if ch == b'J':
                ch = b'I'
            if not used[ch - 65]:
                used[ch - 65] = True
                row[ch - 65] = k // 5
                col[ch - 65] = k % 5
                square[k] = ch
                k += 1
        for i in range(n):
            if letters[i] == b'J':
                letters[i] = b'I'
        i = 0
        while i < n:
            a = letters[i]
            if i + 1 >= n or letters[i + 1] == a:
                prep[m] = a
                prep[m + 1] = b'X'
                i += 1
            else:
                prep[m] = a
                prep[m + 1] = letters[i + 1]
                i += 2
            m += 2
        _transform(prep, cipher, m, square, row, col, 1)
        _transform(cipher, back, m, square, row, col, 4)
        for i in range(m):
            checksum = (checksum * 31 + cipher[i]) % 1000000007
        return (square[:25].decode("ascii"), cipher[:(m if m < 30 else 30)].decode("ascii"), m, checksum,
                memcmp(back, prep, m) == 0)
    finally:
        free(letters)
        free(prep)
        free(cipher)
        free(back)
