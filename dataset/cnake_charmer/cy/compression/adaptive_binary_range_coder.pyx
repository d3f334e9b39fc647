# cython: language_level=3
"""LZMA-style range coder on ``uint32_t``/``uint64_t`` state in a C struct.

Encoder state (low, range, cache, pending bytes, output cursor) is a struct passed by
pointer to inline cdef functions, probabilities are a ``uint16_t[8]`` array and the
output is a preallocated byte buffer; unsigned 32-bit arithmetic gives the wrap-around
that the Python version obtains with masks.

Keywords: range coder, arithmetic coding, adaptive probability, struct, unsigned integers, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Encoder:
    uint64_t low
    uint32_t rng
    uint8_t cache
    uint64_t cache_size
    uint8_t *out
    Py_ssize_t n


cdef inline void _shift_low(Encoder *e) noexcept nogil:
    cdef uint8_t carry, temp
    if e.low < 0xFF000000u or e.low >= (<uint64_t> 1 << 32):
        carry = <uint8_t> (e.low >> 32)
        temp = e.cache
        while True:
            e.out[e.n] = <uint8_t> (temp + carry)
            e.n += 1
            temp = 0xFF
            e.cache_size -= 1
            if e.cache_size == 0:
                break
        e.cache = <uint8_t> ((e.low >> 24) & 0xFF)
    e.cache_size += 1
    e.low = (e.low & 0x00FFFFFF) << 8


@cython_benchmark(args=(120000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def adaptive_binary_range_coder(int n, int seed):
    """Return (compressed bytes, checksum, first 8 bytes, round trip ok)."""
    cdef uint8_t *bits = <uint8_t *> malloc(n + 1)
    cdef Encoder e
    cdef uint16_t probs[8]
    cdef int thresholds[8]
    thresholds[:] = [5, 20, 35, 50, 50, 65, 80, 95]
    cdef unsigned long long state = seed
    cdef int i, ctx = 0, bit
    cdef uint32_t bound, p, code, rng
    cdef Py_ssize_t pos
    cdef uint32_t checksum = 0
    cdef bint ok = True
    e.out = <uint8_t *> malloc(n // 4 + 64)
    e.n = 0
    e.low = 0
    e.rng = 0xFFFFFFFFu
    e.cache = 0
    e.cache_size = 1
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bit = 1 if <int> ((state >> 8) % 100) < thresholds[ctx] else 0
            bits[i] = bit
            ctx = ((ctx << 1) | bit) & 7
        for i in range(8):
            probs[i] = 1024
        ctx = 0
        for i in range(n):
            p = probs[ctx]
            bound = (e.rng >> 11) * p
            if bits[i] == 0:
                e.rng = bound
                probs[ctx] = p + ((2048 - p) >> 5)
            else:
                e.low += bound
                e.rng -= bound
                probs[ctx] = p - (p >> 5)
            while e.rng < (1u << 24):
                e.rng <<= 8
                _shift_low(&e)
            ctx = ((ctx << 1) | bits[i]) & 7
        for i in range(5):
            _shift_low(&e)
        for i in range(8):
            probs[i] = 1024
        code = 0
        rng = 0xFFFFFFFFu
        for pos in range(5):
            code = (code << 8) | e.out[pos]
        pos = 5
        ctx = 0
        for i in range(n):
            p = probs[ctx]
            bound = (rng >> 11) * p
            if code < bound:
                rng = bound
                probs[ctx] = p + ((2048 - p) >> 5)
                bit = 0
            else:
                code -= bound
                rng -= bound
                probs[ctx] = p - (p >> 5)
                bit = 1
            if rng < (1u << 24):
                rng <<= 8
                code = (code << 8) | (e.out[pos] if pos < e.n else 0)
                pos += 1
            if bit != bits[i]:
                ok = False
            ctx = ((ctx << 1) | bit) & 7
        for pos in range(e.n):
            checksum = checksum * 31 + e.out[pos]
        return (e.n, checksum, [e.out[pos] for pos in range(e.n if e.n < 8 else 8)], ok)
    finally:
        free(bits)
        free(e.out)
