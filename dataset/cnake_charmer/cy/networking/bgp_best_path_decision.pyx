# cython: language_level=3
"""BGP best-path selection with candidate sets as 64-bit masks over route structs.

The Adj-RIB-In is a flat array of small route structs (valid flag, LOCAL_PREF, path
length, ORIGIN, MED, neighbour AS) indexed ``prefix * peers + peer``; only the facts
the decision needs are kept, not the AS path itself. Each elimination rule narrows a
``uint64_t`` bitmask of surviving peers (one pass for the extreme value, one to
filter), and ``__builtin_popcountll`` tells when a single route is left.

Keywords: networking, bgp, best path selection, decision process, routing, as path, med, local preference
"""

import cython
from libc.stdint cimport uint32_t, uint64_t, int64_t
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcountll(unsigned long long) nogil
    int __builtin_ctzll(unsigned long long) nogil

cdef enum:
    LOCAL_AS = 65000
    N_STEPS = 8

cdef int LOCAL_PREFS[4]
LOCAL_PREFS[:] = [100, 100, 200, 50]


cdef struct Route:
    int valid
    int local_pref
    int path_len
    int origin
    int med
    int neighbor_as


cdef struct Peer:
    int asn
    int ebgp
    int igp_cost
    int router_id


ctypedef int (*route_key)(const Route *, const Peer *) noexcept nogil

cdef int neg_local_pref(const Route *r, const Peer *p) noexcept nogil:
    return -r.local_pref
cdef int path_len(const Route *r, const Peer *p) noexcept nogil:
    return r.path_len
cdef int origin(const Route *r, const Peer *p) noexcept nogil:
    return r.origin
cdef int not_ebgp(const Route *r, const Peer *p) noexcept nogil:
    return 0 if p.ebgp else 1
cdef int igp_cost(const Route *r, const Peer *p) noexcept nogil:
    return p.igp_cost
cdef int router_id(const Route *r, const Peer *p) noexcept nogil:
    return p.router_id


cdef inline uint64_t keep_minimum(uint64_t mask, const Route *routes, const Peer *peers, route_key key) noexcept nogil:
    cdef uint64_t bits = mask, kept = 0
    cdef int i, v, best = 0x7FFFFFFF
    while bits:
        i = __builtin_ctzll(bits)
        bits &= bits - 1
        v = key(&routes[i], &peers[i])
        if v < best:
            best = v
            kept = 0
        if v == best:
            kept |= (<uint64_t>1) << i
    return kept


cdef inline uint64_t keep_lowest_med(uint64_t mask, const Route *routes) noexcept nogil:
    cdef uint64_t a = mask, b, kept = mask
    cdef int i, j
    while a:
        i = __builtin_ctzll(a)
        a &= a - 1
        b = mask
        while b:
            j = __builtin_ctzll(b)
            b &= b - 1
            if routes[j].neighbor_as == routes[i].neighbor_as and routes[j].med < routes[i].med:
                kept &= ~((<uint64_t>1) << i)
                break
    return kept


cdef int best_path(const Route *routes, const Peer *peers, int n, int64_t *steps) noexcept nogil:
    """Index of the best peer's route, or -1; counts the deciding step."""
    cdef uint64_t mask = 0
    cdef int i, step
    cdef route_key keys[N_STEPS]
    for i in range(n):
        if routes[i].valid:
            mask |= (<uint64_t>1) << i
    if mask == 0:
        return -1
    if __builtin_popcountll(mask) == 1:
        return __builtin_ctzll(mask)
    keys[0] = neg_local_pref
    keys[1] = path_len
    keys[2] = origin
    keys[3] = NULL
    keys[4] = not_ebgp
    keys[5] = igp_cost
    keys[6] = router_id
    keys[7] = NULL
    for step in range(N_STEPS):
        if step == 3:
            mask = keep_lowest_med(mask, routes)
        elif step == 7:
            mask &= -mask
        else:
            mask = keep_minimum(mask, routes, peers, keys[step])
        if __builtin_popcountll(mask) == 1:
            steps[step] += 1
            break
    return __builtin_ctzll(mask)


cdef inline int draw(uint32_t *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <uint32_t>k)


@cython_benchmark(args=(1500, 14, 24000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bgp_best_path_decision(int prefixes, int peers, int updates, long long seed):
    """Return (loops dropped, best-path changes, deciding step counts, unreachable, best checksum, samples)."""
    if peers > 64:
        raise ValueError("at most 64 peers")
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef Peer *nb = <Peer *>malloc((peers + 1) * sizeof(Peer))
    cdef Route *rib = <Route *>calloc(<size_t>prefixes * peers + 1, sizeof(Route))
    cdef int *best = <int *>malloc((prefixes + 1) * sizeof(int))
    cdef int64_t steps[N_STEPS]
    cdef int64_t loops = 0, changes = 0, unreachable = 0, checksum = 0
    cdef int i, u, prefix, p, nhops, h, first_hop, looped, chosen
    cdef Route *r
    cdef list samples = []
    try:
        if nb == NULL or rib == NULL or best == NULL:
            raise MemoryError()
        with nogil:
            for i in range(N_STEPS):
                steps[i] = 0
            for i in range(peers):
                nb[i].ebgp = draw(&state, 3) > 0
                nb[i].asn = 64512 + draw(&state, 40) if nb[i].ebgp else LOCAL_AS
                nb[i].igp_cost = 0 if nb[i].ebgp else 1 + draw(&state, 30)
                nb[i].router_id = draw(&state, 1 << 30)
            for i in range(prefixes):
                best[i] = -1
            for u in range(updates if prefixes and peers else 0):
                prefix = draw(&state, prefixes)
                p = draw(&state, peers)
                r = &rib[prefix * peers + p]
                if draw(&state, 5) == 0:
                    r.valid = 0
                else:
                    nhops = draw(&state, 5)
                    first_hop = LOCAL_AS
                    looped = 0
                    for h in range(nhops):
                        i = 64512 + draw(&state, 60)
                        if h == 0:
                            first_hop = i
                    if draw(&state, 50) == 0:
                        if draw(&state, nhops + 1) == 0:
                            first_hop = LOCAL_AS
                        nhops += 1
                        looped = 1
                    if nb[p].ebgp:
                        first_hop = nb[p].asn
                        nhops += 1
                    if not nb[p].ebgp or draw(&state, 2):
                        r.local_pref = LOCAL_PREFS[draw(&state, 4)]
                    else:
                        r.local_pref = 100
                    r.path_len = nhops
                    r.neighbor_as = first_hop
                    r.origin = draw(&state, 3)
                    r.med = draw(&state, 4) * 10
                    if looped:
                        loops += 1
                        r.valid = 0
                    else:
                        r.valid = 1
                chosen = best_path(&rib[prefix * peers], nb, peers, steps)
                if chosen != best[prefix]:
                    changes += 1
                best[prefix] = chosen
            for i in range(prefixes):
                if best[i] < 0:
                    unreachable += 1
                checksum = (checksum * 17 + best[i] + 1) % 1000000007
        for i in range(prefixes):
            if len(samples) >= 5:
                break
            if best[i] >= 0:
                r = &rib[i * peers + best[i]]
                samples.append((i, best[i], r.local_pref, r.path_len))
        names = ("local_pref", "as_path", "origin", "med", "ebgp", "igp_cost", "router_id", "peer")
        return (loops, changes, {names[i]: steps[i] for i in range(N_STEPS)}, unreachable, checksum, samples)
    finally:
        free(nb); free(rib); free(best)
