# distutils: language = c++
# cython: language_level=3
"""Landau-function DP on dense count arrays with memoised lcm transitions.

Every distinct lcm value gets a small integer id through one C++ ``unordered_map``;
the result of "lcm of id with part p" is memoised in a per-id transition vector, so
hashing happens once per (value, part) instead of once per (value, part, total).
Each total keeps a dense ``long long`` count vector plus the list of its non-zero
ids, and the DP itself is plain indexed arithmetic in nogil code.

Keywords: combinatorics, permutation order, landau function, integer partitions, lcm, cycle type
"""

import cython
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long ll


cdef inline long long gcd_ll(long long a, long long b) noexcept nogil:
    cdef long long t
    while b:
        t = a % b
        a = b
        b = t
    return a


cdef int check_n(int n) except -1:
    if n < 0:
        raise ValueError("n must be non-negative")
    return 0




cdef inline int value_id(unordered_map[ll, int] &ids, vector[ll] &values,
                         vector[vector[int]] &trans, ll value, int n) noexcept nogil:
    cdef unordered_map[ll, int].iterator it = ids.find(value)
    if it != ids.end():
        return cython.operator.dereference(it).second
    cdef int new_id = <int>values.size()
    ids[value] = new_id
    values.push_back(value)
    trans.push_back(vector[int](n + 1, -1))
    return new_id


@cython_benchmark(args=(80,))
@cython.boundscheck(False)
@cython.wraparound(False)
def permutation_order_spectrum(int n):
    """Return (distinct orders, Landau g(n), partitions reaching it, partitions in total, 5 commonest (order, count))."""
    check_n(n)
    cdef unordered_map[ll, int] ids
    cdef vector[ll] values
    cdef vector[vector[int]] trans
    cdef vector[vector[ll]] counts = vector[vector[ll]](n + 1)
    cdef vector[vector[int]] nonzero = vector[vector[int]](n + 1)
    cdef int part, total, src, k, a, b
    cdef size_t idx
    cdef ll c, v
    with nogil:
        a = value_id(ids, values, trans, 1, n)
        counts[0].resize(1, 0)
        counts[0][a] = 1
        nonzero[0].push_back(a)
        for part in range(1, n + 1):
            for total in range(part, n + 1):
                src = total - part
                for idx in range(nonzero[src].size()):
                    a = nonzero[src][idx]
                    c = counts[src][a]
                    b = trans[a][part]
                    if b < 0:
                        v = values[a]
                        b = value_id(ids, values, trans, v // gcd_ll(v, part) * part, n)
                        trans[a][part] = b
                    if <size_t>b >= counts[total].size():
                        counts[total].resize(values.size(), 0)
                    if counts[total][b] == 0:
                        nonzero[total].push_back(b)
                    counts[total][b] += c
    items = sorted([(values[nonzero[n][k]], counts[n][nonzero[n][k]]) for k in range(nonzero[n].size())])
    landau = items[len(items) - 1][0]
    reach = items[len(items) - 1][1]
    common = sorted(items, key=lambda t: (-t[1], t[0]))[:5]
    return (len(items), landau, reach, sum(t[1] for t in items), common)
