# cython: language_level=3
"""Particle swarm on flat C arrays with a cpdef Rastrigin kernel.

Positions, velocities and personal bests are rows of malloc'ed double arrays; the
objective is a ``cpdef`` function over a 1D memoryview slice, and the velocity update
runs over raw pointers with libc ``cos`` and clamping done with comparisons.

Keywords: optimization, particle swarm, rastrigin, metaheuristic, global optimisation
"""

cimport cython
from libc.math cimport cos, M_PI
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cpdef double rastrigin(const double[::1] x):
    """Rastrigin function 10 d + sum(x^2 - 10 cos(2 pi x))."""
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i] * x[i] - 10.0 * cos(2.0 * M_PI * x[i])
    return 10.0 * x.shape[0] + s


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0


@cython_benchmark(args=(30, 4, 800, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def particle_swarm_rastrigin(int particles, int dims, int iterations, long seed):
    """Return (best value, best position, global-best improvements)."""
    if particles <= 0 or dims <= 0:
        return 0.0, [], 0
    cdef int n = particles * dims
    cdef double *pos = <double *>malloc(n * sizeof(double))
    cdef double *vel = <double *>malloc(n * sizeof(double))
    cdef double *pbest = <double *>malloc(n * sizeof(double))
    cdef double *pval = <double *>malloc(particles * sizeof(double))
    cdef double *gbest = <double *>malloc(dims * sizeof(double))
    if pos == NULL or vel == NULL or pbest == NULL or pval == NULL or gbest == NULL:
        free(pos); free(vel); free(pbest); free(pval); free(gbest)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, d, it, g = 0
    cdef long improvements = 0
    cdef double gval, value, r1, r2, p
    try:
        for i in range(n):
            pos[i] = -5.12 + 10.24 * uniform(&state)
            vel[i] = 0.0
        memcpy(pbest, pos, n * sizeof(double))
        for i in range(particles):
            pval[i] = rastrigin(<double[:dims]>(pos + i * dims))
            if pval[i] < pval[g]:
                g = i
        memcpy(gbest, pbest + g * dims, dims * sizeof(double))
        gval = pval[g]
        for it in range(iterations):
            for i in range(particles):
                for d in range(dims):
                    r1 = uniform(&state)
                    r2 = uniform(&state)
                    vel[i * dims + d] = (0.72 * vel[i * dims + d]
                                         + 1.49 * r1 * (pbest[i * dims + d] - pos[i * dims + d])
                                         + 1.49 * r2 * (gbest[d] - pos[i * dims + d]))
                    p = pos[i * dims + d] + vel[i * dims + d]
                    if p < -5.12:
                        p = -5.12
                    if p > 5.12:
                        p = 5.12
                    pos[i * dims + d] = p
                value = rastrigin(<double[:dims]>(pos + i * dims))
                if value < pval[i]:
                    pval[i] = value
                    memcpy(pbest + i * dims, pos + i * dims, dims * sizeof(double))
                    if value < gval:
                        gval = value
                        memcpy(gbest, pos + i * dims, dims * sizeof(double))
                        improvements += 1
        best = [gbest[d] for d in range(dims)]
    finally:
        free(pos); free(vel); free(pbest); free(pval); free(gbest)
    return gval, best, improvements
