# distutils: language = c++
# cython: language_level=3
"""Consistent hashing with a sorted ``std::vector`` of (position, node) pairs.

Ring points are ``std::pair[uint64_t, int]`` sorted with ``std::sort``; the key hashes
are ``uint64_t`` fmix64 results (multiplication wraps natively) and each lookup is a
hand-written lower-bound binary search over the positions, done for the full ring and
for the ring without node 0.

Keywords: consistent hashing, hash ring, binary search, std pair, unsigned 64 bit, hashing
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

ctypedef pair[uint64_t, int] Point


cdef inline uint64_t _fmix64(uint64_t x) noexcept nogil:
    x ^= x >> 33
    x *= 0xFF51AFD7ED558CCDULL
    x ^= x >> 33
    x *= 0xC4CEB9FE1A85EC53ULL
    x ^= x >> 33
    return x


cdef int _owner(vector[Point] &pts, uint64_t h) noexcept:
    cdef size_t lo = 0, hi = pts.size(), mid
    while lo < hi:
        mid = (lo + hi) // 2
        if pts[mid].first < h:
            lo = mid + 1
        else:
            hi = mid
    return pts[lo % pts.size()].second


@cython_benchmark(args=(16, 64, 60000))
@cython.boundscheck(False)
@cython.wraparound(False)
def consistent_hash_ring(int n_nodes, int replicas, int n_keys):
    """Return (keys per node, keys moved when node 0 leaves, keys that moved to a wrong node)."""
    cdef vector[Point] pts
    cdef vector[Point] rest
    cdef int *loads = <int *> calloc(n_nodes + 1, sizeof(int))
    cdef int node, r, k, a, b, moved = 0, wrong = 0
    cdef uint64_t h
    cdef size_t i
    try:
        for node in range(n_nodes):
            for r in range(replicas):
                pts.push_back(Point(_fmix64(<uint64_t> (node * 100003 + r + 1)), node))
        sort(pts.begin(), pts.end())
        for i in range(pts.size()):
            if pts[i].second != 0:
                rest.push_back(pts[i])
        for k in range(n_keys):
            h = _fmix64(<uint64_t> k ^ 0x5DEECE66DULL)
            a = _owner(pts, h)
            loads[a] += 1
            if rest.size():
                b = _owner(rest, h)
                if a != b:
                    moved += 1
                    if a != 0:
                        wrong += 1
        return ([loads[node] for node in range(n_nodes)], moved, wrong)
    finally:
        free(loads)
