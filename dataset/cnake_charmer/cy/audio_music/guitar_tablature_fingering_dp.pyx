# cython: language_level=3
"""Guitar fingering DP over flat C arrays of six candidate slots per note.

Candidates are stored as C structs in a fixed 6-slot layout per note with a count
array, DP costs and back-pointers are ``int32_t`` buffers from malloc, the cost
functions are cdef inline nogil and the forward pass and backtrack never touch
Python objects.

Keywords: music, guitar tablature, fingering, dynamic programming, viterbi, optimisation
"""

import cython
from libc.stdint cimport int32_t, int8_t
from libc.stdlib cimport malloc, free, abs as c_abs

from cnake_charmer.benchmarks import cython_benchmark

cdef int[6] TUNING = [40, 45, 50, 55, 59, 64]


cdef struct Position:
    int8_t string
    int8_t fret


cdef inline int position_cost(Position p) noexcept nogil:
    return (2 * (p.fret - 12) if p.fret > 12 else 0) + (0 if p.fret == 0 else 1)


cdef inline int move_cost(Position a, Position b) noexcept nogil:
    cdef int shift = 0
    if a.fret != 0 and b.fret != 0:
        shift = 3 * c_abs(a.fret - b.fret)
    return shift + c_abs(a.string - b.string)


@cython_benchmark(args=(30000, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def guitar_tablature_fingering_dp(int n, long long seed):
    """Finger an n-note melody optimally; return cost, usage statistics and the path."""
    if n <= 0:
        return 0, [0] * 6, [0] * 4, 0, []
    cdef Position *opts = <Position *>malloc(n * 6 * sizeof(Position))
    cdef int8_t *count = <int8_t *>malloc(n * sizeof(int8_t))
    cdef int32_t *back = <int32_t *>malloc(n * 6 * sizeof(int32_t))
    cdef int32_t *path = <int32_t *>malloc(n * sizeof(int32_t))
    cdef int32_t costs[6]
    cdef int32_t new_costs[6]
    cdef long long state = seed, checksum = 0
    cdef int pitch = 57, step, i, s, f, j, k, best, arg, c, total, z
    cdef long strings[6]
    cdef long zones[4]
    cdef Position p
    try:
        if opts == NULL or count == NULL or back == NULL or path == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                step = <int>((state >> 16) % 9) - 4
                if (state >> 12) % 16 == 0:
                    step *= 3
                pitch += step
                if pitch < 40:
                    pitch = 40
                elif pitch > 83:
                    pitch = 83
                count[i] = 0
                for s in range(6):
                    f = pitch - TUNING[s]
                    if 0 <= f < 20:
                        opts[i * 6 + count[i]].string = s
                        opts[i * 6 + count[i]].fret = f
                        count[i] += 1
            for j in range(count[0]):
                costs[j] = position_cost(opts[j])
                back[j] = -1
            for i in range(1, n):
                for k in range(count[i]):
                    p = opts[i * 6 + k]
                    best = 0
                    arg = -1
                    for j in range(count[i - 1]):
                        c = costs[j] + move_cost(opts[(i - 1) * 6 + j], p)
                        if arg < 0 or c < best:
                            best = c
                            arg = j
                    new_costs[k] = best + position_cost(p)
                    back[i * 6 + k] = arg
                for k in range(count[i]):
                    costs[k] = new_costs[k]
            k = 0
            for j in range(1, count[n - 1]):
                if costs[j] < costs[k]:
                    k = j
            total = costs[k]
            for i in range(n - 1, -1, -1):
                path[i] = k
                k = back[i * 6 + k]
            for s in range(6):
                strings[s] = 0
            for z in range(4):
                zones[z] = 0
            for i in range(n):
                p = opts[i * 6 + path[i]]
                strings[p.string] += 1
                z = p.fret // 5
                zones[z if z < 3 else 3] += 1
                checksum = (checksum * 131 + p.string * 32 + p.fret) % 1000000007
        return (total, [strings[s] for s in range(6)], [zones[z] for z in range(4)], checksum,
                [(opts[i * 6 + path[i]].string, opts[i * 6 + path[i]].fret) for i in range(min(n, 20))])
    finally:
        free(opts)
        free(count)
        free(back)
        free(path)
