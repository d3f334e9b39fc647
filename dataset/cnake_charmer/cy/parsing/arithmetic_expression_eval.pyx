# cython: language_level=3
"""Recursive-descent evaluation straight over a ``char`` buffer.

Expressions are generated into a reusable C buffer by a recursive cdef function and
parsed by three mutually recursive cdef functions that advance a shared cursor; digits
are accumulated without tokenising and the modular arithmetic is ``long long``.

Keywords: recursive descent, expression parser, precedence, char buffer, parsing
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef long long MOD = 1000000007


cdef struct Gen:
    unsigned long long state
    char *buf
    int n


cdef void _gen(Gen *g, int d) noexcept nogil:
    cdef unsigned long long r
    cdef int v, paren
    g.state = (g.state * 1103515245 + 12345) & 0x7FFFFFFF
    r = g.state
    if d == 0 or r % 4 == 0:
        v = (r >> 4) % 1000
        if v >= 100:
            g.buf[g.n] = 48 + v // 100
            g.n += 1
        if v >= 10:
            g.buf[g.n] = 48 + (v // 10) % 10
            g.n += 1
        g.buf[g.n] = 48 + v % 10
        g.n += 1
        return
    paren = (r >> 12) & 1
    if paren:
        g.buf[g.n] = b'('
        g.n += 1
    _gen(g, d - 1)
    g.buf[g.n] = b"+-*"[(r >> 8) % 3]
    g.n += 1
    _gen(g, d - 1)
    if paren:
        g.buf[g.n] = b')'
        g.n += 1




cdef long long _factor(const char *s, int *pos) noexcept nogil:
    cdef long long v = 0
    if s[pos[0]] == b'(':
        pos[0] += 1
        v = _expr(s, pos)
        pos[0] += 1
        return v
    while s[pos[0]] >= b'0' and s[pos[0]] <= b'9':
        v = v * 10 + (s[pos[0]] - 48)
        pos[0] += 1
    return v


cdef long long _term(const char *s, int *pos) noexcept nogil:
    cdef long long v = _factor(s, pos)
    while s[pos[0]] == b'*':
        pos[0] += 1
        v = v * _factor(s, pos) % MOD
    return v


cdef long long _expr(const char *s, int *pos) noexcept nogil:
    cdef long long v = _term(s, pos)
    cdef char op
    while s[pos[0]] == b'+' or s[pos[0]] == b'-':
        op = s[pos[0]]
        pos[0] += 1
        if op == b'+':
            v = (v + _term(s, pos)) % MOD
        else:
            v = ((v - _term(s, pos)) % MOD + MOD) % MOD
    return v


@cython_benchmark(args=(2500, 6, 1))
@cython.boundscheck(False)
@cython.wraparound(False)
def arithmetic_expression_eval(int m, int depth, int seed):
    """Return (sum of values mod p, longest expression length, first 5 values)."""
    cdef Gen g
    cdef int k, pos, longest = 0
    cdef long long value, total = 0
    cdef list first = []
    g.state = seed
    g.buf = <char *> malloc(8 * (1 << depth) + 16)
    try:
        for k in range(m):
            g.n = 0
            _gen(&g, depth)
            g.buf[g.n] = 0
            pos = 0
            value = _expr(g.buf, &pos)
            total = (total + value) % MOD
            if g.n > longest:
                longest = g.n
            if k < 5:
                first.append(value)
        return (total, longest, first)
    finally:
        free(g.buf)
