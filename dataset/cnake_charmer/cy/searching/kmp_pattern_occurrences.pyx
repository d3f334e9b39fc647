# cython: language_level=3
"""KMP string search over unsigned char buffers.

Text and pattern are generated straight into malloc'd unsigned char arrays, the
failure table is a C int array, and the scan compares bytes in a nogil loop, so there
is no per-character str object or iterator.

Keywords: KMP, string matching, failure function, prefix function, pattern search
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void build_failure(const unsigned char *pat, int m, int *fail) noexcept nogil:
    cdef int i, k = 0
    fail[0] = 0
    for i in range(1, m):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k


@cython_benchmark(args=(250000, 9, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def kmp_pattern_occurrences(Py_ssize_t text_len, int pattern_len, long long seed):
    """Return (occurrences, first 10 start positions, sum of failure values); pattern_len >= 1."""
    if pattern_len < 1:
        raise ValueError("pattern must not be empty")
    cdef Py_ssize_t n = text_len if text_len > 0 else 0
    cdef Py_ssize_t i, count = 0
    cdef Py_ssize_t first[10]
    cdef int k = 0, m = pattern_len
    cdef long long fail_sum = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef unsigned char ch
    cdef unsigned char *text = <unsigned char *>malloc(n + 1)
    cdef unsigned char *pat = <unsigned char *>malloc(m + 1)
    cdef int *fail = <int *>malloc((m + 1) * sizeof(int))
    if text == NULL or pat == NULL or fail == NULL:
        free(text)
        free(pat)
        free(fail)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if state % 5:
                text[i] = 97 + <unsigned char>((state >> 16) % 3)
            else:
                text[i] = 97
        for i in range(m):
            pat[i] = 97 + <unsigned char>((((i * 7 + seed) % 3) + 3) % 3 % 2)
        with nogil:
            build_failure(pat, m, fail)
            for i in range(m):
                fail_sum += fail[i]
            for i in range(n):
                ch = text[i]
                while k and ch != pat[k]:
                    k = fail[k - 1]
                if ch == pat[k]:
                    k += 1
                if k == m:
                    if count < 10:
                        first[count] = i - k + 1
                    count += 1
                    k = fail[k - 1]
        return count, [first[i] for i in range(min(10, count))], fail_sum
    finally:
        free(text)
        free(pat)
        free(fail)
