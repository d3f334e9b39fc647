# cython: language_level=3
"""Goertzel DTMF detection with frames in a C array and fixed C coefficient tables.

Each frame is synthesised into a fixed-size C double array; the eight Goertzel
coefficients are precomputed once into a C array, and each tone's recurrence is an
inline nogil loop over the frame, replacing the per-frame list and Python floats.

Keywords: goertzel algorithm, dtmf, c array, inline, nogil, libc math
"""

import cython
from libc.math cimport sin, cos, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    FRAME = 205

cdef double RATE = 8000.0
cdef double FREQS[8]
FREQS[:] = [697.0, 770.0, 852.0, 941.0, 1209.0, 1336.0, 1477.0, 1633.0]
KEYS = ["123A", "456B", "789C", "*0#D"]


cdef inline double goertzel(const double *frame, double coeff) noexcept nogil:
    cdef double s0, s1 = 0.0, s2 = 0.0
    cdef int t
    for t in range(FRAME):
        s0 = frame[t] + coeff * s1 - s2
        s2 = s1
        s1 = s0
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


@cython_benchmark(args=(480,))
@cython.cdivision(True)
def goertzel_tone_detect(int frames):
    """Synthesize and decode `frames` DTMF frames; return decoded keys and top powers."""
    cdef double frame[FRAME]
    cdef double coeff[8]
    cdef double power[8]
    cdef long long state = 1200
    cdef int f, t, key, i, r, c
    cdef bint silent
    cdef double low, high, noise, tone
    cdef list decoded = [], powers = []
    for i in range(8):
        coeff[i] = 2.0 * cos(2.0 * M_PI * FREQS[i] / RATE)
    for f in range(frames):
        key = (f * 7 + 3) % 16
        silent = f % 5 == 4
        low = FREQS[key // 4]
        high = FREQS[4 + key % 4]
        with nogil:
            for t in range(FRAME):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = 0.3 * (state / <double> 0x7FFFFFFF - 0.5)
                if silent:
                    tone = 0.0
                else:
                    tone = sin(2 * M_PI * low * t / RATE) + 0.8 * sin(2 * M_PI * high * t / RATE)
                frame[t] = tone + noise
            for i in range(8):
                power[i] = goertzel(frame, coeff[i])
        r = 0
        c = 4
        for i in range(1, 4):
            if power[i] > power[r]:
                r = i
            if power[4 + i] > power[c]:
                c = 4 + i
        powers.append(power[r] if power[r] >= power[c] else power[c])
        decoded.append(KEYS[r][c - 4] if power[r] > 1000.0 and power[c] > 500.0 else "-")
    return "".join(decoded), powers[:10]
