# cython: language_level=3
"""Reynolds boids: flocking from separation, alignment and cohesion.

Boids are a C struct array with a second array for the synchronous velocity update;
the neighbour scan is a nogil double loop with libc.math. Python's round() (ties to
even) is reproduced with C rint under the default rounding mode, and the float modulo
for wrapping is reproduced with fmod plus a sign fix.

Keywords: simulation, boids, flocking, agent based model, swarm, collective motion
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport hypot, rint, fmod

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Boid:
    double x
    double y
    double vx
    double vy


cdef inline double pymod(double a, double m) noexcept nogil:
    cdef double r = fmod(a, m)
    if r != 0.0 and (r < 0.0) != (m < 0.0):
        r += m
    return r


cdef inline double rnd(long long* state) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return state[0] / 2147483648.0


@cython_benchmark(args=(180, 12, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def boids_flocking_steps(int n, int steps, long long seed):
    """Simulate n boids for `steps` steps in a 100 x 100 periodic box."""
    if n <= 0:
        return (0.0, 0.0, 0.0, (0.0, 0.0, 0.0, 0.0))
    cdef double box = 100.0, radius = 10.0, close = 2.5, vmax = 2.0
    cdef long long state = seed & 0x7FFFFFFF
    cdef Boid* b = <Boid*>malloc(n * sizeof(Boid))
    cdef double* nv = <double*>malloc(2 * n * sizeof(double))
    cdef int i, j, s, count
    cdef long nb_total
    cdef double sx, sy, ax, ay, cx, cy, dx, dy, d2, speed, mean_nb = 0.0, ux = 0.0, uy = 0.0, speed_sum = 0.0
    if b == NULL or nv == NULL:
        free(b); free(nv)
        raise MemoryError()
    try:
        for i in range(n):
            b[i].x = rnd(&state) * box
        for i in range(n):
            b[i].y = rnd(&state) * box
        for i in range(n):
            b[i].vx = rnd(&state) * 2 - 1
        for i in range(n):
            b[i].vy = rnd(&state) * 2 - 1
        with nogil:
            for s in range(steps):
                nb_total = 0
                for i in range(n):
                    nv[2 * i] = b[i].vx
                    nv[2 * i + 1] = b[i].vy
                    sx = 0.0; sy = 0.0; ax = 0.0; ay = 0.0; cx = 0.0; cy = 0.0
                    count = 0
                    for j in range(n):
                        if i == j:
                            continue
                        dx = b[j].x - b[i].x
                        dy = b[j].y - b[i].y
                        dx -= box * rint(dx / box)
                        dy -= box * rint(dy / box)
                        d2 = dx * dx + dy * dy
                        if d2 < radius * radius:
                            count += 1
                            ax += b[j].vx
                            ay += b[j].vy
                            cx += dx
                            cy += dy
                            if d2 < close * close:
                                sx -= dx
                                sy -= dy
                    nb_total += count
                    if count:
                        nv[2 * i] += 0.05 * (ax / count - b[i].vx) + 0.01 * (cx / count) + 0.1 * sx
                        nv[2 * i + 1] += 0.05 * (ay / count - b[i].vy) + 0.01 * (cy / count) + 0.1 * sy
                    speed = hypot(nv[2 * i], nv[2 * i + 1])
                    if speed > vmax:
                        nv[2 * i] *= vmax / speed
                        nv[2 * i + 1] *= vmax / speed
                for i in range(n):
                    b[i].vx = nv[2 * i]
                    b[i].vy = nv[2 * i + 1]
                    b[i].x = pymod(b[i].x + b[i].vx, box)
                    b[i].y = pymod(b[i].y + b[i].vy, box)
                mean_nb = nb_total / <double>n
            for i in range(n):
                speed = hypot(b[i].vx, b[i].vy)
                speed_sum += speed
                if speed > 0:
                    ux += b[i].vx / speed
                    uy += b[i].vy / speed
        return (hypot(ux, uy) / n, speed_sum / n, mean_nb, (b[0].x, b[0].y, b[0].vx, b[0].vy))
    finally:
        free(b); free(nv)
