# cython: language_level=3
"""Composing a chain of axis-angle rotations with quaternions and applying them.

Quaternions are a @cython.final cdef class whose components are ``cdef public double``
attributes; the Hamilton product is a C method writing into a preallocated result, so
the inner point loop reuses three objects and runs as C arithmetic. The term order of
every product matches the Python tuple formula.

Keywords: geometry, quaternion, rotation, hamilton product, 3d transform, orientation
"""

import cython
from libc.math cimport sin, cos, sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class Quaternion:
    cdef public double w, x, y, z

    def __init__(self, double w=1.0, double x=0.0, double y=0.0, double z=0.0):
        self.w = w
        self.x = x
        self.y = y
        self.z = z

    cdef inline void set(self, double w, double x, double y, double z):
        self.w = w
        self.x = x
        self.y = y
        self.z = z

    cdef inline void mul_into(self, Quaternion b, Quaternion out):
        out.set(self.w * b.w - self.x * b.x - self.y * b.y - self.z * b.z,
                self.w * b.x + self.x * b.w + self.y * b.z - self.z * b.y,
                self.w * b.y - self.x * b.z + self.y * b.w + self.z * b.x,
                self.w * b.z + self.x * b.y - self.y * b.x + self.z * b.w)


@cython_benchmark(args=(8000, 12, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def quaternion_rotation_chain(int steps, int points, long long seed):
    """Compose `steps` seeded rotations and rotate `points` points after each."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Quaternion q = Quaternion(), step = Quaternion(), tmp = Quaternion()
    cdef Quaternion conj = Quaternion(), pq = Quaternion(), r = Quaternion()
    cdef double v[4]
    cdef double ax, ay, az, norm, half, s, sx, sy, sz, drift = 0.0, dev
    cdef double cx = 0.0, cy = 0.0, cz = 0.0
    cdef int i, k
    cdef double pm = points if points > 1 else 1
    cdef double px[64]
    cdef double py[64]
    cdef double pz[64]
    if points > 64:
        raise ValueError("at most 64 points")
    for k in range(points):
        px[k] = cos(k * 0.7)
        py[k] = sin(k * 1.3)
        pz[k] = 0.5 * k / pm
    for i in range(steps):
        for k in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v[k] = state / 2147483648.0
        ax = v[0] - 0.5
        ay = v[1] - 0.5
        az = v[2] - 0.5
        norm = sqrt(ax * ax + ay * ay + az * az)
        if norm == 0.0:
            norm = 1.0
        half = (v[3] - 0.5) * 0.2
        s = sin(half) / norm
        step.set(cos(half), ax * s, ay * s, az * s)
        step.mul_into(q, tmp)
        q.set(tmp.w, tmp.x, tmp.y, tmp.z)
        dev = fabs(sqrt(q.w * q.w + q.x * q.x + q.y * q.y + q.z * q.z) - 1.0)
        if dev > drift:
            drift = dev
        conj.set(q.w, -q.x, -q.y, -q.z)
        sx = 0.0
        sy = 0.0
        sz = 0.0
        for k in range(points):
            pq.set(0.0, px[k], py[k], pz[k])
            q.mul_into(pq, tmp)
            tmp.mul_into(conj, r)
            sx += r.x
            sy += r.y
            sz += r.z
        if points:
            cx = sx / points
            cy = sy / points
            cz = sz / points
    return ((q.w, q.x, q.y, q.z), (cx, cy, cz), drift)
