# distutils: language = c++
# cython: language_level=3
"""Approximate nearest neighbours with random-hyperplane locality-sensitive hashing — C++ hash tables.

Each table is a ``std::unordered_map[uint64, vector[int]]`` from sign-pattern key to
point ids, filled in id order like the Python dict of lists. Vectors and hyperplane
normals are flat ``int`` arrays with ``cdef inline`` dot and distance loops, the
candidate union is de-duplicated with a per-point "last seen" stamp array instead of
a set, and the brute-force recall check is a plain C loop.

Keywords: spatial indexing, locality sensitive hashing, random hyperplanes, approximate nearest neighbour, recall, simhash
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    DIM = 8


cdef inline long long dot(const int* a, const int* b) noexcept nogil:
    cdef long long total = 0
    cdef int k
    for k in range(DIM):
        total += a[k] * b[k]
    return total


cdef inline long long dist2(const int* a, const int* b) noexcept nogil:
    cdef long long total = 0, d
    cdef int k
    for k in range(DIM):
        d = a[k] - b[k]
        total += d * d
    return total


cdef inline uint64_t signature(const int* v, const int* planes, int bits) noexcept nogil:
    cdef uint64_t key = 0
    cdef int j
    for j in range(bits):
        key = key * 2 + (1 if dot(v, &planes[DIM * j]) >= 0 else 0)
    return key


cdef inline int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((state[0] >> 11) % k)


@cython_benchmark(args=(3000, 400, 3, 12, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hyperplane_lsh_ann_recall(int n, int queries, int tables, int bits, long long seed):
    """Return (candidates, answer checksum, exact matches, distance excess, first 5 (dist2, index))."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int centres[16][DIM]
    cdef int q[DIM]
    cdef int i, k, c, t, qi, best_i, exact_i
    cdef long long d, best_d, exact_d, examined = 0, checksum = 0, matches = 0, excess = 0
    cdef vector[unordered_map[uint64_t, vector[int]]] buckets
    cdef unordered_map[uint64_t, vector[int]].iterator found
    cdef vector[int]* members
    cdef int* pts = <int*>malloc((DIM * n + DIM) * sizeof(int))
    cdef int* planes = <int*>malloc((DIM * tables * bits + DIM) * sizeof(int))
    cdef int* seen = <int*>malloc((n + 1) * sizeof(int))
    first = []
    try:
        if not (pts and planes and seen):
            raise MemoryError()
        for c in range(16):
            for k in range(DIM):
                centres[c][k] = draw(&state, 161) - 80
        for i in range(n):
            c = draw(&state, 16)
            for k in range(DIM):
                pts[DIM * i + k] = centres[c][k] + draw(&state, 41) - 20
            seen[i] = -1
        for i in range(DIM * tables * bits):
            planes[i] = draw(&state, 17) - 8
        buckets.resize(tables)
        for t in range(tables):
            for i in range(n):
                buckets[t][signature(&pts[DIM * i], &planes[DIM * bits * t], bits)].push_back(i)
        for qi in range(queries):
            c = draw(&state, 16)
            for k in range(DIM):
                q[k] = centres[c][k] + draw(&state, 41) - 20
            best_d = -1
            best_i = -1
            with nogil:
                for t in range(tables):
                    found = buckets[t].find(signature(q, &planes[DIM * bits * t], bits))
                    if found == buckets[t].end():
                        continue
                    members = &cython.operator.dereference(found).second
                    for k in range(<int>members.size()):
                        i = members[0][k]
                        if seen[i] == qi:
                            continue
                        seen[i] = qi
                        examined += 1
                        d = dist2(q, &pts[DIM * i])
                        if best_i < 0 or d < best_d or (d == best_d and i < best_i):
                            best_d = d
                            best_i = i
            checksum = (checksum * 1000003 + best_d * 4099 + best_i + 2) % 1000000007
            if checksum < 0:
                checksum += 1000000007
            if qi % 10 == 0 and n > 0:
                exact_d = dist2(q, pts)
                exact_i = 0
                with nogil:
                    for i in range(1, n):
                        d = dist2(q, &pts[DIM * i])
                        if d < exact_d:
                            exact_d = d
                            exact_i = i
                if best_d == exact_d and best_i == exact_i:
                    matches += 1
                elif best_i >= 0:
                    excess += best_d - exact_d
            if qi < 5:
                first.append((best_d, best_i))
        return (examined, checksum, matches, excess, first)
    finally:
        free(pts); free(planes); free(seen)
