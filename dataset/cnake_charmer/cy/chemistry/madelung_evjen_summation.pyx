# cython: language_level=3
"""Evjen Madelung summation in nogil loops with a precomputed square-root table.

Distances only depend on the integer i*i + j*j + k*k, so their square roots are computed
once into a typed ``double[::1]`` memoryview (a ``cython.view.array``) and looked up;
the Evjen weight is an inline ``nogil`` function, the charge sign comes from the parity
bit and each cube's two sums are accumulated in C doubles.

Keywords: chemistry, crystal lattice, madelung constant, evjen method, ionic crystal, lattice energy, electrostatics
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark

DEF REFERENCE = 1.747564594633182


cdef inline double _weight(int i, int j, int k, int n) noexcept nogil:
    cdef double w = 1.0
    if i == n or i == -n:
        w *= 0.5
    if j == n or j == -n:
        w *= 0.5
    if k == n or k == -n:
        w *= 0.5
    return w


@cython_benchmark(args=(24,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def madelung_evjen_summation(int max_half_width):
    """Return (Evjen estimates per cube, plain sphere sums, error of the last Evjen estimate)."""
    if max_half_width < 1:
        return ([], [], 0.0)
    cdef int size = 3 * max_half_width * max_half_width + 1
    cdef double[::1] root = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[::1] evjen = cvarray(shape=(max_half_width,), itemsize=sizeof(double), format="d")
    cdef double[::1] sphere = cvarray(shape=(max_half_width,), itemsize=sizeof(double), format="d")
    cdef int n, i, j, k, q
    cdef double cube_total, sphere_total, distance, sign
    with nogil:
        for q in range(size):
            root[q] = sqrt(<double>q)
        for n in range(1, max_half_width + 1):
            cube_total = 0.0
            sphere_total = 0.0
            for i in range(-n, n + 1):
                for j in range(-n, n + 1):
                    for k in range(-n, n + 1):
                        q = i * i + j * j + k * k
                        if q == 0:
                            continue
                        distance = root[q]
                        sign = 1.0 if (i + j + k) & 1 else -1.0
                        cube_total += sign * _weight(i, j, k, n) / distance
                        if distance <= n:
                            sphere_total += sign / distance
            evjen[n - 1] = cube_total
            sphere[n - 1] = sphere_total
    return (list(evjen), list(sphere), fabs(evjen[max_half_width - 1] - REFERENCE))
