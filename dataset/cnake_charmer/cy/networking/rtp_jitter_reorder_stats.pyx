# distutils: language = c++
# cython: language_level=3
"""RFC 3550 receiver statistics with native 16/32-bit wraparound and a sorted key array.

Sequence numbers are ``uint16_t`` and timestamps ``uint32_t``, so the modular
arithmetic of appendix A.1 and A.8 is just C unsigned overflow plus a cast to
``int32_t`` for transit differences. Packets become packed structs and the arrival
order is obtained by sorting ``uint64_t`` keys (arrival << 32 | generation index, which
keeps ties stable) with ``std::sort``; per-source state is an array of structs.

Keywords: networking, rtp, rfc 3550, interarrival jitter, sequence number wraparound, packet loss, reordering, voip
"""

import cython
from libcpp.algorithm cimport sort
from libc.stdint cimport uint16_t, uint32_t, uint64_t, int32_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SEQ_MOD = 65536
    MAX_DROPOUT = 3000
    MAX_MISORDER = 100
    MIN_SEQUENTIAL = 2
    TS_STEP = 160


cdef packed struct Packet:
    int64_t arrival
    uint32_t ts
    uint16_t seq
    uint16_t source


cdef struct Source:
    uint32_t max_seq
    uint32_t base_seq
    uint32_t bad_seq
    int64_t cycles
    int64_t received
    int probation
    bint has_transit
    int32_t transit
    int64_t jitter
    int64_t misordered
    int64_t rejected
    bint seen


cdef inline void restart(Source *s, uint32_t seq) noexcept nogil:
    s.base_seq = seq
    s.max_seq = seq
    s.bad_seq = SEQ_MOD + 1
    s.cycles = 0
    s.received = 0


cdef inline bint update_seq(Source *s, uint32_t seq) noexcept nogil:
    cdef uint32_t udelta = (seq - s.max_seq) & 0xFFFF
    if s.probation:
        if seq == s.max_seq + 1:
            s.probation -= 1
            s.max_seq = seq
            if s.probation == 0:
                restart(s, seq)
                s.received += 1
                return True
        else:
            s.probation = MIN_SEQUENTIAL - 1
            s.max_seq = seq
        return False
    if udelta < MAX_DROPOUT:
        if seq < s.max_seq:
            s.cycles += SEQ_MOD
        s.max_seq = seq
    elif udelta <= SEQ_MOD - MAX_MISORDER:
        if seq == s.bad_seq:
            restart(s, seq)
        else:
            s.bad_seq = (seq + 1) & 0xFFFF
            return False
    else:
        s.misordered += 1
    s.received += 1
    return True


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(6, 14000, 47))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rtp_jitter_reorder_stats(int sources, int packets, long long seed):
    """Return (per source (extended max, expected, lost, jitter, misordered, rejected), arrivals, total lost, checksum)."""
    cdef uint64_t state = <uint64_t>seed
    cdef size_t capacity = <size_t>sources * packets * 2 + 1
    cdef Packet *pk = <Packet *>malloc(capacity * sizeof(Packet))
    cdef uint64_t *keys = <uint64_t *>malloc(capacity * sizeof(uint64_t))
    cdef uint32_t *ssrc = <uint32_t *>malloc((sources + 1) * sizeof(uint32_t))
    cdef int *owner = <int *>malloc((sources + 1) * sizeof(int))
    cdef Source *table = <Source *>malloc((sources + 1) * sizeof(Source))
    cdef size_t n = 0, k
    cdef int s, i, t
    cdef uint32_t seq, ts
    cdef int64_t start, delay, arrival, d, extended, expected, lost, total_lost = 0, checksum = 0
    cdef int32_t transit
    cdef Packet *p
    cdef Source *src
    cdef list stats = []
    try:
        if not (pk and keys and ssrc and owner and table):
            raise MemoryError()
        with nogil:
            for s in range(sources):
                ssrc[s] = <uint32_t>draw(&state, 1U << 31)
                owner[s] = s
                for t in range(s):
                    if ssrc[t] == ssrc[s]:
                        owner[s] = t
                        break
                table[s].seen = False
                seq = <uint32_t>draw(&state, SEQ_MOD)
                ts = <uint32_t>(draw(&state, 1U << 31) * 2)
                ts += <uint32_t>draw(&state, 2)
                start = <int64_t>draw(&state, 4000)
                for i in range(packets):
                    if draw(&state, 3000) == 0:
                        seq = (seq + 10000 + <uint32_t>draw(&state, 30000)) & 0xFFFF
                    if draw(&state, 100) >= 3:
                        delay = 400 + <int64_t>draw(&state, 240)
                        if draw(&state, 200) == 0:
                            delay += <int64_t>draw(&state, 4000)
                        p = &pk[n]
                        p.arrival = start + <int64_t>i * TS_STEP + delay
                        p.source = s
                        p.seq = seq
                        p.ts = ts
                        n += 1
                        if draw(&state, 250) == 0:
                            pk[n] = pk[n - 1]
                            pk[n].arrival += <int64_t>draw(&state, 900)
                            n += 1
                    seq = (seq + 1) & 0xFFFF
                    ts += TS_STEP
            for k in range(n):
                keys[k] = (<uint64_t>pk[k].arrival << 32) | k
            sort(keys, keys + n)

            for k in range(n):
                p = &pk[keys[k] & 0xFFFFFFFFULL]
                src = &table[owner[p.source]]
                if not src.seen:
                    src.seen = True
                    src.probation = MIN_SEQUENTIAL
                    src.has_transit = False
                    src.jitter = src.misordered = src.rejected = 0
                    restart(src, p.seq)
                    src.max_seq = (p.seq - 1) & 0xFFFF
                if not update_seq(src, p.seq):
                    src.rejected += 1
                    continue
                transit = <int32_t>(<uint32_t>p.arrival - p.ts)
                if src.has_transit:
                    d = <int32_t>(<uint32_t>transit - <uint32_t>src.transit)
                    if d < 0:
                        d = -d
                    src.jitter += d - ((src.jitter + 8) >> 4)
                src.transit = transit
                src.has_transit = True
                checksum = (checksum * 31 + src.cycles + src.max_seq + (src.jitter >> 4)) % 1000000007
        for s in range(sources):
            src = &table[owner[s]]
            if not src.seen:
                stats.append((0, 0, 0, 0, 0, 0))
                continue
            extended = src.cycles + src.max_seq
            expected = extended - src.base_seq + 1
            lost = expected - src.received
            total_lost += lost
            stats.append((extended, expected, lost, src.jitter >> 4, src.misordered, src.rejected))
        return (stats, n, total_lost, checksum)
    finally:
        free(pk); free(keys); free(ssrc); free(owner); free(table)
