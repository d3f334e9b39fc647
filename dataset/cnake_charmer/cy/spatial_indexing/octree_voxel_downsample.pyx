# cython: language_level=3
"""Voxel-grid downsampling of a 3-D point cloud through an octree — a linear octree of Morton keys.

No node objects are built: each point gets its 3-D Morton key (x, y, z bits spread two
apart with the 64-bit magic-mask cascade, truncated to `depth` levels), the records are
sorted with libc ``qsort``, and the octree is implicit in the sorted keys - a voxel is
a run of equal keys, depth-first octant order is key order, and the occupied nodes of
a level are the distinct key prefixes. Everything after point generation runs nogil.

Keywords: spatial indexing, octree, voxel grid, point cloud, downsampling, centroid
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Rec:
    uint64_t key
    int x
    int y
    int z


cdef int cmp_rec(const void* a, const void* b) noexcept nogil:
    cdef uint64_t u = (<const Rec*>a).key, v = (<const Rec*>b).key
    return (u > v) - (u < v)


cdef inline uint64_t spread3(uint64_t v) noexcept nogil:
    v &= 0xFFFF
    v = (v | (v << 32)) & 0x001F00000000FFFFULL
    v = (v | (v << 16)) & 0x001F0000FF0000FFULL
    v = (v | (v << 8)) & 0x100F00F00F00F00FULL
    v = (v | (v << 4)) & 0x10C30C30C30C30C3ULL
    v = (v | (v << 2)) & 0x1249249249249249ULL
    return v


cdef inline uint64_t step(uint64_t* state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(40000, 7, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def octree_voxel_downsample(int n, int depth, unsigned long long seed):
    """Return (voxels, occupied nodes per level, centroid checksum, fullest voxel, first 4 centroids)."""
    if not 0 <= depth <= 16:
        raise ValueError("depth must be between 0 and 16")
    cdef uint64_t state = seed
    cdef int top = 65535, i, j, b, kind, x, y, z, v
    cdef int blobs[4][3]
    cdef int shift = 3 * (16 - depth)
    cdef long long sx, sy, sz, cnt, checksum = 0, fullest = 0, n_vox = 0
    cdef long long cx, cy, cz
    cdef Rec* recs = <Rec*>malloc((n + 1) * sizeof(Rec))
    cdef long long* per_level = <long long*>malloc((depth + 1) * sizeof(long long))
    first = []
    try:
        if recs == NULL or per_level == NULL:
            raise MemoryError()
        for b in range(4):
            for j in range(3):
                blobs[b][j] = <int>step(&state, top)
        for i in range(n):
            kind = i % 4
            if kind < 2:
                x = <int>step(&state, top)
                y = <int>step(&state, top)
                z = <int>((<long long>x * x + <long long>y * y) >> 17)
                if z > top:
                    z = top
            elif kind == 2:
                b = <int>step(&state, 4)
                v = blobs[b][0] + <int>step(&state, 3001) - 1500
                x = 0 if v < 0 else (top if v > top else v)
                v = blobs[b][1] + <int>step(&state, 3001) - 1500
                y = 0 if v < 0 else (top if v > top else v)
                v = blobs[b][2] + <int>step(&state, 3001) - 1500
                z = 0 if v < 0 else (top if v > top else v)
            else:
                x = <int>step(&state, top)
                y = <int>step(&state, top)
                z = <int>step(&state, top)
            recs[i].x = x
            recs[i].y = y
            recs[i].z = z
            recs[i].key = ((spread3(x) << 2) | (spread3(y) << 1) | spread3(z)) >> shift
        with nogil:
            qsort(recs, n, sizeof(Rec), cmp_rec)
            for b in range(depth + 1):
                per_level[b] = 0
                for i in range(n):
                    if i == 0 or (recs[i].key >> (3 * (depth - b))) != (recs[i - 1].key >> (3 * (depth - b))):
                        per_level[b] += 1
        i = 0
        while i < n:
            j = i
            sx = 0; sy = 0; sz = 0
            while j < n and recs[j].key == recs[i].key:
                sx += recs[j].x; sy += recs[j].y; sz += recs[j].z
                j += 1
            cnt = j - i
            cx = sx // cnt; cy = sy // cnt; cz = sz // cnt
            checksum = (checksum * 1000003 + cx * 9 + cy * 5 + cz * 3 + cnt) % 1000000007
            if cnt > fullest:
                fullest = cnt
            if n_vox < 4:
                first.append((cx, cy, cz))
            n_vox += 1
            i = j
        return (n_vox, [per_level[b] for b in range(depth + 1)], checksum, fullest, first)
    finally:
        free(recs); free(per_level)
