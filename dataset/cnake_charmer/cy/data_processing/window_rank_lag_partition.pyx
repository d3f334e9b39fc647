# distutils: language = c++
# cython: language_level=3
"""Window functions over a partition-major std::sort of packed row keys.

Each row is packed into one 64-bit key (partition, timestamp, row id) so a single
std::sort yields every partition's rows in timestamp order, contiguously. Dense ranks
come from a per-partition presence table over the bounded value range (a running count
from the top value down), so no dicts, sets or per-partition sorts are needed.

Keywords: window functions, dense rank, lag, packed keys, std sort, libcpp vector, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    VR = 500


@cython_benchmark(args=(30000, 300))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def window_rank_lag_partition(int n, int partitions):
    """Compute per-partition window columns; return (rank checksum, lag checksum, max jumps, rank-1 rows)."""
    if n <= 0 or partitions <= 0:
        return 0, 0, [], 0
    cdef vector[unsigned long long] keys
    cdef vector[int] values
    cdef vector[long long] jumps
    cdef int present[VR]
    cdef int rank_of[VR]
    cdef long long state = 5151, rank_sum = 0, lag_sum = 0, firsts = 0, lag
    cdef int i, j, p, ts, v, start, end, r, row_number, prev
    cdef unsigned long long k
    jumps.resize(partitions)
    with nogil:
        keys.resize(n)
        values.resize(n)
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            p = (state >> 3) % partitions
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ts = (state >> 2) % 1000000
            values[i] = (state >> 9) % 500
            keys[i] = ((<unsigned long long> p) << 40) | ((<unsigned long long> ts) << 20) | <unsigned long long> i
        sort(keys.begin(), keys.end())
        start = 0
        while start < n:
            p = <int> (keys[start] >> 40)
            end = start
            while end < n and <int> (keys[end] >> 40) == p:
                end += 1
            for v in range(VR):
                present[v] = 0
            for j in range(start, end):
                present[values[keys[j] & 0xFFFFF]] = 1
            r = 0
            for v in range(VR - 1, -1, -1):
                if present[v]:
                    r += 1
                    rank_of[v] = r
            prev = -1
            for j in range(start, end):
                v = values[keys[j] & 0xFFFFF]
                row_number = j - start + 1
                if rank_of[v] == 1:
                    firsts += 1
                lag = 0 if prev < 0 else v - prev
                if lag > jumps[p]:
                    jumps[p] = lag
                rank_sum = (rank_sum * 31 + row_number * 7 + rank_of[v]) % 1000000007
                lag_sum = (lag_sum * 17 + lag + 1000) % 1000000007
                prev = v
            start = end
    return rank_sum, lag_sum, [jumps[i] for i in range(min(partitions, 10))], firsts
