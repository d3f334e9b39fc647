# distutils: language = c++
# cython: language_level=3
"""Running median with two C++ std::priority_queue heaps.

The lower half is a max-heap std::priority_queue<int>, the upper half another one
holding negated values (a min-heap), so every push and pop is a C++ heap operation
instead of a Python heapq call; the stream is generated and consumed in one typed loop.

Keywords: running median, two heaps, priority queue, streaming statistics, heapq
"""

import cython
from libcpp.queue cimport priority_queue

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 10))
def two_heap_running_median(long n, long long seed):
    """Return (sum of lower medians, median changes, every n//10-th median)."""
    cdef priority_queue[int] low
    cdef priority_queue[int] high
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long i, step = n // 10 if n // 10 > 1 else 1
    cdef int v, median, prev = -1
    cdef long long total = 0, changes = 0
    cdef list medians = []
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        v = <int>((state >> 5) % 1000000)
        if low.empty() or v <= low.top():
            low.push(v)
        else:
            high.push(-v)
        if low.size() > high.size() + 1:
            high.push(-low.top())
            low.pop()
        elif high.size() > low.size():
            low.push(-high.top())
            high.pop()
        median = low.top()
        total += median
        if i > 0 and median != prev:
            changes += 1
        prev = median
        if i % step == 0:
            medians.append(median)
    return total, changes, medians
