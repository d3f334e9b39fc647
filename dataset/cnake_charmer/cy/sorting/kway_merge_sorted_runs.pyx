# distutils: language = c++
# cython: language_level=3
"""K-way merge with a C++ priority_queue of (value, run) pairs.

The runs are stored back to back in one std::vector<long>; a std::priority_queue of
std::pair entries (keyed on the negated value to get a min-heap) always yields the next
smallest head, and the merged output goes into another vector.

Keywords: k-way merge, heap, priority queue, sorted runs, merging
"""

import cython
from libcpp.vector cimport vector
from libcpp.queue cimport priority_queue
from libcpp.pair cimport pair

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(48, 2500, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def kway_merge_sorted_runs(int k, int run_length, long long seed):
    """Return (length, checksum, equal neighbours, samples) of the merged runs."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int runs = k if k > 0 else 0
    cdef int rl = run_length if run_length > 0 else 0
    cdef vector[long] data
    cdef vector[long] merged
    cdef vector[int] cursor
    cdef priority_queue[pair[long, int]] heap
    cdef pair[long, int] top
    cdef long value
    cdef int r, j
    cdef Py_ssize_t i, total
    cdef long long checksum = 0, equal = 0
    for r in range(runs):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        value = <long>(state % 1000)
        for j in range(rl):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            value += <long>(state % 97)
            data.push_back(value)
        cursor.push_back(0)
    if rl > 0:
        for r in range(runs):
            heap.push(pair[long, int](-data[<Py_ssize_t>r * rl], -r))
    merged.reserve(data.size())
    while not heap.empty():
        top = heap.top()
        heap.pop()
        r = -top.second
        merged.push_back(-top.first)
        cursor[r] += 1
        if cursor[r] < rl:
            heap.push(pair[long, int](-data[<Py_ssize_t>r * rl + cursor[r]], -r))
    total = merged.size()
    for i in range(total):
        checksum = (checksum * 31 + merged[i] * (i & 15)) % 1000000007
        if i > 0 and merged[i] == merged[i - 1]:
            equal += 1
    step = max(1, total // 10)
    return total, checksum, equal, [merged[i] for i in range(0, total, step)]
