# cython: language_level=3
"""G.711 mu-law and A-law companding with 256-entry C decode tables and uint8_t codes.

Both decoders are evaluated once into ``int16_t[256]`` lookup tables; encoders are
cdef inline nogil functions with a const segment table, the generated signal is an
``int16_t`` malloc'd buffer and the codes go into a ``uint8_t`` buffer, so each
round trip is a few integer operations and one table load.

Keywords: audio codec, g711, mu-law, a-law, companding, quantisation, telephony
"""

import cython
from libc.math cimport sin, log10, M_PI
from libc.stdint cimport int16_t, uint8_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int[8] A_SEGMENT_ENDS = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF]


cdef inline uint8_t mu_law_encode(int sample) noexcept nogil:
    cdef int sign = 0x80 if sample < 0 else 0
    cdef int magnitude = -sample if sample < 0 else sample
    cdef int exponent = 7, mask = 0x4000
    if magnitude > 32635:
        magnitude = 32635
    magnitude += 0x84
    while exponent > 0 and not (magnitude & mask):
        exponent -= 1
        mask >>= 1
    return <uint8_t>(~(sign | (exponent << 4) | ((magnitude >> (exponent + 3)) & 0x0F)) & 0xFF)


cdef inline int mu_law_decode(int code) noexcept nogil:
    code = ~code & 0xFF
    cdef int magnitude = ((((code & 0x0F) << 3) + 0x84) << ((code >> 4) & 0x07)) - 0x84
    return -magnitude if code & 0x80 else magnitude


cdef inline uint8_t a_law_encode(int sample) noexcept nogil:
    cdef int value = sample >> 3, flip, segment = 0, shift
    if value >= 0:
        flip = 0xD5
    else:
        flip = 0x55
        value = -value - 1
    while segment < 8 and value > A_SEGMENT_ENDS[segment]:
        segment += 1
    if segment == 8:
        return <uint8_t>(0x7F ^ flip)
    shift = 1 if segment < 2 else segment
    return <uint8_t>(((segment << 4) | ((value >> shift) & 0x0F)) ^ flip)


cdef inline int a_law_decode(int code) noexcept nogil:
    code ^= 0x55
    cdef int magnitude = (code & 0x0F) << 4
    cdef int segment = (code & 0x70) >> 4
    if segment == 0:
        magnitude += 8
    else:
        magnitude += 0x108
        if segment > 1:
            magnitude <<= segment - 1
    return magnitude if code & 0x80 else -magnitude


cdef tuple law_stats(const int16_t *samples, uint8_t *codes, Py_ssize_t n, const int16_t *table, bint mu):
    cdef long long checksum = 0
    cdef long long segments[8]
    cdef int64_t total_error = 0, signal_power = 0, noise_power = 0
    cdef int max_error = 0, error, s
    cdef Py_ssize_t i
    cdef double snr = 0.0
    for i in range(8):
        segments[i] = 0
    with nogil:
        if mu:
            for i in range(n):
                codes[i] = mu_law_encode(samples[i])
        else:
            for i in range(n):
                codes[i] = a_law_encode(samples[i])
        for i in range(n):
            s = samples[i]
            checksum = (checksum * 257 + codes[i]) % 1000000007
            segments[(codes[i] >> 4) & 0x07] += 1
            error = table[codes[i]] - s
            if error < 0:
                error = -error
            if error > max_error:
                max_error = error
            total_error += error
            signal_power += <int64_t>s * s
            noise_power += <int64_t>error * error
    if noise_power and signal_power:
        snr = 10.0 * log10(<double>signal_power / <double>noise_power)
    return checksum, [segments[i] for i in range(8)], max_error, total_error, snr


@cython_benchmark(args=(50000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def g711_mu_law_a_law_companding(Py_ssize_t n, long long seed):
    """Companding round trip of n generated samples under both G.711 laws."""
    cdef int16_t mu_table[256]
    cdef int16_t a_table[256]
    cdef int16_t *samples = <int16_t *>malloc((n + 1) * sizeof(int16_t))
    cdef uint8_t *codes = <uint8_t *>malloc(n + 1)
    cdef long long state = seed
    cdef Py_ssize_t i
    cdef double loudness, tone, noise
    cdef int value
    try:
        if samples == NULL or codes == NULL:
            raise MemoryError()
        for i in range(256):
            mu_table[i] = <int16_t>mu_law_decode(<int>i)
            a_table[i] = <int16_t>a_law_decode(<int>i)
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                loudness = 0.5 + 0.5 * sin(2.0 * M_PI * i / 7919.0)
                tone = sin(2.0 * M_PI * 440.0 * i / 8000.0) + 0.3 * sin(2.0 * M_PI * 1230.0 * i / 8000.0)
                noise = (state >> 16) / 32768.0 - 0.5
                value = <int>(loudness * loudness * loudness * 30000.0 * (0.8 * tone + 0.2 * noise))
                if value > 32767:
                    value = 32767
                elif value < -32768:
                    value = -32768
                samples[i] = <int16_t>value
        return law_stats(samples, codes, n, mu_table, True), law_stats(samples, codes, n, a_table, False)
    finally:
        free(samples)
        free(codes)
