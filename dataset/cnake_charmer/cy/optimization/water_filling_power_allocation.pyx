# cython: language_level=3
"""Water-filling by bisection on a reused C noise buffer with a nogil kernel.

Each channel set is drawn into one malloc'ed buffer; the bisection on the water
level and the power/capacity pass are a ``nogil`` cdef that writes the powers into a
second buffer, so only the last allocation is converted to Python floats.

Keywords: optimization, water filling, bisection, power allocation, convex optimisation, capacity
"""

from libc.math cimport log1p
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef double fill(const double *noise, double *power, int k, double budget, int *zeros) noexcept nogil:
    cdef double lo = noise[0], hi = noise[0], mu, used, cap = 0.0
    cdef int i, it
    for i in range(1, k):
        if noise[i] < lo:
            lo = noise[i]
        if noise[i] > hi:
            hi = noise[i]
    hi = hi + budget
    for it in range(60):
        mu = 0.5 * (lo + hi)
        used = 0.0
        for i in range(k):
            if mu - noise[i] > 0.0:
                used += mu - noise[i]
            else:
                used += 0.0
        if used > budget:
            hi = mu
        else:
            lo = mu
    for i in range(k):
        power[i] = lo - noise[i] if lo - noise[i] > 0.0 else 0.0
        cap += log1p(power[i] / noise[i])
        if power[i] == 0.0:
            zeros[0] += 1
    return cap


@cython_benchmark(args=(250, 32, 10.0, 5))
def water_filling_power_allocation(int sets, int channels, double budget, long seed):
    """Return (total capacity in nats, unpowered channels, last allocation)."""
    cdef int k = channels if channels > 0 else 0, s, i, zeros = 0
    cdef double *noise = <double *>malloc((k + 1) * sizeof(double))
    cdef double *power = <double *>malloc((k + 1) * sizeof(double))
    if noise == NULL or power == NULL:
        free(noise); free(power)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double capacity = 0.0
    cdef bint filled = False
    try:
        with nogil:
            for s in range(sets):
                for i in range(k):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    noise[i] = 0.1 + 2.0 * <double>state / 2147483648.0
                if k == 0:
                    continue
                capacity += fill(noise, power, k, budget, &zeros)
                filled = True
        last = [power[i] for i in range(k)] if filled and sets > 0 else []
    finally:
        free(noise); free(power)
    return capacity, zeros, last
