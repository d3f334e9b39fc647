# cython: language_level=3
"""Chaitin-Briggs colouring with bitset liveness and a bit-matrix interference graph.

Live-in/live-out sets are rows of 64-bit words, so each dataflow transfer is a few
word operations; the interference graph is a 2-D ``unsigned long long[:, ::1]``
memoryview over a ``cython.view.array`` bit matrix plus a degree array, and simplify,
spill choice and select walk C arrays (colours in use are a bitmask) — the same
decisions as the Python sets, without hashing.

Keywords: interpreters, register allocation, graph colouring, chaitin briggs, liveness analysis, interference graph
"""

import cython
from cython cimport view
from libc.stdlib cimport malloc, free
from libc.string cimport memset, memcpy

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil
    int __builtin_popcountll(unsigned long long) nogil

cdef enum:
    K = 12
    WINDOW = 24
    RECENT = 8


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


@cython_benchmark(args=(15, 200, 400, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def chaitin_briggs_graph_colouring(int n_functions, int n_blocks, int n_vars, long long seed):
    """Return (liveness sweeps, edges, max degree, spills, nodes per colour, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nw = (n_vars + 63) >> 6
    cdef int max_instr = 6 * n_blocks + 1
    cdef u64[:, ::1] adj = view.array(shape=(n_vars + 1, nw + 1), itemsize=sizeof(u64), format="Q")
    cdef u64 *live_in = <u64 *>malloc((n_blocks * nw + 1) * sizeof(u64))
    cdef u64 *live_out = <u64 *>malloc((n_blocks * nw + 1) * sizeof(u64))
    cdef u64 *use = <u64 *>malloc((n_blocks * nw + 1) * sizeof(u64))
    cdef u64 *dfn = <u64 *>malloc((n_blocks * nw + 1) * sizeof(u64))
    cdef u64 *tmp = <u64 *>malloc((nw + 1) * sizeof(u64))
    cdef int *bstart = <int *>malloc((n_blocks + 1) * sizeof(int))
    cdef int *succ = <int *>malloc((n_blocks + 1) * sizeof(int))
    cdef int *dst = <int *>malloc(max_instr * sizeof(int))
    cdef int *nsrc = <int *>malloc(max_instr * sizeof(int))
    cdef int *src = <int *>malloc(2 * max_instr * sizeof(int))
    cdef int *degree = <int *>malloc((n_vars + 1) * sizeof(int))
    cdef int *cost = <int *>malloc((n_vars + 1) * sizeof(int))
    cdef int *colour = <int *>malloc((n_vars + 1) * sizeof(int))
    cdef int *stack = <int *>malloc((n_vars + 1) * sizeof(int))
    cdef char *remaining = <char *>malloc(n_vars + 1)
    cdef int recent[RECENT]
    cdef long long per_colour[K]
    cdef long long edges = 0, spills = 0, checksum = 0
    cdef int f, b, i, j, w, v, n, nr, cnt, base, ni, sweeps, sp, node, max_degree = 0, total_deg
    cdef unsigned int taken
    cdef bint changed
    cdef u64 word, diff
    cdef double best, ratio
    cdef list sweeps_seen = []
    try:
        if (live_in == NULL or live_out == NULL or use == NULL or dfn == NULL or tmp == NULL or bstart == NULL
                or succ == NULL or dst == NULL or nsrc == NULL or src == NULL or degree == NULL or cost == NULL
                or colour == NULL or stack == NULL or remaining == NULL):
            raise MemoryError()
        memset(per_colour, 0, sizeof(per_colour))
        for f in range(n_functions):
            with nogil:
                # generate the CFG
                ni = 0
                nr = 0
                for b in range(n_blocks):
                    base = <int>((<long long>b * n_vars) // n_blocks)
                    bstart[b] = ni
                    cnt = 2 + draw(&state, 5)
                    for i in range(cnt):
                        n = 1 + draw(&state, 2)
                        if n > nr:
                            n = nr
                        nsrc[ni] = n
                        for j in range(n):
                            src[2 * ni + j] = recent[nr - 1 - draw(&state, nr)]
                        dst[ni] = (base + draw(&state, WINDOW)) % n_vars
                        if nr == RECENT:
                            for j in range(RECENT - 1):
                                recent[j] = recent[j + 1]
                            nr -= 1
                        recent[nr] = dst[ni]
                        nr += 1
                        ni += 1
                    succ[b] = -1
                    if draw(&state, 3) == 0:
                        succ[b] = b - draw(&state, 9)
                        if succ[b] < 0:
                            succ[b] = 0
                bstart[n_blocks] = ni
                # local use/def sets
                memset(use, 0, n_blocks * nw * sizeof(u64))
                memset(dfn, 0, n_blocks * nw * sizeof(u64))
                memset(live_in, 0, n_blocks * nw * sizeof(u64))
                memset(live_out, 0, n_blocks * nw * sizeof(u64))
                for b in range(n_blocks):
                    for i in range(bstart[b], bstart[b + 1]):
                        for j in range(nsrc[i]):
                            v = src[2 * i + j]
                            if not (dfn[b * nw + (v >> 6)] >> (v & 63)) & 1:
                                use[b * nw + (v >> 6)] |= 1ULL << (v & 63)
                        dfn[b * nw + (dst[i] >> 6)] |= 1ULL << (dst[i] & 63)
                # backward dataflow to a fixpoint
                sweeps = 0
                changed = True
                while changed:
                    changed = False
                    sweeps += 1
                    for b in range(n_blocks - 1, -1, -1):
                        diff = 0
                        for w in range(nw):
                            word = 0
                            if b + 1 < n_blocks:
                                word = live_in[(b + 1) * nw + w]
                            if succ[b] >= 0:
                                word |= live_in[succ[b] * nw + w]
                            diff |= word ^ live_out[b * nw + w]
                            live_out[b * nw + w] = word
                            word = use[b * nw + w] | (word & ~dfn[b * nw + w])
                            diff |= word ^ live_in[b * nw + w]
                            live_in[b * nw + w] = word
                        if diff:
                            changed = True
                # interference
                for v in range(n_vars):
                    for w in range(nw):
                        adj[v, w] = 0
                    cost[v] = 0
                for b in range(n_blocks):
                    memcpy(tmp, &live_out[b * nw], nw * sizeof(u64))
                    for i in range(bstart[b + 1] - 1, bstart[b] - 1, -1):
                        node = dst[i]
                        cost[node] += 1
                        for w in range(nw):
                            word = tmp[w]
                            while word:
                                v = (w << 6) + __builtin_ctzll(word)
                                word &= word - 1
                                if v != node:
                                    adj[node, v >> 6] |= 1ULL << (v & 63)
                                    adj[v, node >> 6] |= 1ULL << (node & 63)
                        tmp[node >> 6] &= ~(1ULL << (node & 63))
                        for j in range(nsrc[i]):
                            v = src[2 * i + j]
                            cost[v] += 1
                            tmp[v >> 6] |= 1ULL << (v & 63)
                total_deg = 0
                for v in range(n_vars):
                    degree[v] = 0
                    for w in range(nw):
                        degree[v] += __builtin_popcountll(adj[v, w])
                    total_deg += degree[v]
                    if degree[v] > max_degree:
                        max_degree = degree[v]
                    remaining[v] = 1
                    colour[v] = -2
                edges += total_deg // 2
                # simplify, with optimistic spill candidates
                sp = 0
                for n in range(n_vars):
                    node = -1
                    for v in range(n_vars):
                        if remaining[v] and degree[v] < K:
                            node = v
                            break
                    if node < 0:
                        best = 0.0
                        for v in range(n_vars):
                            if remaining[v]:
                                ratio = <double>cost[v] / degree[v]
                                if node < 0 or ratio < best:
                                    best = ratio
                                    node = v
                    remaining[node] = 0
                    stack[sp] = node
                    sp += 1
                    for w in range(nw):
                        word = adj[node, w]
                        while word:
                            v = (w << 6) + __builtin_ctzll(word)
                            word &= word - 1
                            if remaining[v]:
                                degree[v] -= 1
                # select
                while sp > 0:
                    sp -= 1
                    node = stack[sp]
                    taken = 0
                    for w in range(nw):
                        word = adj[node, w]
                        while word:
                            v = (w << 6) + __builtin_ctzll(word)
                            word &= word - 1
                            if colour[v] >= 0:
                                taken |= 1u << colour[v]
                    colour[node] = -1
                    for j in range(K):
                        if not (taken >> j) & 1:
                            colour[node] = j
                            break
                for v in range(n_vars):
                    if colour[v] < 0:
                        spills += 1
                    else:
                        per_colour[colour[v]] += 1
                    checksum = (checksum * 37 + colour[v] + 2) % 1000000007
            sweeps_seen.append(sweeps)
        return (sweeps_seen, edges, max_degree, spills, [per_colour[j] for j in range(K)], checksum)
    finally:
        free(live_in); free(live_out); free(use); free(dfn); free(tmp); free(bstart); free(succ)
        free(dst); free(nsrc); free(src); free(degree); free(cost); free(colour); free(stack); free(remaining)
