# cython: language_level=3
"""Asian option Monte Carlo with a cdef-class normal generator and C payoffs.

The Box-Muller generator is an extension type caching its spare deviate in C fields
and drawing through a ``noexcept`` cdef method; paths are simulated in C and payoffs
accumulate in malloc'ed buffers before the statistics pass.

Keywords: finance, asian option, monte carlo, geometric brownian motion, derivatives
"""

cimport cython
from libc.math cimport sqrt, log, cos, sin, exp, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class NormalSource:
    cdef unsigned long long state
    cdef double spare
    cdef bint has_spare

    def __cinit__(self, unsigned long long seed):
        self.state = seed
        self.has_spare = False

    cdef inline double next(self) noexcept:
        cdef double u1, radius, angle
        if self.has_spare:
            self.has_spare = False
            return self.spare
        self.state = (self.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        u1 = <double>(self.state + 1) / 2147483649.0
        self.state = (self.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        radius = sqrt(-2.0 * log(u1))
        angle = 2.0 * M_PI * <double>self.state / 2147483648.0
        self.spare = radius * sin(angle)
        self.has_spare = True
        return radius * cos(angle)


cdef (double, double) price_and_error(const double *pay, int paths, double disc) noexcept:
    cdef double total = 0.0, mean, ss = 0.0, d
    cdef int i
    for i in range(paths):
        total += pay[i]
    mean = total / paths
    for i in range(paths):
        d = pay[i] - mean
        ss += d * d
    ss /= (paths - 1) if paths > 1 else 1
    return disc * mean, disc * sqrt(ss / paths)


@cython_benchmark(args=(2500, 50, 100.0, 100.0, 0.04, 0.3, 31))
@cython.cdivision(True)
def asian_option_monte_carlo(int paths, int steps, double spot, double strike, double rate, double vol, long seed):
    """Return (call, put, call std error, put std error, mean terminal price)."""
    if paths <= 0 or steps <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    cdef NormalSource gen = NormalSource(seed & 0x7FFFFFFF)
    cdef double dt = 1.0 / steps
    cdef double drift = (rate - 0.5 * vol * vol) * dt
    cdef double shock = vol * sqrt(dt)
    cdef double *calls = <double *>malloc(paths * sizeof(double))
    cdef double *puts = <double *>malloc(paths * sizeof(double))
    cdef double price, running, average, terminal = 0.0, disc = exp(-rate)
    cdef double call, put, call_err, put_err
    cdef int p, s
    if calls == NULL or puts == NULL:
        free(calls); free(puts)
        raise MemoryError()
    for p in range(paths):
        price = spot
        running = 0.0
        for s in range(steps):
            price *= exp(drift + shock * gen.next())
            running += price
        average = running / steps
        calls[p] = average - strike if average > strike else 0.0
        puts[p] = strike - average if strike > average else 0.0
        terminal += price
    call, call_err = price_and_error(calls, paths, disc)
    put, put_err = price_and_error(puts, paths, disc)
    free(calls)
    free(puts)
    return call, put, call_err, put_err, terminal / paths
