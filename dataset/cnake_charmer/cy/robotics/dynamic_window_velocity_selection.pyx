# cython: language_level=3
"""Dynamic window approach velocity selection — C-tuple rollouts over a typed obstacle array.

Obstacle coordinates sit in two malloc'd double arrays; each candidate command is
rolled out by a nogil cdef function returning a C tuple ``(x, y, heading, clearance)``
instead of nested Python tuples, and the window sampling, scoring and best-command
bookkeeping use typed doubles and a flag rather than a tuple compared against None.

Keywords: robotics, dynamic window approach, dwa, local planner, velocity space, obstacle avoidance
"""

import cython
from libc.math cimport sqrt, sin, cos, atan2, fabs, M_PI, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef (double, double, double, double) rollout(double x, double y, double h, double v, double w,
                                              const double *ox, const double *oy, int n) noexcept nogil:
    cdef double clearance = INFINITY, d
    cdef int s, k
    for s in range(10):
        h += w * 0.15
        x += v * cos(h) * 0.15
        y += v * sin(h) * 0.15
        for k in range(n):
            d = sqrt((ox[k] - x) * (ox[k] - x) + (oy[k] - y) * (oy[k] - y))
            if d < clearance:
                clearance = d
    return (x, y, h, clearance)


cdef inline double heading_score(double x, double y, double h) noexcept nogil:
    cdef double error = atan2(18.0 - y, 18.0 - x) - h
    error = atan2(sin(error), cos(error))
    return M_PI - fabs(error)


@cython_benchmark(args=(35, 120, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dynamic_window_velocity_selection(int obstacles, int cycles, long long seed):
    """Return (reached, cycles used, blocked cycles, distance travelled, min clearance, final pose)."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double *ox = <double *>malloc((obstacles + 1) * sizeof(double))
    cdef double *oy = <double *>malloc((obstacles + 1) * sizeof(double))
    cdef int count = 0, c, i, j, k, blocked = 0, used = 0
    cdef bint reached = False, found
    cdef double px, py, x = 0.0, y = 0.0, h = 0.0, v = 0.0, w = 0.0, travelled = 0.0, closest = INFINITY
    cdef double v_low, v_high, w_low, w_high, cand_v, cand_w, score, best_score, best_v, best_w
    cdef double ex, ey, eh, clearance, nx, ny, d
    if ox == NULL or oy == NULL:
        free(ox); free(oy)
        raise MemoryError()
    try:
        with nogil:
            while count < obstacles:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                px = 2.0 + 16.0 * (state >> 7) / 16777216.0
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                py = 2.0 + 16.0 * (state >> 7) / 16777216.0
                if fabs(px - 18.0) + fabs(py - 18.0) > 1.5:
                    ox[count] = px
                    oy[count] = py
                    count += 1
            for c in range(cycles):
                if sqrt((18.0 - x) * (18.0 - x) + (18.0 - y) * (18.0 - y)) < 0.5:
                    reached = True
                    break
                used += 1
                v_low = v - 0.6 * 0.25
                if v_low < 0.0:
                    v_low = 0.0
                v_high = v + 0.6 * 0.25
                if v_high > 1.2:
                    v_high = 1.2
                w_low = w - 2.5 * 0.25
                if w_low < -1.5:
                    w_low = -1.5
                w_high = w + 2.5 * 0.25
                if w_high > 1.5:
                    w_high = 1.5
                found = False
                best_score = 0.0
                best_v = 0.0
                best_w = 0.0
                for i in range(5):
                    cand_v = v_low + (v_high - v_low) * i / 4
                    for j in range(7):
                        cand_w = w_low + (w_high - w_low) * j / 6
                        ex, ey, eh, clearance = rollout(x, y, h, cand_v, cand_w, ox, oy, count)
                        if clearance < 0.4:
                            continue
                        score = 1.0 * heading_score(ex, ey, eh) + 0.3 * (clearance if clearance < 3.0 else 3.0) + 0.5 * cand_v
                        if not found or score > best_score:
                            found = True
                            best_score = score
                            best_v = cand_v
                            best_w = cand_w
                if not found:
                    blocked += 1
                    v = 0.0
                    w = w_high if w_high > 0.0 else w_low
                else:
                    v = best_v
                    w = best_w
                h += w * 0.25
                nx = x + v * cos(h) * 0.25
                ny = y + v * sin(h) * 0.25
                travelled += sqrt((nx - x) * (nx - x) + (ny - y) * (ny - y))
                x = nx
                y = ny
                for k in range(count):
                    d = sqrt((ox[k] - nx) * (ox[k] - nx) + (oy[k] - ny) * (oy[k] - ny))
                    if d < closest:
                        closest = d
    finally:
        free(ox)
        free(oy)
    return (reached, used, blocked, travelled, closest if closest < INFINITY else -1.0, (x, y, h))
