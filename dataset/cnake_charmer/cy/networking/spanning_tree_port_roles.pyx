# cython: language_level=3
"""802.1D spanning-tree convergence over arrays of priority-vector structs.

Each bridge's best priority vector is a C struct (``uint64_t`` root and sender IDs,
cost, ports, message age); a round snapshots them with one ``memcpy`` and compares
candidates field by field in an inline ``nogil`` function instead of building and
slicing Python tuples. Ports are laid out in a CSR array of port structs (neighbour,
neighbour's port index, cost, alive flag) built in two passes from the link list.

Keywords: networking, spanning tree protocol, stp, 802.1d, root bridge election, bpdu, port roles, layer 2
"""

import cython
from libc.stdint cimport uint64_t, int64_t
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_AGE = 20

cdef int COSTS[4]
COSTS[:] = [2, 4, 19, 100]


cdef struct Vector:
    uint64_t root
    int64_t cost
    uint64_t sender
    int sender_port
    int age
    int port


cdef struct Port:
    int nb
    int nb_port
    int cost
    bint alive


cdef inline bint better(const Vector *a, const Vector *b) noexcept nogil:
    """Is a strictly smaller than b on (root, cost, sender, sender port, port)?"""
    if a.root != b.root:
        return a.root < b.root
    if a.cost != b.cost:
        return a.cost < b.cost
    if a.sender != b.sender:
        return a.sender < b.sender
    if a.sender_port != b.sender_port:
        return a.sender_port < b.sender_port
    return a.port < b.port


cdef inline bint same(const Vector *a, const Vector *b) noexcept nogil:
    return (a.root == b.root and a.cost == b.cost and a.sender == b.sender and a.sender_port == b.sender_port
            and a.age == b.age and a.port == b.port)


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


cdef int converge(int n, const uint64_t *bridge_id, const int *start, const Port *ports,
                  Vector *best, Vector *heard) noexcept nogil:
    cdef int rounds = 0, b, k
    cdef bint changed
    cdef Vector choice, cand
    cdef const Vector *h
    while True:
        rounds += 1
        memcpy(heard, best, n * sizeof(Vector))
        changed = False
        for b in range(n):
            choice.root = choice.sender = bridge_id[b]
            choice.cost = 0
            choice.sender_port = choice.age = choice.port = 0
            for k in range(start[b], start[b + 1]):
                if not ports[k].alive:
                    continue
                h = &heard[ports[k].nb]
                if h.age + 1 > MAX_AGE:
                    continue
                cand.root = h.root
                cand.cost = h.cost + ports[k].cost
                cand.sender = bridge_id[ports[k].nb]
                cand.sender_port = ports[k].nb_port + 1
                cand.age = h.age + 1
                cand.port = k - start[b] + 1
                if better(&cand, &choice):
                    choice = cand
            if not same(&choice, &best[b]):
                best[b] = choice
                changed = True
        if not changed:
            return rounds


cdef tuple summarize(int n, int rounds, const uint64_t *bridge_id, const int *start, const Port *ports,
                     const Vector *best):
    cdef int64_t roots = 0, root_ports = 0, designated = 0, blocked = 0, cost_sum = 0, checksum = 0
    cdef int b, k, p, role, nb
    cdef Vector mine, theirs
    with nogil:
        for b in range(n):
            if best[b].root == bridge_id[b]:
                roots += 1
            cost_sum += best[b].cost
            for k in range(start[b], start[b + 1]):
                if not ports[k].alive:
                    continue
                p = k - start[b] + 1
                nb = ports[k].nb
                if best[b].port == p:
                    role = 1
                    root_ports += 1
                else:
                    mine.root = best[b].root
                    mine.cost = best[b].cost
                    mine.sender = bridge_id[b]
                    mine.sender_port = p
                    mine.port = 0
                    theirs.root = best[nb].root
                    theirs.cost = best[nb].cost
                    theirs.sender = bridge_id[nb]
                    theirs.sender_port = ports[k].nb_port + 1
                    theirs.port = 0
                    if better(&mine, &theirs):
                        role = 2
                        designated += 1
                    else:
                        role = 3
                        blocked += 1
                checksum = (checksum * 7 + role * (b + 1) + p - 1) % 1000000007
    return (rounds, roots, [root_ports, designated, blocked], cost_sum, checksum)


@cython_benchmark(args=(2400, 4200, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def spanning_tree_port_roles(int bridges, int links, long long seed):
    """Per phase: (rounds, number of roots, [root, designated, blocked ports], root cost sum, role checksum)."""
    cdef uint64_t state = <uint64_t>seed
    cdef int n = bridges
    cdef uint64_t *bridge_id = <uint64_t *>malloc((n + 1) * sizeof(uint64_t))
    cdef int *la = <int *>malloc((links + 1) * sizeof(int))
    cdef int *lb = <int *>malloc((links + 1) * sizeof(int))
    cdef int *lc = <int *>malloc((links + 1) * sizeof(int))
    cdef int *pa = <int *>malloc((links + 1) * sizeof(int))
    cdef int *pb = <int *>malloc((links + 1) * sizeof(int))
    cdef int *start = <int *>calloc(n + 2, sizeof(int))
    cdef int *degree = <int *>calloc(n + 1, sizeof(int))
    cdef Port *ports = <Port *>malloc((2 * links + 1) * sizeof(Port))
    cdef Vector *best = <Vector *>malloc((n + 1) * sizeof(Vector))
    cdef Vector *heard = <Vector *>malloc((n + 1) * sizeof(Vector))
    cdef int i, a, b, nl = 0, k, p, rounds
    cdef uint64_t prio, hi
    cdef list results = []
    try:
        if not (bridge_id and la and lb and lc and pa and pb and start and degree and ports and best and heard):
            raise MemoryError()
        with nogil:
            for b in range(n):
                prio = 4096 * (4 + draw(&state, 5))
                hi = draw(&state, 1 << 24)
                bridge_id[b] = (prio << 48) | (hi << 24) | draw(&state, 1 << 24)
            for i in range(links if n > 1 else 0):
                a = i % n if i < n else <int>draw(&state, n)
                b = <int>draw(&state, n) if i >= n or a == 0 else <int>draw(&state, a)
                if a == b:
                    continue
                la[nl] = a
                lb[nl] = b
                lc[nl] = COSTS[draw(&state, 4)]
                pa[nl] = degree[a]
                degree[a] += 1
                pb[nl] = degree[b]
                degree[b] += 1
                nl += 1
            for b in range(n):
                start[b + 1] = start[b] + degree[b]
            for i in range(nl):
                k = start[la[i]] + pa[i]
                ports[k].nb = lb[i]
                ports[k].nb_port = pb[i]
                ports[k].cost = lc[i]
                ports[k].alive = True
                k = start[lb[i]] + pb[i]
                ports[k].nb = la[i]
                ports[k].nb_port = pa[i]
                ports[k].cost = lc[i]
                ports[k].alive = True
            for b in range(n):
                best[b].root = best[b].sender = bridge_id[b]
                best[b].cost = 0
                best[b].sender_port = best[b].age = best[b].port = 0
            rounds = converge(n, bridge_id, start, ports, best, heard)
        results.append(summarize(n, rounds, bridge_id, start, ports, best))
        with nogil:
            for b in range(n):
                p = best[b].port - 1
                if p >= 0 and draw(&state, 10) == 0:
                    k = start[b] + p
                    ports[k].alive = False
                    ports[start[ports[k].nb] + ports[k].nb_port].alive = False
            rounds = converge(n, bridge_id, start, ports, best, heard)
        results.append(summarize(n, rounds, bridge_id, start, ports, best))
        return results
    finally:
        free(bridge_id); free(la); free(lb); free(lc); free(pa); free(pb); free(start); free(degree)
        free(ports); free(best); free(heard)
