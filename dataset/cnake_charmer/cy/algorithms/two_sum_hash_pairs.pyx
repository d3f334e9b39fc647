# distutils: language = c++
# cython: language_level=3
"""Two-sum with C++ unordered_set containers of 64-bit keys.

The seen-set is a std::unordered_set<long long> reserved up front and cleared per
target; distinct pairs are packed as smaller * 2**32 + (larger + offset) keys in a
second unordered_set, and the smallest pair is tracked with a running minimum
instead of min() over tuples.

Keywords: two sum, hash set, complement lookup, pairs, classic exercise
"""

import cython
from libcpp.unordered_set cimport unordered_set
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(30000, 12, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def two_sum_hash_pairs(int n, int n_targets, long long seed):
    """Return (distinct pair count per target, smallest pair for the first 4 targets or None)."""
    cdef vector[long long] values
    cdef unordered_set[long long] seen
    cdef unordered_set[long long] pairs
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long v, w, lo, hi, target, best_lo = 0, best_hi = 0
    cdef int i, t
    cdef bint have
    cdef list counts = [], smallest = []
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        values.push_back(<long long>((state >> 6) % 200000) - 50000)
    seen.reserve(2 * n + 1)
    for t in range(n_targets):
        target = (<long long>t * 37813) % 150000
        seen.clear()
        pairs.clear()
        have = False
        for i in range(n):
            v = values[i]
            w = target - v
            if seen.count(w):
                lo = v if v < w else w
                hi = v if v > w else w
                pairs.insert((lo + (1LL << 30)) * (1LL << 32) + (hi + (1LL << 30)))
                if not have or lo < best_lo or (lo == best_lo and hi < best_hi):
                    best_lo = lo
                    best_hi = hi
                    have = True
            seen.insert(v)
        counts.append(<long long>pairs.size())
        if len(smallest) < 4:
            smallest.append((best_lo, best_hi) if have else None)
    return counts, smallest
