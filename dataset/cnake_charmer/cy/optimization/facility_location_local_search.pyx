# cython: language_level=3
"""Facility location add/drop search with a flat C distance matrix.

Client-to-site distances are a row-major C int matrix; a candidate solution is a byte
mask and its cost is evaluated by a ``noexcept`` cdef scanning only the open sites
gathered into a small index buffer, so each trial flip costs one C pass over the
matrix instead of nested generator expressions.

Keywords: optimization, facility location, local search, add drop heuristic, clustering
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef long long total_cost(const unsigned char *mask, int sites, int clients, const int *dist,
                          const int *open_cost, int *chosen) noexcept nogil:
    cdef int s, c, k, nchosen = 0, best, d
    cdef long long total = 0
    for s in range(sites):
        if mask[s]:
            chosen[nchosen] = s
            nchosen += 1
            total += open_cost[s]
    if nchosen == 0:
        return 1LL << 60
    for c in range(clients):
        best = dist[c * sites + chosen[0]]
        for k in range(1, nchosen):
            d = dist[c * sites + chosen[k]]
            if d < best:
                best = d
        total += best
    return total


cdef inline int draw(unsigned long long *st, int mod) noexcept nogil:
    st[0] = (st[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((st[0] >> 8) % <unsigned long long>mod)


@cython_benchmark(args=(40, 300, 5))
def facility_location_local_search(int sites, int clients, long seed):
    """Return (total cost, open facility indices, improving moves)."""
    if sites <= 0:
        raise ValueError("need at least one candidate site")
    cdef int nc = clients if clients > 0 else 0
    cdef int *sx = <int *>malloc(sites * sizeof(int))
    cdef int *sy = <int *>malloc(sites * sizeof(int))
    cdef int *open_cost = <int *>malloc(sites * sizeof(int))
    cdef int *dist = <int *>malloc((nc * sites + 1) * sizeof(int))
    cdef int *chosen = <int *>malloc(sites * sizeof(int))
    cdef unsigned char *mask = <unsigned char *>malloc(sites)
    if not (sx and sy and open_cost and dist and chosen and mask):
        free(sx); free(sy); free(open_cost); free(dist); free(chosen); free(mask)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int s, c, cx, cy, best_single = 0, best_move, moves = 0
    cdef long long cur, cand, best_cost
    try:
        for s in range(sites):
            sx[s] = draw(&state, 200)
            sy[s] = draw(&state, 200)
        for s in range(sites):
            open_cost[s] = 200 + draw(&state, 800)
        for c in range(nc):
            cx = draw(&state, 200)
            cy = draw(&state, 200)
            for s in range(sites):
                dist[c * sites + s] = abs(cx - sx[s]) + abs(cy - sy[s])
        with nogil:
            for s in range(sites):
                mask[s] = 0
            best_cost = -1
            for s in range(sites):
                mask[s] = 1
                cand = total_cost(mask, sites, nc, dist, open_cost, chosen)
                mask[s] = 0
                if best_cost < 0 or cand < best_cost:
                    best_cost = cand
                    best_single = s
            mask[best_single] = 1
            cur = total_cost(mask, sites, nc, dist, open_cost, chosen)
            while True:
                best_move = -1
                best_cost = cur
                for s in range(sites):
                    mask[s] ^= 1
                    cand = total_cost(mask, sites, nc, dist, open_cost, chosen)
                    mask[s] ^= 1
                    if cand < best_cost:
                        best_move = s
                        best_cost = cand
                if best_move < 0:
                    break
                mask[best_move] ^= 1
                cur = best_cost
                moves += 1
        opened = [s for s in range(sites) if mask[s]]
    finally:
        free(sx); free(sy); free(open_cost); free(dist); free(chosen); free(mask)
    return cur, opened, moves
