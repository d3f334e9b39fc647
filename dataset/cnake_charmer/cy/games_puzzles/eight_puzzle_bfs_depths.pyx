# cython: language_level=3
"""8-puzzle BFS with states packed into 36-bit integers and a cpython.array queue.

A state is a 64-bit integer holding nine 4-bit tiles; neighbours are produced by
swapping two nibbles. Visited states are tracked by their permutation rank (Lehmer
code) in a 9! byte table, and the FIFO queue is a ``cpython.array`` of 64-bit codes.

Keywords: games, puzzles, 8 puzzle, sliding tiles, breadth first search, state space
"""

from cpython cimport array
import array
from libc.stdint cimport uint64_t, int8_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef int NB[9][4]
cdef int NBN[9]
NBN[:] = [2, 3, 2, 3, 4, 3, 2, 3, 2]
NB[0][:] = [1, 3, -1, -1]
NB[1][:] = [0, 2, 4, -1]
NB[2][:] = [1, 5, -1, -1]
NB[3][:] = [0, 4, 6, -1]
NB[4][:] = [1, 3, 5, 7]
NB[5][:] = [2, 4, 8, -1]
NB[6][:] = [3, 7, -1, -1]
NB[7][:] = [4, 6, 8, -1]
NB[8][:] = [5, 7, -1, -1]

cdef int FACT[9]
FACT[:] = [40320, 5040, 720, 120, 24, 6, 2, 1, 1]


cdef inline int tile_at(uint64_t code, int pos) noexcept nogil:
    return <int>((code >> (4 * pos)) & 15)


cdef inline int rank_of(uint64_t code) noexcept nogil:
    cdef int r = 0, i, j, smaller, t
    for i in range(9):
        t = tile_at(code, i)
        smaller = 0
        for j in range(i + 1, 9):
            if tile_at(code, j) < t:
                smaller += 1
        r += smaller * FACT[i]
    return r


cdef inline uint64_t swap_tiles(uint64_t code, int a, int b) noexcept nogil:
    cdef uint64_t ta = (code >> (4 * a)) & 15, tb = (code >> (4 * b)) & 15
    code &= ~((<uint64_t>15 << (4 * a)) | (<uint64_t>15 << (4 * b)))
    return code | (ta << (4 * b)) | (tb << (4 * a))


@cython_benchmark(args=(50000, 3))
def eight_puzzle_bfs_depths(long limit, long scramble_seed):
    """Return (states per depth, depth of the goal or -1, states reached)."""
    cdef uint64_t code = 0, goal = 0, cur, nxt
    cdef int i, k, blank = 0, target, b, d, r
    cdef unsigned long long state = scramble_seed & 0x7FFFFFFF
    for i in range(9):
        code |= <uint64_t>i << (4 * i)
    goal = code
    for i in range(40):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        target = NB[blank][(state >> 8) % <unsigned long long>NBN[blank]]
        code = swap_tiles(code, blank, target)
        blank = target
    cdef long cap = limit if limit > 0 else 1
    cdef array.array qarr = array.clone(array.array("Q"), cap, zero=False)
    cdef array.array darr = array.clone(array.array("b"), cap, zero=False)
    cdef unsigned long long *queue = qarr.data.as_ulonglongs
    cdef signed char *depth = darr.data.as_schars
    cdef unsigned char *seen = <unsigned char *>malloc(362880)
    if seen == NULL:
        raise MemoryError()
    memset(seen, 0, 362880)
    cdef long head = 0, tail = 0
    cdef int goal_depth = -1
    per_depth = [1] if limit > 0 else []
    if limit > 0:
        queue[0] = code
        depth[0] = 0
        seen[rank_of(code)] = 1
        tail = 1
    while head < tail and tail < limit:
        cur = queue[head]
        d = depth[head]
        head += 1
        if cur == goal and goal_depth < 0:
            goal_depth = d
        b = 0
        while tile_at(cur, b) != 0:
            b += 1
        for k in range(NBN[b]):
            nxt = swap_tiles(cur, b, NB[b][k])
            r = rank_of(nxt)
            if not seen[r] and tail < limit:
                seen[r] = 1
                queue[tail] = nxt
                depth[tail] = d + 1
                tail += 1
                if d + 1 == len(per_depth):
                    per_depth.append(0)
                per_depth[d + 1] += 1
    free(seen)
    return per_depth, goal_depth, tail
