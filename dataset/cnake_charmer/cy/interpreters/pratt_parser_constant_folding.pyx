# cython: language_level=3
"""Pratt parsing and constant folding over a C node pool instead of Python objects.

The expression text is generated into a C ``char`` buffer (parentheses are inserted
with ``memmove`` once the subexpression is known), the Pratt parser scans it in place
and allocates nodes as indices into a reused array of ``Node`` structs, and the
folding, sizing, evaluation and hashing passes are recursive ``nogil`` cdef functions
with ``long long`` modular arithmetic and a binding-power lookup on C chars.

Keywords: interpreters, pratt parser, operator precedence, abstract syntax tree, constant folding, compiler pass
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memmove

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    P = 1000003
    PREFIX_MINUS = 25

cdef long long H = 1000000007

cdef enum Kind:
    K_NUM, K_VAR, K_NEG, K_BIN

cdef enum:
    R_CONST, R_ADD0, R_MUL0, R_MUL1, R_POW0, R_POW1, R_NEGNEG, N_RULES

RULE_NAMES = ("const", "add0", "mul0", "mul1", "pow0", "pow1", "negneg")

cdef int LITERALS[10]
LITERALS[:] = [0, 1, 1, 2, 3, 5, 7, 10, 12, 100]


cdef struct Node:
    int kind
    char op
    int left
    int right
    long long value


cdef struct Ctx:
    unsigned long long state
    char *text
    int n
    int pos
    Node *pool
    int used
    long long fired[N_RULES]


cdef inline int draw(Ctx *c, int k) noexcept nogil:
    c.state = (c.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((c.state >> 16) % <unsigned long long>k)


cdef inline void put(Ctx *c, char ch) noexcept nogil:
    c.text[c.n] = ch
    c.n += 1


cdef void put_int(Ctx *c, int v) noexcept nogil:
    if v >= 100:
        put(c, 48 + v // 100)
    if v >= 10:
        put(c, 48 + (v // 10) % 10)
    put(c, 48 + v % 10)


cdef void wrap(Ctx *c, int start) noexcept nogil:
    if draw(c, 3):
        memmove(c.text + start + 1, c.text + start, c.n - start)
        c.text[start] = b'('
        c.n += 1
        put(c, b')')


cdef void generate(Ctx *c, int depth) noexcept nogil:
    cdef int r = draw(c, 8), op, start
    if depth == 0 or r == 0:
        if draw(c, 2):
            put_int(c, LITERALS[draw(c, 10)])
        else:
            put(c, b"xyz"[draw(c, 3)])
        return
    if r == 1:
        put(c, b'-')
        start = c.n
        generate(c, depth - 1)
        wrap(c, start)
        return
    op = b"+-*^"[draw(c, 7) % 4]
    start = c.n
    generate(c, depth - 1)
    wrap(c, start)
    if op == b'^':
        put(c, b' ')
        put(c, b'^')
        put(c, b' ')
        put_int(c, draw(c, 4))
        return
    if draw(c, 2):
        put(c, b' ')
    put(c, op)
    put(c, b' ')
    start = c.n
    generate(c, depth - 1)
    wrap(c, start)


cdef inline int new_node(Ctx *c, int kind, char op, int left, int right, long long value) noexcept nogil:
    cdef Node *nd = &c.pool[c.used]
    nd.kind = kind
    nd.op = op
    nd.left = left
    nd.right = right
    nd.value = value
    c.used += 1
    return c.used - 1


cdef inline char peek(Ctx *c) noexcept nogil:
    while c.pos < c.n and c.text[c.pos] == b' ':
        c.pos += 1
    return c.text[c.pos] if c.pos < c.n else 0


cdef inline int left_bp(char op) noexcept nogil:
    if op == b'+' or op == b'-':
        return 10
    if op == b'*':
        return 20
    if op == b'^':
        return 31
    return -1


cdef inline int right_bp(char op) noexcept nogil:
    if op == b'^':
        return 30
    return left_bp(op) + 1


cdef int parse(Ctx *c, int min_bp) noexcept nogil:
    cdef char ch = peek(c), op
    cdef long long v = 0
    cdef int left, lbp
    c.pos += 1
    if ch >= b'0' and ch <= b'9':
        v = ch - 48
        while c.pos < c.n and c.text[c.pos] >= b'0' and c.text[c.pos] <= b'9':
            v = v * 10 + (c.text[c.pos] - 48)
            c.pos += 1
        left = new_node(c, K_NUM, 0, -1, -1, v % P)
    elif ch >= b'a' and ch <= b'z':
        left = new_node(c, K_VAR, ch, -1, -1, 0)
    elif ch == b'(':
        left = parse(c, 0)
        peek(c)
        c.pos += 1
    else:
        left = parse(c, PREFIX_MINUS)
        left = new_node(c, K_NEG, 0, left, -1, 0)
    while True:
        op = peek(c)
        lbp = left_bp(op)
        if lbp < 0 or lbp < min_bp:
            break
        c.pos += 1
        left = new_node(c, K_BIN, op, left, parse(c, right_bp(op)), 0)
    return left


cdef long long powmod(long long a, long long e) noexcept nogil:
    cdef long long r = 1
    a %= P
    while e > 0:
        if e & 1:
            r = r * a % P
        a = a * a % P
        e >>= 1
    return r


cdef inline long long apply(char op, long long a, long long b) noexcept nogil:
    if op == b'+':
        return (a + b) % P
    if op == b'-':
        return (a - b + P) % P
    if op == b'*':
        return a * b % P
    return powmod(a, b)


cdef int fold(Ctx *c, int i) noexcept nogil:
    cdef int kind = c.pool[i].kind, left, right
    cdef char op
    cdef long long lv, rv
    cdef bint lnum, rnum
    if kind == K_NEG:
        left = fold(c, c.pool[i].left)
        if c.pool[left].kind == K_NUM:
            c.fired[R_CONST] += 1
            return new_node(c, K_NUM, 0, -1, -1, (P - c.pool[left].value) % P)
        if c.pool[left].kind == K_NEG:
            c.fired[R_NEGNEG] += 1
            return c.pool[left].left
        return new_node(c, K_NEG, 0, left, -1, 0)
    if kind != K_BIN:
        return i
    op = c.pool[i].op
    left = fold(c, c.pool[i].left)
    right = fold(c, c.pool[i].right)
    lnum = c.pool[left].kind == K_NUM
    rnum = c.pool[right].kind == K_NUM
    lv = c.pool[left].value if lnum else -1
    rv = c.pool[right].value if rnum else -1
    if lnum and rnum:
        c.fired[R_CONST] += 1
        return new_node(c, K_NUM, 0, -1, -1, apply(op, lv, rv))
    if (op == b'+' or op == b'-') and rv == 0:
        c.fired[R_ADD0] += 1
        return left
    if op == b'+' and lv == 0:
        c.fired[R_ADD0] += 1
        return right
    if op == b'*' and (lv == 0 or rv == 0):
        c.fired[R_MUL0] += 1
        return new_node(c, K_NUM, 0, -1, -1, 0)
    if op == b'*' and rv == 1:
        c.fired[R_MUL1] += 1
        return left
    if op == b'*' and lv == 1:
        c.fired[R_MUL1] += 1
        return right
    if op == b'^' and rv == 0:
        c.fired[R_POW0] += 1
        return new_node(c, K_NUM, 0, -1, -1, 1)
    if op == b'^' and rv == 1:
        c.fired[R_POW1] += 1
        return left
    return new_node(c, K_BIN, op, left, right, 0)


cdef long long size(const Node *pool, int i) noexcept nogil:
    if pool[i].kind == K_NEG:
        return 1 + size(pool, pool[i].left)
    if pool[i].kind == K_BIN:
        return 1 + size(pool, pool[i].left) + size(pool, pool[i].right)
    return 1


cdef long long evaluate(const Node *pool, int i, const long long *env) noexcept nogil:
    cdef int kind = pool[i].kind
    if kind == K_NUM:
        return pool[i].value
    if kind == K_VAR:
        return env[pool[i].op - c'x']
    if kind == K_NEG:
        return (P - evaluate(pool, pool[i].left, env)) % P
    return apply(pool[i].op, evaluate(pool, pool[i].left, env), evaluate(pool, pool[i].right, env))


cdef long long shape_hash(const Node *pool, int i) noexcept nogil:
    cdef int kind = pool[i].kind
    cdef char op
    cdef long long h
    if kind == K_NUM:
        return (pool[i].value * 31 + 7) % H
    if kind == K_VAR:
        return pool[i].op * 131 + 3
    if kind == K_NEG:
        return (shape_hash(pool, pool[i].left) * 17 + 5) % H
    op = pool[i].op
    h = (shape_hash(pool, pool[i].left) * 1000003 + shape_hash(pool, pool[i].right)) % H
    return (h * 7 + (0 if op == b'+' else 1 if op == b'-' else 2 if op == b'*' else 3)) % H


@cython_benchmark(args=(1500, 7, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pratt_parser_constant_folding(int n_exprs, int depth, long long seed):
    """Return (nodes before, nodes after folding, rule firings, value sum, shape hash)."""
    cdef Ctx c
    cdef long long env[3][3]
    cdef long long before = 0, after = 0, total = 0, digest = 0
    cdef int e, b, r, tree, folded
    cdef size_t cap = 12 * ((<size_t>2) << depth) + 64
    env[0][0] = 3; env[0][1] = 5; env[0][2] = 7
    env[1][0] = 0; env[1][1] = 1; env[1][2] = P - 1
    env[2][0] = 12345; env[2][1] = 999; env[2][2] = 424242
    c.state = seed & 0x7FFFFFFF
    c.text = <char *>malloc(cap)
    c.pool = <Node *>malloc(2 * cap * sizeof(Node))
    for r in range(N_RULES):
        c.fired[r] = 0
    try:
        if c.text == NULL or c.pool == NULL:
            raise MemoryError()
        with nogil:
            for e in range(n_exprs):
                c.n = 0
                c.pos = 0
                c.used = 0
                generate(&c, depth)
                tree = parse(&c, 0)
                folded = fold(&c, tree)
                before += size(c.pool, tree)
                after += size(c.pool, folded)
                for b in range(3):
                    total = (total + evaluate(c.pool, folded, env[b])) % H
                digest = (digest * 131 + shape_hash(c.pool, folded)) % H
        return (before, after, {RULE_NAMES[r]: c.fired[r] for r in range(N_RULES)}, total, digest)
    finally:
        free(c.text)
        free(c.pool)
