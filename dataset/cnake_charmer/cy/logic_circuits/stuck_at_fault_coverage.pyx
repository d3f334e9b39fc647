# cython: language_level=3
"""Parallel-pattern single stuck-at fault simulation with fault dropping.

Signals are ``uint64_t`` words (64 patterns each) in malloc'd arrays; gates are
structs holding an index into a table of ``cdef`` function pointers, faulty copies are
refreshed with ``memcpy`` and only gates after the fault site are re-evaluated, all
inside ``nogil``. The first detecting pattern comes from ``__builtin_ctzll``.

Keywords: logic circuits, fault simulation, stuck-at faults, test patterns, fault coverage, bit-parallel, netlist
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil

ctypedef uint64_t (*gate_fn)(uint64_t, uint64_t) noexcept nogil

cdef uint64_t op_and(uint64_t x, uint64_t y) noexcept nogil:
    return x & y
cdef uint64_t op_or(uint64_t x, uint64_t y) noexcept nogil:
    return x | y
cdef uint64_t op_nand(uint64_t x, uint64_t y) noexcept nogil:
    return ~(x & y)
cdef uint64_t op_nor(uint64_t x, uint64_t y) noexcept nogil:
    return ~(x | y)
cdef uint64_t op_xor(uint64_t x, uint64_t y) noexcept nogil:
    return x ^ y

cdef struct Gate:
    gate_fn fn
    int a
    int b


cdef inline void simulate(Gate *gates, uint64_t *v, int ninputs, int first, int ngates) noexcept nogil:
    cdef int g
    for g in range(first, ngates):
        v[ninputs + g] = gates[g].fn(v[gates[g].a], v[gates[g].b])


@cython_benchmark(args=(32, 900, 16, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def stuck_at_fault_coverage(int ninputs, int ngates, int nwords, long long seed):
    """Return (detected, total faults, sum of first-detect indices, last first-detect, undetected checksum)."""
    cdef gate_fn table[5]
    table[0] = op_and; table[1] = op_or; table[2] = op_nand; table[3] = op_nor; table[4] = op_xor
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef uint64_t wide = <uint64_t>((seed * 2654435761 + 1) & 0xFFFFFFFFFFFFFFFF), high, diff
    if ninputs == 0:
        ngates = 0
    cdef int nsig = ninputs + ngates
    cdef int nfaults = 2 * nsig
    cdef Gate *gates = <Gate *>malloc((ngates + 1) * sizeof(Gate))
    cdef char *used = <char *>calloc(nsig + 1, 1)
    cdef int *outputs = <int *>malloc((nsig + 1) * sizeof(int))
    cdef uint64_t *good = <uint64_t *>calloc(nsig + 1, sizeof(uint64_t))
    cdef uint64_t *bad = <uint64_t *>calloc(nsig + 1, sizeof(uint64_t))
    cdef long long *first = <long long *>malloc((nfaults + 1) * sizeof(long long))
    cdef int g, k, s, f, w, site, start, nout = 0, detected = 0
    cdef long long total = 0, last = -1, undetected = 0
    try:
        for g in range(ngates):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].fn = table[(state >> 16) % 5]
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].a = <int>((state >> 16) % (ninputs + g))
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].b = <int>((state >> 16) % (ninputs + g))
            used[gates[g].a] = 1
            used[gates[g].b] = 1
        for s in range(nsig):
            if not used[s]:
                outputs[nout] = s
                nout += 1
        for f in range(nfaults):
            first[f] = -1
        with nogil:
            for w in range(nwords):
                for s in range(ninputs):
                    wide = wide * 6364136223846793005ULL + 1442695040888963407ULL
                    high = wide >> 32
                    wide = wide * 6364136223846793005ULL + 1442695040888963407ULL
                    good[s] = (high << 32) | (wide >> 32)
                simulate(gates, good, ninputs, 0, ngates)
                for f in range(nfaults):
                    if first[f] >= 0:
                        continue
                    site = f >> 1
                    memcpy(bad, good, nsig * sizeof(uint64_t))
                    bad[site] = 0xFFFFFFFFFFFFFFFFULL if f & 1 else 0
                    start = site - ninputs + 1
                    simulate(gates, bad, ninputs, start if start > 0 else 0, ngates)
                    diff = 0
                    for k in range(nout):
                        diff |= good[outputs[k]] ^ bad[outputs[k]]
                    if diff:
                        first[f] = <long long>w * 64 + __builtin_ctzll(diff)
            for f in range(nfaults):
                if first[f] >= 0:
                    detected += 1
                    total += first[f]
                    if first[f] > last:
                        last = first[f]
                else:
                    undetected = (undetected * 1009 + f + 1) % 1000000007
    finally:
        free(gates); free(used); free(outputs); free(good); free(bad); free(first)
    return (detected, nfaults, total, last, undetected)
