# cython: language_level=3
"""Age-structured SEIR epidemic integrated with RK4 on flat C arrays.

The contact matrix, the state vector and the four RK stages live in malloc'd
double buffers; the right-hand side is a ``cdef inline ... noexcept nogil`` function
writing into a stage buffer, so a whole day of RK4 steps runs without the GIL and
without allocating the per-stage Python lists of the original.

Keywords: epidemiology, seir, age structure, contact matrix, runge-kutta, rk4, ode, compartmental model
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void _rhs(int g, const double *y, const double *sizes, const double *c,
                      double beta, double sigma, double gamma, double *out) noexcept nogil:
    cdef int a, b
    cdef double s, e, i, force, infection
    for a in range(g):
        s = y[4 * a]
        e = y[4 * a + 1]
        i = y[4 * a + 2]
        force = 0.0
        for b in range(g):
            force += c[a * g + b] * y[4 * b + 2] / sizes[b]
        infection = beta * force * s
        out[4 * a] = -infection
        out[4 * a + 1] = infection - sigma * e
        out[4 * a + 2] = sigma * e - gamma * i
        out[4 * a + 3] = gamma * i


@cython_benchmark(args=(12, 160, 16, 0.022, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def seir_age_structured_rk4(int groups, int days, int steps_per_day, double beta, long long seed):
    """Return (attack rate per group, peak day, peak prevalence, prevalence checksum)."""
    cdef double sigma = 1.0 / 4.0, gamma = 1.0 / 6.0
    cdef int n = 4 * groups, a, b, j, day, step, peak_day = 0
    cdef long long state = seed & 0x7FFFFFFF
    cdef double base, h, infected, peak = 0.0, checksum = 0.0
    cdef double *sizes = <double *>malloc((groups + 1) * sizeof(double))
    cdef double *c = <double *>malloc((groups * groups + 1) * sizeof(double))
    cdef double *buf = <double *>malloc((6 * n + 1) * sizeof(double))
    cdef double *y
    cdef double *tmp
    cdef double *k1
    cdef double *k2
    cdef double *k3
    cdef double *k4
    if sizes == NULL or c == NULL or buf == NULL:
        free(sizes); free(c); free(buf)
        raise MemoryError()
    y = buf
    tmp = buf + n
    k1 = buf + 2 * n
    k2 = buf + 3 * n
    k3 = buf + 4 * n
    k4 = buf + 5 * n
    try:
        for a in range(groups):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sizes[a] = 1000.0 + 9000.0 * ((state >> 8) / 8388608.0)
        for a in range(groups):
            for b in range(groups):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                base = 0.3 + (state >> 8) / 8388608.0
                if a == b:
                    base += 4.0
                elif a - b == 1 or b - a == 1:
                    base += 1.5
                c[a * groups + b] = base
        for a in range(groups):
            y[4 * a] = sizes[a] - (5.0 if a == groups // 2 else 0.0)
            y[4 * a + 1] = 5.0 if a == groups // 2 else 0.0
            y[4 * a + 2] = 0.0
            y[4 * a + 3] = 0.0
        h = 1.0 / steps_per_day
        with nogil:
            for day in range(1, days + 1):
                for step in range(steps_per_day):
                    _rhs(groups, y, sizes, c, beta, sigma, gamma, k1)
                    for j in range(n):
                        tmp[j] = y[j] + 0.5 * h * k1[j]
                    _rhs(groups, tmp, sizes, c, beta, sigma, gamma, k2)
                    for j in range(n):
                        tmp[j] = y[j] + 0.5 * h * k2[j]
                    _rhs(groups, tmp, sizes, c, beta, sigma, gamma, k3)
                    for j in range(n):
                        tmp[j] = y[j] + h * k3[j]
                    _rhs(groups, tmp, sizes, c, beta, sigma, gamma, k4)
                    for j in range(n):
                        y[j] = y[j] + h / 6.0 * (k1[j] + 2.0 * k2[j] + 2.0 * k3[j] + k4[j])
                infected = 0.0
                for a in range(groups):
                    infected += y[4 * a + 2]
                checksum += infected * day
                if infected > peak:
                    peak = infected
                    peak_day = day
        attack = [round(y[4 * a + 3] / sizes[a], 9) for a in range(groups)]
        return (attack, peak_day, peak, checksum)
    finally:
        free(sizes); free(c); free(buf)
