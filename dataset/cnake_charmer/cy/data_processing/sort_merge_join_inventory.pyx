# distutils: language = c++
# cython: language_level=3
"""Sort-merge join over packed 64-bit rows sorted with std::sort.

Each row (key, quantity) is packed into one unsigned 64-bit integer, key in the high
bits, so a plain numeric std::sort on a libcpp vector reproduces the tuple order of the
Python version. The merge and the cross-product checksum run as nogil C loops over
the two vectors.

Keywords: sort-merge join, merge join, packed keys, std sort, libcpp vector, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef long long fill(vector[unsigned long long] &rows, int count, int key_range, long long state) noexcept nogil:
    cdef int i
    cdef long long u, key, q
    rows.resize(count)
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state % key_range
        key = u * u // key_range
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        q = 1 + state % 500
        rows[i] = (<unsigned long long> key << 20) | <unsigned long long> q
    sort(rows.begin(), rows.end())
    return state


@cython_benchmark(args=(30000, 20000, 20000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sort_merge_join_inventory(int n_left, int n_right, int key_range):
    """Sort-merge join two generated tables; return (rows, checksum, widest key, matched keys)."""
    if n_left <= 0 or n_right <= 0 or key_range <= 0:
        return 0, 0, -1, 0
    cdef vector[unsigned long long] L, R
    cdef long long state = 31415
    cdef size_t i = 0, j = 0, ie, je, a, b, nl, nr
    cdef unsigned long long key, lk, rk
    cdef long long rows = 0, checksum = 0, fan, widest = 0, widest_key = -1
    cdef int matched = 0
    with nogil:
        state = fill(L, n_left, key_range, state)
        state = fill(R, n_right, key_range, state)
        nl = L.size()
        nr = R.size()
        while i < nl and j < nr:
            lk = L[i] >> 20
            rk = R[j] >> 20
            if lk < rk:
                i += 1
            elif lk > rk:
                j += 1
            else:
                key = lk
                ie = i
                while ie < nl and (L[ie] >> 20) == key:
                    ie += 1
                je = j
                while je < nr and (R[je] >> 20) == key:
                    je += 1
                for a in range(i, ie):
                    for b in range(j, je):
                        checksum = (checksum * 31 + <long long> (L[a] & 0xFFFFF) * 1000
                                    + <long long> (R[b] & 0xFFFFF)) % 1000000007
                fan = <long long> (ie - i) * (je - j)
                rows += fan
                matched += 1
                if fan > widest:
                    widest = fan
                    widest_key = key
                i = ie
                j = je
    return rows, checksum, widest_key, matched
