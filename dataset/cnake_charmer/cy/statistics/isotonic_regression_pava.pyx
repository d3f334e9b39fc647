# cython: language_level=3
"""Pool-adjacent-violators with the block stack as a C array of structs.

Blocks (weighted mean, weight, length) are C structs in a malloc'd stack with an
integer top index, so merging is two struct reads and one write instead of list pops
and appends; data generation, the scan and the error pass all run nogil.

Keywords: isotonic regression, pava, struct, stack, malloc, nogil
"""

import cython
from libc.math cimport log1p, pow
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Block:
    double mean
    double weight
    long length


@cython.cdivision(True)
cdef long pava(const double *values, const double *weights, long n, Block *stack) noexcept nogil:
    cdef long top = 0, i
    cdef double total
    for i in range(n):
        stack[top].mean = values[i]
        stack[top].weight = weights[i]
        stack[top].length = 1
        top += 1
        while top > 1 and stack[top - 2].mean > stack[top - 1].mean:
            total = stack[top - 2].weight + stack[top - 1].weight
            stack[top - 2].mean = (stack[top - 2].mean * stack[top - 2].weight
                                   + stack[top - 1].mean * stack[top - 1].weight) / total
            stack[top - 2].weight = total
            stack[top - 2].length += stack[top - 1].length
            top -= 1
    return top


@cython_benchmark(args=(70000,))
@cython.cdivision(True)
def isotonic_regression_pava(int n):
    """Fit a non-decreasing sequence to n weighted noisy points; summarise the fit."""
    if n < 0:
        n = 0
    cdef double *values = <double *> malloc((n + 1) * sizeof(double))
    cdef double *weights = <double *> malloc((n + 1) * sizeof(double))
    cdef double *fitted = <double *> malloc((n + 1) * sizeof(double))
    cdef Block *stack = <Block *> malloc((n + 1) * sizeof(Block))
    cdef long long state = 4711
    cdef long i, b, t, pos = 0, top, longest = 0
    cdef double error = 0.0
    if not (values and weights and fitted and stack):
        free(values); free(weights); free(fitted); free(stack)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                values[i] = log1p(<double> i) + 1.5 * (state / <double> 0x7FFFFFFF - 0.5)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                weights[i] = 1.0 + state % 4
            top = pava(values, weights, n, stack)
            for b in range(top):
                for t in range(stack[b].length):
                    fitted[pos] = stack[b].mean
                    pos += 1
                if stack[b].length > longest:
                    longest = stack[b].length
            for i in range(n):
                error += weights[i] * pow(values[i] - fitted[i], 2.0)
        return top, error, [fitted[i] for i in range(0, n, n // 6 if n // 6 > 1 else 1)], longest
    finally:
        free(values); free(weights); free(fitted); free(stack)
