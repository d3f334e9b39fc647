# cython: language_level=3
"""P-square streaming quantiles with the five markers held in a C struct.

The marker heights, positions, desired positions and increments are fixed-size arrays
inside a C struct updated by a nogil cdef function per observation; the stream itself
is generated into a cpython.array buffer read through a memoryview.

Keywords: p square algorithm, streaming quantile, struct, c array, cpython array, nogil
"""

import cython
from cpython cimport array
import array as pyarray

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Markers:
    double h[5]
    long pos[5]
    double desired[5]
    double incr[5]


@cython.cdivision(True)
cdef void observe(Markers *m, double x) noexcept nogil:
    cdef int k = 0, i, s
    cdef double d, q
    if x < m.h[0]:
        m.h[0] = x
        k = 0
    elif x >= m.h[4]:
        m.h[4] = x
        k = 3
    else:
        for i in range(4):
            if m.h[i] <= x < m.h[i + 1]:
                k = i
                break
    for i in range(k + 1, 5):
        m.pos[i] += 1
    for i in range(5):
        m.desired[i] = m.desired[i] + m.incr[i]
    for i in range(1, 4):
        d = m.desired[i] - m.pos[i]
        if (d >= 1 and m.pos[i + 1] - m.pos[i] > 1) or (d <= -1 and m.pos[i - 1] - m.pos[i] < -1):
            s = 1 if d > 0 else -1
            q = m.h[i] + s / <double> (m.pos[i + 1] - m.pos[i - 1]) * (
                (m.pos[i] - m.pos[i - 1] + s) * (m.h[i + 1] - m.h[i]) / (m.pos[i + 1] - m.pos[i])
                + (m.pos[i + 1] - m.pos[i] - s) * (m.h[i] - m.h[i - 1]) / (m.pos[i] - m.pos[i - 1]))
            if not (m.h[i - 1] < q < m.h[i + 1]):
                q = m.h[i] + s * (m.h[i + s] - m.h[i]) / (m.pos[i + s] - m.pos[i])
            m.h[i] = q
            m.pos[i] += s


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Markers run(const double[::1] stream, double p):
    cdef Markers m
    cdef Py_ssize_t i, j
    cdef double t
    for i in range(5):
        m.h[i] = stream[i]
        m.pos[i] = i + 1
    for i in range(1, 5):
        j = i
        while j > 0 and m.h[j - 1] > m.h[j]:
            t = m.h[j]; m.h[j] = m.h[j - 1]; m.h[j - 1] = t
            j -= 1
    m.desired[0] = 1.0; m.desired[1] = 1.0 + 2 * p; m.desired[2] = 1.0 + 4 * p
    m.desired[3] = 3.0 + 2 * p; m.desired[4] = 5.0
    m.incr[0] = 0.0; m.incr[1] = p / 2; m.incr[2] = p; m.incr[3] = (1 + p) / 2; m.incr[4] = 1.0
    with nogil:
        for i in range(5, stream.shape[0]):
            observe(&m, stream[i])
    return m


@cython_benchmark(args=(20000,))
def p_square_streaming_quantile(int n):
    """P-square estimates of the median and 90th percentile of an n-value stream (n >= 5)."""
    cdef int size = n if n > 5 else 5, i
    cdef double[::1] stream = array.clone(pyarray.array('d'), size, zero=False)
    cdef long long state = 5551
    cdef double u
    for i in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / <double> 0x7FFFFFFF
        stream[i] = u * u * 100.0
    cdef Markers a = run(stream, 0.5)
    cdef Markers b = run(stream, 0.9)
    return (a.h[2], [a.pos[i] for i in range(5)], b.h[2], [b.pos[i] for i in range(5)])
