# cython: language_level=3
"""Schulze method on a noisy spatial electorate — typed 2-D memoryviews and an in-place insertion sort.

Each voter's ranking is built with an insertion sort over a small C array of
(score, candidate) keys, then converted to a position array so the pairwise matrix
update is a branch-light double loop over a ``int[:, ::1]`` memoryview. The
widest-path closure runs on a second memoryview inside ``nogil``.

Keywords: elections, Schulze method, Condorcet, widest path, beatpath, pairwise preferences, spatial voting
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int lcg(unsigned long long *s, int k) noexcept nogil:
    s[0] = (s[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((s[0] >> 16) % k)


@cython_benchmark(args=(2600, 32, 91))
@cython.boundscheck(False)
@cython.wraparound(False)
def schulze_widest_path_ranking(int n_voters, int n_cands, long long seed):
    """Return (winners, full ranking, path-strength checksum, first row of d)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_cands, m = n if n > 0 else 1
    cdef int[:, ::1] d = cvarray(shape=(m, m), itemsize=sizeof(int), format="i")
    cdef int[:, ::1] p = cvarray(shape=(m, m), itemsize=sizeof(int), format="i")
    cdef int *cx = <int *>malloc(m * sizeof(int))
    cdef int *cy = <int *>malloc(m * sizeof(int))
    cdef long long *key = <long long *>malloc(m * sizeof(long long))
    cdef int *rank = <int *>malloc(m * sizeof(int))
    cdef int *place = <int *>malloc(m * sizeof(int))
    cdef int v, i, j, k, vx, vy, c, via, nb
    cdef long long sc, dx, dy, checksum = 0
    d[:, :] = 0
    try:
        for c in range(n):
            cx[c] = lcg(&state, 1000)
            cy[c] = lcg(&state, 1000)
        for v in range(n_voters):
            vx = lcg(&state, 1000)
            vy = lcg(&state, 1000)
            for c in range(n):
                dx = cx[c] - vx
                dy = cy[c] - vy
                sc = (dx * dx + dy * dy + lcg(&state, 90000)) * 1024 + c
                j = c
                while j > 0 and key[j - 1] > sc:
                    key[j] = key[j - 1]
                    j -= 1
                key[j] = sc
            for i in range(n):
                place[<int>(key[i] & 1023)] = i
            for i in range(n):
                for j in range(n):
                    if place[i] < place[j]:
                        d[i, j] += 1
        with nogil:
            for i in range(n):
                for j in range(n):
                    p[i, j] = d[i, j] if d[i, j] > d[j, i] else 0
            for k in range(n):
                for i in range(n):
                    if i == k:
                        continue
                    for j in range(n):
                        if j != i and j != k:
                            via = p[i, k] if p[i, k] < p[k, j] else p[k, j]
                            if via > p[i, j]:
                                p[i, j] = via
            for i in range(n):
                for j in range(n):
                    checksum = (checksum + (i * 31 + j) * <long long>p[i, j]) % 1000000007
        winners = []
        for i in range(n):
            nb = 0
            for j in range(n):
                if p[i, j] < p[j, i]:
                    break
            else:
                winners.append(i)
            for j in range(n):
                if p[i, j] > p[j, i]:
                    nb += 1
            rank[i] = nb
        order = sorted(range(n), key=lambda x: (-rank[x], x))
        row = [d[0, j] for j in range(n)]
    finally:
        free(cx); free(cy); free(key); free(rank); free(place)
    return (winners, order, checksum, row)
