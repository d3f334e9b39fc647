# cython: language_level=3
"""Cyclic coordinate descent inverse kinematics — a cdef class holding the chain in C arrays.

``Chain`` owns malloc'd arrays for link lengths, joint angles and joint positions
(freed in ``__dealloc__``); forward kinematics fills the position arrays in place
with libc trig instead of building lists of tuples, and the sweep loop works on
typed doubles.

Keywords: robotics, inverse kinematics, cyclic coordinate descent, ccd, planar chain, serial manipulator
"""

import cython
from libc.math cimport cos, sin, sqrt, atan2, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class Chain:
    cdef int n
    cdef double *length
    cdef double *angle
    cdef double *px
    cdef double *py

    def __cinit__(self, int n):
        self.n = n
        self.length = <double *>malloc((n + 1) * sizeof(double))
        self.angle = <double *>malloc((n + 1) * sizeof(double))
        self.px = <double *>malloc((n + 1) * sizeof(double))
        self.py = <double *>malloc((n + 1) * sizeof(double))
        if not (self.length and self.angle and self.px and self.py):
            raise MemoryError()

    def __dealloc__(self):
        free(self.length)
        free(self.angle)
        free(self.px)
        free(self.py)

    @cython.boundscheck(False)
    @cython.wraparound(False)
    cdef void forward(self) noexcept nogil:
        cdef double x = 0.0, y = 0.0, heading = 0.0
        cdef int i
        self.px[0] = 0.0
        self.py[0] = 0.0
        for i in range(self.n):
            heading += self.angle[i]
            x += self.length[i] * cos(heading)
            y += self.length[i] * sin(heading)
            self.px[i + 1] = x
            self.py[i + 1] = y

    cdef double error(self, double tx, double ty) noexcept nogil:
        self.forward()
        cdef double dx = self.px[self.n] - tx, dy = self.py[self.n] - ty
        return sqrt(dx * dx + dy * dy)


cdef inline double wrap(double a) noexcept nogil:
    while a > M_PI:
        a -= 2.0 * M_PI
    while a < -M_PI:
        a += 2.0 * M_PI
    return a


@cython_benchmark(args=(8, 300, 60, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def ccd_inverse_kinematics_chain(int links, int targets, int max_sweeps, long long seed):
    """Return (targets reached, total sweeps, residual error sum, angle checksum, final tool position)."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Chain chain = Chain(links)
    cdef int i, j, t, sweeps, reached = 0, sweeps_used = 0, n = links
    cdef double reach = 0.0, radius, bearing, tx, ty, err, residual = 0.0, checksum = 0.0
    cdef double to_tool, to_target
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chain.length[i] = 0.4 + (state >> 7) / 16777216.0
        chain.angle[i] = 0.0
    for i in range(n):
        reach += chain.length[i]
    with nogil:
        for t in range(targets):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            radius = 0.9 * reach * (state >> 7) / 16777216.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bearing = 2.0 * M_PI * (state >> 7) / 16777216.0
            tx = radius * cos(bearing)
            ty = radius * sin(bearing)
            err = chain.error(tx, ty)
            sweeps = 0
            while err > 1e-4 and sweeps < max_sweeps:
                sweeps += 1
                for j in range(n - 1, -1, -1):
                    chain.forward()
                    to_tool = atan2(chain.py[n] - chain.py[j], chain.px[n] - chain.px[j])
                    to_target = atan2(ty - chain.py[j], tx - chain.px[j])
                    chain.angle[j] = wrap(chain.angle[j] + to_target - to_tool)
                err = chain.error(tx, ty)
            sweeps_used += sweeps
            residual += err
            if err <= 1e-4:
                reached += 1
        for j in range(n):
            checksum += (j + 1) * chain.angle[j]
        chain.forward()
    return (reached, sweeps_used, residual, checksum, (chain.px[n], chain.py[n]))
