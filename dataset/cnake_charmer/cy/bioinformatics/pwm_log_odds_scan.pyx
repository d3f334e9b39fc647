# cython: language_level=3
"""PWM scanning with a C score matrix and lookahead early rejection on both strands.

Column scores live in a ``double[64][4]`` C array and the genome in 2-bit codes, so the
reverse strand is scored by reading the window backwards with complemented codes. A
suffix table of best remaining column scores lets a window be abandoned as soon as it
can no longer reach the threshold (with a small safety margin, so every real hit is
still summed in full, in the same order as the Python side).

Keywords: bioinformatics, position weight matrix, motif scanning, log odds, transcription factor binding, dna
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport log2

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAXW = 64


cdef struct HitRec:
    int pos
    char strand
    double score


cdef inline int _draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % m)


cdef void _noisy(unsigned long long *state, const unsigned char *motif, unsigned char *out, int width) noexcept nogil:
    cdef int j
    for j in range(width):
        if _draw(state, 4) == 0:
            out[j] = _draw(state, 4)
        else:
            out[j] = motif[j]


@cython_benchmark(args=(80000, 40, 12, 15))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pwm_log_odds_scan(int n, int sites, int width, long long seed):
    """Return (threshold, hits, hits on + strand, best hit, first 8 hits (position, strand, score))."""
    if width > MAXW:
        raise ValueError("motif too wide")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double pwm[MAXW][4]
    cdef double rest[MAXW + 1]
    cdef int counts[MAXW][4]
    cdef unsigned char consensus[MAXW]
    cdef unsigned char site[MAXW]
    cdef int i, j, b, size = 0, nhits = 0, plus = 0, best_i = -1
    cdef double best_total = 0.0, worst_total = 0.0, hi, lo, threshold, total
    cdef bint reverse
    cdef unsigned char *genome = <unsigned char *>malloc(n + MAXW)
    cdef HitRec *hits = <HitRec *>malloc((2 * n + 1) * sizeof(HitRec))
    cdef const char *strands = b"+-"
    try:
        if genome == NULL or hits == NULL:
            raise MemoryError()
        for j in range(width):
            consensus[j] = _draw(&state, 4)
            for b in range(4):
                counts[j][b] = 0
        for i in range(sites):
            _noisy(&state, consensus, site, width)
            for j in range(width):
                counts[j][site[j]] += 1
        for j in range(width):
            hi = -1e300
            lo = 1e300
            for b in range(4):
                pwm[j][b] = log2((counts[j][b] + 0.5) / (sites + 2) / 0.25)
                if pwm[j][b] > hi:
                    hi = pwm[j][b]
                if pwm[j][b] < lo:
                    lo = pwm[j][b]
            best_total += hi
            worst_total += lo
            rest[j] = hi
        rest[width] = 0.0
        for j in range(width - 1, -1, -1):
            rest[j] += rest[j + 1]
        threshold = worst_total + 0.85 * (best_total - worst_total)

        while size < n:
            if _draw(&state, 500) == 0:
                _noisy(&state, consensus, site, width)
                if _draw(&state, 2):
                    for j in range(width):
                        genome[size + j] = 3 - site[width - 1 - j]
                else:
                    for j in range(width):
                        genome[size + j] = site[j]
                size += width
            else:
                genome[size] = _draw(&state, 4)
                size += 1

        with nogil:
            for i in range(n - width + 1):
                for reverse in range(2):
                    total = 0.0
                    j = 0
                    while j < width:
                        if reverse:
                            total += pwm[j][3 - genome[i + width - 1 - j]]
                        else:
                            total += pwm[j][genome[i + j]]
                        j += 1
                        if total + rest[j] < threshold - 1e-9:
                            break
                    if j == width and total >= threshold:
                        hits[nhits].pos = i
                        hits[nhits].strand = strands[reverse]
                        hits[nhits].score = total
                        if best_i < 0 or total > hits[best_i].score:
                            best_i = nhits
                        if not reverse:
                            plus += 1
                        nhits += 1
        if best_i >= 0:
            best = (hits[best_i].pos, chr(hits[best_i].strand), hits[best_i].score)
        else:
            best = (-1, "", 0.0)
        return (threshold, nhits, plus, best,
                [(hits[i].pos, chr(hits[i].strand), hits[i].score) for i in range(nhits if nhits < 8 else 8)])
    finally:
        free(genome)
        free(hits)
