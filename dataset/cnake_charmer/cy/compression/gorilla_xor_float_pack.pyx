# cython: language_level=3
"""Gorilla XOR packing through a C union of ``double`` and ``uint64_t``.

A ``cdef union`` reinterprets each double's bits without ``struct`` packing; leading
and trailing zeros of the XOR come from the ``clzll``/``ctzll`` builtins, and the bit
accounting and field checksum are unsigned 64-bit arithmetic.

Keywords: gorilla, xor compression, union, type punning, bit patterns, compression
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_clzll(unsigned long long x) nogil
    int __builtin_ctzll(unsigned long long x) nogil


cdef union Bits:
    double d
    uint64_t u


@cython_benchmark(args=(120000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def gorilla_xor_float_pack(int n, int seed):
    """Return (total bits, repeated values, window reuses, checksum of emitted fields)."""
    cdef Bits b
    cdef unsigned long long state = seed
    cdef double level = 20.0, v
    cdef uint64_t prev = 0, x, field
    cdef uint64_t mod = (<uint64_t> 1) << 61
    cdef uint64_t checksum = 0
    cdef long long total = 0
    cdef int i, lead, trail, width, prev_lead = 65, prev_trail = 65, repeats = 0, reuses = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 4 == 0:
            level += (<int> ((state >> 8) % 7) - 3) * 0.25
        v = level if state % 3 else level * 1.5
        b.d = v
        if i == 0:
            prev = b.u
            total += 64
            continue
        x = b.u ^ prev
        prev = b.u
        if x == 0:
            total += 1
            repeats += 1
            continue
        lead = __builtin_clzll(x)
        if lead > 31:
            lead = 31
        trail = __builtin_ctzll(x)
        if lead >= prev_lead and trail >= prev_trail:
            width = 64 - prev_lead - prev_trail
            total += 2 + width
            reuses += 1
            field = (x >> prev_trail) & (((<uint64_t> 1) << width) - 1) if width < 64 else x >> prev_trail
        else:
            width = 64 - lead - trail
            total += 2 + 5 + 6 + width
            prev_lead = lead
            prev_trail = trail
            field = x >> trail
        checksum = (checksum * 1000003 + field % mod + width) % mod
    return (total, repeats, reuses, checksum)
