# cython: language_level=3
"""In-order CPU pipeline timing with a register scoreboard and a branch predictor.

Instruction kinds are a C enum with a latency lookup array, the register scoreboard
is a 16-entry C array of a ctypedef'd cycle type and the predictor a calloc'd byte table; the whole issue loop
runs without the GIL, replacing the Python tuple lookups and dict membership tests.

Keywords: simulation, cpu pipeline, scoreboard, data hazard, branch prediction, computer architecture
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long cycle_t


cdef enum Kind:
    ALU
    MUL
    LOAD
    STORE
    BRANCH


@cython_benchmark(args=(60000, 6, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cpu_pipeline_hazard_stalls(int n, int index_bits, long long seed):
    """Time `n` seeded instructions on a simple in-order pipeline."""
    cdef long long state = seed & 0x7FFFFFFF, r, checksum = 0
    cdef cycle_t issue = -1, stalls = 0, at, earliest, block_until = 0
    cdef cycle_t ready[16]
    cdef int latency[5]
    cdef Kind kinds[10]
    cdef int size = 1 << index_bits, mask = size - 1, pc, slot, i, dest, src1, src2
    cdef long mispredicts = 0
    cdef Kind kind
    cdef bint taken
    cdef unsigned char* table = <unsigned char*>malloc(size)
    if table == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            table[i] = 1
        for i in range(16):
            ready[i] = 0
        latency[:] = [1, 3, 2, 0, 0]
        kinds[:] = [ALU, ALU, ALU, ALU, MUL, LOAD, LOAD, STORE, BRANCH, BRANCH]
        with nogil:
            for pc in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = state >> 8
                kind = kinds[r % 10]
                dest = <int>((r >> 4) % 16)
                src1 = <int>((r >> 8) % 16)
                src2 = <int>((r >> 12) % 16)
                earliest = issue + 1 if issue + 1 > block_until else block_until
                at = earliest
                if ready[src1] > at:
                    at = ready[src1]
                if ready[src2] > at:
                    at = ready[src2]
                stalls += at - (issue + 1)
                issue = at
                if kind == ALU or kind == MUL or kind == LOAD:
                    ready[dest] = at + latency[<int>kind]
                elif kind == BRANCH:
                    slot = (pc * 4 + (pc >> 3)) & mask
                    if (r >> 16) % 4:
                        taken = pc % 7 != 0
                    else:
                        taken = (r >> 18) % 2 == 1
                    if (table[slot] >= 2) != taken:
                        mispredicts += 1
                        block_until = at + 4
                    if taken:
                        if table[slot] < 3:
                            table[slot] += 1
                    elif table[slot] > 0:
                        table[slot] -= 1
        for i in range(size):
            checksum += (i + 1) * table[i]
        cycles = issue + 5 if n else 0
        return (cycles, cycles / <double>n if n else 0.0, stalls, mispredicts, checksum)
    finally:
        free(table)
