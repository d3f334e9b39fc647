# cython: language_level=3
"""Spatial join of points to overlapping polygons through a uniform grid index — CSR grid in C arrays.

The grid is a compressed-sparse-row structure: a counting pass sizes each cell, a
prefix sum turns the counts into offsets and a second pass drops the zone ids in (in
zone order, as the Python lists are filled). Zones are ``Vertex`` struct arrays with
``Box`` structs for the rejection test, cell coordinates use an explicit floor
division for negative map coordinates, and the crossing-number test is a ``cdef
inline`` function on C ints. The point loop runs nogil.

Keywords: spatial indexing, spatial join, uniform grid, point in polygon, crossing number, bounding box
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SIDES = 12

cdef int SPOKE_X[12]
cdef int SPOKE_Y[12]
SPOKE_X[:] = [10, 9, 5, 0, -5, -9, -10, -9, -5, 0, 5, 9]
SPOKE_Y[:] = [0, 5, 9, 10, 9, 5, 0, -5, -9, -10, -9, -5]


cdef struct Vertex:
    int x
    int y


cdef struct Box:
    int x0
    int y0
    int x1
    int y1


@cython.cdivision(True)
cdef inline int floor_div(int a, int b) noexcept nogil:
    # C division truncates toward zero; step down for negative quotients with a remainder
    cdef int q = a // b
    if (a % b != 0) and ((a < 0) != (b < 0)):
        q -= 1
    return q


cdef inline bint contains(const Vertex* poly, int px, int py) noexcept nogil:
    cdef bint inside = False
    cdef int k, x1, y1, x2 = poly[SIDES - 1].x, y2 = poly[SIDES - 1].y
    cdef long long lhs, rhs
    for k in range(SIDES):
        x1 = poly[k].x
        y1 = poly[k].y
        if (y1 > py) != (y2 > py):
            lhs = <long long>(px - x1) * (y2 - y1)
            rhs = <long long>(py - y1) * (x2 - x1)
            if (lhs < rhs) if y2 > y1 else (lhs > rhs):
                inside = not inside
        x2 = x1
        y2 = y1
    return inside


cdef inline int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((state[0] >> 10) % k)


@cython_benchmark(args=(60000, 300, 250, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def grid_polygon_point_join(int n_points, int n_zones, int cell, long long seed):
    """Return (zone checksum, first 8 zone counts, uncovered, multiply covered, exact tests, registrations)."""
    if cell < 8:
        raise ValueError("cell must be at least 8 map units")
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int z, k, cx, cy, r, gx, gy, gx0, gy0, gx1, gy1, width, height, i, px, py, hits, c
    cdef long long registrations = 0, uncovered = 0, multiple = 0, tests = 0, checksum = 0, total
    cdef Vertex* zones = <Vertex*>malloc((SIDES * n_zones + 1) * sizeof(Vertex))
    cdef Box* boxes = <Box*>malloc((n_zones + 1) * sizeof(Box))
    cdef long long* per_zone = <long long*>calloc(n_zones + 1, sizeof(long long))
    cdef int* offsets = NULL
    cdef int* members = NULL
    cdef int* fill = NULL
    cdef Box* b
    cdef Vertex* poly
    try:
        if not (zones and boxes and per_zone):
            raise MemoryError()
        for z in range(n_zones):
            cx = draw(&state, 10000)
            cy = draw(&state, 10000)
            poly = &zones[SIDES * z]
            for k in range(SIDES):
                if draw(&state, 3):
                    r = 20 + draw(&state, 60)
                else:
                    r = 5 + draw(&state, 15)
                poly[k].x = cx + SPOKE_X[k] * r
                poly[k].y = cy + SPOKE_Y[k] * r
            b = &boxes[z]
            b.x0 = poly[0].x; b.x1 = poly[0].x; b.y0 = poly[0].y; b.y1 = poly[0].y
            for k in range(1, SIDES):
                b.x0 = min(b.x0, poly[k].x); b.x1 = max(b.x1, poly[k].x)
                b.y0 = min(b.y0, poly[k].y); b.y1 = max(b.y1, poly[k].y)
        # grid extent: the point square [0, 9999]^2 plus every zone box
        gx0 = 0; gy0 = 0; gx1 = 9999 // cell; gy1 = 9999 // cell
        for z in range(n_zones):
            gx0 = min(gx0, floor_div(boxes[z].x0, cell)); gy0 = min(gy0, floor_div(boxes[z].y0, cell))
            gx1 = max(gx1, floor_div(boxes[z].x1, cell)); gy1 = max(gy1, floor_div(boxes[z].y1, cell))
        width = gx1 - gx0 + 1
        height = gy1 - gy0 + 1
        offsets = <int*>calloc(width * height + 1, sizeof(int))
        fill = <int*>calloc(width * height + 1, sizeof(int))
        if not (offsets and fill):
            raise MemoryError()
        with nogil:
            for z in range(n_zones):
                for gx in range(floor_div(boxes[z].x0, cell), floor_div(boxes[z].x1, cell) + 1):
                    for gy in range(floor_div(boxes[z].y0, cell), floor_div(boxes[z].y1, cell) + 1):
                        offsets[(gx - gx0) * height + (gy - gy0) + 1] += 1
                        registrations += 1
            for c in range(width * height):
                offsets[c + 1] += offsets[c]
        members = <int*>malloc((registrations + 1) * sizeof(int))
        if members == NULL:
            raise MemoryError()
        with nogil:
            for z in range(n_zones):
                for gx in range(floor_div(boxes[z].x0, cell), floor_div(boxes[z].x1, cell) + 1):
                    for gy in range(floor_div(boxes[z].y0, cell), floor_div(boxes[z].y1, cell) + 1):
                        c = (gx - gx0) * height + (gy - gy0)
                        members[offsets[c] + fill[c]] = z
                        fill[c] += 1
            for i in range(n_points):
                px = draw(&state, 10000)
                py = draw(&state, 10000)
                hits = 0
                c = (px // cell - gx0) * height + (py // cell - gy0)
                for k in range(offsets[c], offsets[c + 1]):
                    z = members[k]
                    b = &boxes[z]
                    if b.x0 <= px <= b.x1 and b.y0 <= py <= b.y1:
                        tests += 1
                        if contains(&zones[SIDES * z], px, py):
                            per_zone[z] += 1
                            hits += 1
                if hits == 0:
                    uncovered += 1
                elif hits > 1:
                    multiple += 1
        for z in range(n_zones):
            checksum = (checksum * 1000003 + per_zone[z]) % 1000000007
        return (checksum, [per_zone[z] for z in range(min(8, n_zones))], uncovered, multiple, tests, registrations)
    finally:
        free(zones); free(boxes); free(per_zone); free(offsets); free(members); free(fill)
