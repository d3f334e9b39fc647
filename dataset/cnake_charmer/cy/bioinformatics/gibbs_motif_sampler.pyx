# cython: language_level=3
"""Gibbs motif sampler with incrementally maintained column counts in C arrays.

Sequences are 2-bit codes in one malloc'd block. The base counts of all current motifs
are kept in a ``int[k][4]`` table and updated when a position moves, so the
leave-one-out profile is "counts minus the motif being resampled" and the score is
read off the table in O(k) instead of re-slicing every motif; k-mer weights go to a
C ``double`` buffer and sampling walks the same running sum as the Python side.

Keywords: bioinformatics, motif finding, gibbs sampling, profile, consensus, randomized algorithm, dna
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % m)


cdef void _shift_counts(int *counts, const unsigned char *motif, int k, int delta) noexcept nogil:
    cdef int j
    for j in range(k):
        counts[4 * j + motif[j]] += delta


cdef int _score(const int *counts, int k, int t) noexcept nogil:
    cdef int j, b, top, total = 0
    for j in range(k):
        top = 0
        for b in range(4):
            if counts[4 * j + b] > top:
                top = counts[4 * j + b]
        total += t - top
    return total


@cython_benchmark(args=(12, 90, 9, 2000, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gibbs_motif_sampler(int t, int length, int k, int steps, long long seed):
    """Return (best score, best motifs, their consensus, step found (-1 = start), final positions)."""
    cdef const char *letters = b"ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    if t == 0 or length < k:
        return (0, [], "", -1, [])
    cdef int nwin = length - k + 1
    cdef unsigned char *planted = <unsigned char *>malloc(k + 1)
    cdef unsigned char *seqs = <unsigned char *>malloc(<size_t>t * length + 1)
    cdef int *positions = <int *>malloc(t * sizeof(int))
    cdef int *best_positions = <int *>malloc(t * sizeof(int))
    cdef int *counts = <int *>calloc(4 * k + 4, sizeof(int))
    cdef double *profile = <double *>malloc((4 * k + 4) * sizeof(double))
    cdef double *weights = <double *>malloc((nwin + 1) * sizeof(double))
    cdef int i, j, p, b, s, at, chosen, current, best_score, found = -1, step, top, pick
    cdef double w, total, target, running
    cdef unsigned char *seq
    try:
        if (planted == NULL or seqs == NULL or positions == NULL or best_positions == NULL
                or counts == NULL or profile == NULL or weights == NULL):
            raise MemoryError()
        for j in range(k):
            planted[j] = _draw(&state, 4)
        for s in range(t):
            seq = seqs + <size_t>s * length
            for j in range(length):
                seq[j] = _draw(&state, 4)
            at = _draw(&state, nwin)
            for j in range(k):
                if _draw(&state, 5) == 0:
                    seq[at + j] = _draw(&state, 4)
                else:
                    seq[at + j] = planted[j]
        for s in range(t):
            positions[s] = _draw(&state, nwin)
            _shift_counts(counts, seqs + <size_t>s * length + positions[s], k, 1)
        memcpy(best_positions, positions, t * sizeof(int))
        best_score = _score(counts, k, t)
        with nogil:
            for step in range(steps):
                i = _draw(&state, t)
                seq = seqs + <size_t>i * length
                _shift_counts(counts, seq + positions[i], k, -1)
                for j in range(4 * k):
                    profile[j] = (counts[j] + 1) / <double>(t + 3)
                total = 0.0
                for p in range(nwin):
                    w = 1.0
                    for j in range(k):
                        w *= profile[4 * j + seq[p + j]]
                    weights[p] = w
                    total += w
                target = _draw(&state, 1 << 15) * (1 << 15)
                target = (target + _draw(&state, 1 << 15)) / <double>(1 << 30) * total
                chosen = nwin - 1
                running = 0.0
                for p in range(nwin):
                    running += weights[p]
                    if target < running:
                        chosen = p
                        break
                positions[i] = chosen
                _shift_counts(counts, seq + chosen, k, 1)
                current = _score(counts, k, t)
                if current < best_score:
                    memcpy(best_positions, positions, t * sizeof(int))
                    best_score = current
                    found = step
        best = [seqs[<size_t>s * length + best_positions[s]:<size_t>s * length + best_positions[s] + k]
                for s in range(t)]
        for j in range(4 * k):
            counts[j] = 0
        for s in range(t):
            _shift_counts(counts, seqs + <size_t>s * length + best_positions[s], k, 1)
        consensus = bytearray(k)
        for j in range(k):
            top = -1
            pick = 0
            for b in range(4):
                if counts[4 * j + b] > top:
                    top = counts[4 * j + b]
                    pick = b
            consensus[j] = letters[pick]
        motifs = [bytes([letters[c] for c in m]).decode("ascii") for m in best]
        return (best_score, motifs, consensus.decode("ascii"), found, [positions[s] for s in range(t)])
    finally:
        free(planted)
        free(seqs)
        free(positions)
        free(best_positions)
        free(counts)
        free(profile)
        free(weights)
