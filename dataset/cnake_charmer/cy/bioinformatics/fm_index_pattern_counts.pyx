# distutils: language = c++
# cython: language_level=3
"""FM-index backward search with a packed-key prefix-doubling suffix array (C++ sort).

Each doubling round packs (rank, rank at +k, suffix index) into one 64-bit key and
sorts a ``std::vector<uint64_t>`` with ``std::sort``, so no Python tuples or key
functions are involved. The BWT, the first-column offsets and a flat occurrence table
of ``int`` are built in C, and every pattern is encoded to bytes and searched backwards
in a ``nogil`` loop.

Keywords: bioinformatics, fm-index, burrows-wheeler, suffix array, backward search, read alignment
"""

import cython
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    SHIFT = 21
    LOW = (1 << 21) - 1


@cython_benchmark(args=(40000, 15000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def fm_index_pattern_counts(int n, int m, long long seed):
    """Return (first 50 BWT chars, total hits, patterns absent, first 15 counts, first 10 leftmost hits)."""
    cdef const char *symbols = b"$ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF, high
    cdef int size = n + 1, i, step, c, length, at, lo, hi, hits, absent = 0, best, k, plen
    cdef long long total = 0
    cdef vector[unsigned char] text, bwt
    cdef vector[int] rank, fresh, sa, occ
    cdef vector[uint64_t] keys
    cdef int first[6]
    cdef unsigned char pattern[16]
    cdef list counts = [], leftmost = []
    text.resize(size)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text[i] = 1 + (state >> 16) % 4
    text[n] = 0
    rank.resize(size)
    fresh.resize(size)
    sa.resize(size)
    keys.resize(size)
    for i in range(size):
        rank[i] = text[i]
    step = 1
    with nogil:
        while True:
            # rank in [0, size); the second component is shifted by one so "past the end" is 0
            for i in range(size):
                keys[i] = ((<uint64_t>rank[i]) << (2 * SHIFT)) | \
                          ((<uint64_t>(rank[i + step] + 1 if i + step < size else 0)) << SHIFT) | <uint64_t>i
            sort(keys.begin(), keys.end())
            for i in range(size):
                sa[i] = <int>(keys[i] & LOW)
            fresh[sa[0]] = 0
            for i in range(1, size):
                fresh[sa[i]] = fresh[sa[i - 1]] + ((keys[i] >> SHIFT) != (keys[i - 1] >> SHIFT))
            rank.swap(fresh)
            if rank[sa[size - 1]] == size - 1:
                break
            step *= 2
        bwt.resize(size)
        for c in range(6):
            first[c] = 0
        for i in range(size):
            bwt[i] = text[sa[i] - 1] if sa[i] > 0 else text[size - 1]
            first[bwt[i] + 1] += 1
        for c in range(1, 6):
            first[c] += first[c - 1]
        # occ[4 * i + (c - 1)]: occurrences of base c in bwt[:i]
        occ.assign(4 * (size + 1), 0)
        for i in range(size):
            for c in range(4):
                occ[4 * (i + 1) + c] = occ[4 * i + c]
            if bwt[i]:
                occ[4 * (i + 1) + bwt[i] - 1] += 1

    for k in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plen = 6 + (state >> 16) % 9
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 2 and n >= plen:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            high = (state >> 16) % 32768
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            at = ((high << 15) | ((state >> 16) % 32768)) % (n - plen + 1)
            for i in range(plen):
                pattern[i] = text[at + i]
        else:
            for i in range(plen):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pattern[i] = 1 + (state >> 16) % 4
        with nogil:
            lo = 0
            hi = size
            for i in range(plen - 1, -1, -1):
                c = pattern[i]
                lo = first[c] + occ[4 * lo + c - 1]
                hi = first[c] + occ[4 * hi + c - 1]
                if lo >= hi:
                    break
            hits = hi - lo if hi > lo else 0
            best = size
            if hits:
                for i in range(lo, hi):
                    if sa[i] < best:
                        best = sa[i]
        total += hits
        if hits == 0:
            absent += 1
        if k < 15:
            counts.append(hits)
        if hits and len(leftmost) < 10:
            leftmost.append(best)
    head = bytes([symbols[bwt[i]] for i in range(size if size < 50 else 50)]).decode("ascii")
    return (head, total, absent, counts, leftmost)
