# cython: language_level=3
"""Gallager bit-flipping decoding of a regular (3, 6) LDPC code — flat CSR adjacency in typed memoryviews.

The parity-check matrix is stored as two compressed adjacency lists (checks -> bits,
bits -> checks) in int memoryviews over array.array buffers; the received word and
syndrome are unsigned char memoryviews, and each flipping iteration (syndrome,
unsatisfied counts, maximum, flips) is a set of typed nogil loops.

Keywords: coding theory, LDPC, Gallager code, bit flipping, parity-check matrix, iterative decoding, Tanner graph
"""

import cython
from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw_below(unsigned long long *state, int bound) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 8) % <unsigned long long>bound)


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int flip_decode(unsigned char[::1] word, unsigned char[::1] syn, int[::1] count,
                     int[::1] check_vars, int[::1] var_checks, int n, int m,
                     int max_iterations, int *clear) noexcept nogil:
    cdef int it, c, v, j, s, any_bad, worst
    for it in range(max_iterations):
        any_bad = 0
        for c in range(m):
            s = 0
            for j in range(6 * c, 6 * c + 6):
                s ^= word[check_vars[j]]
            syn[c] = <unsigned char>s
            any_bad |= s
        if not any_bad:
            clear[0] = 1
            return it
        worst = 0
        for v in range(n):
            count[v] = syn[var_checks[3 * v]] + syn[var_checks[3 * v + 1]] + syn[var_checks[3 * v + 2]]
            if count[v] > worst:
                worst = count[v]
        for v in range(n):
            if count[v] == worst:
                word[v] ^= 1
    clear[0] = 1
    for c in range(m):
        s = 0
        for j in range(6 * c, 6 * c + 6):
            s ^= word[check_vars[j]]
        if s:
            clear[0] = 0
    return max_iterations


@cython_benchmark(args=(1800, 12, 40, 30, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def ldpc_gallager_bit_flipping(int n, int frames, int flip_per_thousand, int max_iterations, long long seed):
    """Return (decoded to zero, other codewords, failures, iterations, residual weight, flips, checksum)."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    n -= n % 6
    cdef int per_band = n // 6, m = 3 * per_band
    cdef int[::1] check_vars = array.array('i', [0]) * (6 * m + 1)
    cdef int[::1] var_checks = array.array('i', [0]) * (3 * n + 1)
    cdef int[::1] fill = array.array('i', [0]) * (n + 1)
    cdef int[::1] perm = array.array('i', [0]) * (n + 1)
    cdef int[::1] count = array.array('i', [0]) * (n + 1)
    cdef unsigned char[::1] word = array.array('B', [0]) * (n + 1)
    cdef unsigned char[::1] syn = array.array('B', [0]) * (m + 1)
    cdef int band, r, i, j, t, a, b, c, v, key, used, weight, clear
    cdef long success = 0, wrong_codeword = 0, failures = 0, iterations = 0, residual = 0, channel_flips = 0
    cdef long long checksum = 0
    for i in range(n):
        check_vars[i] = i
    for band in range(1, 3):
        for i in range(n):
            perm[i] = i
        i = n - 1
        while i > 0:
            j = draw_below(&state, i + 1)
            t = perm[i]
            perm[i] = perm[j]
            perm[j] = t
            i -= 1
        for r in range(per_band):
            # insertion sort of the six members of this check
            for a in range(6):
                key = perm[r * 6 + a]
                b = a - 1
                while b >= 0 and check_vars[band * n + r * 6 + b] > key:
                    check_vars[band * n + r * 6 + b + 1] = check_vars[band * n + r * 6 + b]
                    b -= 1
                check_vars[band * n + r * 6 + b + 1] = key
    for c in range(m):
        for j in range(6 * c, 6 * c + 6):
            v = check_vars[j]
            var_checks[3 * v + fill[v]] = c
            fill[v] += 1
    with nogil:
        for t in range(frames):
            weight = 0
            for v in range(n):
                word[v] = 1 if draw_below(&state, 1000) < flip_per_thousand else 0
                weight += word[v]
            channel_flips += weight
            clear = 0
            used = flip_decode(word, syn, count, check_vars, var_checks, n, m, max_iterations, &clear)
            iterations += used
            weight = 0
            for v in range(n):
                if word[v]:
                    weight += 1
                    checksum = (checksum * 7 + v + 1) % 1000000007
            residual += weight
            if clear and weight == 0:
                success += 1
            elif clear:
                wrong_codeword += 1
            else:
                failures += 1
    return success, wrong_codeword, failures, iterations, residual, channel_flips, checksum
