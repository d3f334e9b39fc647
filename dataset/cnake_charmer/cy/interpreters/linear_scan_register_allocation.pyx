# cython: language_level=3
"""Linear scan with a bitmask register pool and a small sorted C array of active intervals.

Because every instruction defines the next virtual register, intervals are already
in start order and their ends come from one pass over the operands. The free pool is
a bitmask (lowest free register by ``__builtin_ctz``), the active set a sorted array
of at most K ``(end, vreg)`` structs maintained by insertion, and the pressure profile
a counting sweep instead of a heap — all in one ``nogil`` pass per block.

Keywords: interpreters, register allocation, linear scan, live intervals, spilling, compiler backend
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_ctz(unsigned int) nogil

cdef int REGISTER_COUNTS[3]
REGISTER_COUNTS[:] = [3, 6, 10]


cdef struct Active:
    int end
    int vreg


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline void insert_active(Active *active, int *n, int end, int vreg) noexcept nogil:
    cdef int i = n[0]
    while i > 0 and (active[i - 1].end > end or (active[i - 1].end == end and active[i - 1].vreg > vreg)):
        active[i] = active[i - 1]
        i -= 1
    active[i].end = end
    active[i].vreg = vreg
    n[0] += 1


cdef int allocate(int n, int k, const int *end, int *reg, int *ended_at) noexcept nogil:
    """reg[v] = register or -1 when spilled; returns the peak number of live values."""
    cdef Active active[16]
    cdef int na = 0, i, j, live, ended = 0, pressure = 0, victim
    cdef unsigned int free_mask = (1u << k) - 1
    memset(ended_at, 0, (n + 1) * sizeof(int))
    for i in range(n):
        ended += ended_at[i]
        live = i - ended + 1
        if live > pressure:
            pressure = live
        ended_at[end[i]] += 1
        if end[i] == i:
            ended += 1
        j = 0
        while j < na and active[j].end <= i:
            free_mask |= 1u << reg[active[j].vreg]
            j += 1
        if j:
            na -= j
            for live in range(na):
                active[live] = active[live + j]
        if na == k:
            if active[na - 1].end > end[i]:
                victim = active[na - 1].vreg
                na -= 1
                reg[i] = reg[victim]
                reg[victim] = -1
                insert_active(active, &na, end[i], i)
            else:
                reg[i] = -1
            continue
        reg[i] = __builtin_ctz(free_mask)
        free_mask &= free_mask - 1
        insert_active(active, &na, end[i], i)
    return pressure


@cython_benchmark(args=(30, 2500, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def linear_scan_register_allocation(int n_blocks, int block_len, long long seed):
    """Return (spilled intervals, spilled uses, max pressure, intervals per register, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int *end = <int *>malloc((block_len + 1) * sizeof(int))
    cdef int *uses = <int *>malloc((block_len + 1) * sizeof(int))
    cdef int *reg = <int *>malloc((block_len + 1) * sizeof(int))
    cdef int *ended_at = <int *>malloc((block_len + 2) * sizeof(int))
    cdef long long per_register[10]
    cdef long long spilled = 0, spilled_uses = 0, checksum = 0
    cdef int b, i, s, count, src, pressure = 0, peak
    try:
        if end == NULL or uses == NULL or reg == NULL or ended_at == NULL:
            raise MemoryError()
        memset(per_register, 0, sizeof(per_register))
        with nogil:
            for b in range(n_blocks):
                for i in range(block_len):
                    end[i] = i
                    uses[i] = 0
                for i in range(block_len):
                    count = draw(&state, 3)
                    if count > i:
                        count = i
                    for s in range(count):
                        if draw(&state, 10) < 7:
                            src = i - 1 - draw(&state, i if i < 8 else 8)
                        else:
                            src = draw(&state, i)
                        end[src] = i
                        uses[src] += 1
                peak = allocate(block_len, REGISTER_COUNTS[b % 3], end, reg, ended_at)
                if peak > pressure:
                    pressure = peak
                for i in range(block_len):
                    if reg[i] < 0:
                        spilled += 1
                        spilled_uses += uses[i]
                    else:
                        per_register[reg[i]] += 1
                        checksum = (checksum * 31 + i * 17 + reg[i] + 1) % 1000000007
        return (spilled, spilled_uses, pressure, [per_register[i] for i in range(10)], checksum)
    finally:
        free(end); free(uses); free(reg); free(ended_at)
