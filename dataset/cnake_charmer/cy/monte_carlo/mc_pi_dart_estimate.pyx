# cython: language_level=3
"""Estimate pi with darts drawn from an inlined C linear congruential generator.

The generator state is an unsigned 64-bit C integer advanced by a ``noexcept nogil``
inline function, the dart loop runs without the GIL and the quadrant tallies live in a
fixed C array, so no Python objects are created per dart.

Keywords: monte carlo, pi, lcg, estimation, sampling
"""

from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double next_uniform(uint64_t *state) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>state[0] / 2147483648.0


cdef long throw_darts(long n, uint64_t seed, long *quad) noexcept nogil:
    cdef uint64_t state = seed
    cdef long i, hits = 0
    cdef double x, y
    for i in range(n):
        x = next_uniform(&state)
        y = next_uniform(&state)
        if x * x + y * y < 1.0:
            hits += 1
            quad[<int>(x >= 0.5) + 2 * <int>(y >= 0.5)] += 1
    return hits


@cython_benchmark(args=(250000, 2024))
def mc_pi_dart_estimate(long n, long seed):
    """Return (hits, pi estimate, hits per quadrant) for n darts."""
    cdef long quad[4]
    cdef long hits
    quad[0] = quad[1] = quad[2] = quad[3] = 0
    with nogil:
        hits = throw_darts(n, <uint64_t>(seed & 0x7FFFFFFF), quad)
    estimate = 4.0 * hits / n if n > 0 else 0.0
    return hits, estimate, [quad[0], quad[1], quad[2], quad[3]]
