# cython: language_level=3
"""Ethernet learning switch whose MAC table is an open-addressing C hash table.

(VLAN, MAC) pairs are packed into one ``uint64_t`` key and stored in a fixed
power-of-two array of entry structs with linear probing and a splitmix-style mixer,
so learning and lookups are a few integer operations with no tuple keys or list
entries. The aging sweep compacts live entries into a scratch array and rebuilds the
table (``memset`` + reinsert), which keeps probe chains free of tombstones. The frame
loop runs without the GIL.

Keywords: networking, ethernet, learning switch, mac table, vlan, aging, flooding, layer 2
"""

import cython
from libc.stdint cimport uint64_t, int64_t
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    PORTS = 48
    TABLE_CAPACITY = 1500
    AGING = 3000
    SWEEP_EVERY = 500
    SLOTS = 4096

cdef uint64_t BROADCAST = 0xFFFFFFFFFFFF


cdef struct Entry:
    uint64_t key
    int64_t seen
    int port
    int used


cdef inline uint64_t slot_of(uint64_t key) noexcept nogil:
    key ^= key >> 31
    key *= 0x7FB5D329728EA185ULL
    key ^= key >> 27
    key *= 0x81DADEF4BC2DD44DULL
    key ^= key >> 33
    return key & (SLOTS - 1)


cdef inline Entry *probe(Entry *table, uint64_t key) noexcept nogil:
    """The entry holding key, or the empty slot where it would go."""
    cdef uint64_t i = slot_of(key)
    while table[i].used and table[i].key != key:
        i = (i + 1) & (SLOTS - 1)
    return &table[i]


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(150000, 2000, 6, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def learning_switch_mac_aging(int frames, int hosts, int vlans, long long seed):
    """Return (counters, frames transmitted per port, final table size, table checksum)."""
    cdef Entry *table = <Entry *>calloc(SLOTS, sizeof(Entry))
    cdef Entry *scratch = <Entry *>malloc(SLOTS * sizeof(Entry))
    cdef uint64_t *macs = <uint64_t *>malloc((hosts + 1) * sizeof(uint64_t))
    cdef int *vlan_of = <int *>malloc((hosts + 1) * sizeof(int))
    cdef int *port_of = <int *>malloc((hosts + 1) * sizeof(int))
    cdef int *members = <int *>malloc((hosts + 1) * sizeof(int))
    cdef int *member_start = <int *>calloc(vlans + 2, sizeof(int))
    cdef int64_t transmitted[PORTS]
    cdef uint64_t state = <uint64_t>seed, hi, src_key, dst_mac, checksum = 0
    cdef int per_vlan = PORTS // vlans if vlans > 0 else 0
    cdef int f, h, v, p, src, in_port, vlan, size = 0, kept, count
    cdef int64_t now = 0, next_sweep = SWEEP_EVERY
    cdef int64_t learned = 0, moved = 0, table_full = 0, aged_out = 0, flooded = 0, filtered = 0, forwarded = 0
    cdef Entry *e
    cdef Entry *t
    try:
        if not (table and scratch and macs and vlan_of and port_of and members and member_start):
            raise MemoryError()
        with nogil:
            for p in range(PORTS):
                transmitted[p] = 0
            for h in range(hosts):
                hi = draw(&state, 1 << 24)
                macs[h] = ((hi << 24) | draw(&state, 1 << 24)) & 0xFEFFFFFFFFFFULL
            for h in range(hosts):
                vlan_of[h] = <int>draw(&state, vlans)
                member_start[vlan_of[h] + 1] += 1
            for h in range(hosts):
                port_of[h] = vlan_of[h] + vlans * <int>draw(&state, per_vlan)
            for v in range(vlans):
                member_start[v + 1] += member_start[v]
            count = 0
            for v in range(vlans):
                for h in range(hosts):
                    if vlan_of[h] == v:
                        members[count] = h
                        count += 1

            for f in range(frames):
                now += <int64_t>draw(&state, 3)
                if now >= next_sweep:
                    kept = 0
                    for h in range(SLOTS):
                        if table[h].used:
                            if now - table[h].seen > AGING:
                                aged_out += 1
                            else:
                                scratch[kept] = table[h]
                                kept += 1
                    memset(table, 0, SLOTS * sizeof(Entry))
                    for h in range(kept):
                        probe(table, scratch[h].key)[0] = scratch[h]
                    size = kept
                    next_sweep = now + SWEEP_EVERY
                src = <int>draw(&state, hosts)
                if draw(&state, 200) == 0:
                    port_of[src] = vlan_of[src] + vlans * <int>draw(&state, per_vlan)
                in_port = port_of[src]
                vlan = in_port % vlans
                if draw(&state, 20) == 0:
                    dst_mac = BROADCAST
                else:
                    count = member_start[vlan + 1] - member_start[vlan]
                    dst_mac = macs[members[member_start[vlan] + <int>draw(&state, count)]]

                src_key = (<uint64_t>vlan << 48) | macs[src]
                e = probe(table, src_key)
                if e.used:
                    if e.port != in_port:
                        moved += 1
                        e.port = in_port
                    e.seen = now
                elif size < TABLE_CAPACITY:
                    e.used = 1
                    e.key = src_key
                    e.port = in_port
                    e.seen = now
                    size += 1
                    learned += 1
                else:
                    table_full += 1

                t = NULL
                if dst_mac != BROADCAST:
                    t = probe(table, (<uint64_t>vlan << 48) | dst_mac)
                    if not t.used:
                        t = NULL
                if t == NULL or now - t.seen > AGING:
                    flooded += 1
                    p = vlan
                    while p < PORTS:
                        if p != in_port:
                            transmitted[p] += 1
                        p += vlans
                elif t.port == in_port:
                    filtered += 1
                else:
                    forwarded += 1
                    transmitted[t.port] += 1
            for h in range(SLOTS):
                if table[h].used:
                    checksum ^= ((table[h].key & 0xFFFFFFFFFFFFULL) * 0x9E3779B1ULL
                                 + (table[h].key >> 48) * 0x85EBCA77ULL
                                 + <uint64_t>table[h].port * 0xC2B2AE3DULL
                                 + <uint64_t>table[h].seen) & 0xFFFFFFFFFFFFULL
        counters = {"learned": learned, "moved": moved, "table_full": table_full, "aged_out": aged_out,
                    "flooded": flooded, "filtered": filtered, "forwarded": forwarded}
        return (counters, [transmitted[p] for p in range(PORTS)], size, checksum)
    finally:
        free(table); free(scratch); free(macs); free(vlan_of); free(port_of); free(members); free(member_start)
