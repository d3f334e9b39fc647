# cython: language_level=3
"""Reverse-complement palindromes by centre expansion over a 2-bit encoded sequence.

Bases are stored as 2-bit codes (the complement of code c is 3 - c) in a malloc'd
buffer. One pass expands every centre between two bases to get its palindromic arm, so
a window (i, L) is a palindrome exactly when the arm at i + L/2 reaches L/2; six-base
sites are tallied in a 4096-slot count array indexed by their code.

Keywords: bioinformatics, dna, reverse complement, palindrome, restriction site, strings
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_ARM = 6


cdef inline int _code(char base) noexcept nogil:
    if base == b'A':
        return 0
    if base == b'C':
        return 1
    if base == b'G':
        return 2
    return 3


@cython_benchmark(args=(90000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def restriction_site_palindromes(int n, long long seed):
    """Return (hits per length 4..12, first 12 (start, length), top five 6-base sites, distinct 6-base sites)."""
    cdef const char *sites[6]
    sites[:] = [b"GAATTC", b"GGATCC", b"AAGCTT", b"GCGGCCGC", b"CTGCAG", b"GTTAAC"]
    cdef int site_len[6]
    site_len[:] = [6, 6, 6, 8, 6, 6]
    cdef const char *letters = b"ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef unsigned char *dna = <unsigned char *>malloc(n + 8)
    cdef unsigned char *arm = <unsigned char *>calloc(n + 1, 1)
    cdef int *six = <int *>calloc(4096, sizeof(int))
    cdef int per_length[5]
    cdef int filled = 0, i, k, s, h, c, size, code, distinct = 0, best, best_code, prev_count, prev_code
    cdef list first = [], top = []
    try:
        if dna == NULL or arm == NULL or six == NULL:
            raise MemoryError()
        while filled < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 64 == 0:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                s = (state >> 16) % 6
                for k in range(site_len[s]):
                    dna[filled + k] = _code(sites[s][k])
                filled += site_len[s]
            else:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                dna[filled] = (state >> 16) % 4
                filled += 1
        for k in range(5):
            per_length[k] = 0
        with nogil:
            # arm[c]: largest h <= MAX_ARM with dna[c-h .. c+h-1] a reverse-complement palindrome
            for c in range(1, n):
                h = 0
                while h < MAX_ARM and c - 1 - h >= 0 and c + h < n and dna[c - 1 - h] + dna[c + h] == 3:
                    h += 1
                arm[c] = h
            for i in range(n):
                for size in range(4, 13, 2):
                    if i + size > n:
                        break
                    if arm[i + size // 2] >= size // 2:
                        per_length[(size - 4) // 2] += 1
                        if size == 6:
                            code = 0
                            for k in range(6):
                                code = (code << 2) | dna[i + k]
                            six[code] += 1
            for code in range(4096):
                if six[code]:
                    distinct += 1
        for i in range(n):
            if len(first) == 12:
                break
            for size in range(4, 13, 2):
                if i + size > n:
                    break
                if arm[i + size // 2] >= size // 2:
                    first.append((i, size))
                    if len(first) == 12:
                        break
        prev_count = 1 << 30
        prev_code = -1
        for k in range(5):
            best = 0
            best_code = -1
            for code in range(4096):
                if six[code] > best and (six[code] < prev_count or (six[code] == prev_count and code > prev_code)):
                    best = six[code]
                    best_code = code
            if best == 0:
                break
            top.append(("".join([chr(letters[(best_code >> (2 * (5 - s))) & 3]) for s in range(6)]), best))
            prev_count = best
            prev_code = best_code
        return ([per_length[k] for k in range(5)], first, top, distinct)
    finally:
        free(dna)
        free(arm)
        free(six)
