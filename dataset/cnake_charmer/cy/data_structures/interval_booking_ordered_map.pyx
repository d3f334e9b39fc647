# distutils: language = c++
# cython: language_level=3
"""Interval booking on a sorted std::vector of (start, end) pairs.

The Python version keeps a sorted list of starts plus a dict of ends. Here each
booking is one std::pair in a contiguous sorted std::vector: neighbours come from
std::lower_bound, inserts and cancellations are vector insert/erase (a memmove of
16-byte records), and the k-th booking for a cancellation is a direct index.

Keywords: sorted array, interval scheduling, calendar, binary search, overlap test
"""

import cython
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libcpp.algorithm cimport lower_bound

from cnake_charmer.benchmarks import cython_benchmark

ctypedef pair[long, long] booking_t


@cython_benchmark(args=(15000, 1000000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def interval_booking_ordered_map(long requests, long horizon, long long seed):
    """Return (accepted, rejected, cancelled, booked time, first 5 bookings); horizon >= 1."""
    if horizon < 1:
        raise ValueError("horizon must be positive")
    cdef vector[booking_t] book
    cdef vector[booking_t].iterator it
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long r, start, length, end, k
    cdef Py_ssize_t i, pos
    cdef long accepted = 0, rejected = 0, cancelled = 0, booked = 0
    cdef bint clash
    for r in range(requests):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        start = <long>((state >> 4) % <unsigned long long>horizon)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        length = 1 + <long>((state >> 4) % 60)
        if (state >> 20) % 5 == 0 and not book.empty():
            k = <long>((state >> 8) % book.size())
            book.erase(book.begin() + k)
            cancelled += 1
            continue
        end = start + length
        # (start, -1) sorts before any booking that starts at `start`.
        it = lower_bound(book.begin(), book.end(), booking_t(start, -1))
        pos = it - book.begin()
        clash = pos < <Py_ssize_t>book.size() and book[pos].first < end
        if not clash and pos > 0:
            clash = book[pos - 1].second > start
        if clash:
            rejected += 1
        else:
            book.insert(it, booking_t(start, end))
            accepted += 1
    for i in range(<Py_ssize_t>book.size()):
        booked += book[i].second - book[i].first
    return accepted, rejected, cancelled, booked, [(book[i].first, book[i].second) for i in range(min(5, <Py_ssize_t>book.size()))]
