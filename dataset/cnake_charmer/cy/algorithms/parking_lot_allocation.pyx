# cython: language_level=3
"""Parking levels as an extension-type hierarchy with C arrays of free spots.

Level is a cdef class whose free spots are fixed C int stacks (one per size class);
ReservedLevel(Level) overrides the cdef size_order method, which dispatches through
the C vtable rather than a Python attribute lookup. park is cpdef, __len__ reports
the occupancy, and the parked vehicles are a C int array with swap-remove.

Keywords: object-oriented design, inheritance, parking lot, allocation, classic exercise
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Level:
    cdef int number
    cdef int stack[3][64]
    cdef int top[3]
    cdef int occupied

    def __cinit__(self, int number, int small, int medium, int large):
        cdef int caps[3]
        cdef int s, i
        caps[0] = small
        caps[1] = medium
        caps[2] = large
        self.number = number
        self.occupied = 0
        for s in range(3):
            if caps[s] > 64:
                raise ValueError("at most 64 spots per size")
            self.top[s] = caps[s]
            for i in range(caps[s]):
                self.stack[s][i] = caps[s] - 1 - i

    cdef int size_order(self, int kind, int *order) noexcept:
        if kind == 0:
            order[0] = 0
            order[1] = 1
            order[2] = 2
            return 3
        if kind == 1:
            order[0] = 1
            order[1] = 2
            return 2
        order[0] = 2
        return 1

    cpdef int park(self, int kind):
        cdef int order[3]
        cdef int count = self.size_order(kind, order), k, size
        for k in range(count):
            size = order[k]
            if self.top[size] > 0:
                self.top[size] -= 1
                self.occupied += 1
                return self.number * 1000 + size * 300 + self.stack[size][self.top[size]]
        return -1

    cdef void leave(self, int spot) noexcept:
        cdef int rest = spot % 1000
        cdef int size = rest // 300
        self.stack[size][self.top[size]] = rest % 300
        self.top[size] += 1
        self.occupied -= 1

    def __len__(self):
        return self.occupied


cdef class ReservedLevel(Level):
    cdef int size_order(self, int kind, int *order) noexcept:
        order[0] = kind
        return 1


@cython_benchmark(args=(6, 100000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def parking_lot_allocation(int n_levels, long events, long long seed):
    """Return (rejected arrivals, occupied spots per level, vehicles parked at the end, spot checksum)."""
    cdef list levels = [Level(i, 20, 40, 8) if i % 2 == 0 else ReservedLevel(i, 20, 40, 8)
                        for i in range(n_levels)]
    cdef int nl = len(levels)
    cdef Level level
    cdef long e, rejected = 0
    cdef int npark = 0, idx, spot, r, kind, j
    cdef long long checksum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *parked = <int *>malloc((nl * 68 + 1) * sizeof(int))
    if parked == NULL:
        raise MemoryError()
    try:
        for e in range(events):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if npark > 0 and (state >> 8) % 5 < 2:
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                idx = <int>((state >> 4) % <unsigned long long>npark)
                spot = parked[idx]
                npark -= 1
                parked[idx] = parked[npark]
                level = <Level>levels[spot // 1000]
                level.leave(spot)
                continue
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            r = <int>((state >> 8) % 100)
            kind = 0 if r < 30 else (1 if r < 85 else 2)
            spot = -1
            for j in range(nl):
                level = <Level>levels[j]
                spot = level.park(kind)
                if spot >= 0:
                    break
            if spot < 0:
                rejected += 1
            else:
                parked[npark] = spot
                npark += 1
                checksum = (checksum * 31 + spot) % 1000000007
        return rejected, [len(lv) for lv in levels], npark, checksum
    finally:
        free(parked)
