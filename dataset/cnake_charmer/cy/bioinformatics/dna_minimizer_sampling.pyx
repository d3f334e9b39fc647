# distutils: language = c++
# cython: language_level=3
"""Minimizer sampling with 64-bit rolling codes, a C ring-buffer deque and a C++ hash set.

Forward and reverse-complement codes roll in ``uint64_t`` registers and the mixer is
plain unsigned 64-bit arithmetic (wrapping multiplication replaces the Python masks).
The monotone deque of window candidates is a fixed ring buffer of ``w`` slots, the
hashes are one ``std::vector<uint64_t>``, and distinct minimizers are counted in a
``std::unordered_set``.

Keywords: bioinformatics, minimizers, kmer, sketching, canonical kmer, sliding window minimum, hashing
"""

import cython
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.unordered_set cimport unordered_set

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint64_t _mix(uint64_t x) noexcept nogil:
    x *= <uint64_t>0x9E3779B97F4A7C15ULL
    x ^= x >> 29
    x *= <uint64_t>0xBF58476D1CE4E5B9ULL
    return x ^ (x >> 32)


@cython_benchmark(args=(180000, 15, 10, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dna_minimizer_sampling(int n, int k, int w, long long seed):
    """Return (minimizers, distinct hashes, density, largest gap, first 10 positions, xor of hashes)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef uint64_t mask = ((<uint64_t>1) << (2 * k)) - 1
    cdef int top_shift = 2 * (k - 1)
    cdef uint64_t forward = 0, reverse = 0, h, digest = 0
    cdef vector[uint64_t] hashes
    cdef vector[int] ring
    cdef vector[int] selected
    cdef unordered_set[uint64_t] distinct
    cdef int i, b, head = 0, count = 0, slot, front, largest_gap = 0, nh
    hashes.reserve(n)
    ring.resize(w + 1)
    with nogil:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = (state >> 16) % 4
            forward = ((forward << 2) | <uint64_t>b) & mask
            reverse = (reverse >> 2) | ((<uint64_t>(3 - b)) << top_shift)
            if i >= k - 1:
                hashes.push_back(_mix(forward if forward < reverse else reverse))
        nh = <int>hashes.size()
        # ring[head .. head+count) (mod w+1) holds indices with non-decreasing hashes
        for i in range(nh):
            h = hashes[i]
            while count > 0 and hashes[ring[(head + count - 1) % (w + 1)]] > h:
                count -= 1
            ring[(head + count) % (w + 1)] = i
            count += 1
            if ring[head] <= i - w:
                head = (head + 1) % (w + 1)
                count -= 1
            if i >= w - 1:
                front = ring[head]
                if selected.empty() or selected.back() != front:
                    selected.push_back(front)
        for i in range(<int>selected.size()):
            distinct.insert(hashes[selected[i]])
            digest ^= hashes[selected[i]]
            if i > 0 and selected[i] - selected[i - 1] > largest_gap:
                largest_gap = selected[i] - selected[i - 1]
    density = <double>selected.size() / nh if nh else 0.0
    return (<int>selected.size(), <int>distinct.size(), density, largest_gap,
            [selected[i] for i in range(min(10, <int>selected.size()))], digest)
