# cython: language_level=3
"""XOR partitioning over uint32_t buffers with a fused single pass.

The shuffled multiset is written into a reusable malloc'd uint32_t buffer; the
total XOR and both partition XORs could each be a pass, but since x ^ y == total the
second pass only accumulates one side. The lowest set bit is v & -v on unsigned ints.

Keywords: XOR trick, lowest set bit, partition, odd occurrences, parity
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(800, 500, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def xor_partition_unique_pair(long trials, long pairs, long long seed):
    """Return (first 5 recovered (smaller, larger) pairs, checksum over all trials)."""
    cdef long np = pairs if pairs > 0 else 0
    cdef long k = 2 * np + 2, i, t
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t v, a, b, total, low, x, y, lo, hi
    cdef long long checksum = 0
    cdef list found = []
    cdef uint32_t *raw = <uint32_t *>malloc(k * sizeof(uint32_t))
    cdef uint32_t *values = <uint32_t *>malloc(k * sizeof(uint32_t))
    if raw == NULL or values == NULL:
        free(raw)
        free(values)
        raise MemoryError()
    try:
        for t in range(trials):
            for i in range(np):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                v = <uint32_t>(state >> 3)
                raw[2 * i] = v
                raw[2 * i + 1] = v
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            a = <uint32_t>(state >> 2)
            b = a ^ <uint32_t>(1 + ((state >> 5) & 0xFFFF))
            raw[k - 2] = a
            raw[k - 1] = b
            if k % 7919:
                for i in range(k):
                    values[i] = raw[(i * 7919) % k]
            else:
                for i in range(k):
                    values[i] = raw[i]
            total = 0
            for i in range(k):
                total ^= values[i]
            low = total & (~total + 1)
            x = 0
            for i in range(k):
                if values[i] & low:
                    x ^= values[i]
            y = total ^ x
            lo = x if x < y else y
            hi = x if x > y else y
            checksum = (checksum * 1000003 + <long long>lo * 31 + <long long>hi) % 998244353
            if t < 5:
                found.append((lo, hi))
        return found, checksum
    finally:
        free(raw)
        free(values)
