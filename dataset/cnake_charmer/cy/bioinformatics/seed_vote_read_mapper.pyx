# cython: language_level=3
"""Seed-and-vote read mapping with a counting-sort k-mer index and sorted vote arrays.

The reference's 10-mers are 20-bit codes; a counting sort over the 4**10 codes builds a
compressed index (bucket offsets + positions, both calloc'd ``int`` arrays), so a seed
lookup is two loads. Votes are collected as candidate starts in a C array, sorted with
``qsort`` and run-length counted; the best three are verified base by base on 2-bit
codes. Reverse-complement reads are handled by reading the code array backwards.

Keywords: bioinformatics, read mapping, seed and extend, kmer index, hamming distance, sequencing
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    K = 10
    BUCKETS = 1 << 20
    MAX_MISMATCHES = 8
    TOP = 3


cdef int _cmp_int(const void *a, const void *b) noexcept nogil:
    cdef int x = (<const int *>a)[0], y = (<const int *>b)[0]
    return (x > y) - (x < y)


cdef inline int _draw(uint64_t *state, int m) noexcept nogil:
    # unsigned 64-bit arithmetic wraps, which is the Python side's & MASK64
    state[0] = state[0] * <uint64_t>6364136223846793005ULL + <uint64_t>1442695040888963407ULL
    return <int>((state[0] >> 33) % <uint64_t>m)


cdef int _top_starts(const unsigned char *text, int n, const int *first, const int *where,
                     int *cand, int *out_start) noexcept nogil:
    """Fill out_start with up to TOP starts ranked by (-votes, start); return how many."""
    cdef int offset, j, code, h, count = 0, i, run, taken = 0, t, s
    cdef int best_votes[TOP]
    offset = 0
    while offset + K <= n:
        code = 0
        for j in range(K):
            code = (code << 2) | text[offset + j]
        for h in range(first[code], first[code + 1]):
            cand[count] = where[h] - offset
            count += 1
        offset += K
    if count == 0:
        return 0
    qsort(cand, count, sizeof(int), _cmp_int)
    i = 0
    while i < count:
        run = 1
        while i + run < count and cand[i + run] == cand[i]:
            run += 1
        # insert (run, cand[i]) into the top list; starts arrive ascending, so ties keep order
        t = taken
        while t > 0 and best_votes[t - 1] < run:
            t -= 1
        if t < TOP:
            s = taken if taken < TOP else TOP - 1
            while s > t:
                best_votes[s] = best_votes[s - 1]
                out_start[s] = out_start[s - 1]
                s -= 1
            best_votes[t] = run
            out_start[t] = cand[i]
            if taken < TOP:
                taken += 1
        i += run
    return taken


@cython_benchmark(args=(150000, 2000, 100, 44))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def seed_vote_read_mapper(int g, int reads, int read_len, long long seed):
    """Return (mapped, correctly placed, junk reads, mismatch histogram 0..8, first 8 (start, strand, mismatches))."""
    cdef uint64_t state = <uint64_t>seed
    cdef unsigned char *ref = <unsigned char *>malloc(g + 1)
    cdef int *first = <int *>calloc(BUCKETS + 1, sizeof(int))
    cdef int *where = <int *>malloc((g + 1) * sizeof(int))
    cdef int *fill = <int *>malloc((BUCKETS + 1) * sizeof(int))
    cdef unsigned char *read = <unsigned char *>malloc(read_len + 1)
    cdef unsigned char *flip = <unsigned char *>malloc(read_len + 1)
    cdef unsigned char *text
    cdef int *cand = NULL
    cdef int histogram[MAX_MISMATCHES + 1]
    cdef int starts[TOP]
    cdef int i, j, r, code, true_start, true_strand, strand, ntop, c, start, mism
    cdef int best_start, best_strand, best_mm, mapped = 0, correct = 0, junk = 0, widest = 0
    cdef unsigned int mask = BUCKETS - 1
    cdef list placements = []
    try:
        if ref == NULL or first == NULL or where == NULL or fill == NULL or read == NULL or flip == NULL:
            raise MemoryError()
        for i in range(MAX_MISMATCHES + 1):
            histogram[i] = 0
        for i in range(g):
            ref[i] = _draw(&state, 4)
        code = 0
        for i in range(g):
            code = ((code << 2) | ref[i]) & mask
            if i >= K - 1:
                first[code + 1] += 1
        for c in range(BUCKETS):
            if first[c + 1] > widest:
                widest = first[c + 1]
            first[c + 1] += first[c]
            fill[c] = first[c]
        cand = <int *>malloc((read_len // K + 1) * (widest + 1) * sizeof(int))
        if cand == NULL:
            raise MemoryError()
        code = 0
        for i in range(g):
            code = ((code << 2) | ref[i]) & mask
            if i >= K - 1:
                where[fill[code]] = i - K + 1
                fill[code] += 1
        for r in range(reads):
            if g < read_len or _draw(&state, 10) == 0:
                for j in range(read_len):
                    read[j] = _draw(&state, 4)
                true_start = -1
                true_strand = 2
                junk += 1
            else:
                true_start = _draw(&state, g - read_len + 1)
                for j in range(read_len):
                    if _draw(&state, 40) == 0:
                        read[j] = _draw(&state, 4)
                    else:
                        read[j] = ref[true_start + j]
                true_strand = _draw(&state, 2)
                if true_strand:
                    for j in range(read_len):
                        flip[j] = 3 - read[read_len - 1 - j]
                    for j in range(read_len):
                        read[j] = flip[j]
            with nogil:
                best_mm = -1
                best_start = 0
                best_strand = 0
                for j in range(read_len):
                    flip[j] = 3 - read[read_len - 1 - j]
                for strand in range(2):
                    text = read if strand == 0 else flip
                    ntop = _top_starts(text, read_len, first, where, cand, starts)
                    for c in range(ntop):
                        start = starts[c]
                        if 0 <= start <= g - read_len:
                            mism = 0
                            for j in range(read_len):
                                if text[j] != ref[start + j]:
                                    mism += 1
                            if mism <= MAX_MISMATCHES and (best_mm < 0 or mism < best_mm):
                                best_mm = mism
                                best_start = start
                                best_strand = strand
            if best_mm < 0:
                continue
            mapped += 1
            if best_start == true_start and best_strand == true_strand:
                correct += 1
            histogram[best_mm] += 1
            if len(placements) < 8:
                placements.append((best_start, "-" if best_strand else "+", best_mm))
        return (mapped, correct, junk, [histogram[i] for i in range(MAX_MISMATCHES + 1)], placements)
    finally:
        free(ref)
        free(first)
        free(where)
        free(fill)
        free(read)
        free(flip)
        free(cand)
