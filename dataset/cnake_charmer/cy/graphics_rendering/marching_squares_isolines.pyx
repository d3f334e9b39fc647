# cython: language_level=3
"""Extracting the iso-contour of a metaball field with marching squares — static C lookup tables.

The case → edge-pair table (with both saddle resolutions) is a module-level C array,
the sample field is one malloc'd block of doubles filled row-parallel with ``prange``,
and each crossing is computed by an inline nogil function that returns a ``Pt``
struct, so the cell walk does no dictionary lookups or tuple allocation.

Keywords: graphics, marching squares, isolines, contouring, metaballs, scalar field, lookup table
"""

import cython
from cython.parallel cimport prange
from libc.math cimport sqrt, sin, cos, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pt:
    double x
    double y


# TABLE[case][0] = number of segments, then up to two (edge, edge) pairs; index 16/17
# hold the "split" resolutions of saddles 5 and 10 (the "joined" ones sit at 5 and 10).
cdef int TABLE[18][5]
TABLE[0][:] = [0, 0, 0, 0, 0]
TABLE[1][:] = [1, 3, 2, 0, 0]
TABLE[2][:] = [1, 2, 1, 0, 0]
TABLE[3][:] = [1, 3, 1, 0, 0]
TABLE[4][:] = [1, 0, 1, 0, 0]
TABLE[5][:] = [2, 3, 0, 2, 1]
TABLE[6][:] = [1, 0, 2, 0, 0]
TABLE[7][:] = [1, 3, 0, 0, 0]
TABLE[8][:] = [1, 3, 0, 0, 0]
TABLE[9][:] = [1, 0, 2, 0, 0]
TABLE[10][:] = [2, 0, 1, 3, 2]
TABLE[11][:] = [1, 0, 1, 0, 0]
TABLE[12][:] = [1, 3, 1, 0, 0]
TABLE[13][:] = [1, 2, 1, 0, 0]
TABLE[14][:] = [1, 3, 2, 0, 0]
TABLE[15][:] = [0, 0, 0, 0, 0]
TABLE[16][:] = [2, 3, 2, 0, 1]
TABLE[17][:] = [2, 3, 0, 2, 1]


cdef inline Pt crossing(int edge, int x, int y, double tl, double tr, double br, double bl, double iso) noexcept nogil:
    cdef Pt p
    if edge == 0:
        p.x = x + (iso - tl) / (tr - tl)
        p.y = y
    elif edge == 1:
        p.x = x + 1
        p.y = y + (iso - tr) / (br - tr)
    elif edge == 2:
        p.x = x + (iso - bl) / (br - bl)
        p.y = y + 1
    else:
        p.x = x
        p.y = y + (iso - tl) / (bl - tl)
    return p


@cython_benchmark(args=(300, 220, 11, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def marching_squares_isolines(int cols, int rows, int balls, long long seed):
    """Contour the level-1 set of `balls` seeded metaballs on a cols x rows cell grid."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int stride = cols + 1
    cdef double *blobs = <double *>malloc((3 * balls + 3) * sizeof(double))
    cdef double *field = <double *>malloc((<size_t>(rows + 1) * stride + 1) * sizeof(double))
    cdef double u, value, bx, by, r, tl, tr, br, bl, iso = 1.0, length = 0.0, extent = min(cols, rows)
    cdef double lo_x = INFINITY, lo_y = INFINITY, hi_x = -INFINITY, hi_y = -INFINITY
    cdef int i, k, x, y, case, row_index, s
    cdef long long segments = 0, joined = 0, split = 0, checksum = 0
    cdef long long histogram[16]
    cdef Pt a, b
    if blobs == NULL or field == NULL:
        free(blobs); free(field)
        raise MemoryError()
    try:
        for i in range(balls):
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u = (state >> 8) / 8388608.0
                if k == 0:
                    blobs[3 * i] = u * cols
                elif k == 1:
                    blobs[3 * i + 1] = u * rows
                else:
                    blobs[3 * i + 2] = 2.0 + u * extent / 6.0
        for y in prange(rows + 1, nogil=True, schedule='static'):
            for x in range(cols + 1):
                value = 0.45 * sin(0.45 * x + 0.2 * y) * cos(0.35 * y)
                for i in range(balls):
                    bx = blobs[3 * i]
                    by = blobs[3 * i + 1]
                    r = blobs[3 * i + 2]
                    value = value + r * r / ((x - bx) * (x - bx) + (y - by) * (y - by) + 1.0)
                field[y * stride + x] = value
        for k in range(16):
            histogram[k] = 0
        with nogil:
            for y in range(rows):
                for x in range(cols):
                    tl = field[y * stride + x]
                    tr = field[y * stride + x + 1]
                    br = field[(y + 1) * stride + x + 1]
                    bl = field[(y + 1) * stride + x]
                    case = (8 if tl >= iso else 0) | (4 if tr >= iso else 0) | (2 if br >= iso else 0) | (1 if bl >= iso else 0)
                    histogram[case] += 1
                    checksum = (checksum * 17 + case) % 1000000007
                    row_index = case
                    if case == 5 or case == 10:
                        if (tl + tr + br + bl) / 4.0 >= iso:
                            joined += 1
                        else:
                            split += 1
                            row_index = 16 if case == 5 else 17
                    for s in range(TABLE[row_index][0]):
                        a = crossing(TABLE[row_index][1 + 2 * s], x, y, tl, tr, br, bl, iso)
                        b = crossing(TABLE[row_index][2 + 2 * s], x, y, tl, tr, br, bl, iso)
                        segments += 1
                        length += sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y))
                        if a.x < lo_x:
                            lo_x = a.x
                        if b.x < lo_x:
                            lo_x = b.x
                        if a.x > hi_x:
                            hi_x = a.x
                        if b.x > hi_x:
                            hi_x = b.x
                        if a.y < lo_y:
                            lo_y = a.y
                        if b.y < lo_y:
                            lo_y = b.y
                        if a.y > hi_y:
                            hi_y = a.y
                        if b.y > hi_y:
                            hi_y = b.y
        box = [lo_x, lo_y, hi_x, hi_y] if segments else []
        return ([histogram[k] for k in range(16)], segments, length, (joined, split), checksum, box)
    finally:
        free(blobs); free(field)
