# cython: language_level=3
"""L-system rewriting between two growing C buffers with memcpy.

Each generation is written into a realloc'd ``char`` buffer: a replacement is one
``memcpy`` of the rule body, other symbols are copied byte by byte, and the buffers
are swapped. The final scan for depth and checksum is a typed loop.

Keywords: l-system, string rewriting, grammar, memcpy, strings
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(8,))
@cython.boundscheck(False)
@cython.wraparound(False)
def lsystem_string_rewrite(int generations):
    """Return (length, F count, X count, max depth, first 40 chars, checksum)."""
    cdef const char *rule_x = b"F+[[X]-X]-F[-FX]+X"
    cdef const char *rule_f = b"FF"
    cdef size_t lx = strlen(rule_x), lf = strlen(rule_f)
    cdef size_t n = 1, cap = 64, m, i
    cdef char *cur = <char *> malloc(cap)
    cdef char *nxt = <char *> malloc(cap)
    cdef char *tmp
    cdef char ch
    cdef long long fc = 0, xc = 0
    cdef int depth = 0, best = 0, g
    cdef unsigned long long checksum = 0
    cur[0] = b'X'
    try:
        for g in range(generations):
            m = 0
            for i in range(n):
                if m + lx > cap:
                    cap *= 2
                    nxt = <char *> realloc(nxt, cap)
                    cur = <char *> realloc(cur, cap)
                ch = cur[i]
                if ch == b'X':
                    memcpy(nxt + m, rule_x, lx)
                    m += lx
                elif ch == b'F':
                    memcpy(nxt + m, rule_f, lf)
                    m += lf
                else:
                    nxt[m] = ch
                    m += 1
            tmp = cur
            cur = nxt
            nxt = tmp
            n = m
        for i in range(n):
            ch = cur[i]
            if ch == b'[':
                depth += 1
                if depth > best:
                    best = depth
            elif ch == b']':
                depth -= 1
            elif ch == b'F':
                fc += 1
            elif ch == b'X':
                xc += 1
            checksum = (checksum * 131 + <unsigned char> ch) % 1000000007
        return (<long long> n, fc, xc, best, cur[:n if n < 40 else 40].decode("ascii"), checksum)
    finally:
        free(cur)
        free(nxt)
