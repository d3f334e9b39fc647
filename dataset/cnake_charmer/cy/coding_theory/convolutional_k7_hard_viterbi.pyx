# cython: language_level=3
"""Rate-1/2, constraint-length 7 convolutional code with hard-decision Viterbi decoding — uint64 survivor words.

The 64 survivor decisions of each trellis step are packed into one uint64_t, path
metrics ping-pong between two C int arrays, and the branch outputs come from a
128-entry uint8_t table; the add-compare-select loop runs without the GIL.

Keywords: coding theory, convolutional code, Viterbi algorithm, trellis, hard decision, BSC
"""

import cython
from libc.stdint cimport uint8_t, uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_parity(unsigned int x) nogil


cdef uint8_t OUT[128]
cdef int _r
for _r in range(128):
    OUT[_r] = <uint8_t>(__builtin_parity(_r & 0o171) | (__builtin_parity(_r & 0o133) << 1))


@cython_benchmark(args=(12, 400, 45, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def convolutional_k7_hard_viterbi(int frames, int n_bits, int flip_per_thousand, long long seed):
    """Return (channel flips, residual bit errors, frames with errors, final metric sum, checksum)."""
    cdef int steps = n_bits + 6
    cdef uint8_t *bits = <uint8_t *>malloc((n_bits + 1) * sizeof(uint8_t))
    cdef uint8_t *sym = <uint8_t *>malloc((2 * steps + 1) * sizeof(uint8_t))
    cdef uint8_t *dec = <uint8_t *>malloc((steps + 1) * sizeof(uint8_t))
    cdef uint64_t *decisions = <uint64_t *>malloc((steps + 1) * sizeof(uint64_t))
    cdef int ma[64]
    cdef int mb[64]
    cdef int *metrics
    cdef int *new_metrics
    cdef int *tmp
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long channel_flips = 0, bit_errors = 0, bad_frames = 0, metric_sum = 0
    cdef long long checksum = 0
    cdef int f, i, t, ns, b, base, rx, m0, m1, o, errors, reg, st
    cdef uint64_t choice
    try:
        with nogil:
            for f in range(frames):
                for i in range(n_bits):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    bits[i] = <uint8_t>((state >> 16) & 1)
                st = 0
                for t in range(steps):
                    b = bits[t] if t < n_bits else 0
                    reg = (b << 6) | st
                    sym[2 * t] = OUT[reg] & 1
                    sym[2 * t + 1] = OUT[reg] >> 1
                    st = reg >> 1
                for i in range(2 * steps):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    if <int>((state >> 16) % 1000) < flip_per_thousand:
                        sym[i] ^= 1
                        channel_flips += 1
                metrics = ma
                new_metrics = mb
                metrics[0] = 0
                for ns in range(1, 64):
                    metrics[ns] = 1000000000
                for t in range(steps):
                    rx = sym[2 * t] | (sym[2 * t + 1] << 1)
                    choice = 0
                    for ns in range(64):
                        b = ns >> 5
                        base = (ns & 31) << 1
                        o = OUT[(b << 6) | base] ^ rx
                        m0 = metrics[base] + (o & 1) + (o >> 1)
                        o = OUT[(b << 6) | base | 1] ^ rx
                        m1 = metrics[base | 1] + (o & 1) + (o >> 1)
                        if m1 < m0:
                            new_metrics[ns] = m1
                            choice |= (<uint64_t>1) << ns
                        else:
                            new_metrics[ns] = m0
                    decisions[t] = choice
                    tmp = metrics
                    metrics = new_metrics
                    new_metrics = tmp
                st = 0
                t = steps - 1
                while t >= 0:
                    dec[t] = <uint8_t>(st >> 5)
                    st = ((st & 31) << 1) | <int>((decisions[t] >> st) & 1)
                    t -= 1
                errors = 0
                for i in range(n_bits):
                    if dec[i] != bits[i]:
                        errors += 1
                    checksum = (checksum * 2 + dec[i]) % 1000000007
                bit_errors += errors
                if errors > 0:
                    bad_frames += 1
                metric_sum += metrics[0]
    finally:
        free(bits)
        free(sym)
        free(dec)
        free(decisions)
    return channel_flips, bit_errors, bad_frames, metric_sum, checksum
