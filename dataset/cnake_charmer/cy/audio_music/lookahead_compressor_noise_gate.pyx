# cython: language_level=3
"""Look-ahead compressor and gate with a C ring-buffer monotonic deque.

The sliding-window maximum uses an ``int`` ring buffer of LOOKAHEAD + 1 indices with
head/tail counters instead of collections.deque; signal and magnitudes are malloc'd
double arrays, the gain computer is a cdef inline nogil function and the
libc log10/pow/rint pipeline runs in a nogil loop.

Keywords: audio, dynamic range compression, noise gate, look ahead, sliding window maximum, limiter
"""

import cython
from libc.math cimport sin, log10, pow, rint, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    LOOKAHEAD = 64
    RING = 128


cdef inline double gain_target(double level_db) noexcept nogil:
    if level_db < -50.0:
        return -60.0
    if level_db > -18.0:
        return -18.0 + (level_db - -18.0) / 4.0 - level_db
    return 0.0


@cython_benchmark(args=(100000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lookahead_compressor_noise_gate(long n, long long seed):
    """Compress and gate n generated samples; return PCM and gain statistics."""
    cdef double levels[4]
    levels[:] = [0.9, 0.3, 0.05, 0.001]
    cdef double *signal = <double *>malloc((n + 1) * sizeof(double))
    cdef double *magnitudes = <double *>malloc((n + 1) * sizeof(double))
    cdef int ring[RING]
    cdef long head = 0, tail = 0, i, j
    cdef long long state = seed, checksum = 0
    cdef double noise, level_db, target, coefficient, gain = 0.0, deepest = 0.0, out, scaled
    cdef int pcm, peak = 0
    cdef long gated = 0
    cdef list samples = []
    try:
        if signal == NULL or magnitudes == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = (state >> 16) / 32768.0 - 0.5
                signal[i] = levels[(i // 3000) % 4] * (0.7 * sin(2.0 * M_PI * 220.0 * i / 22050.0) + 0.3 * noise)
                magnitudes[i] = fabs(signal[i])
        for j in range(n + LOOKAHEAD - 1):
            with nogil:
                if j < n:
                    while tail > head and magnitudes[ring[(tail - 1) % RING]] <= magnitudes[j]:
                        tail -= 1
                    ring[tail % RING] = j
                    tail += 1
                i = j - LOOKAHEAD + 1
                if i < 0:
                    continue
                while ring[head % RING] < i:
                    head += 1
                level_db = 20.0 * log10(magnitudes[ring[head % RING]] + 1e-9)
                target = gain_target(level_db)
                if level_db < -50.0:
                    gated += 1
                coefficient = 0.9 if target < gain else 0.9995
                gain = coefficient * gain + (1.0 - coefficient) * target
                if gain < deepest:
                    deepest = gain
                out = signal[i] * pow(10.0, gain / 20.0)
                scaled = rint(out * 32767.0)
                if scaled > 32767.0:
                    scaled = 32767.0
                elif scaled < -32768.0:
                    scaled = -32768.0
                pcm = <int>scaled
                checksum = (checksum * 65599 + pcm) % 4294967311LL
                if checksum < 0:
                    checksum += 4294967311LL
                if pcm > peak:
                    peak = pcm
                elif -pcm > peak:
                    peak = -pcm
            if i % 2111 == 0:
                samples.append(pcm)
        return checksum, peak, gated, round(deepest, 9), samples
    finally:
        free(signal)
        free(magnitudes)
