# cython: language_level=3
"""NAPT port allocation with dense C tables: direct-indexed mappings and port owners.

Because every (host, local port) comes from a small per-host port list, a mapping is
addressed directly by ``canonical endpoint * 2 + protocol`` instead of hashing a tuple,
and the public side is a flat ``int`` owner array per (address, protocol, port). Peers
are a ``uint32_t`` bitmask, and live mappings sit in an index-tracked active list so a
sweep visits only them and removes in O(1) by swapping with the last. The event loop
runs without the GIL.

Keywords: networking, nat, napt, port allocation, port preservation, timeouts, filtering, connection tracking
"""

import cython
from libc.stdint cimport uint32_t, uint64_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    PORT_LOW = 40000
    SWEEP_EVERY = 2000
    LOCAL_PORTS = 8
    REMOTES = 12

cdef int64_t TIMEOUTS[2]
TIMEOUTS[:] = [4000, 1500]


cdef struct Mapping:
    int64_t last_used
    uint32_t peers
    int public_ip
    int public_port
    int active_pos      # index in the active list, -1 when free


cdef struct Nat:
    Mapping *maps
    int *owner          # (ip * 2 + proto) * pool + offset -> mapping id or -1
    int *active
    int n_active
    int pool
    int64_t expired


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


cdef inline void release(Nat *nat, int mid) noexcept nogil:
    cdef Mapping *m = &nat.maps[mid]
    cdef int last
    nat.owner[(m.public_ip * 2 + (mid & 1)) * nat.pool + m.public_port - PORT_LOW] = -1
    last = nat.active[nat.n_active - 1]
    nat.active[m.active_pos] = last
    nat.maps[last].active_pos = m.active_pos
    nat.n_active -= 1
    m.active_pos = -1
    nat.expired += 1


@cython_benchmark(args=(85000, 400, 2, 1500, 43))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nat_port_allocation_table(int events, int hosts, int publics, int pool, long long seed):
    """Return (allocation counters, [accepted, no mapping, filtered], peak active, final active, port checksum)."""
    cdef uint64_t state = <uint64_t>seed
    cdef int endpoints = hosts * LOCAL_PORTS
    cdef int *ports = <int *>malloc((endpoints + 1) * sizeof(int))
    cdef int *canonical = <int *>malloc((endpoints + 1) * sizeof(int))
    cdef int *cursor = <int *>malloc((2 * publics + 1) * sizeof(int))
    cdef Nat nat
    cdef int e, h, s, t, i, host, slot, port, proto, remote, mid, ip, public_port, offset, step
    cdef int64_t now = 0, next_sweep = SWEEP_EVERY
    cdef int64_t allocated = 0, preserved = 0, reused = 0, failed = 0, accepted = 0, no_mapping = 0, filtered = 0
    cdef int64_t peak = 0, checksum = 0
    cdef Mapping *m
    nat.maps = <Mapping *>malloc((2 * endpoints + 1) * sizeof(Mapping))
    nat.owner = <int *>malloc((<size_t>2 * publics * pool + 1) * sizeof(int))
    nat.active = <int *>malloc((2 * endpoints + 1) * sizeof(int))
    nat.n_active = 0
    nat.pool = pool
    nat.expired = 0
    try:
        if not (ports and canonical and cursor and nat.maps and nat.owner and nat.active):
            raise MemoryError()
        with nogil:
            for e in range(endpoints):
                ports[e] = PORT_LOW + <int>draw(&state, 2 * pool)
            for h in range(hosts):
                for s in range(LOCAL_PORTS):
                    e = h * LOCAL_PORTS + s
                    canonical[e] = e
                    for t in range(s):
                        if ports[h * LOCAL_PORTS + t] == ports[e]:
                            canonical[e] = h * LOCAL_PORTS + t
                            break
            for i in range(2 * endpoints):
                nat.maps[i].active_pos = -1
            for i in range(2 * publics * pool):
                nat.owner[i] = -1
            for i in range(2 * publics):
                cursor[i] = 0

            for i in range(events):
                now += <int64_t>draw(&state, 3)
                if now >= next_sweep:
                    t = 0
                    while t < nat.n_active:
                        mid = nat.active[t]
                        if now - nat.maps[mid].last_used > TIMEOUTS[mid & 1]:
                            release(&nat, mid)     # the last entry moved into slot t
                        else:
                            t += 1
                    next_sweep += SWEEP_EVERY
                if draw(&state, 10) < 7:
                    host = <int>draw(&state, hosts)
                    slot = <int>draw(&state, LOCAL_PORTS)
                    port = ports[host * LOCAL_PORTS + slot]
                    proto = <int>draw(&state, 2)
                    remote = <int>draw(&state, REMOTES)
                    mid = canonical[host * LOCAL_PORTS + slot] * 2 + proto
                    m = &nat.maps[mid]
                    if m.active_pos >= 0 and now - m.last_used > TIMEOUTS[proto]:
                        release(&nat, mid)
                    if m.active_pos >= 0:
                        reused += 1
                        m.last_used = now
                        m.peers |= 1U << remote
                        continue
                    ip = host % publics
                    public_port = -1
                    if port < PORT_LOW + pool and nat.owner[(ip * 2 + proto) * pool + port - PORT_LOW] < 0:
                        public_port = port
                        preserved += 1
                    else:
                        for step in range(pool):
                            offset = (cursor[ip * 2 + proto] + step) % pool
                            if nat.owner[(ip * 2 + proto) * pool + offset] < 0:
                                public_port = PORT_LOW + offset
                                cursor[ip * 2 + proto] = (offset + 1) % pool
                                break
                        if public_port < 0:
                            failed += 1
                            continue
                    m.public_ip = ip
                    m.public_port = public_port
                    m.last_used = now
                    m.peers = 1U << remote
                    m.active_pos = nat.n_active
                    nat.active[nat.n_active] = mid
                    nat.n_active += 1
                    nat.owner[(ip * 2 + proto) * pool + public_port - PORT_LOW] = mid
                    allocated += 1
                    if nat.n_active > peak:
                        peak = nat.n_active
                    checksum = (checksum * 31 + public_port * 4 + ip * 2 + proto) % 1000000007
                else:
                    ip = <int>draw(&state, publics)
                    proto = <int>draw(&state, 2)
                    offset = <int>draw(&state, pool)
                    remote = <int>draw(&state, REMOTES)
                    mid = nat.owner[(ip * 2 + proto) * pool + offset]
                    if mid < 0 or now - nat.maps[mid].last_used > TIMEOUTS[proto]:
                        no_mapping += 1
                    elif not (nat.maps[mid].peers >> remote) & 1:
                        filtered += 1
                    else:
                        accepted += 1
                        nat.maps[mid].last_used = now
        stats = {"allocated": allocated, "preserved": preserved, "reused": reused, "failed": failed,
                 "expired": nat.expired}
        return (stats, [accepted, no_mapping, filtered], peak, nat.n_active, checksum)
    finally:
        free(ports); free(canonical); free(cursor); free(nat.maps); free(nat.owner); free(nat.active)
