# cython: language_level=3
"""RIP-style distance-vector rounds over flat C tables with memcpy snapshots.

Distance, next-hop and age tables are flat ``int`` arrays indexed ``v * n + d``; the
start-of-round snapshot is two ``memcpy`` calls instead of copying lists of lists.
Neighbour lists keep the links' creation order (as the Python dicts do) in fixed
per-router slots with an alive flag, so failing a link is a flag flip, and a cost
matrix answers "already linked?" in O(1). All rounds run in ``nogil`` functions.

Keywords: networking, distance vector, rip, bellman-ford, count to infinity, split horizon, poisoned reverse, routing
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    INFINITY = 48
    TIMEOUT = 12
    MAX_ROUNDS = 400
    PLAIN = 0
    SPLIT_HORIZON = 1
    POISONED_REVERSE = 2


cdef struct Net:
    int n
    int *cost          # n * n, 0 = no link
    int *nbr           # n * n slots, creation order per router
    char *alive        # n * n slots
    int *degree
    int *dist
    int *hop
    int *age
    int *snap_dist
    int *snap_hop


cdef inline int draw(unsigned int *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <unsigned int>k)


cdef void add_link(Net *net, int u, int v, int c) noexcept nogil:
    cdef int n = net.n
    net.cost[u * n + v] = c
    net.cost[v * n + u] = c
    net.nbr[u * n + net.degree[u]] = v
    net.alive[u * n + net.degree[u]] = 1
    net.degree[u] += 1
    net.nbr[v * n + net.degree[v]] = u
    net.alive[v * n + net.degree[v]] = 1
    net.degree[v] += 1


cdef void drop_link(Net *net, int a, int b) noexcept nogil:
    cdef int n = net.n, i, x, y, d, side
    for side in range(2):
        x = a if side == 0 else b
        y = b if side == 0 else a
        for i in range(net.degree[x]):
            if net.nbr[x * n + i] == y:
                net.alive[x * n + i] = 0
        net.cost[x * n + y] = 0
    for side in range(2):
        x = a if side == 0 else b
        y = b if side == 0 else a
        for d in range(n):
            if net.hop[x * n + d] == y:
                net.dist[x * n + d] = INFINITY
                net.hop[x * n + d] = -1


cdef void run_rounds(Net *net, int mode, long long *rounds, long long *updates) noexcept nogil:
    cdef int n = net.n, v, u, d, i, c, metric, row
    cdef bint changed
    cdef int *dist = net.dist
    cdef int *hop = net.hop
    cdef int *age = net.age
    rounds[0] = updates[0] = 0
    while rounds[0] < MAX_ROUNDS:
        rounds[0] += 1
        memcpy(net.snap_dist, dist, n * n * sizeof(int))
        memcpy(net.snap_hop, hop, n * n * sizeof(int))
        changed = False
        for v in range(n):
            row = v * n
            for d in range(n):
                if d != v:
                    age[row + d] += 1
            for i in range(net.degree[v]):
                if not net.alive[row + i]:
                    continue
                u = net.nbr[row + i]
                c = net.cost[row + u]
                for d in range(n):
                    if d == v:
                        continue
                    metric = net.snap_dist[u * n + d]
                    if net.snap_hop[u * n + d] == v:
                        if mode == SPLIT_HORIZON:
                            continue
                        if mode == POISONED_REVERSE:
                            metric = INFINITY
                    metric += c
                    if metric > INFINITY:
                        metric = INFINITY
                    if hop[row + d] == u:
                        age[row + d] = 0
                        if metric != dist[row + d]:
                            dist[row + d] = metric
                            if metric == INFINITY:
                                hop[row + d] = -1
                            changed = True
                            updates[0] += 1
                    elif metric < dist[row + d]:
                        dist[row + d] = metric
                        hop[row + d] = u
                        age[row + d] = 0
                        changed = True
                        updates[0] += 1
            for d in range(n):
                if d == v or hop[row + d] < 0 or age[row + d] == 0:
                    continue
                if age[row + d] > TIMEOUT:
                    dist[row + d] = INFINITY
                    hop[row + d] = -1
                    updates[0] += 1
                changed = True
        if not changed:
            break


cdef tuple run_mode(int n, int chords, long long seed, int mode, Net *net, int *order_u, int *order_v):
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int u, v, c, k, nlinks = 0, isolated, extra, nn = n * n
    cdef long long rounds, updates, rounds_after, updates_after, unreachable = 0, checksum = 0
    with nogil:
        for k in range(nn):
            net.cost[k] = 0
            net.alive[k] = 0
            net.age[k] = 0
        for u in range(n):
            net.degree[u] = 0
            for v in range(n):
                net.dist[u * n + v] = 0 if u == v else INFINITY
                net.hop[u * n + v] = u if u == v else -1
        for u in range(n if n > 2 else n - 1):
            v = (u + 1) % n
            if net.cost[u * n + v] == 0:
                add_link(net, u, v, 1 + draw(&state, 3))
                order_u[nlinks] = u
                order_v[nlinks] = v
                nlinks += 1
        for k in range(chords if n > 3 else 0):
            u = draw(&state, n)
            v = draw(&state, n)
            if u != v and net.cost[u * n + v] == 0:
                add_link(net, u, v, 1 + draw(&state, 3))
                order_u[nlinks] = u
                order_v[nlinks] = v
                nlinks += 1
        isolated = draw(&state, n) if n else 0
        extra = draw(&state, nlinks) if nlinks else -1
        run_rounds(net, mode, &rounds, &updates)
        for k in range(nlinks):
            if order_u[k] == isolated or order_v[k] == isolated:
                drop_link(net, order_u[k], order_v[k])
        if extra >= 0:
            drop_link(net, order_u[extra], order_v[extra])
        run_rounds(net, mode, &rounds_after, &updates_after)
        for k in range(nn):
            if net.dist[k] == INFINITY:
                unreachable += 1
            checksum = (checksum * 31 + net.dist[k] * 7 + net.hop[k] + 1) % 1000000007
    return (rounds, updates, rounds_after, updates_after, unreachable, checksum,
            [net.dist[k] for k in range(n)])


@cython_benchmark(args=(34, 30, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def distance_vector_split_horizon(int n, int chords, long long seed):
    """Per mode: (rounds, updates, rounds after failure, updates after, unreachable pairs, distance checksum, row 0)."""
    cdef Net net
    cdef size_t cells = <size_t>n * n + 1
    net.n = n
    net.cost = <int *>malloc(cells * sizeof(int))
    net.nbr = <int *>malloc(cells * sizeof(int))
    net.alive = <char *>malloc(cells)
    net.degree = <int *>calloc(n + 1, sizeof(int))
    net.dist = <int *>malloc(cells * sizeof(int))
    net.hop = <int *>malloc(cells * sizeof(int))
    net.age = <int *>malloc(cells * sizeof(int))
    net.snap_dist = <int *>malloc(cells * sizeof(int))
    net.snap_hop = <int *>malloc(cells * sizeof(int))
    cdef int *order_u = <int *>malloc((n + chords + 1) * sizeof(int))
    cdef int *order_v = <int *>malloc((n + chords + 1) * sizeof(int))
    try:
        if not (net.cost and net.nbr and net.alive and net.degree and net.dist and net.hop and net.age
                and net.snap_dist and net.snap_hop and order_u and order_v):
            raise MemoryError()
        return {
            "plain": run_mode(n, chords, seed, PLAIN, &net, order_u, order_v),
            "split_horizon": run_mode(n, chords, seed, SPLIT_HORIZON, &net, order_u, order_v),
            "poisoned_reverse": run_mode(n, chords, seed, POISONED_REVERSE, &net, order_u, order_v),
        }
    finally:
        free(net.cost); free(net.nbr); free(net.alive); free(net.degree); free(net.dist)
        free(net.hop); free(net.age); free(net.snap_dist); free(net.snap_hop)
        free(order_u); free(order_v)
