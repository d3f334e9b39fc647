# cython: language_level=3
"""Dotted-quad and CIDR parsing into ``uint32_t`` with mask-and-compare matching.

Rules and addresses are formatted into char buffers and parsed back by a small
cdef scanner to 32-bit unsigned integers; a rule is a (network, mask, length) triple
in C arrays, so matching an address is a loop of AND and compare.

Keywords: ipv4, cidr, longest prefix match, unsigned integers, routing, parsing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdio cimport snprintf
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef uint32_t _parse_quad(const char *s, int *pos) noexcept nogil:
    cdef uint32_t addr = 0, part
    cdef int k
    for k in range(4):
        part = 0
        while s[pos[0]] >= b'0' and s[pos[0]] <= b'9':
            part = part * 10 + <uint32_t> (s[pos[0]] - 48)
            pos[0] += 1
        addr = (addr << 8) | part
        if k < 3:
            pos[0] += 1
    return addr


cdef unsigned long long _octets(unsigned long long state, int *o) noexcept nogil:
    cdef int k
    cdef int firsts[3]
    firsts[:] = [10, 172, 192]
    for k in range(4):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        o[k] = firsts[state % 3] if k == 0 else (state >> 8) % (4 if k == 1 else 256)
    return state


@cython_benchmark(args=(24, 6000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def ipv4_cidr_longest_match(int n_rules, int n_addrs, int seed):
    """Return (unmatched addresses, sum of matched prefix lengths, hits per rule)."""
    cdef uint32_t *net = <uint32_t *> malloc((n_rules + 1) * sizeof(uint32_t))
    cdef uint32_t *mask = <uint32_t *> malloc((n_rules + 1) * sizeof(uint32_t))
    cdef int *plen = <int *> malloc((n_rules + 1) * sizeof(int))
    cdef int *hits = <int *> malloc((n_rules + 1) * sizeof(int))
    cdef char buf[32]
    cdef int o[4]
    cdef unsigned long long state = seed
    cdef int i, k, pos, best, unmatched = 0
    cdef long long total = 0
    cdef uint32_t addr
    try:
        for i in range(n_rules):
            state = _octets(state, o)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            snprintf(buf, 32, "%d.%d.%d.%d/%d", o[0], o[1], o[2], o[3], <int> (8 + state % 17))
            pos = 0
            addr = _parse_quad(buf, &pos)
            pos += 1
            plen[i] = 0
            while buf[pos]:
                plen[i] = plen[i] * 10 + buf[pos] - 48
                pos += 1
            mask[i] = (<uint32_t> 0xFFFFFFFF) << (32 - plen[i])
            net[i] = addr & mask[i]
            hits[i] = 0
        for k in range(n_addrs):
            state = _octets(state, o)
            snprintf(buf, 32, "%d.%d.%d.%d", o[0], o[1], o[2], o[3])
            pos = 0
            addr = _parse_quad(buf, &pos)
            best = -1
            for i in range(n_rules):
                if (addr & mask[i]) == net[i] and (best < 0 or plen[i] > plen[best]):
                    best = i
            if best < 0:
                unmatched += 1
            else:
                hits[best] += 1
                total += plen[best]
        return (unmatched, total, [hits[i] for i in range(n_rules)])
    finally:
        free(net)
        free(mask)
        free(plen)
        free(hits)
