# cython: language_level=3
"""Viterbi decoding of a CpG-island HMM — log tables in C arrays, 2-bit packed backpointers.

Transition and emission log-probabilities are precomputed with ``libc.math.log`` into
small fixed C arrays; the forward pass runs in a ``nogil`` loop over a byte-coded genome
and stores both states' backpointers of a position in one ``unsigned char`` (bit s is
the predecessor of state s), and the traceback and island scan reuse the same buffer.

Keywords: bioinformatics, hidden markov model, viterbi, cpg island, dynamic programming, log probability
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport log, round as c_round

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(90000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cpg_island_viterbi(int n, long long seed):
    """Return (best path log-probability, islands, first 6 (start, end), island bases, labels agreeing)."""
    cdef double trans[2][2]
    cdef double emit[2][4]
    trans[0][0] = 0.9995
    trans[0][1] = 0.0005
    trans[1][0] = 0.004
    trans[1][1] = 0.996
    emit[0][:] = [0.30, 0.20, 0.20, 0.30]
    emit[1][:] = [0.15, 0.35, 0.35, 0.15]
    cdef double log_t[2][2]
    cdef double log_e[2][4]
    cdef int threshold[2][4]
    cdef int s, b, cumulative, roll, hidden = 0, i, current, start, islands_n = 0, island_bases = 0, agree = 0
    cdef double from_bg, from_island, best0, best1, new0, new1
    cdef unsigned char came
    cdef unsigned long long state = seed & 0x7FFFFFFF
    for s in range(2):
        cumulative = 0
        for b in range(4):
            log_t[s][b % 2] = log(trans[s][b % 2])
            log_e[s][b] = log(emit[s][b])
            cumulative += <int>c_round(emit[s][b] * 100)
            threshold[s][b] = cumulative
    if n <= 0:
        return (0.0, 0, [], 0, 0)
    cdef unsigned char *genome = <unsigned char *>malloc(n)
    cdef unsigned char *truth = <unsigned char *>malloc(n)
    cdef unsigned char *back = <unsigned char *>malloc(n)
    cdef list islands = []
    try:
        if genome == NULL or truth == NULL or back == NULL:
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                roll = (state >> 16) % 10000
                if roll < trans[hidden][1 - hidden] * 10000:
                    hidden = 1 - hidden
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                roll = (state >> 16) % 100
                b = 0
                while b < 3 and roll >= threshold[hidden][b]:
                    b += 1
                truth[i] = hidden
                genome[i] = b
            best0 = log(0.5) + log_e[0][genome[0]]
            best1 = log(0.5) + log_e[1][genome[0]]
            for i in range(1, n):
                came = 0
                from_bg = best0 + log_t[0][0]
                from_island = best1 + log_t[1][0]
                if from_island > from_bg:
                    came = 1
                    new0 = from_island
                else:
                    new0 = from_bg
                from_bg = best0 + log_t[0][1]
                from_island = best1 + log_t[1][1]
                if from_island > from_bg:
                    came |= 2
                    new1 = from_island
                else:
                    new1 = from_bg
                best0 = new0 + log_e[0][genome[i]]
                best1 = new1 + log_e[1][genome[i]]
                back[i] = came
            # traceback: overwrite genome[] with the decoded path
            current = 1 if best1 > best0 else 0
            genome[n - 1] = current
            for i in range(n - 1, 0, -1):
                current = (back[i] >> current) & 1
                genome[i - 1] = current
        start = -1
        for i in range(n + 1):
            s = genome[i] if i < n else 0
            if i < n:
                island_bases += s
                if s == truth[i]:
                    agree += 1
            if s == 1 and start < 0:
                start = i
            elif s == 0 and start >= 0:
                islands_n += 1
                if islands_n <= 6:
                    islands.append((start, i))
                start = -1
        return (best0 if best0 >= best1 else best1, islands_n, islands, island_bases, agree)
    finally:
        free(genome)
        free(truth)
        free(back)
