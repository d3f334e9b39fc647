# distutils: language = c++
# cython: language_level=3
"""Interval partitioning with std::sort over structs and an extension-type C heap.

Meetings are C structs in a ``std::vector`` sorted by ``std::sort`` with a ``cdef``
comparator on (start, end, id). Both the busy-room heap (keys packed as
end × 2^20 + room, which orders exactly like the Python (end, room) tuples) and the
free-room heap are instances of a small ``cdef class`` binary heap that owns a
malloc'd buffer (``__cinit__``/``__dealloc__``) and exposes ``cdef inline`` push/pop.

Keywords: scheduling, interval partitioning, meeting rooms, greedy, heap, interval graph colouring
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Meeting:
    long long start
    long long end
    int ident


cdef bint meeting_before(const Meeting &a, const Meeting &b) noexcept nogil:
    if a.start != b.start:
        return a.start < b.start
    if a.end != b.end:
        return a.end < b.end
    return a.ident < b.ident


@cython.final
cdef class KeyHeap:
    cdef long long *keys
    cdef int size

    def __cinit__(self, int capacity):
        self.keys = <long long *>malloc((capacity + 1) * sizeof(long long))
        if self.keys == NULL:
            raise MemoryError()
        self.size = 0

    def __dealloc__(self):
        free(self.keys)

    cdef inline void push(self, long long key) noexcept nogil:
        cdef int i = self.size, parent
        self.size += 1
        while i > 0:
            parent = (i - 1) >> 1
            if self.keys[parent] <= key:
                break
            self.keys[i] = self.keys[parent]
            i = parent
        self.keys[i] = key

    cdef inline long long pop(self) noexcept nogil:
        cdef long long top = self.keys[0], last
        cdef int i = 0, child, n
        self.size -= 1
        n = self.size
        if n > 0:
            last = self.keys[n]
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and self.keys[child + 1] < self.keys[child]:
                    child += 1
                if self.keys[child] >= last:
                    break
                self.keys[i] = self.keys[child]
                i = child
            self.keys[i] = last
        return top


@cython_benchmark(args=(100000, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
def meeting_room_interval_partitioning(int n, long long seed):
    """Return (rooms, room 0 meetings, room 0 idle, busiest room, its meetings, total idle, checksum)."""
    if n <= 0:
        return (0, 0, 0, -1, 0, 0, 0)
    cdef vector[Meeting] meetings
    cdef Meeting mt
    cdef KeyHeap busy = KeyHeap(n)
    cdef KeyHeap free_rooms = KeyHeap(n)
    cdef int *room_of = <int *>malloc(n * sizeof(int))
    cdef long long *last_end = <long long *>malloc(n * sizeof(long long))
    cdef long long *idle = <long long *>malloc(n * sizeof(long long))
    cdef int *count = <int *>malloc(n * sizeof(int))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long shift = 1 << 20, total_idle = 0, checksum = 0
    cdef int i, room, rooms = 0, busiest = 0
    try:
        if room_of == NULL or last_end == NULL or idle == NULL or count == NULL:
            raise MemoryError()
        meetings.reserve(n)
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            mt.start = <long long>((state >> 8) % <unsigned long long>(n * 20 + 1))
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            mt.end = mt.start + 15 + <long long>((state >> 16) % 226)
            mt.ident = i
            meetings.push_back(mt)
        with nogil:
            sort(meetings.begin(), meetings.end(), meeting_before)
            for i in range(n):
                mt = meetings[i]
                while busy.size > 0 and busy.keys[0] // shift <= mt.start:
                    free_rooms.push(busy.pop() % shift)
                if free_rooms.size > 0:
                    room = <int>free_rooms.pop()
                    idle[room] += mt.start - last_end[room]
                else:
                    room = rooms
                    rooms += 1
                    idle[room] = 0
                    count[room] = 0
                room_of[mt.ident] = room
                count[room] += 1
                last_end[room] = mt.end
                busy.push(mt.end * shift + room)
            for room in range(rooms):
                total_idle += idle[room]
                if count[room] > count[busiest]:
                    busiest = room
            for i in range(n):
                checksum = (checksum * 31 + room_of[i] + i) % 1000000007
        return (rooms, count[0], idle[0], busiest, count[busiest], total_idle, checksum)
    finally:
        free(room_of); free(last_end); free(idle); free(count)
