# cython: language_level=3
"""Zero-crossing rate and energy per frame over a typed memoryview, without slicing.

The signal is generated into a cpython.array buffer; each frame's crossing count and
energy come from an inline nogil pass over the contiguous memoryview indices directly,
so no frame slice or pair list is built, and the sign test is a C comparison.

Keywords: zero crossing rate, short time energy, memoryview, cpython array, inline, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sin, log10

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline (long, double) frame_stats(const double[::1] s, Py_ssize_t start, Py_ssize_t frame) noexcept nogil:
    cdef long crossings = 0
    cdef double energy = 0.0
    cdef Py_ssize_t i
    for i in range(start, start + frame - 1):
        if (s[i] >= 0) != (s[i + 1] >= 0):
            crossings += 1
    for i in range(start, start + frame):
        energy += s[i] * s[i]
    return crossings, energy


@cython_benchmark(args=(120000, 400))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def zero_crossing_frames(int n, int frame):
    """Label overlapping frames of an n-sample signal as voiced, unvoiced or silence."""
    if frame < 2 or n < frame:
        return "", []
    cdef double[::1] signal = array.clone(pyarray.array('d'), n, zero=False)
    cdef long long state = 4040
    cdef Py_ssize_t i, start, hop = frame // 2
    cdef int segment
    cdef long crossings
    cdef double noise, energy, zcr
    cdef list labels = [], stats = []
    for i in range(n):
        segment = (i // 3000) % 3
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = state / <double> 0x7FFFFFFF - 0.5
        if segment == 0:
            signal[i] = sin(0.02 * i) + 0.4 * sin(0.06 * i) + 0.02 * noise
        elif segment == 1:
            signal[i] = 0.3 * noise
        else:
            signal[i] = 0.001 * noise
    start = 0
    while start <= n - frame:
        crossings, energy = frame_stats(signal, start, frame)
        zcr = crossings / <double> (frame - 1)
        energy = log10(energy / frame + 1e-12)
        if len(stats) < 6:
            stats.append((zcr, energy))
        if energy < -4.0:
            labels.append("S")
        elif zcr > 0.25:
            labels.append("U")
        else:
            labels.append("V")
        start += hop
    return "".join(labels), stats
