# distutils: language = c++
# cython: language_level=3
"""Meet-in-the-middle subset counting with sorted std::vectors and a merge walk.

Both halves' subset sums are generated into std::vector<long> by doubling and sorted
with std::sort. Instead of one binary search per left sum, each target is answered by
a single two-pointer walk (left ascending, right descending) that multiplies the sizes
of matching runs of equal sums.

Keywords: meet in the middle, subset sum, binary search, enumeration, combinatorial search
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef void subset_sums(const long *items, int count, vector[long] &out) noexcept:
    cdef size_t k, size
    cdef int i
    out.clear()
    out.push_back(0)
    for i in range(count):
        size = out.size()
        for k in range(size):
            out.push_back(out[k] + items[i])


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long count_pairs(const vector[long] &a, const vector[long] &b, long target) noexcept nogil:
    cdef Py_ssize_t i = 0, j = <Py_ssize_t>b.size() - 1, na = a.size()
    cdef long long hits = 0, run_a, run_b
    cdef long s, va, vb
    while i < na and j >= 0:
        s = a[i] + b[j]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        else:
            va = a[i]
            vb = b[j]
            run_a = 0
            run_b = 0
            while i < na and a[i] == va:
                run_a += 1
                i += 1
            while j >= 0 and b[j] == vb:
                run_b += 1
                j -= 1
            hits += run_a * run_b
    return hits


@cython_benchmark(args=(30, 3, 5))
def subset_sum_meet_in_middle(int n_items, int n_targets, long long seed):
    """Return (targets, number of subsets summing to each); 0 <= n_items <= 40."""
    if not 0 <= n_items <= 40:
        raise ValueError("n_items must be in 0..40")
    cdef long items[40]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int i, t, half = n_items // 2
    cdef long target
    cdef vector[long] left, right
    cdef list targets = [], counts = []
    for i in range(n_items):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        items[i] = 1 + <long>((state >> 8) % 1000)
    subset_sums(items, half, left)
    subset_sums(items + half, n_items - half, right)
    sort(left.begin(), left.end())
    sort(right.begin(), right.end())
    for t in range(n_targets):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        target = 0
        for i in range(n_items):
            if (state >> (i % 31)) & 1:
                target += items[i]
        targets.append(target)
        counts.append(count_pairs(left, right, target))
    return targets, counts
