# cython: language_level=3
"""Euclidean rhythms as 64-bit masks: Bjorklund on (bits, length) groups, popcount distances.

Each Bjorklund group is a C struct of a bit pattern and its length, so merging two
groups is a shift and an OR; whole rhythms become ``uint64_t`` masks, rotation is a
pair of shifts and the Hamming distance is ``__builtin_popcountll`` of an XOR.

Keywords: music theory, euclidean rhythm, bjorklund algorithm, rhythm similarity, hamming distance, rotation
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long) nogil


cdef struct Group:
    uint64_t bits
    int length


cdef inline uint64_t rotate_left(uint64_t x, int shift, int n, uint64_t mask) noexcept nogil:
    if shift == 0:
        return x
    return ((x << shift) | (x >> (n - shift))) & mask


cdef uint64_t bjorklund(int pulses, int steps) noexcept nogil:
    cdef Group groups[64]
    cdef Group rem[64]
    cdef Group merged[64]
    cdef int ng = pulses, nr = steps - pulses, paired, i, nl
    cdef uint64_t value = 0
    if pulses == 0:
        return 0
    for i in range(ng):
        groups[i].bits = 1
        groups[i].length = 1
    for i in range(nr):
        rem[i].bits = 0
        rem[i].length = 1
    while nr > 1:
        paired = ng if ng < nr else nr
        for i in range(paired):
            merged[i].bits = (groups[i].bits << rem[i].length) | rem[i].bits
            merged[i].length = groups[i].length + rem[i].length
        if ng > paired:
            nl = ng - paired
            for i in range(nl):
                rem[i] = groups[paired + i]
        else:
            nl = nr - paired
            for i in range(nl):
                rem[i] = rem[paired + i]
        for i in range(paired):
            groups[i] = merged[i]
        ng = paired
        nr = nl
    for i in range(ng):
        value = (value << groups[i].length) | groups[i].bits
    for i in range(nr):
        value = (value << rem[i].length) | rem[i].bits
    return value


@cython_benchmark(args=(30,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def euclidean_rhythm_rotation_distance(int max_steps):
    """Build all Euclidean rhythms up to max_steps and compare them pairwise."""
    cdef uint64_t rhythms[64]
    cdef long long histogram[65]
    cdef uint64_t value, bres, mask
    cdef long long checksum = 0, total = 0
    cdef int agree = 0, steps, pulses, i, j, s, d, best, count
    for i in range(max_steps + 1 if max_steps >= 0 else 0):
        histogram[i] = 0
    with nogil:
        for steps in range(2, max_steps + 1):
            mask = (<uint64_t>1 << steps) - 1
            count = 0
            for pulses in range(1, steps):
                value = bjorklund(pulses, steps)
                checksum = (checksum * 1000003 + <long long>(value % 1000000007)) % 1000000007
                bres = 0
                for i in range(steps):
                    bres = (bres << 1) | (1 if (i * pulses) % steps < pulses else 0)
                for s in range(steps):
                    if rotate_left(bres, s, steps, mask) == value:
                        agree += 1
                        break
                rhythms[count] = value
                count += 1
            for i in range(count):
                for j in range(i + 1, count):
                    best = steps
                    for s in range(steps):
                        d = __builtin_popcountll(rhythms[i] ^ rotate_left(rhythms[j], s, steps, mask))
                        if d < best:
                            best = d
                    histogram[best] += 1
                    total += best
    return checksum, agree, [histogram[i] for i in range(max_steps + 1)], total
