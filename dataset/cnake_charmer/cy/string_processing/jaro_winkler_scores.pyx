# cython: language_level=3
"""Jaro-Winkler similarity over C char buffers with stack match flags.

Names are generated into fixed ``char`` arrays, match flags are ``bint`` arrays on the
stack and the matched characters are compared in place, so each similarity is a few
hundred C operations; the floating-point formula is kept operation-for-operation so
the scores are bit-identical.

Keywords: jaro winkler, string similarity, record linkage, fuzzy matching, strings
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double _jw(const char *s, int ls, const char *t, int lt) noexcept nogil:
    cdef bint s_hit[16]
    cdef bint t_hit[16]
    cdef int i, j, lo, hi, window, matches = 0, trans = 0, prefix = 0
    cdef double jaro
    if ls == 0 and lt == 0:
        return 1.0
    if ls == 0 or lt == 0:
        return 0.0
    window = (ls if ls > lt else lt) // 2 - 1
    if window < 0:
        window = 0
    for i in range(ls):
        s_hit[i] = False
    for j in range(lt):
        t_hit[j] = False
    for i in range(ls):
        lo = i - window if i > window else 0
        hi = i + window + 1 if i + window + 1 < lt else lt
        for j in range(lo, hi):
            if not t_hit[j] and t[j] == s[i]:
                s_hit[i] = True
                t_hit[j] = True
                matches += 1
                break
    if matches == 0:
        return 0.0
    j = 0
    for i in range(ls):
        if s_hit[i]:
            while not t_hit[j]:
                j += 1
            if s[i] != t[j]:
                trans += 1
            j += 1
    jaro = (<double> matches / ls + <double> matches / lt + (matches - trans / 2.0) / matches) / 3.0
    for i in range(4):
        if i >= ls or i >= lt or s[i] != t[i]:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1.0 - jaro)


@cython_benchmark(args=(15000, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def jaro_winkler_scores(int m, int seed):
    """Return (sum, max, min, first 5) of the similarities of m name pairs."""
    cdef const char *letters = b"aeimnorst"
    cdef char names[2][16]
    cdef int lens[2]
    cdef unsigned long long state = seed
    cdef int p, q, i
    cdef double sc, total = 0.0, hi = 0.0, lo = 0.0
    cdef list first = []
    if m <= 0:
        return (0.0, 0.0, 0.0, [])
    for p in range(m):
        for q in range(2):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lens[q] = state % 9
            for i in range(lens[q]):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                names[q][i] = letters[(state >> 7) % 9]
        sc = _jw(names[0], lens[0], names[1], lens[1])
        total += sc
        if p == 0 or sc > hi:
            hi = sc
        if p == 0 or sc < lo:
            lo = sc
        if p < 5:
            first.append(sc)
    return (total, hi, lo, first)
