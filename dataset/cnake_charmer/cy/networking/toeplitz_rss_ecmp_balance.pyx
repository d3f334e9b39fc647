# cython: language_level=3
"""Toeplitz RSS hashing for ECMP via per-byte lookup tables and a tuple/bytes union.

Instead of testing 96 input bits one by one, the key is expanded once into a
``uint32_t[12][256]`` table holding, for each input byte position and value, the XOR
of the key windows its set bits select; a hash is then 12 loads and XORs. The 5-tuple
is written into a C ``union`` of a packed field struct (stored in network order with
``__builtin_bswap32/16``) and its 12-byte view, so no bytes objects are built.

Keywords: networking, toeplitz hash, rss, ecmp, load balancing, 5-tuple, resilient hashing, flow hashing
"""

import cython
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t, int64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    uint32_t __builtin_bswap32(uint32_t) nogil
    uint16_t __builtin_bswap16(uint16_t) nogil


cdef packed struct FiveTuple:
    uint32_t src
    uint32_t dst
    uint16_t sport
    uint16_t dport


cdef union FlowKey:
    FiveTuple fields
    uint8_t raw[12]


cdef enum:
    TABLE_SIZE = 128

cdef uint8_t RSS_KEY[40]
RSS_KEY[:] = list(bytes.fromhex("6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa"))
cdef uint16_t DPORTS[4]
DPORTS[:] = [80, 443, 53, 8080]


cdef void build_lut(uint32_t lut[12][256]) noexcept nogil:
    cdef int i, v, b, j, t
    cdef uint64_t chunk
    cdef uint32_t windows[8]
    for i in range(12):
        chunk = 0
        for t in range(8):
            chunk = (chunk << 8) | RSS_KEY[i + t]
        for b in range(8):
            windows[b] = <uint32_t>((chunk >> (32 - b)) & 0xFFFFFFFFULL)
        for v in range(256):
            lut[i][v] = 0
            for b in range(8):
                if v & (0x80 >> b):
                    lut[i][v] ^= windows[b]


cdef inline uint32_t toeplitz(uint32_t lut[12][256], FlowKey *key) noexcept nogil:
    cdef uint32_t h = 0
    cdef int i
    for i in range(12):
        h ^= lut[i][key.raw[i]]
    return h


cdef inline void set_flow(FlowKey *key, uint32_t src, uint32_t dst, uint16_t sport, uint16_t dport) noexcept nogil:
    key.fields.src = __builtin_bswap32(src)
    key.fields.dst = __builtin_bswap32(dst)
    key.fields.sport = __builtin_bswap16(sport)
    key.fields.dport = __builtin_bswap16(dport)


cdef inline uint32_t draw(uint32_t *state, uint32_t k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return (state[0] >> 16) % k


@cython_benchmark(args=(20000, 6, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def toeplitz_rss_ecmp_balance(int flows, int hops, long long seed):
    """Return (test vector ok, modulo loads, table loads, failed hop, moved by modulo, moved by table, hash xor)."""
    cdef uint32_t lut[12][256]
    cdef FlowKey key
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF), src, dst, h, a, b, c
    cdef int table[TABLE_SIZE]
    cdef int repaired[TABLE_SIZE]
    cdef int64_t *modulo_load = <int64_t *>calloc(hops + 1, sizeof(int64_t))
    cdef int64_t *table_load = <int64_t *>calloc(hops + 1, sizeof(int64_t))
    cdef int *survivors = <int *>calloc(hops + 1, sizeof(int))
    cdef int nsurv = 0, failed, entry, turn = 0, f, before, bucket
    cdef uint16_t sport, dport
    cdef int64_t packets, moved_modulo = 0, moved_table = 0
    cdef uint32_t hash_xor = 0
    cdef bint check
    try:
        if not (modulo_load and table_load and survivors):
            raise MemoryError()
        with nogil:
            build_lut(lut)
            set_flow(&key, 0x420995BB, 0xA18E6450, 2794, 1766)
            check = toeplitz(lut, &key) == 0x51CCC178
            failed = <int>draw(&state, hops)
            for f in range(hops):
                if f != failed:
                    survivors[nsurv] = f
                    nsurv += 1
            for entry in range(TABLE_SIZE):
                table[entry] = entry % hops
                repaired[entry] = table[entry]
                if repaired[entry] == failed and nsurv:
                    repaired[entry] = survivors[turn % nsurv]
                    turn += 1
            for f in range(flows):
                a = draw(&state, 256)
                b = draw(&state, 256)
                c = draw(&state, 256)
                src = 0x0A000000U | (a << 16) | (b << 8) | c
                a = draw(&state, 4)
                dst = 0xC0A80000U | (a << 8) | (1 + draw(&state, 254))
                sport = <uint16_t>(1024 + draw(&state, 60000))
                dport = DPORTS[draw(&state, 4)]
                packets = 1 + 4096 // (1 + <int64_t>draw(&state, 4096))
                set_flow(&key, src, dst, sport, dport)
                h = toeplitz(lut, &key)
                hash_xor ^= h
                before = <int>(h % <uint32_t>hops)
                modulo_load[before] += packets
                bucket = h & (TABLE_SIZE - 1)
                table_load[table[bucket]] += packets
                if nsurv and survivors[h % <uint32_t>nsurv] != before:
                    moved_modulo += 1
                if repaired[bucket] != table[bucket]:
                    moved_table += 1
        return (check, [modulo_load[f] for f in range(hops)], [table_load[f] for f in range(hops)], failed,
                moved_modulo, moved_table, hash_xor)
    finally:
        free(modulo_load); free(table_load); free(survivors)
