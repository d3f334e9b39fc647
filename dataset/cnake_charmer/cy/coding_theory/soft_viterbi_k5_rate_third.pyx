# cython: language_level=3
"""Soft-decision Viterbi decoding of a rate-1/3, K = 5 convolutional code with a sliding traceback window — struct trellis, uint8_t history.

The trellis is a C array of structs (next state and the three expected bits per
branch); quantised samples are uint8_t, survivor pointers are a flat uint8_t history
of 16 entries per step, path metrics are int arrays with -1 marking unreachable states,
and the push-forward add-compare-select plus windowed traceback run nogil.

Keywords: coding theory, convolutional code, soft-decision Viterbi, quantisation, traceback, trellis, AWGN
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_parity(unsigned int x) nogil


cdef struct Branch:
    int next_state
    int e0
    int e1
    int e2


cdef Branch TRELLIS[16][2]
cdef int _s, _b, _reg
for _s in range(16):
    for _b in range(2):
        _reg = (_b << 4) | _s
        TRELLIS[_s][_b].next_state = _reg >> 1
        TRELLIS[_s][_b].e0 = __builtin_parity(_reg & 0o25)
        TRELLIS[_s][_b].e1 = __builtin_parity(_reg & 0o33)
        TRELLIS[_s][_b].e2 = __builtin_parity(_reg & 0o37)


cdef inline int best_state(const int *metrics) noexcept nogil:
    cdef int s, best = -1
    for s in range(16):
        if metrics[s] >= 0 and (best < 0 or metrics[s] > metrics[best]):
            best = s
    return best


cdef inline int quantise(int value) noexcept nogil:
    # floor division by 8 for possibly negative values
    cdef int q = value + 32
    q = q // 8 if q >= 0 else -((-q + 7) // 8)
    if q < 0:
        return 0
    if q > 7:
        return 7
    return q


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int viterbi(const uint8_t *soft, int steps, int depth, uint8_t *history, uint8_t *decided) noexcept nogil:
    cdef int ma[16]
    cdef int mb[16]
    cdef int *metrics = ma
    cdef int *fresh = mb
    cdef int *tmp
    cdef int t, s, b, j, score, q0, q1, q2, nxt
    cdef Branch *br
    metrics[0] = 0
    for s in range(1, 16):
        metrics[s] = -1
    for t in range(steps):
        q0 = soft[3 * t]
        q1 = soft[3 * t + 1]
        q2 = soft[3 * t + 2]
        for s in range(16):
            fresh[s] = -1
            history[16 * t + s] = 0
        for s in range(16):
            if metrics[s] < 0:
                continue
            for b in range(2):
                br = &TRELLIS[s][b]
                nxt = br.next_state
                score = metrics[s] + (q0 if br.e0 else 7 - q0) + (q1 if br.e1 else 7 - q1) + (q2 if br.e2 else 7 - q2)
                if fresh[nxt] < 0 or score > fresh[nxt]:
                    fresh[nxt] = score
                    history[16 * t + nxt] = <uint8_t>s
        tmp = metrics
        metrics = fresh
        fresh = tmp
        if t >= depth:
            s = best_state(metrics)
            for j in range(t, t - depth, -1):
                s = history[16 * j + s]
            decided[t - depth] = <uint8_t>(s >> 3)
    if steps == 0:
        return 0
    s = best_state(metrics)
    score = metrics[s]
    j = steps - 1
    while j > steps - 1 - depth and j >= 0:
        decided[j] = <uint8_t>(s >> 3)
        s = history[16 * j + s]
        j -= 1
    return score


@cython_benchmark(args=(8, 600, 11, 20, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def soft_viterbi_k5_rate_third(int frames, int n_bits, int amplitude, int depth, unsigned long long seed):
    """Return (decoded bit errors, bad frames, hard-decision channel errors, metric sum, checksum)."""
    cdef uint8_t *bits = <uint8_t *>malloc(n_bits + 1)
    cdef uint8_t *soft = <uint8_t *>malloc(3 * n_bits + 1)
    cdef uint8_t *history = <uint8_t *>malloc(16 * n_bits + 16)
    cdef uint8_t *decided = <uint8_t *>malloc(n_bits + 1)
    cdef unsigned long long state = seed
    cdef long bit_errors = 0, bad_frames = 0, raw_errors = 0, metric_sum = 0
    cdef long long checksum = 0
    cdef int f, i, k, j, shift, noise, q, coded, errors
    cdef Branch *br
    try:
        with nogil:
            for f in range(frames):
                for i in range(n_bits):
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL
                    bits[i] = <uint8_t>((state >> 40) & 1)
                shift = 0
                for i in range(n_bits):
                    br = &TRELLIS[shift][bits[i]]
                    shift = br.next_state
                    for k in range(3):
                        coded = br.e0 if k == 0 else (br.e1 if k == 1 else br.e2)
                        noise = 0
                        for j in range(3):
                            state = state * 6364136223846793005ULL + 1442695040888963407ULL
                            noise += <int>((state >> 33) % 21) - 10
                        q = quantise((amplitude if coded else -amplitude) + noise)
                        if (q >= 4) != coded:
                            raw_errors += 1
                        soft[3 * i + k] = <uint8_t>q
                metric_sum += viterbi(soft, n_bits, depth, history, decided)
                errors = 0
                for i in range(n_bits):
                    if decided[i] != bits[i]:
                        errors += 1
                    checksum = (checksum * 2 + decided[i]) % 1000000007
                bit_errors += errors
                if errors:
                    bad_frames += 1
    finally:
        free(bits)
        free(soft)
        free(history)
        free(decided)
    return bit_errors, bad_frames, raw_errors, metric_sum, checksum
