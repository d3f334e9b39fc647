# cython: language_level=3
"""Angle quality statistics of a jittered triangle mesh.

Vertex coordinates are 1-D double memoryviews, each triangle's minimum angle is an
inline nogil function using acos/sqrt from libc.math with the clamping and degree
conversion done in C, and the diagonal choice just selects vertex indices.

Keywords: geometry, mesh quality, triangle angles, law of cosines, jittered grid
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport acos, sqrt, M_PI, floor

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double angle_deg(double opp2, double s1, double s2) noexcept nogil:
    cdef double cosv = (s1 * s1 + s2 * s2 - opp2) / (2 * s1 * s2)
    if cosv > 1.0:
        cosv = 1.0
    if cosv < -1.0:
        cosv = -1.0
    return acos(cosv) * (180.0 / M_PI)


cdef inline double min_angle(double ax, double ay, double bx, double by, double cx, double cy) noexcept nogil:
    cdef double a2 = (bx - cx) * (bx - cx) + (by - cy) * (by - cy)
    cdef double b2 = (ax - cx) * (ax - cx) + (ay - cy) * (ay - cy)
    cdef double c2 = (ax - bx) * (ax - bx) + (ay - by) * (ay - by)
    cdef double a = sqrt(a2), b = sqrt(b2), c = sqrt(c2)
    cdef double m = angle_deg(a2, b, c), t
    t = angle_deg(b2, a, c)
    if t < m:
        m = t
    t = angle_deg(c2, a, b)
    if t < m:
        m = t
    return m


@cython_benchmark(args=(100, 90, 0.35, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def triangle_mesh_min_angles(int cols, int rows, double jitter, long long seed):
    """Triangulate a jittered cols x rows grid and report minimum-angle statistics."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int nv = (cols + 1) * (rows + 1), w = cols + 1
    cdef double[::1] vx = cvarray(shape=(nv,), itemsize=sizeof(double), format="d")
    cdef double[::1] vy = cvarray(shape=(nv,), itemsize=sizeof(double), format="d")
    cdef int i, j, k, t, a, b, c, p00, p10, p01, p11, bin_
    cdef int tri[6]
    cdef long hist[9]
    cdef long count = 0
    cdef double ox, oy, m, worst = 180.0, total = 0.0
    for k in range(9):
        hist[k] = 0
    k = 0
    for j in range(rows + 1):
        for i in range(cols + 1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ox = (<int>((state >> 8) % 2001) - 1000) / 1000.0 * jitter
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            oy = (<int>((state >> 8) % 2001) - 1000) / 1000.0 * jitter
            vx[k] = i + ox
            vy[k] = j + oy
            k += 1
    for j in range(rows):
        for i in range(cols):
            p00 = j * w + i
            p10 = p00 + 1
            p01 = p00 + w
            p11 = p01 + 1
            if (i + j) % 2 == 0:
                tri[0] = p00; tri[1] = p10; tri[2] = p11
                tri[3] = p00; tri[4] = p11; tri[5] = p01
            else:
                tri[0] = p00; tri[1] = p10; tri[2] = p01
                tri[3] = p10; tri[4] = p11; tri[5] = p01
            for t in range(2):
                a = tri[3 * t]
                b = tri[3 * t + 1]
                c = tri[3 * t + 2]
                m = min_angle(vx[a], vy[a], vx[b], vy[b], vx[c], vy[c])
                if m < worst:
                    worst = m
                bin_ = <int>floor(m / 10)
                hist[bin_ if bin_ < 8 else 8] += 1
                total += m
                count += 1
    return (worst, [hist[k] for k in range(9)], total / count if count else 0.0)
