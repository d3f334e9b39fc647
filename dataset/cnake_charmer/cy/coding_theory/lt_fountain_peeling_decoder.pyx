# distutils: language = c++
# cython: language_level=3
"""Luby-transform fountain code with an incremental peeling (belief-propagation) decoder — count/XOR-of-index bookkeeping.

Instead of a set of unknown neighbours per pending symbol, the decoder keeps only their
count and the XOR of their indices: when the count drops to one, the XOR is the last
unknown source. Pending state lives in flat C arrays indexed by arrival number, the
source-to-symbol lists are libcpp vectors, the ripple is a C++ vector stack, and the
degree is found by binary search over a C cumulative array.

Keywords: coding theory, fountain code, LT code, erasure code, peeling decoder, soliton distribution, belief propagation
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long below(unsigned long long *state, long long bound) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>bound)


@cython_benchmark(args=(1500, 5, 3, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def lt_fountain_peeling_decoder(int k, int trials, int budget_factor, unsigned long long seed):
    """Return (symbols received, failed trials, releases, wrong symbols, checksum of recovered data)."""
    cdef unsigned long long state = seed
    cdef long long scale = 1 << 20, total = 0, r
    cdef int budget = budget_factor * k + 20
    cdef long long *cumulative = <long long *>malloc((k + 2) * sizeof(long long))
    cdef long long *weights = <long long *>malloc((k + 2) * sizeof(long long))
    cdef uint32_t *sources = <uint32_t *>malloc((k + 1) * sizeof(uint32_t))
    cdef uint32_t *value_of = <uint32_t *>malloc((k + 1) * sizeof(uint32_t))
    cdef char *known_flag = <char *>malloc(k + 1)
    cdef int *chosen = <int *>malloc((k + 1) * sizeof(int))
    cdef int *pend_count = <int *>malloc((budget + 1) * sizeof(int))
    cdef int *pend_xor = <int *>malloc((budget + 1) * sizeof(int))
    cdef uint32_t *pend_val = <uint32_t *>malloc((budget + 1) * sizeof(uint32_t))
    cdef vector[vector[int]] containing
    cdef vector[int] ripple_src
    cdef vector[uint32_t] ripple_val
    cdef long total_received = 0, failures = 0, total_releases = 0, wrong = 0
    cdef long long checksum = 0
    cdef int d, t, i, j, s, lo, hi, degree, got, dup, unknown, last, known, received, sid, other
    cdef uint32_t value, v
    containing.resize(k)
    try:
        for d in range(k + 1):
            weights[d] = 0
        weights[1] = scale // k + scale // 50
        for d in range(2, k + 1):
            weights[d] = scale // (<long long>d * (d - 1))
        weights[max(2, k // 20) if k >= 2 else 1] += scale // 10
        for d in range(1, k + 1):
            total += weights[d]
            cumulative[d - 1] = total
        with nogil:
            for t in range(trials):
                for i in range(k):
                    sources[i] = <uint32_t>below(&state, 1LL << 31)
                    sources[i] ^= (<uint32_t>below(&state, 2)) << 31
                    known_flag[i] = 0
                    containing[i].clear()
                known = 0
                received = 0
                while known < k and received < budget:
                    sid = received
                    received += 1
                    r = below(&state, total)
                    lo = 0
                    hi = k
                    while lo < hi:
                        j = (lo + hi) >> 1
                        if cumulative[j] > r:
                            hi = j
                        else:
                            lo = j + 1
                    degree = lo + 1
                    got = 0
                    while got < degree:
                        s = <int>below(&state, k)
                        dup = 0
                        for i in range(got):
                            if chosen[i] == s:
                                dup = 1
                                break
                        if not dup:
                            chosen[got] = s
                            got += 1
                    value = 0
                    unknown = 0
                    last = 0
                    for i in range(degree):
                        s = chosen[i]
                        value ^= sources[s]
                        if known_flag[s]:
                            value ^= value_of[s]
                        else:
                            unknown += 1
                            last ^= s
                    pend_count[sid] = 0
                    if unknown == 0:
                        continue
                    if unknown == 1:
                        ripple_src.push_back(last)
                        ripple_val.push_back(value)
                    else:
                        pend_count[sid] = unknown
                        pend_xor[sid] = last
                        pend_val[sid] = value
                        for i in range(degree):
                            s = chosen[i]
                            if not known_flag[s]:
                                containing[s].push_back(sid)
                    while ripple_src.size():
                        s = ripple_src.back()
                        v = ripple_val.back()
                        ripple_src.pop_back()
                        ripple_val.pop_back()
                        if known_flag[s]:
                            continue
                        known_flag[s] = 1
                        value_of[s] = v
                        known += 1
                        total_releases += 1
                        for j in range(<int>containing[s].size()):
                            other = containing[s][j]
                            if pend_count[other] == 0:
                                continue
                            pend_count[other] -= 1
                            pend_xor[other] ^= s
                            pend_val[other] ^= v
                            if pend_count[other] == 1:
                                ripple_src.push_back(pend_xor[other])
                                ripple_val.push_back(pend_val[other])
                                pend_count[other] = 0
                        containing[s].clear()
                total_received += received
                if known < k:
                    failures += 1
                for i in range(k):
                    if known_flag[i]:
                        if value_of[i] != sources[i]:
                            wrong += 1
                        checksum = (checksum * 31 + value_of[i]) % 1000000007
                    else:
                        checksum = (checksum * 31 + 7) % 1000000007
    finally:
        free(cumulative); free(weights); free(sources); free(value_of); free(known_flag)
        free(chosen); free(pend_count); free(pend_xor); free(pend_val)
    return total_received, failures, total_releases, wrong, checksum
