# cython: language_level=3
"""Point-to-point 2-D ICP — correspondences, moments and the rigid update in nogil C loops.

Both scans are malloc'd arrays of ``Vec2`` structs and the correspondences an int
array; the O(n^2) nearest-neighbour search, centroid and cross-covariance sums and
the in-place rigid transform run without the GIL, replacing per-iteration lists of
tuples. A byte mask counts the distinct matched reference points.

Keywords: robotics, icp, iterative closest point, scan matching, registration, rigid transform, lidar
"""

import cython
from libc.math cimport sin, cos, atan2, M_PI, INFINITY
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Vec2:
    double x
    double y


@cython.boundscheck(False)
@cython.wraparound(False)
cdef double correspond(const Vec2 *scan, const Vec2 *ref, int n, int *matches) noexcept nogil:
    """Nearest reference point for every scan point; returns the summed squared distance."""
    cdef int i, j, best
    cdef double px, py, d, best_d, total = 0.0
    for i in range(n):
        px = scan[i].x
        py = scan[i].y
        best = 0
        best_d = INFINITY
        for j in range(n):
            d = (ref[j].x - px) * (ref[j].x - px) + (ref[j].y - py) * (ref[j].y - py)
            if d < best_d:
                best = j
                best_d = d
        matches[i] = best
        total += best_d
    return total


@cython_benchmark(args=(450, 40, 0.35, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def icp_scan_matching_2d(int points, int max_iterations, double rotation, long long seed):
    """Return (iterations, final mean squared error, estimated (theta, tx, ty), distinct matches)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double amp[4]
    cdef int n = points, i, j, k, it, iterations = 0, distinct = 0
    cdef Vec2 *ref = <Vec2 *>malloc((n + 1) * sizeof(Vec2))
    cdef Vec2 *scan = <Vec2 *>malloc((n + 1) * sizeof(Vec2))
    cdef int *matches = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned char *seen = <unsigned char *>calloc(n + 1, 1)
    cdef double angle, radius, c, s, x, y, jitter, theta = 0.0, tx = 0.0, ty = 0.0
    cdef double previous = INFINITY, error = 0.0, mpx, mpy, mqx, mqy, sxx, sxy, syx, syy
    cdef double ax, ay, bx, by, step, cs, sn, dx, dy, ntx
    if not (ref and scan and matches and seen):
        free(ref); free(scan); free(matches); free(seen)
        raise MemoryError()
    try:
        with nogil:
            for k in range(4):
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                amp[k] = 0.5 + 2.5 * (state >> 7) / 16777216.0
            for i in range(n):
                angle = 2.0 * M_PI * i / n
                radius = 10.0
                for k in range(4):
                    radius += amp[k] * sin((k + 2) * angle + (k + 2))
                ref[i].x = radius * cos(angle)
                ref[i].y = radius * sin(angle)
        if n == 0:
            return (0, 0.0, (0.0, 0.0, 0.0), 0)
        with nogil:
            c = cos(rotation)
            s = sin(rotation)
            for i in range(n):
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                jitter = 1.0 + 0.01 * ((state >> 7) / 16777216.0 - 0.5)
                x = ref[i].x
                y = ref[i].y
                scan[i].x = c * x * jitter - s * y * jitter + 1.5
                scan[i].y = s * x * jitter + c * y * jitter - 0.8
            for it in range(max_iterations):
                iterations += 1
                error = correspond(scan, ref, n, matches) / n
                mpx = 0.0
                mpy = 0.0
                mqx = 0.0
                mqy = 0.0
                for i in range(n):
                    mpx += scan[i].x
                    mpy += scan[i].y
                    mqx += ref[matches[i]].x
                    mqy += ref[matches[i]].y
                mpx = mpx / n
                mpy = mpy / n
                mqx = mqx / n
                mqy = mqy / n
                sxx = 0.0
                sxy = 0.0
                syx = 0.0
                syy = 0.0
                for i in range(n):
                    ax = scan[i].x - mpx
                    ay = scan[i].y - mpy
                    bx = ref[matches[i]].x - mqx
                    by = ref[matches[i]].y - mqy
                    sxx += ax * bx
                    sxy += ax * by
                    syx += ay * bx
                    syy += ay * by
                step = atan2(sxy - syx, sxx + syy)
                cs = cos(step)
                sn = sin(step)
                dx = mqx - (cs * mpx - sn * mpy)
                dy = mqy - (sn * mpx + cs * mpy)
                for i in range(n):
                    x = scan[i].x
                    y = scan[i].y
                    scan[i].x = cs * x - sn * y + dx
                    scan[i].y = sn * x + cs * y + dy
                theta += step
                ntx = cs * tx - sn * ty + dx
                ty = sn * tx + cs * ty + dy
                tx = ntx
                if previous - error < 1e-10:
                    break
                previous = error
            if iterations > 0:
                for i in range(n):
                    if not seen[matches[i]]:
                        seen[matches[i]] = 1
                        distinct += 1
    finally:
        free(ref); free(scan); free(matches); free(seen)
    return (iterations, error, (theta, tx, ty), distinct)
