# cython: language_level=3
"""n-ball rejection sampling with a generator struct and nogil inner loops.

The LCG state lives in a small C struct passed by pointer to a ``noexcept nogil``
sampler; each dimension's sampling loop runs without the GIL, and powers of two come
from ``ldexp`` instead of a float power.

Keywords: monte carlo, n ball volume, rejection sampling, high dimensions, estimation
"""

from libc.math cimport ldexp

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Lcg:
    unsigned long long state


cdef inline double coord(Lcg *g) noexcept nogil:
    g.state = (g.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return 2.0 * <double>g.state / 2147483648.0 - 1.0


cdef long count_inside(Lcg *g, int d, long samples) noexcept nogil:
    cdef long s, inside = 0
    cdef int k
    cdef double norm, x
    for s in range(samples):
        norm = 0.0
        for k in range(d):
            x = coord(g)
            norm += x * x
        if norm < 1.0:
            inside += 1
    return inside


@cython_benchmark(args=(10, 6000, 4))
def nball_volume_rejection(int max_dim, long samples, long seed):
    """Return (hits per dimension, volume estimate per dimension, argmax dimension)."""
    cdef Lcg g
    cdef int d, best = 0
    cdef long inside
    cdef double vol, best_vol = 0.0
    g.state = seed & 0x7FFFFFFF
    hits = []
    volumes = []
    for d in range(1, max_dim + 1):
        with nogil:
            inside = count_inside(&g, d, samples)
        vol = ldexp(inside / <double>samples, d) if samples > 0 else 0.0
        hits.append(inside)
        volumes.append(vol)
        if best == 0 or vol > best_vol:
            best = d
            best_vol = vol
    return hits, volumes, best
