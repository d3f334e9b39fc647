# cython: language_level=3
"""CIC decimator on uint32 registers whose natural wrap-around replaces the masks.

Integrator and comb registers are uint32_t C arrays, so the modulo-2^32 arithmetic the
Python side emulates with masks is what the hardware does for free; the final cast to
int32_t gives the two's-complement output. The loop runs nogil and fills an int32
memoryview.

Keywords: cic filter, uint32, wrap around, stdint, memoryview, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.stdint cimport uint32_t, int32_t, int64_t

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Py_ssize_t run_cic(int n, int ratio, int order, uint32_t *integ, uint32_t *comb,
                        int32_t[::1] out) noexcept nogil:
    cdef unsigned long long state = 4242
    cdef int i, k
    cdef int64_t x
    cdef uint32_t acc, prev
    cdef Py_ssize_t count = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <int64_t> ((state >> 8) & 0xFF) - 128 + (64 if (i // 1000) % 2 else -64)
        acc = <uint32_t> x
        for k in range(order):
            integ[k] += acc
            acc = integ[k]
        if i % ratio == ratio - 1:
            for k in range(order):
                prev = comb[k]
                comb[k] = acc
                acc = acc - prev
            out[count] = <int32_t> acc
            count += 1
    return count


@cython_benchmark(args=(60000, 16, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def cic_decimation_filter(int n, int ratio, int order):
    """Run an order-N, ratio-R CIC decimator over n input samples; summarise the output."""
    if ratio < 1 or order < 0:
        return 0, [], 0, 0
    cdef uint32_t integ[64]
    cdef uint32_t comb[64]
    cdef Py_ssize_t size = n // ratio + 1, count, j
    cdef int32_t[::1] out = cvarray(shape=(size,), itemsize=sizeof(int32_t), format="i")
    cdef int64_t checksum = 0
    cdef int k
    if order > 64:
        raise ValueError("order too large")
    for k in range(order):
        integ[k] = 0
        comb[k] = 0
    with nogil:
        count = run_cic(n if n > 0 else 0, ratio, order, integ, comb, out)
        for j in range(count):
            checksum = (checksum * 31 + out[j]) % 1000000007
            if checksum < 0:
                checksum += 1000000007
    return count, [out[j] for j in range(min(count, 8))], checksum, (<object> ratio) ** order
