# cython: language_level=3
"""Rasterising depth-tested triangles with barycentric edge functions and a z-buffer — incremental C.

Vertices are ``Vert`` structs; the three integer edge functions are evaluated once per
row and then stepped by constant increments along it (exact in integer arithmetic),
and the depth and id buffers are 2-D typed memoryviews over ``cython.view`` arrays,
so the inner loop is a few adds, three sign tests and one division.

Keywords: graphics, triangle rasterisation, barycentric coordinates, edge function, z-buffer, depth test
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark


ctypedef struct Vert:
    long long x
    long long y
    double z


cdef inline long long edge(Vert p, Vert q, long long rx, long long ry) noexcept nogil:
    return (q.x - p.x) * (ry - p.y) - (q.y - p.y) * (rx - p.x)


@cython_benchmark(args=(320, 240, 180, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def zbuffer_triangle_barycentric(int width, int height, int triangles, long long seed):
    """Draw seeded triangles into a width x height z-buffered id buffer."""
    if width <= 0 or height <= 0:
        return (0, 0, 0, 0, 0.0, [])
    cdef double[:, ::1] depth = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef int[:, ::1] owner = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef long long state = seed & 0x7FFFFFFF
    cdef Vert v[3]
    cdef Vert a, b, c, tmp
    cdef long long area, wa, wb, wc, ra, rb, rc, sxa, sxb, sxc, fragments = 0, passed = 0, covered = 0
    cdef long long checksum = 0
    cdef int t, k, px, py, cx, cy, reach, x_lo, x_hi, y_lo, y_hi
    cdef double z, depth_total = 0.0
    depth[:, :] = INFINITY
    owner[:, :] = 0
    with nogil:
        for t in range(triangles):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cx = <int>((state >> 16) % (width + 1))
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cy = <int>((state >> 16) % (height + 1))
            reach = width // 8 + 1
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k].x = 2 * (cx + <int>((state >> 16) % (2 * reach + 1)) - reach)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k].y = 2 * (cy + <int>((state >> 16) % (2 * reach + 1)) - reach)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k].z = 1.0 + <double>((state >> 16) % 10000) / 100.0
            a = v[0]
            b = v[1]
            c = v[2]
            area = edge(a, b, c.x, c.y)
            if area == 0:
                continue
            if area < 0:
                tmp = b
                b = c
                c = tmp
                area = -area
            x_lo = <int>(min(a.x, b.x, c.x) // 2)
            x_hi = <int>(max(a.x, b.x, c.x) // 2)
            y_lo = <int>(min(a.y, b.y, c.y) // 2)
            y_hi = <int>(max(a.y, b.y, c.y) // 2)
            x_lo = max(x_lo, 0)
            y_lo = max(y_lo, 0)
            x_hi = min(x_hi, width - 1)
            y_hi = min(y_hi, height - 1)
            if x_lo > x_hi:
                continue
            sxa = -2 * (c.y - b.y)
            sxb = -2 * (a.y - c.y)
            sxc = -2 * (b.y - a.y)
            for py in range(y_lo, y_hi + 1):
                wa = edge(b, c, 2 * x_lo + 1, 2 * py + 1)
                wb = edge(c, a, 2 * x_lo + 1, 2 * py + 1)
                wc = edge(a, b, 2 * x_lo + 1, 2 * py + 1)
                for px in range(x_lo, x_hi + 1):
                    if wa >= 0 and wb >= 0 and wc >= 0:
                        fragments += 1
                        z = (wa * a.z + wb * b.z + wc * c.z) / area
                        if z < depth[py, px]:
                            depth[py, px] = z
                            owner[py, px] = t + 1
                            passed += 1
                    wa += sxa
                    wb += sxb
                    wc += sxc
        for py in range(height):
            for px in range(width):
                if owner[py, px]:
                    covered += 1
                    depth_total += depth[py, px]
                checksum = (checksum * 1000003 + owner[py, px]) % 2147483647
    samples = [owner[(k * 29) % height, (k * 71) % width] for k in range(8)]
    return (fragments, passed, covered, checksum, depth_total, samples)
