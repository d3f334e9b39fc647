# cython: language_level=3
"""Monte Carlo pi with one LCG stream per block in nogil C loops.

Each block's stream runs in an inline nogil function using unsigned 64-bit arithmetic
with a mask (matching the Python integers exactly) and integer hit tests; the hit
counts are written into a cpython.array viewed as a long memoryview.

Keywords: monte carlo, pi estimation, lcg, cpython array, stdint, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long block_hits(long block, long darts) noexcept nogil:
    cdef uint64_t state = (block * 7919 + 17) & 0x7FFFFFFF
    cdef uint64_t x, y
    cdef long hits = 0, i
    for i in range(darts):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state & 0xFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = state & 0xFFFF
        if x * x + y * y < <uint64_t> 65536 * 65536:
            hits += 1
    return hits


@cython_benchmark(args=(64, 3000))
@cython.boundscheck(False)
@cython.wraparound(False)
def lcg_dart_pi_blocks(int blocks, int per_block):
    """Per-block hit counts, total hits and the pi estimate."""
    if blocks < 0:
        blocks = 0
    cdef array.array counts_arr = array.clone(pyarray.array('l'), blocks, zero=True)
    cdef long[::1] counts = counts_arr
    cdef long total = 0
    cdef int b
    with nogil:
        for b in range(blocks):
            counts[b] = block_hits(b, per_block)
            total += counts[b]
    cdef long throws = <long> blocks * per_block
    estimate = 4.0 * total / throws if throws else 0.0
    return [counts[b] for b in range(min(blocks, 16))], total, estimate
