# cython: language_level=3
"""Shunting-yard to a compact C RPN program, then a ``nogil`` grid fill on a C double stack.

The formula is generated into a C ``char`` buffer and tokenised in place; the
shunting-yard pass keeps its operator and argument-count stacks in C int arrays and
emits ``Rpn`` structs (kind, literal value, variable slot, operator, arity). The grid is
then evaluated by a tight loop over that array with a fixed ``double`` stack and
``libc.math`` ``sqrt``/``fabs``, with no Python objects per point.

Keywords: interpreters, shunting-yard, reverse polish notation, infix to postfix, stack evaluation, function calls
"""

import cython
from libc.math cimport sqrt, fabs
from libc.stdlib cimport malloc, free
from libc.string cimport memmove, strncmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    T_NUM, T_VAR, T_BIN, T_NEG, T_CALL

cdef enum:
    OPEN_PAREN = -1
    N_LITS = 8

cdef const char *LIT_TEXT[N_LITS]
LIT_TEXT[:] = [b"0.5", b"2", b"3", b"1.25", b"10", b"0.1", b"7", b"4.75"]
cdef double LIT_VALUE[N_LITS]
LIT_VALUE[:] = [0.5, 2.0, 3.0, 1.25, 10.0, 0.1, 7.0, 4.75]
cdef const char *FN_TEXT[4]
FN_TEXT[:] = [b"min", b"max", b"abs", b"sqrt"]


cdef struct Rpn:
    int kind
    double value
    int slot      # variable slot, operator char or function id
    int argc


cdef struct Gen:
    unsigned long long state
    char *text
    int n


cdef inline int draw(Gen *g, int k) noexcept nogil:
    g.state = (g.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((g.state >> 16) % <unsigned long long>k)


cdef inline void puts_(Gen *g, const char *s) noexcept nogil:
    cdef int i = 0
    while s[i]:
        g.text[g.n] = s[i]
        g.n += 1
        i += 1


cdef void generate(Gen *g, int depth) noexcept nogil:
    cdef int r = draw(g, 10), fn, count, k, start
    cdef char op[4]
    if depth == 0 or r == 0:
        if draw(g, 2):
            puts_(g, LIT_TEXT[draw(g, N_LITS)])
        else:
            g.text[g.n] = b"xyz"[draw(g, 3)]
            g.n += 1
        return
    if r == 1:
        puts_(g, b"-")
        generate(g, depth - 1)
        return
    if r == 2:
        fn = draw(g, 4)
        count = 2 + draw(g, 2) if fn < 2 else 1
        puts_(g, FN_TEXT[fn])
        puts_(g, b"(")
        for k in range(count):
            if k:
                puts_(g, b", ")
            generate(g, depth - 1)
        puts_(g, b")")
        return
    start = g.n
    generate(g, depth - 1)
    op[0] = b' '
    op[1] = b"+-*/"[draw(g, 4)]
    op[2] = b' '
    op[3] = 0
    puts_(g, op)
    generate(g, depth - 1)
    if draw(g, 2):
        memmove(g.text + start + 1, g.text + start, g.n - start)
        g.text[start] = b'('
        g.n += 1
        puts_(g, b")")


cdef inline int precedence(int op) noexcept nogil:
    if op == b'+' or op == b'-':
        return 1
    if op == b'*' or op == b'/':
        return 2
    if op == b'~':
        return 3
    return 0


cdef inline void emit_op(Rpn *out, int *n, int op) noexcept nogil:
    out[n[0]].kind = T_NEG if op == b'~' else T_BIN
    out[n[0]].slot = op
    n[0] += 1


cdef int to_rpn(const char *s, int length, Rpn *out, int *ops, int *argc) noexcept nogil:
    """ops holds operator chars, OPEN_PAREN, or 1000 + function id."""
    cdef int n = 0, top = 0, atop = 0, i = 0, j, k, prev_value = 0
    cdef char ch
    while i < length:
        ch = s[i]
        if ch == b' ':
            i += 1
            continue
        if (ch >= b'0' and ch <= b'9'):
            j = i
            while j < length and ((s[j] >= b'0' and s[j] <= b'9') or s[j] == b'.'):
                j += 1
            for k in range(N_LITS):
                if <int>strlen(LIT_TEXT[k]) == j - i and strncmp(s + i, LIT_TEXT[k], j - i) == 0:
                    break
            out[n].kind = T_NUM
            out[n].value = LIT_VALUE[k]
            out[n].argc = k
            n += 1
            i = j
            prev_value = 1
        elif ch >= b'a' and ch <= b'z':
            j = i
            while j < length and s[j] >= b'a' and s[j] <= b'z':
                j += 1
            if j - i == 1:
                out[n].kind = T_VAR
                out[n].slot = ch
                n += 1
                prev_value = 1
            else:
                for k in range(4):
                    if strncmp(s + i, FN_TEXT[k], j - i) == 0:
                        break
                ops[top] = 1000 + k
                top += 1
                argc[atop] = 1
                atop += 1
                prev_value = 0
            i = j
        else:
            i += 1
            if ch == b'(':
                ops[top] = OPEN_PAREN
                top += 1
                prev_value = 0
            elif ch == b',':
                while ops[top - 1] != OPEN_PAREN:
                    top -= 1
                    emit_op(out, &n, ops[top])
                argc[atop - 1] += 1
                prev_value = 0
            elif ch == b')':
                while ops[top - 1] != OPEN_PAREN:
                    top -= 1
                    emit_op(out, &n, ops[top])
                top -= 1
                if top > 0 and ops[top - 1] >= 1000:
                    top -= 1
                    atop -= 1
                    out[n].kind = T_CALL
                    out[n].slot = ops[top] - 1000
                    out[n].argc = argc[atop]
                    n += 1
                prev_value = 1
            elif ch == b'-' and not prev_value:
                ops[top] = b'~'
                top += 1
            else:
                while top > 0 and precedence(ops[top - 1]) >= precedence(ch) and ops[top - 1] > 0 and ops[top - 1] < 1000:
                    top -= 1
                    emit_op(out, &n, ops[top])
                ops[top] = ch
                top += 1
                prev_value = 0
    while top > 0:
        top -= 1
        emit_op(out, &n, ops[top])
    return n


cdef inline long long code_of(const Rpn *r) noexcept nogil:
    if r.kind == T_NUM:
        return 1000 + r.argc
    if r.kind == T_CALL:
        return 2000 + r.slot * 32 + r.argc
    return r.slot


cdef double evaluate(const Rpn *rpn, int n, double *stack, const double *env, int *deepest) noexcept nogil:
    cdef int sp = 0, i, k, kind
    cdef double a, b, m
    for i in range(n):
        kind = rpn[i].kind
        if kind == T_NUM:
            stack[sp] = rpn[i].value
            sp += 1
        elif kind == T_VAR:
            stack[sp] = env[rpn[i].slot - c'x']
            sp += 1
        elif kind == T_NEG:
            stack[sp - 1] = -stack[sp - 1]
        elif kind == T_BIN:
            sp -= 1
            b = stack[sp]
            a = stack[sp - 1]
            k = rpn[i].slot
            if k == b'+':
                a = a + b
            elif k == b'-':
                a = a - b
            elif k == b'*':
                a = a * b
            else:
                a = a / b if b != 0 else 0.0
            stack[sp - 1] = a
        else:
            k = rpn[i].slot
            if k == 0 or k == 1:
                sp -= rpn[i].argc
                m = stack[sp]
                for kind in range(1, rpn[i].argc):
                    b = stack[sp + kind]
                    if (k == 0 and b < m) or (k == 1 and b > m):
                        m = b
                stack[sp] = m
                sp += 1
            elif k == 2:
                stack[sp - 1] = fabs(stack[sp - 1])
            else:
                stack[sp - 1] = sqrt(fabs(stack[sp - 1]))
        if sp > deepest[0]:
            deepest[0] = sp
    return stack[0]


@cython_benchmark(args=(90, 6, 14, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def shunting_yard_rpn_variables(int n_formulas, int depth, int grid, long long seed):
    """Return (RPN length, deepest stack, RPN hash, value total, negative values, first values)."""
    cdef size_t cap = 64
    cdef int d
    for d in range(depth):
        cap *= 3
    cdef Gen g
    cdef Rpn *rpn
    cdef int *ops
    cdef int *argc
    cdef double *stack
    cdef double env[3]
    cdef double value, total = 0.0
    cdef long long rpn_len = 0, negatives = 0, digest = 0
    cdef int f, n, i, j, k, deepest = 0, nfirst = 0
    cdef double first[6]
    g.state = seed & 0x7FFFFFFF
    g.text = <char *>malloc(cap)
    rpn = <Rpn *>malloc(cap * sizeof(Rpn))
    ops = <int *>malloc(cap * sizeof(int))
    argc = <int *>malloc(cap * sizeof(int))
    stack = <double *>malloc(cap * sizeof(double))
    try:
        if g.text == NULL or rpn == NULL or ops == NULL or argc == NULL or stack == NULL:
            raise MemoryError()
        for f in range(n_formulas):
            with nogil:
                g.n = 0
                generate(&g, depth)
                n = to_rpn(g.text, g.n, rpn, ops, argc)
                rpn_len += n
                for k in range(n):
                    digest = (digest * 4099 + code_of(&rpn[k])) % 1000000007
            for i in range(grid):
                for j in range(grid):
                    env[0] = i * 0.375 - 3.0
                    env[1] = j * 0.625 - 2.0
                    env[2] = (i + j) * 0.125
                    value = evaluate(rpn, n, stack, env, &deepest)
                    total += value
                    negatives += value < 0
                    if nfirst < 6:
                        first[nfirst] = value
                        nfirst += 1
        return (rpn_len, deepest, digest, total, negatives, [first[k] for k in range(nfirst)])
    finally:
        free(g.text); free(rpn); free(ops); free(argc); free(stack)
