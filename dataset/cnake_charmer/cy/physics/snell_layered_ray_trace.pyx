# cython: language_level=3
"""Optical rays through a stack of layers: Snell refraction and total internal reflection.

Refractive indices sit in a fixed C array, and each ray is traced by a nogil cdef
function that returns an exit code and accumulates path length and offset through
pointers; sin/asin/cos/tan are libc.math calls in the Python evaluation order.

Keywords: physics, optics, snell law, refraction, total internal reflection, ray tracing
"""

import cython
from libc.math cimport sin, asin, cos, tan, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef int trace(double* index, int layers, double theta, double* path, double* offset) noexcept nogil:
    cdef int layer = 1, nxt, bounces = 0
    cdef bint going_down = True
    cdef double x = 0.0, s, sin_t
    sin_t = sin(theta) * index[0] / index[1]
    if sin_t >= 1.0:
        return 1
    theta = asin(sin_t)
    while True:
        path[0] += 1.0 / cos(theta)
        x += tan(theta)
        nxt = layer + 1 if going_down else layer - 1
        s = index[layer] / index[nxt] * sin(theta)
        if s >= 1.0:
            going_down = not going_down
            bounces += 1
            if bounces > 40:
                return 2
            continue
        theta = asin(s)
        layer = nxt
        if layer == layers + 1:
            offset[0] = x
            return 0
        if layer == 0:
            return 1


@cython_benchmark(args=(12, 25000, 9))
@cython.cdivision(True)
def snell_layered_ray_trace(int layers, int rays, long long seed):
    """Trace `rays` rays through `layers` seeded layers (thickness 1 each)."""
    if layers > 256:
        raise ValueError("at most 256 layers")
    cdef long long state = seed & 0x7FFFFFFF
    cdef double index[258]
    cdef double path = 0.0, offset, offset_sum = 0.0, theta
    cdef int k, code
    cdef long below = 0, above = 0, trapped = 0
    index[0] = 1.0
    for k in range(1, layers + 1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        index[k] = 1.0 + (state % 1500) / 1000.0
    index[layers + 1] = 1.0
    for k in range(rays):
        theta = (k + 0.5) / (rays if rays > 1 else 1) * (M_PI / 2) * 0.98
        code = trace(index, layers, theta, &path, &offset)
        if code == 0:
            below += 1
            offset_sum += offset
        elif code == 1:
            above += 1
        else:
            trapped += 1
    return (below, above, trapped, offset_sum / below if below else 0.0, path)
