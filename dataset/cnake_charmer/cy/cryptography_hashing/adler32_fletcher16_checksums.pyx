# cython: language_level=3
"""Adler-32 and Fletcher-16 in pure-Python-mode Cython over byte pointers.

The checksum kernels are ``@cython.cfunc`` functions typed with ``cython.locals``
taking a ``const unsigned char *`` and returning ``uint32_t``-sized C integers; records
are generated into a stack buffer and corrupted in a copy made with ``memcpy``.

Keywords: adler32, fletcher16, checksum, pure python mode, hashing
"""

import cython
from libc.string cimport memcpy
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(a=cython.uint, b=cython.uint, i=cython.int)
def _adler32(data: cython.p_const_uchar, n: cython.int) -> cython.uint:
    a = 1
    b = 0
    for i in range(n):
        a = (a + data[i]) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(a=cython.uint, b=cython.uint, i=cython.int)
def _fletcher16(data: cython.p_const_uchar, n: cython.int) -> cython.uint:
    a = 0
    b = 0
    for i in range(n):
        a = (a + data[i]) % 255
        b = (b + a) % 255
    return (b << 8) | a


@cython_benchmark(args=(5000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def adler32_fletcher16_checksums(int n_records, int seed):
    """Return (xor of Adler-32s, xor of Fletcher-16s, Adler misses, Fletcher misses, first 3 pairs)."""
    record = cython.declare(cython.uchar[64])
    corrupt = cython.declare(cython.uchar[64])
    state = cython.declare(cython.ulonglong, seed)
    cdef int i, j, n, a_miss = 0, f_miss = 0
    cdef uint32_t ad, fl, ax = 0, fx = 0
    cdef list first = []
    for i in range(n_records):
        n = 1 + i % 60
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            record[j] = (state >> 9) & 0xFF if state % 4 else 0xFF
        ad = _adler32(record, n)
        fl = _fletcher16(record, n)
        ax ^= ad
        fx ^= fl
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        memcpy(corrupt, record, n)
        corrupt[state % n] ^= 1 << ((state >> 8) % 8)
        a_miss += _adler32(corrupt, n) == ad
        f_miss += _fletcher16(corrupt, n) == fl
        if i < 3:
            first.append((ad, fl))
    return (ax, fx, a_miss, f_miss, first)
