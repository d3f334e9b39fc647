# cython: language_level=3
"""Tajima's D from per-site derived-allele counts held in a 2-D typed memoryview.

Haplotypes are a ``unsigned char[:, ::1]`` matrix (a ``cython.view.array``). Instead of
comparing all pairs of haplotypes, each site contributes k (n - k) pairwise differences
when k samples carry the derived allele, which gives exactly the same integer total in
O(n) per site; the neutrality-test constants are computed once into a C struct and the
statistic uses ``libc.math.sqrt``.

Keywords: bioinformatics, population genetics, tajima's d, nucleotide diversity, watterson theta, haplotypes
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


ctypedef struct Constants:
    int n
    double a1
    double e1
    double e2


cdef Constants _constants(int n) noexcept nogil:
    cdef Constants k
    cdef double a1 = 0.0, a2 = 0.0, b1, b2, c1, c2
    cdef int i
    for i in range(1, n):
        a1 += 1.0 / i
        a2 += 1.0 / (i * i)
    b1 = <double>(n + 1) / (3 * (n - 1))
    b2 = <double>(2 * (n * n + n + 3)) / (9 * n * (n - 1))
    c1 = b1 - 1.0 / a1
    c2 = b2 - (n + 2) / (a1 * n) + a2 / (a1 * a1)
    k.n = n
    k.a1 = a1
    k.e1 = c1 / a1
    k.e2 = c2 / (a1 * a1 + a2)
    return k


cdef inline double _tajima_d(Constants *k, long long segregating, double pi) noexcept nogil:
    cdef double theta = segregating / k.a1
    if segregating == 0:
        return 0.0
    return (pi - theta) / sqrt(k.e1 * segregating + k.e2 * segregating * (segregating - 1))


@cython_benchmark(args=(40, 2400, 300, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def tajima_d_diversity(int samples, int sites, int window, long long seed):
    """Return (S, pi, Watterson theta, Tajima's D, D of each window)."""
    if samples < 2:
        return (0, 0.0, 0.0, 0.0, [])
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef unsigned char[:, ::1] hap = cvarray(shape=(samples, sites + 1), itemsize=1, format="B")
    cdef int site, s, frequency, k, start, stop
    cdef long long pairs = <long long>samples * (samples - 1) // 2
    cdef long long diffs, seg, all_diffs = 0, all_seg = 0
    cdef Constants consts = _constants(samples)
    cdef list windows = []
    for site in range(sites):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 3 == 0:
            frequency = 0
        else:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            frequency = (state >> 16) % (samples - 1)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            frequency = 1 + (state >> 16) % (1 + frequency)
        for s in range(samples):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            hap[s, site] = 1 if <int>((state >> 16) % samples) < frequency else 0
    start = 0
    while start < sites:
        stop = start + window if start + window < sites else sites
        diffs = 0
        seg = 0
        with nogil:
            for site in range(start, stop):
                k = 0
                for s in range(samples):
                    k += hap[s, site]
                diffs += <long long>k * (samples - k)
                if 0 < k < samples:
                    seg += 1
        windows.append(_tajima_d(&consts, seg, <double>diffs / pairs))
        all_diffs += diffs
        all_seg += seg
        start += window
    cdef double pi = <double>all_diffs / pairs
    return (all_seg, pi, all_seg / consts.a1, _tajima_d(&consts, all_seg, pi), windows)
