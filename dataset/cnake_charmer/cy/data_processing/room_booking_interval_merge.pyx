# distutils: language = c++
# cython: language_level=3
"""Interval merging and sweep with packed 64-bit keys sorted by std::sort.

Each booking becomes one packed integer (room, start, end) so a single numeric sort
groups rooms and orders starts; the sweep events are packed as (time, end-before-start
flag) so ends at a time are processed before starts, matching the tuple order of the
plain version. Merging and the sweep are C loops over libcpp vectors.

Keywords: interval merging, sweep line, packed keys, std sort, libcpp vector, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(18000, 40))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def room_booking_interval_merge(int n, int rooms):
    """Merge bookings per room; return (blocks per room, minutes per room, (peak, time), room 0 blocks)."""
    if n <= 0 or rooms <= 0:
        return [], [], (0, -1), []
    cdef vector[unsigned long long] book, ev
    cdef vector[long long] blocks, minutes
    cdef vector[long long] r0s, r0e
    cdef long long state = 7070, room, start, end, cs = -1, ce = -1, t
    cdef long long active = 0, peak = 0, peak_time = -1
    cdef int i, cr = -1
    cdef unsigned long long k
    blocks.resize(rooms)
    minutes.resize(rooms)
    with nogil:
        book.reserve(n)
        ev.reserve(2 * n)
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            room = (state >> 8) % rooms
            start = (state >> 5) % 100000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            end = start + 15 + state % 120
            book.push_back((<unsigned long long> room << 40) | (<unsigned long long> start << 20) | <unsigned long long> end)
            ev.push_back((<unsigned long long> start << 1) | 1)
            ev.push_back(<unsigned long long> end << 1)
        sort(book.begin(), book.end())
        sort(ev.begin(), ev.end())
        for i in range(n + 1):
            if i < n:
                k = book[i]
                room = k >> 40
                start = (k >> 20) & 0xFFFFF
                end = k & 0xFFFFF
            if i < n and room == cr and start <= ce:
                if end > ce:
                    ce = end
                continue
            if cr >= 0:
                blocks[cr] += 1
                minutes[cr] += ce - cs
                if cr == 0 and r0s.size() < 10:
                    r0s.push_back(cs)
                    r0e.push_back(ce)
            if i < n:
                cr = <int> room
                cs = start
                ce = end
        for i in range(2 * n):
            t = ev[i] >> 1
            if ev[i] & 1:
                active += 1
            else:
                active -= 1
            if active > peak:
                peak = active
                peak_time = t
    return ([blocks[i] for i in range(rooms)], [minutes[i] for i in range(rooms)],
            (peak, peak_time), [(r0s[i], r0e[i]) for i in range(r0s.size())])
