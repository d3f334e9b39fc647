# distutils: language = c++
# cython: language_level=3
"""Sliding-window maximum with a std::deque of indices.

Values sit in a std::vector<int>; the monotonic window is a C++ std::deque<int>
with push_back / pop_back / pop_front, and the checksum and change count are folded
in as the maxima are produced, so no list of maxima is ever materialised.

Keywords: sliding window, monotonic deque, window maximum, queue, streaming
"""

import cython
from libcpp.deque cimport deque
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300000, 64, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def sliding_window_maximum_deque(Py_ssize_t n, int window, long long seed):
    """Return (checksum of maxima, max changes, first 10 maxima); window >= 1."""
    if window < 1:
        raise ValueError("window must be positive")
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, produced = 0
    cdef int v, m, prev = -1
    cdef long long checksum = 0, changes = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef vector[int] values
    cdef deque[int] dq
    cdef list first = []
    values.resize(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        values[i] = <int>((state >> 7) % 100000)
    for i in range(size):
        v = values[i]
        while not dq.empty() and values[dq.back()] <= v:
            dq.pop_back()
        dq.push_back(<int>i)
        if dq.front() <= i - window:
            dq.pop_front()
        if i >= window - 1:
            m = values[dq.front()]
            checksum = (checksum * 100003 + m) % 1000000007
            if produced > 0 and m != prev:
                changes += 1
            if produced < 10:
                first.append(m)
            prev = m
            produced += 1
    return checksum, changes, first
