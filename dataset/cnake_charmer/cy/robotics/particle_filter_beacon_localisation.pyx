# cython: language_level=3
"""Monte Carlo localisation among range beacons — particle structs in double-buffered C arrays.

Particles are ``Pose`` structs in two malloc'd buffers that swap roles on systematic
resampling (no list of tuples rebuilt each step); weights, beacons and readings are
C double arrays, and motion, likelihood, normalisation and resampling all run in a
nogil block with libc math. Operation order matches the Python filter exactly.

Keywords: robotics, particle filter, monte carlo localisation, systematic resampling, beacons, bayes filter
"""

import cython
from libc.math cimport sqrt, cos, sin, exp, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pose:
    double x
    double y
    double h


cdef inline double uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


cdef inline double noise(unsigned int *s) noexcept nogil:
    cdef double total = uniform(s)
    total += uniform(s)
    total += uniform(s)
    total += uniform(s)
    return total - 2.0


@cython_benchmark(args=(700, 60, 5, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def particle_filter_beacon_localisation(int particles, int steps, int beacons, long long seed):
    """Return (resamples, final position error, mean error, estimate (x, y), weight checksum)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int n = particles, i, k, m, t, resamples = 0
    cdef double *bx = <double *>malloc((beacons + 1) * sizeof(double))
    cdef double *by = <double *>malloc((beacons + 1) * sizeof(double))
    cdef double *readings = <double *>malloc((beacons + 1) * sizeof(double))
    cdef double *weights = <double *>malloc((n + 1) * sizeof(double))
    cdef Pose *cloud = <Pose *>malloc((n + 1) * sizeof(Pose))
    cdef Pose *spare = <Pose *>malloc((n + 1) * sizeof(Pose))
    cdef Pose *tmp
    cdef Pose truth
    cdef double v, hx, squared, d, dx, dy, total, ex = 0.0, ey = 0.0, error = 0.0, error_total = 0.0
    cdef double squares, offset, cumulative, u, checksum = 0.0, nx, ny
    if not (bx and by and readings and weights and cloud and spare):
        free(bx); free(by); free(readings); free(weights); free(cloud); free(spare)
        raise MemoryError()
    try:
        for k in range(beacons):
            bx[k] = uniform(&state) * 100.0
            by[k] = uniform(&state) * 100.0
        if n == 0:
            return (0, -1.0, -1.0, (0.0, 0.0), 0.0)
        with nogil:
            for i in range(n):
                cloud[i].x = uniform(&state) * 100.0
                cloud[i].y = uniform(&state) * 100.0
                cloud[i].h = uniform(&state) * 2.0 * M_PI
                weights[i] = 1.0 / n
            truth.x = 20.0
            truth.y = 50.0
            truth.h = 0.0
            for t in range(steps):
                nx = truth.x + 1.0 * cos(truth.h)
                ny = truth.y + 1.0 * sin(truth.h)
                truth.h = truth.h + 0.05
                truth.x = nx
                truth.y = ny
                for k in range(beacons):
                    dx = bx[k] - truth.x
                    dy = by[k] - truth.y
                    readings[k] = sqrt(dx * dx + dy * dy)
                for k in range(beacons):
                    readings[k] = readings[k] + 0.5 * noise(&state)

                for i in range(n):
                    v = 1.0 + 0.1 * noise(&state)
                    cloud[i].x = cloud[i].x + v * cos(cloud[i].h)
                    cloud[i].y = cloud[i].y + v * sin(cloud[i].h)
                    cloud[i].h = cloud[i].h + 0.05 + 0.02 * noise(&state)

                total = 0.0
                for i in range(n):
                    squared = 0.0
                    for k in range(beacons):
                        dx = bx[k] - cloud[i].x
                        dy = by[k] - cloud[i].y
                        d = sqrt(dx * dx + dy * dy)
                        squared += (readings[k] - d) * (readings[k] - d)
                    weights[i] *= exp(-0.5 * squared / (2.0 * 2.0))
                    total += weights[i]
                if total > 0.0:
                    for i in range(n):
                        weights[i] = weights[i] / total
                else:
                    for i in range(n):
                        weights[i] = 1.0 / n

                ex = 0.0
                ey = 0.0
                for i in range(n):
                    ex += weights[i] * cloud[i].x
                    ey += weights[i] * cloud[i].y
                error = sqrt((ex - truth.x) * (ex - truth.x) + (ey - truth.y) * (ey - truth.y))
                error_total += error

                squares = 0.0
                for i in range(n):
                    squares += weights[i] * weights[i]
                if 1.0 / squares < n / 2.0:
                    resamples += 1
                    offset = uniform(&state) / n
                    i = 0
                    cumulative = weights[0]
                    for m in range(n):
                        u = offset + (<double>m) / n
                        while u > cumulative and i < n - 1:
                            i += 1
                            cumulative += weights[i]
                        spare[m] = cloud[i]
                    tmp = cloud
                    cloud = spare
                    spare = tmp
                    for i in range(n):
                        weights[i] = 1.0 / n
            for i in range(n):
                checksum += (i % 7 + 1) * weights[i]
    finally:
        free(bx); free(by); free(readings); free(weights); free(cloud); free(spare)
    return (resamples, error, error_total / steps if steps else 0.0, (ex, ey), checksum)
