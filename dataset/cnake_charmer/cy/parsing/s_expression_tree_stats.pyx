# cython: language_level=3
"""S-expressions generated and evaluated in one recursive pass over a C buffer.

The generator writes the text into a reusable ``char`` buffer through a struct cursor;
the evaluator is a recursive cdef function that parses and evaluates at the same time
(no intermediate token list or tree), returning the value and reporting depth and atom
counts through pointers.

Keywords: s expression, lisp, recursive descent, struct, evaluation, parsing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef long long P = 1000003
cdef const char *OPS[4]
OPS[:] = [b"add", b"mul", b"neg", b"max"]


cdef struct Cursor:
    unsigned long long state
    char *buf
    int n


cdef void _put_int(Cursor *c, int v) noexcept nogil:
    if v >= 10:
        c.buf[c.n] = 48 + v // 10
        c.n += 1
    c.buf[c.n] = 48 + v % 10
    c.n += 1


cdef void _gen(Cursor *c, int d) noexcept nogil:
    cdef unsigned long long r
    cdef int op, arity, k
    c.state = (c.state * 1103515245 + 12345) & 0x7FFFFFFF
    r = c.state
    if d == 0 or r % 3 == 0:
        if r % 7 == 0:
            c.buf[c.n] = b'x'
            c.n += 1
        else:
            _put_int(c, (r >> 5) % 100)
        return
    op = (r >> 8) % 4
    arity = 1 if op == 2 else 2 + (r >> 11) % 3
    c.buf[c.n] = b'('
    memcpy(c.buf + c.n + 1, OPS[op], 3)
    c.n += 4
    for k in range(arity):
        c.buf[c.n] = b' '
        c.n += 1
        _gen(c, d - 1)
    c.buf[c.n] = b')'
    c.n += 1


cdef long long _eval(const char *s, int *pos, long long x, int *depth, long long *atoms) noexcept nogil:
    cdef long long v, acc
    cdef int op, child, best = 0, first = 1
    if s[pos[0]] != b'(':
        atoms[0] += 1
        depth[0] = 0
        if s[pos[0]] == b'x':
            pos[0] += 1
            return x
        v = 0
        while b'0' <= s[pos[0]] <= b'9':
            v = v * 10 + s[pos[0]] - 48
            pos[0] += 1
        return v
    op = 0 if s[pos[0] + 1] == b'a' else (1 if s[pos[0] + 2] == b'u' else (2 if s[pos[0] + 1] == b'n' else 3))
    pos[0] += 4
    acc = 0 if op == 0 else (1 if op == 1 else -1)
    while s[pos[0]] == b' ':
        pos[0] += 1
        v = _eval(s, pos, x, &child, atoms)
        if child > best:
            best = child
        if op == 0:
            acc = (acc + v) % P
        elif op == 1:
            acc = acc * v % P
        elif op == 2:
            acc = (P - v % P) % P
        elif first or v > acc:
            acc = v
        first = 0
    pos[0] += 1
    depth[0] = best + 1
    return acc


@cython_benchmark(args=(800, 5, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def s_expression_tree_stats(int n_exprs, int max_depth, int seed):
    """Return (sum of values mod p, deepest tree, total atoms, first 5 values)."""
    cdef Cursor c
    cdef int i, pos, depth, deepest = 0
    cdef long long value, total = 0, atoms = 0
    cdef list first = []
    c.state = seed
    cdef size_t cap = 16
    for i in range(max_depth):
        cap *= 5
    c.buf = <char *> malloc(cap + 64)
    try:
        for i in range(n_exprs):
            c.n = 0
            _gen(&c, max_depth)
            c.buf[c.n] = 0
            pos = 0
            value = _eval(c.buf, &pos, i % 50, &depth, &atoms)
            total = (total + value) % P
            if depth > deepest:
                deepest = depth
            if i < 5:
                first.append(value)
        return (total, deepest, atoms, first)
    finally:
        free(c.buf)
