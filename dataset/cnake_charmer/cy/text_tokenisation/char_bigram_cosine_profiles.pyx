# cython: language_level=3
"""Bigram profiles as dense 26x26 count rows in a 2-D typed memoryview.

Letters are generated into a C buffer and every in-word bigram increments a cell of
an ``int`` matrix viewed as ``int[:, ::1]`` (document x bigram); dot products and norms
are integer loops over 676 cells, leaving one floating-point division per pair.

Keywords: character ngrams, bigram profile, cosine similarity, memoryview, text
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(12, 16000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def char_bigram_cosine_profiles(int n_docs, int n_chars, int seed):
    """Return the n_docs x n_docs cosine similarity matrix of bigram profiles."""
    if n_docs <= 0:
        return []
    cdef int[:, ::1] prof = cvarray(shape=(n_docs, 676), itemsize=sizeof(int), format="i")
    cdef char *text = <char *> malloc(n_chars + 1)
    cdef double *norms = <double *> malloc(n_docs * sizeof(double))
    cdef unsigned long long state = seed
    cdef int d, i, j, g, r
    cdef long long dot, sq
    prof[:, :] = 0
    try:
        for d in range(n_docs):
            for i in range(n_chars):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = (state >> 8) % 32
                if r < 5:
                    text[i] = b' '
                else:
                    text[i] = 97 + (r * (d + 3) + (state >> 16) % 7) % 26
            for i in range(n_chars - 1):
                if text[i] != b' ' and text[i + 1] != b' ':
                    prof[d, (text[i] - 97) * 26 + text[i + 1] - 97] += 1
            sq = 0
            for g in range(676):
                sq += <long long> prof[d, g] * prof[d, g]
            norms[d] = sqrt(<double> sq)
        matrix = []
        for i in range(n_docs):
            row = []
            for j in range(n_docs):
                dot = 0
                for g in range(676):
                    dot += <long long> prof[i, g] * prof[j, g]
                row.append(dot / (norms[i] * norms[j]) if norms[i] and norms[j] else 0.0)
            matrix.append(row)
        return matrix
    finally:
        free(text)
        free(norms)
