# cython: language_level=3
"""Hungarian algorithm on a cython.view cost matrix with C long potentials.

The cost matrix is a ``cython.view.array`` viewed as a 2D ``long`` memoryview; the
potentials, slack and path arrays are C-contiguous 1D views, and integer potentials
with a large sentinel replace Python's float infinity. The augmenting step is a cdef
with an ``except -1`` exception value guarding against an inconsistent matching.

Keywords: optimization, hungarian algorithm, assignment problem, matching, potentials
"""

cimport cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark

cdef long BIG = 1L << 60


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int augment(long[:, ::1] cost, long[::1] u, long[::1] v, long[::1] match, long[::1] way,
                 long[::1] minv, unsigned char[::1] used, int n, int i) except -1:
    cdef int j, j0 = 0, j1, i0
    cdef long delta, cur
    match[0] = i
    for j in range(n + 1):
        minv[j] = BIG
        used[j] = 0
    while True:
        used[j0] = 1
        i0 = <int>match[j0]
        delta = BIG
        j1 = 0
        for j in range(1, n + 1):
            if not used[j]:
                cur = cost[i0 - 1, j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j] = cur
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
        if j1 == 0:
            raise RuntimeError("no augmenting column found")
        for j in range(n + 1):
            if used[j]:
                u[match[j]] += delta
                v[j] -= delta
            else:
                minv[j] -= delta
        j0 = j1
        if match[j0] == 0:
            break
    while j0:
        j1 = <int>way[j0]
        match[j0] = match[j1]
        j0 = j1
    return 0


@cython_benchmark(args=(240, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def hungarian_assignment_cost(int n, long seed):
    """Return (minimum total cost, job of each worker)."""
    if n <= 0:
        return 0, []
    cdef long[:, ::1] cost = cvarray(shape=(n, n), itemsize=sizeof(long), format="l")
    cdef long[::1] u = cvarray(shape=(n + 1,), itemsize=sizeof(long), format="l")
    cdef long[::1] v = cvarray(shape=(n + 1,), itemsize=sizeof(long), format="l")
    cdef long[::1] match = cvarray(shape=(n + 1,), itemsize=sizeof(long), format="l")
    cdef long[::1] way = cvarray(shape=(n + 1,), itemsize=sizeof(long), format="l")
    cdef long[::1] minv = cvarray(shape=(n + 1,), itemsize=sizeof(long), format="l")
    cdef unsigned char[::1] used = cvarray(shape=(n + 1,), itemsize=1, format="B")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j
    cdef long total = 0
    for i in range(n):
        for j in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            cost[i, j] = <long>((state >> 8) % 1000)
    u[:] = 0
    v[:] = 0
    match[:] = 0
    way[:] = 0
    for i in range(1, n + 1):
        augment(cost, u, v, match, way, minv, used, n, i)
    assignment = [0] * n
    for j in range(1, n + 1):
        assignment[match[j] - 1] = j - 1
    for i in range(n):
        total += cost[i, <int>assignment[i]]
    return total, assignment
