# cython: language_level=3
"""Frank-Wolfe on the simplex with a contiguous Q matrix and fused C loops.

Q is a C-contiguous 2D memoryview over a ``cython.view.array``; the matrix-vector
product, gradient, vertex selection, duality gap and line-search curvature are
computed with typed loops over reusable buffers, with no per-iteration lists.

Keywords: optimization, frank wolfe, conditional gradient, simplex, quadratic programming
"""

cimport cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>s[0] / 2147483648.0 - 0.5


@cython_benchmark(args=(60, 80, 400, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def frank_wolfe_simplex_qp(int n, int m, int iterations, long seed):
    """Return (weights, objective, duality gaps at every 100th iteration)."""
    if n <= 0:
        return [], 0.0, []
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int mm = m if m > 0 else 1
    cdef double[:, ::1] a = cvarray(shape=(mm, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] q = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[::1] r = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] w = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] qw = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] grad = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef int i, j, k, s, it
    cdef double acc, gap, curvature, step, di, objective, lin
    for k in range(m):
        for j in range(n):
            a[k, j] = uniform(&state)
    for i in range(n):
        for j in range(n):
            acc = 0.0
            for k in range(m):
                acc += a[k, i] * a[k, j]
            q[i, j] = acc / mm + (0.1 if i == j else 0.0)
    for i in range(n):
        r[i] = 0.05 * uniform(&state)
        w[i] = 1.0 / n
    gaps = []
    for it in range(iterations):
        for i in range(n):
            acc = 0.0
            for j in range(n):
                acc += q[i, j] * w[j]
            qw[i] = acc
            grad[i] = acc - r[i]
        s = 0
        for i in range(1, n):
            if grad[i] < grad[s]:
                s = i
        gap = 0.0
        for i in range(n):
            gap += grad[i] * w[i]
        gap -= grad[s]
        if it % 100 == 0:
            gaps.append(gap)
        curvature = 0.0
        for i in range(n):
            di = (1.0 if i == s else 0.0) - w[i]
            curvature += di * (q[i, s] - qw[i])
        if curvature > 0:
            step = gap / curvature
            if step > 1.0:
                step = 1.0
        else:
            step = 1.0
        for i in range(n):
            w[i] = w[i] + step * ((1.0 if i == s else 0.0) - w[i])
    objective = 0.0
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += q[i, j] * w[j]
        objective += w[i] * acc
    lin = 0.0
    for i in range(n):
        lin += r[i] * w[i]
    objective = 0.5 * objective - lin
    return [w[i] for i in range(n)], objective, gaps
