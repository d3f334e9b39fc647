# cython: language_level=3
"""Single transferable vote with a Droop quota and Gregory surplus transfers — incremental ballot piles in C.

Instead of recounting every ballot each round, each candidate owns a linked pile of
ballot indices (head/next int arrays) and a running tally. Electing or excluding a
candidate walks only that pile: weights are scaled by the Gregory fraction in
``long long`` arithmetic and each ballot is pushed onto its next continuing
preference's pile, so tallies stay exact and each ballot moves at most once per round.

Keywords: elections, single transferable vote, STV, Droop quota, Gregory method, surplus transfer, proportional representation
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

DEF SCALE = 100000


cdef struct Piles:
    int *pref
    int *first
    int *cursor
    int *nxt
    int *head
    long long *weight
    long long *tally
    char *alive


cdef inline void place(Piles *p, int b, long long *exhausted) noexcept nogil:
    """Advance ballot b to its next continuing choice and push it on that pile."""
    cdef int i = p.cursor[b]
    cdef int end = p.first[b + 1]
    while i < end and not p.alive[p.pref[i]]:
        i += 1
    p.cursor[b] = i
    if i == end:
        exhausted[0] += p.weight[b]
    else:
        p.nxt[b] = p.head[p.pref[i]]
        p.head[p.pref[i]] = b
        p.tally[p.pref[i]] += p.weight[b]


@cython_benchmark(args=(18000, 16, 5, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def stv_droop_gregory_transfers(int n_voters, int n_cands, int seats, long long seed):
    """Return (elected, quota, exhausted weight, log of (action, candidate, tally))."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Piles p
    cdef int *pop = <int *>malloc((n_cands + 1) * sizeof(int))
    cdef char *used = <char *>malloc(n_cands + 1)
    cdef int v, c, k, depth, pos = 0, b, nb, left = n_cands, n_elected = 0, best, worst
    cdef long long ticket, total_pop, exhausted = 0, surplus, t, reported = 0
    cdef long long quota = <long long>n_voters * SCALE // (seats + 1) + 1
    p.pref = <int *>malloc((<size_t>n_voters * n_cands + 1) * sizeof(int))
    p.first = <int *>malloc((n_voters + 1) * sizeof(int))
    p.cursor = <int *>malloc((n_voters + 1) * sizeof(int))
    p.nxt = <int *>malloc((n_voters + 1) * sizeof(int))
    p.head = <int *>malloc((n_cands + 1) * sizeof(int))
    p.weight = <long long *>malloc((n_voters + 1) * sizeof(long long))
    p.tally = <long long *>calloc(n_cands + 1, sizeof(long long))
    p.alive = <char *>malloc(n_cands + 1)
    elected = []
    log = []
    try:
        for c in range(n_cands):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pop[c] = 1 + <int>((state >> 16) % 9)
            p.alive[c] = 1
            p.head[c] = -1
        for v in range(n_voters):
            p.first[v] = pos
            depth = 0
            if n_cands:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                depth = 1 + <int>((state >> 16) % n_cands)
            total_pop = 0
            for c in range(n_cands):
                used[c] = 0
                total_pop += pop[c]
            for k in range(depth):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ticket = <long long>((state >> 16) % total_pop)
                c = 0
                while True:
                    if not used[c]:
                        ticket -= pop[c]
                        if ticket < 0:
                            break
                    c += 1
                used[c] = 1
                total_pop -= pop[c]
                p.pref[pos] = c
                pos += 1
        p.first[n_voters] = pos
        for v in range(n_voters):
            p.cursor[v] = p.first[v]
            p.weight[v] = SCALE
            place(&p, v, &exhausted)
        while n_elected < seats and left > 0:
            reported = exhausted
            best = -1
            worst = -1
            for c in range(n_cands):
                if not p.alive[c]:
                    continue
                if best < 0 or p.tally[c] > p.tally[best]:
                    best = c
                if worst < 0 or p.tally[c] <= p.tally[worst]:
                    worst = c
            if left + n_elected <= seats:
                ranked = sorted([c for c in range(n_cands) if p.alive[c]],
                                key=lambda x: (-p.tally[x], x))
                for c in ranked:
                    elected.append(c)
                    log.append(("fill", c, p.tally[c]))
                break
            if p.tally[best] >= quota:
                t = p.tally[best]
                surplus = t - quota
                elected.append(best)
                log.append(("elect", best, t))
                c = best
                n_elected += 1
            else:
                t = p.tally[worst]
                surplus = -1
                log.append(("exclude", worst, t))
                c = worst
            p.alive[c] = 0
            left -= 1
            b = p.head[c]
            p.head[c] = -1
            with nogil:
                while b >= 0:
                    nb = p.nxt[b]
                    if surplus >= 0:
                        p.weight[b] = p.weight[b] * surplus // t
                    place(&p, b, &exhausted)
                    b = nb
    finally:
        free(pop); free(used); free(p.pref); free(p.first); free(p.cursor); free(p.nxt)
        free(p.head); free(p.weight); free(p.tally); free(p.alive)
    return (elected, quota, reported, log)
