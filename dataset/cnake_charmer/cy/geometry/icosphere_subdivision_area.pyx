# distutils: language = c++
# cython: language_level=3
"""Icosphere construction by repeated midpoint subdivision.

Vertices and faces are libcpp vectors of C structs, and the shared-edge midpoint cache
is a C++ unordered_map keyed by the packed vertex pair (a 64-bit integer), so each
subdivision level is pure C++ container work; areas use libc sqrt in the same order.

Keywords: geometry, icosphere, subdivision, mesh, midpoint cache, sphere tessellation
"""

import cython
from libc.math cimport sqrt, INFINITY
from libcpp.vector cimport vector
from libcpp.unordered_map cimport unordered_map

from cnake_charmer.benchmarks import cython_benchmark


cdef struct V3:
    double x
    double y
    double z

cdef struct Tri:
    int a
    int b
    int c


cdef int midpoint(vector[V3]& verts, unordered_map[long long, int]& cache, int a, int b):
    cdef long long key = (<long long>min(a, b) << 32) | max(a, b)
    cdef unordered_map[long long, int].iterator it = cache.find(key)
    cdef V3 p, q, m
    cdef double n
    if it != cache.end():
        return cython.operator.dereference(it).second
    p = verts[a]
    q = verts[b]
    m.x = (p.x + q.x) / 2
    m.y = (p.y + q.y) / 2
    m.z = (p.z + q.z) / 2
    n = sqrt(m.x * m.x + m.y * m.y + m.z * m.z)
    m.x = m.x / n
    m.y = m.y / n
    m.z = m.z / n
    verts.push_back(m)
    cache[key] = <int>verts.size() - 1
    return <int>verts.size() - 1


@cython_benchmark(args=(6,))
@cython.boundscheck(False)
@cython.wraparound(False)
def icosphere_subdivision_area(int levels):
    """Subdivide an icosahedron `levels` times and measure the mesh."""
    cdef double t = (1.0 + sqrt(5.0)) / 2.0
    cdef double raw[12][3]
    cdef int face_idx[20][3]
    raw[:] = [[-1, t, 0], [1, t, 0], [-1, -t, 0], [1, -t, 0], [0, -1, t], [0, 1, t],
              [0, -1, -t], [0, 1, -t], [t, 0, -1], [t, 0, 1], [-t, 0, -1], [-t, 0, 1]]
    face_idx[:] = [[0, 11, 5], [0, 5, 1], [0, 1, 7], [0, 7, 10], [0, 10, 11], [1, 5, 9], [5, 11, 4],
                   [11, 10, 2], [10, 7, 6], [7, 1, 8], [3, 9, 4], [3, 4, 2], [3, 2, 6], [3, 6, 8],
                   [3, 8, 9], [4, 9, 5], [2, 4, 11], [6, 2, 10], [8, 6, 7], [9, 8, 1]]
    cdef vector[V3] verts
    cdef vector[Tri] faces, new_faces
    cdef unordered_map[long long, int] cache
    cdef V3 v, p, q, r
    cdef Tri f
    cdef int i, level, ab, bc, ca
    cdef size_t k
    cdef double n, ux, uy, uz, wx, wy, wz, cx, cy, cz, area, total = 0.0, smallest = INFINITY, largest = 0.0
    for i in range(12):
        n = sqrt(raw[i][0] * raw[i][0] + raw[i][1] * raw[i][1] + raw[i][2] * raw[i][2])
        v.x = raw[i][0] / n
        v.y = raw[i][1] / n
        v.z = raw[i][2] / n
        verts.push_back(v)
    for i in range(20):
        faces.push_back(Tri(face_idx[i][0], face_idx[i][1], face_idx[i][2]))
    for level in range(levels):
        cache.clear()
        new_faces.clear()
        for k in range(faces.size()):
            f = faces[k]
            ab = midpoint(verts, cache, f.a, f.b)
            bc = midpoint(verts, cache, f.b, f.c)
            ca = midpoint(verts, cache, f.c, f.a)
            new_faces.push_back(Tri(f.a, ab, ca))
            new_faces.push_back(Tri(f.b, bc, ab))
            new_faces.push_back(Tri(f.c, ca, bc))
            new_faces.push_back(Tri(ab, bc, ca))
        faces.swap(new_faces)
    for k in range(faces.size()):
        p = verts[faces[k].a]
        q = verts[faces[k].b]
        r = verts[faces[k].c]
        ux = q.x - p.x
        uy = q.y - p.y
        uz = q.z - p.z
        wx = r.x - p.x
        wy = r.y - p.y
        wz = r.z - p.z
        cx = uy * wz - uz * wy
        cy = uz * wx - ux * wz
        cz = ux * wy - uy * wx
        area = 0.5 * sqrt(cx * cx + cy * cy + cz * cz)
        total += area
        if area < smallest:
            smallest = area
        if area > largest:
            largest = area
    return (<int>verts.size(), <int>faces.size(), total, smallest, largest)
