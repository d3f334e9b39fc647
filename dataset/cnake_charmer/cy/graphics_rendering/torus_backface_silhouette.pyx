# cython: language_level=3
"""Back-face culling and silhouette edges of a rotating torus mesh under perspective projection — flat mesh arrays.

Vertices, projected points, triangles and the edge → face adjacency are malloc'd C
arrays (the adjacency of the regular torus grid is written down directly, three
edges per quad, instead of hashing vertex pairs); the rotation is a ``double[3][3]``
C array, and each frame's projection, culling and silhouette count run in a nogil
block with ``bint`` visibility flags.

Keywords: graphics, back-face culling, silhouette edges, perspective projection, mesh, rotation matrix
"""

import cython
from libc.math cimport sin, cos, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct P3:
    double x, y, z


cdef struct P2:
    double x, y


@cython_benchmark(args=(60, 30, 64, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def torus_backface_silhouette(int major, int minor, int frames, long long seed):
    """Cull and outline a major x minor torus over `frames` seeded orientations."""
    major = max(major, 3)
    minor = max(minor, 3)
    cdef int nv = major * minor, nt = 2 * nv, ne = 3 * nv
    cdef P3 *verts = <P3 *>malloc(nv * sizeof(P3))
    cdef P2 *screen = <P2 *>malloc(nv * sizeof(P2))
    cdef int *tri = <int *>malloc(3 * nt * sizeof(int))
    cdef int *edge = <int *>malloc(2 * ne * sizeof(int))
    cdef bint *front = <bint *>malloc(nt * sizeof(bint))
    cdef double m[3][3]
    cdef long long state = seed & 0x7FFFFFFF
    cdef double theta, phi, ring, ax, ay, ca, sa, cb, sb, rx, ry, rz, twice_area, area_total = 0.0
    cdef double focal = 240.0, centre = 200.0, lo_x = 0, lo_y = 0, hi_x = 0, hi_y = 0
    cdef int i, j, f, k, q, a, b, c, d, nfront, sil
    cdef long long checksum = 0
    if verts == NULL or screen == NULL or tri == NULL or edge == NULL or front == NULL:
        free(verts); free(screen); free(tri); free(edge); free(front)
        raise MemoryError()
    try:
        per_frame = []
        with nogil:
            for i in range(major):
                theta = 2.0 * M_PI * i / major
                for j in range(minor):
                    phi = 2.0 * M_PI * j / minor
                    ring = 1.0 + 0.42 * cos(phi)
                    q = i * minor + j
                    verts[q].x = ring * cos(theta)
                    verts[q].y = ring * sin(theta)
                    verts[q].z = 0.42 * sin(phi)
                    a = q
                    b = ((i + 1) % major) * minor + j
                    c = ((i + 1) % major) * minor + (j + 1) % minor
                    d = i * minor + (j + 1) % minor
                    tri[6 * q] = a
                    tri[6 * q + 1] = b
                    tri[6 * q + 2] = c
                    tri[6 * q + 3] = a
                    tri[6 * q + 4] = c
                    tri[6 * q + 5] = d
                    # diagonal, edge a-b (shared with the quad below) and edge b-c (shared with the next ring)
                    edge[6 * q] = 2 * q
                    edge[6 * q + 1] = 2 * q + 1
                    edge[6 * q + 2] = 2 * q
                    edge[6 * q + 3] = 2 * (i * minor + (j + minor - 1) % minor) + 1
                    edge[6 * q + 4] = 2 * q
                    edge[6 * q + 5] = 2 * (((i + 1) % major) * minor + j) + 1
        for f in range(frames):
            with nogil:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ax = (state >> 8) / 8388608.0 * 2.0 * M_PI
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ay = (state >> 8) / 8388608.0 * 2.0 * M_PI
                ca = cos(ax)
                sa = sin(ax)
                cb = cos(ay)
                sb = sin(ay)
                m[0][0] = cb
                m[0][1] = sa * sb
                m[0][2] = ca * sb
                m[1][0] = 0.0
                m[1][1] = ca
                m[1][2] = -sa
                m[2][0] = -sb
                m[2][1] = sa * cb
                m[2][2] = ca * cb
                for q in range(nv):
                    rx = m[0][0] * verts[q].x + m[0][1] * verts[q].y + m[0][2] * verts[q].z
                    ry = m[1][0] * verts[q].x + m[1][1] * verts[q].y + m[1][2] * verts[q].z
                    rz = m[2][0] * verts[q].x + m[2][1] * verts[q].y + m[2][2] * verts[q].z + 4.0
                    screen[q].x = centre + focal * rx / rz
                    screen[q].y = centre - focal * ry / rz
                nfront = 0
                for k in range(nt):
                    a = tri[3 * k]
                    b = tri[3 * k + 1]
                    c = tri[3 * k + 2]
                    twice_area = ((screen[b].x - screen[a].x) * (screen[c].y - screen[a].y)
                                  - (screen[b].y - screen[a].y) * (screen[c].x - screen[a].x))
                    front[k] = twice_area > 0.0
                    if front[k]:
                        area_total += twice_area / 2.0
                        nfront += 1
                    checksum = (checksum * 2 + front[k]) % 1000000007
                sil = 0
                for k in range(ne):
                    if front[edge[2 * k]] != front[edge[2 * k + 1]]:
                        sil += 1
                lo_x = hi_x = screen[0].x
                lo_y = hi_y = screen[0].y
                for q in range(1, nv):
                    if screen[q].x < lo_x:
                        lo_x = screen[q].x
                    if screen[q].x > hi_x:
                        hi_x = screen[q].x
                    if screen[q].y < lo_y:
                        lo_y = screen[q].y
                    if screen[q].y > hi_y:
                        hi_y = screen[q].y
            per_frame.append((nfront, sil))
        box = [lo_x, lo_y, hi_x, hi_y] if frames > 0 else []
        return (per_frame, area_total, checksum, box)
    finally:
        free(verts); free(screen); free(tri); free(edge); free(front)
