# cython: language_level=3
"""IMA ADPCM block codec over C buffers with a struct channel and an int16_t step table.

The step and index tables are module-level C arrays (``int16_t``/``int8_t``), the
channel state is a C struct updated by cdef inline nogil functions, the stream is
written into a malloc'd ``uint8_t`` buffer with the block header stored byte by byte
(little-endian) and decoded straight from that buffer.

Keywords: audio codec, adpcm, ima adpcm, step table, nibble packing, compression, wav
"""

import cython
from libc.math cimport sin, M_PI
from libc.stdint cimport int16_t, int8_t, uint8_t, uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int16_t[89] STEPS = [
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
    50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230,
    253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963,
    1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327,
    3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487,
    12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
]
cdef int8_t[8] INDEX_SHIFT = [-1, -1, -1, -1, 2, 4, 6, 8]

cdef enum:
    BLOCK = 505


cdef struct Channel:
    int predictor
    int index


cdef inline int apply_code(Channel *ch, int code) noexcept nogil:
    cdef int step = STEPS[ch.index]
    cdef int delta = step >> 3
    if code & 4:
        delta += step
    if code & 2:
        delta += step >> 1
    if code & 1:
        delta += step >> 2
    ch.predictor += -delta if code & 8 else delta
    if ch.predictor > 32767:
        ch.predictor = 32767
    elif ch.predictor < -32768:
        ch.predictor = -32768
    ch.index += INDEX_SHIFT[code & 7]
    if ch.index < 0:
        ch.index = 0
    elif ch.index > 88:
        ch.index = 88
    return ch.predictor


cdef inline int encode_sample(Channel *ch, int sample) noexcept nogil:
    cdef int diff = sample - ch.predictor, code = 0, step = STEPS[ch.index]
    if diff < 0:
        code = 8
        diff = -diff
    if diff >= step:
        code |= 4
        diff -= step
    step >>= 1
    if diff >= step:
        code |= 2
        diff -= step
    step >>= 1
    if diff >= step:
        code |= 1
    apply_code(ch, code)
    return code


@cython_benchmark(args=(60000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ima_adpcm_block_codec(Py_ssize_t n, long long seed):
    """Encode and decode n generated samples; return stream and error statistics."""
    cdef int16_t *pcm = <int16_t *>malloc((n + 1) * sizeof(int16_t))
    cdef int16_t *decoded = <int16_t *>malloc((n + 1) * sizeof(int16_t))
    cdef Py_ssize_t blocks = (n + BLOCK - 1) // BLOCK
    cdef uint8_t *data = <uint8_t *>malloc(blocks * 4 + n // 2 + 8)
    cdef long long state = seed, squared = 0
    cdef Py_ssize_t i, start, end, pos = 0, count, produced
    cdef double gate, vibrato, tone
    cdef int value, index = 0, code, lo, first, max_error = 0, err
    cdef Channel ch
    cdef uint32_t digest = 0x811C9DC5
    try:
        if pcm == NULL or decoded == NULL or data == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                gate = 0.0 if (i // 4000) % 5 == 4 else 1.0
                vibrato = 1.0 + 0.004 * sin(2.0 * M_PI * 6.0 * i / 22050.0)
                tone = sin(2.0 * M_PI * 330.0 * vibrato * i / 22050.0) + 0.4 * sin(2.0 * M_PI * 1320.0 * i / 22050.0)
                value = <int>(gate * 14000.0 * tone + 600.0 * ((state >> 16) / 32768.0 - 0.5))
                pcm[i] = <int16_t>(32767 if value > 32767 else (-32768 if value < -32768 else value))
            start = 0
            while start < n:
                end = start + BLOCK if start + BLOCK < n else n
                ch.predictor = pcm[start]
                ch.index = index
                data[pos] = <uint8_t>(pcm[start] & 0xFF)
                data[pos + 1] = <uint8_t>((pcm[start] >> 8) & 0xFF)
                data[pos + 2] = <uint8_t>index
                data[pos + 3] = 0
                pos += 4
                lo = -1
                for i in range(start + 1, end):
                    code = encode_sample(&ch, pcm[i])
                    if lo < 0:
                        lo = code
                    else:
                        data[pos] = <uint8_t>(lo | (code << 4))
                        pos += 1
                        lo = -1
                if lo >= 0:
                    data[pos] = <uint8_t>lo
                    pos += 1
                index = ch.index
                start = end
            produced = 0
            i = 0
            while produced < n:
                first = <int16_t>(data[i] | (data[i + 1] << 8))
                ch.predictor = first
                ch.index = data[i + 2]
                i += 4
                decoded[produced] = <int16_t>first
                produced += 1
                count = (BLOCK if BLOCK < n - produced + 1 else n - produced + 1) - 1
                for start in range(count):
                    code = data[i + start // 2]
                    decoded[produced] = <int16_t>apply_code(&ch, code & 0x0F if start % 2 == 0 else code >> 4)
                    produced += 1
                i += (count + 1) // 2
            for i in range(pos):
                digest = (digest ^ data[i]) * 0x01000193u
            for i in range(n):
                err = pcm[i] - decoded[i]
                if err < 0:
                    err = -err
                if err > max_error:
                    max_error = err
                squared += <long long>err * err
        return (pos, digest, data[:(24 if pos > 24 else pos)], max_error, squared,
                [decoded[i] for i in range(0, n, 4999)])
    finally:
        free(pcm)
        free(decoded)
        free(data)
