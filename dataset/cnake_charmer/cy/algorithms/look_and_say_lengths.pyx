# cython: language_level=3
"""Look-and-say over two PyMem byte buffers that swap roles each step.

Terms are kept as raw char arrays: reading runs is a pointer scan and writing the
next term appends the run length digits and the digit byte directly, growing the
output buffer with PyMem_Realloc when needed; only the final summary becomes Python
objects.

Keywords: look-and-say, run-length reading, Conway's constant, string building, sequences
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef char *ensure(char *buf, Py_ssize_t *cap, Py_ssize_t need) except NULL:
    cdef char *grown
    if need <= cap[0]:
        return buf
    while cap[0] < need:
        cap[0] *= 2
    grown = <char *>PyMem_Realloc(buf, cap[0])
    if grown == NULL:
        raise MemoryError()
    return grown


@cython_benchmark(args=("1", 42))
@cython.boundscheck(False)
@cython.wraparound(False)
def look_and_say_lengths(str start, int steps):
    """Return (length of each term, counts of digits 1, 2, 3 in the last term, first 20 chars)."""
    cdef bytes raw = start.encode("ascii")
    cdef Py_ssize_t n = len(raw), cap_a = max(64, 2 * n), cap_b = max(64, 2 * n)
    cdef Py_ssize_t i, j, m, run
    cdef int s, k
    cdef char digits[24]
    cdef char *a = <char *>PyMem_Malloc(cap_a)
    cdef char *b = <char *>PyMem_Malloc(cap_b)
    cdef char *tmp
    cdef Py_ssize_t ctmp
    cdef list lengths = [n]
    if a == NULL or b == NULL:
        PyMem_Free(a)
        PyMem_Free(b)
        raise MemoryError()
    try:
        memcpy(a, <const char *>raw, n)
        for s in range(steps):
            m = 0
            i = 0
            while i < n:
                j = i
                while j < n and a[j] == a[i]:
                    j += 1
                run = j - i
                k = 0
                while run > 0:
                    digits[k] = <char>(48 + run % 10)
                    run //= 10
                    k += 1
                b = ensure(b, &cap_b, m + k + 1)
                while k > 0:
                    k -= 1
                    b[m] = digits[k]
                    m += 1
                b[m] = a[i]
                m += 1
                i = j
            tmp = a
            a = b
            b = tmp
            ctmp = cap_a
            cap_a = cap_b
            cap_b = ctmp
            n = m
            lengths.append(n)
        c1 = c2 = c3 = 0
        for i in range(n):
            if a[i] == b'1':
                c1 += 1
            elif a[i] == b'2':
                c2 += 1
            elif a[i] == b'3':
                c3 += 1
        head = a[:min(20, n)].decode("ascii")
        return lengths, [c1, c2, c3], head
    finally:
        PyMem_Free(a)
        PyMem_Free(b)
