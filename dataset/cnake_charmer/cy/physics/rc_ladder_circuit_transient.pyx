# cython: language_level=3
"""Step response of an RC ladder network (a discretised transmission line).

Node voltages live in a 1-D C-contiguous double memoryview pair (old/new) over
cython.view arrays that are swapped every step, and the Euler update is a nogil loop
with the boundary cases hoisted out, keeping the Python arithmetic order.

Keywords: physics, electronics, rc circuit, transmission line, transient, euler method
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40, 1.0, 1.0, 0.1, 20000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rc_ladder_circuit_transient(int stages, double r, double c, double dt, int steps):
    """Integrate the step response of a `stages`-stage RC ladder."""
    if stages <= 0:
        return (-1.0, -1.0, [], 0.0)
    cdef double[::1] v = cvarray(shape=(stages,), itemsize=sizeof(double), format="d")
    cdef double[::1] nxt = cvarray(shape=(stages,), itemsize=sizeof(double), format="d")
    cdef double[::1] tmp
    cdef double t50 = -1.0, t90 = -1.0, rate = dt / (r * c), left, right_current, charge = 0.0
    cdef int s, i
    v[:] = 0.0
    for s in range(1, steps + 1):
        for i in range(stages):
            left = 1.0 if i == 0 else v[i - 1]
            right_current = (v[i] - v[i + 1]) if i + 1 < stages else 0.0
            nxt[i] = v[i] + rate * ((left - v[i]) - right_current)
        tmp = v
        v = nxt
        nxt = tmp
        if t50 < 0 and v[stages - 1] >= 0.5:
            t50 = s * dt
        if t90 < 0 and v[stages - 1] >= 0.9:
            t90 = s * dt
    for i in range(stages):
        charge += c * v[i]
    step = stages // 6 if stages >= 6 else 1
    return (t50, t90, [v[i] for i in range(0, stages, step)], charge)
