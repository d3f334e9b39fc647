# distutils: language = c++
# cython: language_level=3
"""OSPF link-state database and ECMP SPF with word bitsets and a C++ priority queue.

LSAs live in flat C pools (router, sequence, slice of a link pool) shuffled by index;
the installed database becomes an ``n x n`` cost matrix so the two-way check is two
array reads. Each SPF run uses a ``std::priority_queue`` and keeps every destination's
next-hop set as a row of ``uint64_t`` words, so an equal-cost merge is a word-wise OR
and the sorted hop list falls out of a bit scan.

Keywords: networking, ospf, link state, lsdb, shortest path first, dijkstra, ecmp, routing table
"""

import cython
from libcpp.queue cimport priority_queue
from libcpp.pair cimport pair
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef long long MOD = 1000000007

cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil


cdef inline int draw(unsigned int *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <unsigned int>k)


@cython_benchmark(args=(380, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ospf_lsdb_ecmp_next_hops(int n, long long seed):
    """Return (accepted, stale, two-way links, ECMP routes, unreachable pairs, table checksum, router 0 sample)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int words = (n + 63) // 64 if n > 0 else 1
    cdef size_t cells = <size_t>n * n + 1
    cdef char *adjacent = <char *>calloc(cells, 1)
    cdef int *link_cost = <int *>calloc(cells, sizeof(int))
    cdef int *nbr_start = <int *>calloc(n + 2, sizeof(int))
    cdef int *nbr = <int *>malloc(cells * sizeof(int))
    cdef int *lsa_router = <int *>malloc((3 * n + 1) * sizeof(int))
    cdef int *lsa_seq = <int *>malloc((3 * n + 1) * sizeof(int))
    cdef int *lsa_start = <int *>malloc((3 * n + 2) * sizeof(int))
    cdef int *pool_v = <int *>malloc((3 * cells) * sizeof(int))
    cdef int *pool_c = <int *>malloc((3 * cells) * sizeof(int))
    cdef int *order = <int *>malloc((3 * n + 1) * sizeof(int))
    cdef int *installed = <int *>malloc((n + 1) * sizeof(int))
    cdef int *g_start = <int *>calloc(n + 2, sizeof(int))
    cdef int *g_v = <int *>malloc(cells * sizeof(int))
    cdef int *g_c = <int *>malloc(cells * sizeof(int))
    cdef int *dist = <int *>malloc((n + 1) * sizeof(int))
    cdef char *settled = <char *>malloc(n + 1)
    cdef uint64_t *hops = <uint64_t *>malloc(<size_t>(n + 1) * words * sizeof(uint64_t))
    cdef priority_queue[pair[int, int]] heap
    cdef pair[int, int] top
    cdef int u, v, i, j, k, w, t, seq, versions, nlsa = 0, npool = 0, nedge = 0, root, d, nd, count
    cdef long long accepted = 0, stale = 0, ecmp = 0, unreachable = 0, checksum = 0, reached
    cdef uint64_t bits
    cdef list sample = []
    cdef list hop_list
    try:
        if not (adjacent and link_cost and nbr_start and nbr and lsa_router and lsa_seq and lsa_start
                and pool_v and pool_c and order and installed and g_start and g_v and g_c and dist and settled and hops):
            raise MemoryError()
        with nogil:
            for u in range(n):
                for k in range(3):
                    v = draw(&state, n)
                    if v != u:
                        adjacent[u * n + v] = 1
                        adjacent[v * n + u] = 1
            for u in range(n):
                nbr_start[u + 1] = nbr_start[u]
                for v in range(n):
                    if adjacent[u * n + v]:
                        nbr[nbr_start[u + 1]] = v
                        nbr_start[u + 1] += 1
            for u in range(n):
                versions = 1 + draw(&state, 3)
                for seq in range(1, versions + 1):
                    lsa_router[nlsa] = u
                    lsa_seq[nlsa] = seq
                    lsa_start[nlsa] = npool
                    for k in range(nbr_start[u], nbr_start[u + 1]):
                        if draw(&state, 10) < 9:
                            pool_v[npool] = nbr[k]
                            pool_c[npool] = 1 + draw(&state, 10)
                            npool += 1
                    nlsa += 1
            lsa_start[nlsa] = npool
            # shuffle an index permutation of the LSAs (same swaps as on the list)
            for i in range(nlsa):
                order[i] = i
            for i in range(nlsa - 1, 0, -1):
                j = draw(&state, i + 1)
                t = order[i]
                order[i] = order[j]
                order[j] = t
            for u in range(n):
                installed[u] = -1
            for i in range(nlsa):
                k = order[i]
                u = lsa_router[k]
                if installed[u] < 0 or lsa_seq[k] > lsa_seq[installed[u]]:
                    installed[u] = k
                    accepted += 1
                else:
                    stale += 1
            for u in range(n):
                k = installed[u]
                if k >= 0:
                    for i in range(lsa_start[k], lsa_start[k + 1]):
                        link_cost[u * n + pool_v[i]] = pool_c[i]
            for u in range(n):
                g_start[u + 1] = g_start[u]
                for v in range(n):
                    if link_cost[u * n + v] and link_cost[v * n + u]:
                        g_v[nedge] = v
                        g_c[nedge] = link_cost[u * n + v]
                        nedge += 1
                        g_start[u + 1] += 1

        for root in range(n):
            with nogil:
                for v in range(n):
                    dist[v] = -1
                    settled[v] = 0
                for k in range(n * words):
                    hops[k] = 0
                dist[root] = 0
                heap.push(pair[int, int](0, root))
                while not heap.empty():
                    top = heap.top()
                    heap.pop()
                    d = -top.first
                    u = top.second
                    if settled[u]:
                        continue
                    settled[u] = 1
                    for k in range(g_start[u], g_start[u + 1]):
                        v = g_v[k]
                        nd = d + g_c[k]
                        if dist[v] < 0 or nd < dist[v]:
                            dist[v] = nd
                            for w in range(words):
                                hops[v * words + w] = 0
                            if u == root:
                                hops[v * words + (v >> 6)] = (<uint64_t>1) << (v & 63)
                            else:
                                for w in range(words):
                                    hops[v * words + w] = hops[u * words + w]
                            heap.push(pair[int, int](-nd, v))
                        elif nd == dist[v] and not settled[v]:
                            if u == root:
                                hops[v * words + (v >> 6)] |= (<uint64_t>1) << (v & 63)
                            else:
                                for w in range(words):
                                    hops[v * words + w] |= hops[u * words + w]
                reached = 0
                for v in range(n):
                    if dist[v] >= 0:
                        reached += 1
                unreachable += n - reached
                for v in range(n):
                    if v == root or dist[v] < 0:
                        continue
                    count = 0
                    checksum = (checksum * 131 + <long long>dist[v] * 7 + v) % MOD
                    for w in range(words):
                        bits = hops[v * words + w]
                        while bits:
                            t = w * 64 + __builtin_ctzll(bits)
                            bits &= bits - 1
                            count += 1
                            checksum = (checksum * 257 + t + 1) % MOD
                    if count > 1:
                        ecmp += 1
            if root == 0:
                for v in range(1, n):
                    if len(sample) >= 6:
                        break
                    if dist[v] < 0:
                        continue
                    hop_list = []
                    for t in range(n):
                        if hops[v * words + (t >> 6)] >> (t & 63) & 1:
                            hop_list.append(t)
                    sample.append((v, dist[v], hop_list))
        return (accepted, stale, nedge, ecmp, unreachable, checksum, sample)
    finally:
        free(adjacent); free(link_cost); free(nbr_start); free(nbr); free(lsa_router); free(lsa_seq)
        free(lsa_start); free(pool_v); free(pool_c); free(order); free(installed); free(g_start); free(g_v); free(g_c)
        free(dist); free(settled); free(hops)

