# cython: language_level=3
"""Ray casting a seeded voxel volume with Amanatides–Woo grid traversal — a cdef class over a 3-D memoryview.

The occupancy grid is a ``cdef class`` holding a C-contiguous 3-D ``unsigned char``
memoryview; its nogil ``trace`` method does the slab clip and the DDA walk on C
arrays of three cells / steps / boundary distances and returns a ``Hit`` struct, so
each voxel step is a couple of comparisons and one add.

Keywords: graphics, voxels, ray casting, amanatides woo, 3d dda, grid traversal, slab test
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport floor, INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Hit:
    long index
    int axis
    int visited
    double t


@cython.final
cdef class VoxelVolume:
    cdef unsigned char[:, :, ::1] cells
    cdef int n

    def __init__(self, int n):
        self.n = n
        self.cells = cvarray(shape=(n, n, n), itemsize=1, format="B")
        self.cells[:, :, :] = 0

    @cython.boundscheck(False)
    @cython.wraparound(False)
    @cython.cdivision(True)
    cdef Hit trace(self, const double *o, const double *d) noexcept nogil:
        cdef Hit h
        cdef double t_near = -INFINITY, t_far = INFINITY, t0, t1, lo, hi, t
        cdef long cell[3]
        cdef int step[3]
        cdef double t_max[3]
        cdef double t_delta[3]
        cdef int k, axis = -1, n = self.n
        cdef long c
        h.index = -1
        h.axis = -1
        h.visited = 0
        h.t = 0.0
        for k in range(3):
            if d[k] == 0.0:
                if o[k] < 0.0 or o[k] > n:
                    return h
                continue
            t0 = (0.0 - o[k]) / d[k]
            t1 = (n - o[k]) / d[k]
            lo = t1 if t1 < t0 else t0
            hi = t1 if t1 > t0 else t0
            if lo > t_near:
                t_near = lo
            if hi < t_far:
                t_far = hi
        t = t_near if t_near > 0.0 else 0.0
        if t_far < t:
            return h
        for k in range(3):
            c = <long>floor(o[k] + d[k] * t)
            if c < 0:
                c = 0
            if c > n - 1:
                c = n - 1
            cell[k] = c
            if d[k] > 0.0:
                step[k] = 1
                t_max[k] = (c + 1 - o[k]) / d[k]
                t_delta[k] = 1.0 / d[k]
            elif d[k] < 0.0:
                step[k] = -1
                t_max[k] = (c - o[k]) / d[k]
                t_delta[k] = -1.0 / d[k]
            else:
                step[k] = 0
                t_max[k] = INFINITY
                t_delta[k] = INFINITY
        while True:
            h.visited += 1
            if self.cells[cell[2], cell[1], cell[0]]:
                h.index = (cell[2] * n + cell[1]) * n + cell[0]
                h.axis = axis
                h.t = t
                return h
            if t_max[0] < t_max[1] and t_max[0] < t_max[2]:
                axis = 0
            elif t_max[1] < t_max[2]:
                axis = 1
            else:
                axis = 2
            t = t_max[axis]
            cell[axis] += step[axis]
            if cell[axis] < 0 or cell[axis] >= n:
                return h
            t_max[axis] += t_delta[axis]


@cython_benchmark(args=(100, 48, 14, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def voxel_dda_ray_traversal(int pixels, int n, int balls, long long seed):
    """Cast pixels x pixels rays into an n^3 volume holding `balls` seeded spheres."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef VoxelVolume volume = VoxelVolume(n)
    cdef int x, y, z, i, k, px, py
    cdef long dx, dy, dz
    cdef bint solid
    cdef double o[3]
    cdef double d[3]
    cdef double u, v, distance = 0.0
    cdef long long hits = 0, visited_total = 0, checksum = 0
    cdef long long faces[4]
    cdef Hit h
    cdef int[:, ::1] table = cvarray(shape=(max(balls, 1), 4), itemsize=sizeof(int), format="i")
    for i in range(balls):
        for k in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            table[i, k] = <int>((state >> 16) % (n if k < 3 else n // 4 + 1))
        table[i, 3] += 1
    with nogil:
        for z in range(n):
            for y in range(n):
                for x in range(n):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    solid = (state >> 16) % 500 == 0
                    for i in range(balls):
                        dx = x - table[i, 0]
                        dy = y - table[i, 1]
                        dz = z - table[i, 2]
                        if dx * dx + dy * dy + dz * dz <= table[i, 3] * table[i, 3]:
                            solid = True
                            break
                    volume.cells[z, y, x] = solid
    o[0] = n * 0.5 + 0.31
    o[1] = n * 0.55 + 0.17
    o[2] = -0.9 * n
    for k in range(4):
        faces[k] = 0
    hit_ids = []
    for py in range(pixels):
        for px in range(pixels):
            u = (px + 0.5) / pixels - 0.5
            v = (py + 0.5) / pixels - 0.5
            d[0] = u * 1.3
            d[1] = v * 1.3 - 0.05
            d[2] = 1.0
            h = volume.trace(o, d)
            visited_total += h.visited
            hit_ids.append(h.index)
            if h.index >= 0:
                hits += 1
                faces[h.axis + 1] += 1
                distance += h.t
            checksum = (checksum * 1000003 + h.index + 1) % 2147483647
    samples = hit_ids[:: max(1, len(hit_ids) // 8)][:8]
    return (hits, visited_total, [faces[k] for k in range(4)], distance, checksum, samples)
