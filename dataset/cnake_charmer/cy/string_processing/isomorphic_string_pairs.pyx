# cython: language_level=3
"""Isomorphism checks in Cython's pure-Python mode with C mapping tables.

The check is a ``@cython.cfunc`` with ``@cython.locals`` typing, using two 256-byte
``unsigned char`` maps (0 meaning unmapped) instead of dictionaries; the strings are
small stack arrays declared with ``cython.declare``.

Keywords: isomorphism, character mapping, bijection, pure python mode, strings
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.locals(i=cython.int, x=cython.uchar, y=cython.uchar)
@cython.exceptval(check=False)
def _isomorphic(a: cython.p_uchar, la: cython.int, b: cython.p_uchar, lb: cython.int) -> cython.bint:
    fwd: cython.uchar[256]
    back: cython.uchar[256]
    if la != lb:
        return False
    memset(fwd, 0, 256)
    memset(back, 0, 256)
    for i in range(la):
        x = a[i]
        y = b[i]
        if fwd[x] == 0:
            fwd[x] = y
        elif fwd[x] != y:
            return False
        if back[y] == 0:
            back[y] = x
        elif back[y] != x:
            return False
    return True


@cython_benchmark(args=(12000, 14))
@cython.boundscheck(False)
@cython.wraparound(False)
def isomorphic_string_pairs(int m, int seed):
    """Return (isomorphic pairs, pairs of equal length, first 25 verdicts)."""
    a = cython.declare(cython.uchar[32])
    b = cython.declare(cython.uchar[32])
    state = cython.declare(cython.ulonglong, seed)
    cdef int w, i, la, lb, shift, valid = 0, same = 0
    cdef bint ok
    cdef list first = []
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        la = 5 + state % 20
        for i in range(la):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a[i] = 97 + (state >> 11) % 6
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        shift = state % 26
        for i in range(la):
            b[i] = 97 + (a[i] - 97 + shift) % 26
        lb = la
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 3 == 0:
            b[state % la] = 97 + (state >> 7) % 26
        elif state % 3 == 1:
            b[la] = b'z'
            lb = la + 1
        same += la == lb
        ok = _isomorphic(a, la, b, lb)
        valid += ok
        if w < 25:
            first.append(ok)
    return (valid, same, first)
