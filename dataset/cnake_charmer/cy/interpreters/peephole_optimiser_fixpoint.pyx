# cython: language_level=3
"""Peephole passes over packed C instruction structs with two swapped buffers.

Instructions are ``cdef packed struct`` records (a ``uint8_t`` opcode and a
``uint32_t`` operand, so 32-bit wrapping is native). Each pass streams the input
buffer into the output buffer and rewrites its tail in a ``cdef inline`` matcher that
returns the rule that fired; the buffers are swapped between passes instead of
building lists, and both programs are executed on a C ``uint32_t`` stack, all ``nogil``.

Keywords: interpreters, peephole optimisation, constant folding, stack code, compiler pass, fixpoint
"""

import cython
from libc.stdint cimport uint8_t, uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    PUSH, LOAD, STORE, ADD, SUB, MUL, NEG, DUP, SWAP, POP, NOP

cdef enum:
    R_NONE = -1
    R_NOP = 0
    R_CANCEL = 1
    R_FOLD = 2
    R_IDENTITY = 3
    R_DUP = 4
    R_STORE_LOAD = 5
    N_RULES = 6
    N_VARS = 8

RULE_NAMES = ("nop", "cancel", "fold", "identity", "dup", "store_load")


cdef packed struct Ins:
    uint8_t op
    uint32_t arg


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline void put(Ins *code, int *n, uint8_t op, uint32_t arg) noexcept nogil:
    code[n[0]].op = op
    code[n[0]].arg = arg
    n[0] += 1


cdef int generate(Ins *code, int n, unsigned long long *state) noexcept nogil:
    cdef int m = 0, depth = 0, r, x
    cdef uint32_t v
    while m < n:
        r = draw(state, 20)
        if r < 4 or depth == 0:
            if draw(state, 2):
                v = draw(state, 4)
            else:
                v = draw(state, 1 << 16)
            put(code, &m, PUSH, v)
            depth += 1
        elif r < 7:
            put(code, &m, LOAD, draw(state, N_VARS))
            depth += 1
        elif r < 9:
            put(code, &m, STORE, draw(state, N_VARS))
            depth -= 1
        elif r < 12 and depth >= 2:
            put(code, &m, ADD + draw(state, 3), 0)
            depth -= 1
        elif r == 12:
            put(code, &m, NEG, 0)
        elif r == 13:
            put(code, &m, DUP, 0)
            depth += 1
        elif r == 14 and depth >= 2:
            put(code, &m, SWAP, 0)
        elif r == 15:
            put(code, &m, POP, 0)
            depth -= 1
        elif r == 16:
            put(code, &m, NOP, 0)
        elif r == 17:
            x = draw(state, N_VARS)
            put(code, &m, STORE, x)
            put(code, &m, LOAD, x)
        elif r == 18:
            v = draw(state, 2)
            x = MUL if draw(state, 2) else ADD
            put(code, &m, PUSH, v)
            put(code, &m, x, 0)
        else:
            put(code, &m, LOAD, draw(state, N_VARS))
            put(code, &m, POP, 0)
    return m


cdef inline uint32_t fold(uint8_t op, uint32_t a, uint32_t b) noexcept nogil:
    if op == ADD:
        return a + b
    if op == SUB:
        return a - b
    return a * b


cdef inline int rewrite_tail(Ins *out, int *n) noexcept nogil:
    cdef int m = n[0]
    cdef uint8_t p, l
    cdef Ins prev
    if m == 0:
        return R_NONE
    l = out[m - 1].op
    if l == NOP:
        n[0] = m - 1
        return R_NOP
    if m < 2:
        return R_NONE
    prev = out[m - 2]
    p = prev.op
    if ((p == PUSH and l == POP) or (p == DUP and l == POP) or (p == LOAD and l == POP) or (p == NEG and l == NEG)
            or (p == SWAP and l == SWAP) or (p == LOAD and l == STORE and prev.arg == out[m - 1].arg)):
        n[0] = m - 2
        return R_CANCEL
    if p == PUSH and l == NEG:
        out[m - 2].arg = 0u - prev.arg
        n[0] = m - 1
        return R_FOLD
    if p == PUSH and ((prev.arg == 0 and (l == ADD or l == SUB)) or (prev.arg == 1 and l == MUL)):
        n[0] = m - 2
        return R_IDENTITY
    if p == PUSH and l == DUP:
        out[m - 1] = prev
        return R_DUP
    if p == STORE and l == LOAD and prev.arg == out[m - 1].arg:
        out[m - 2].op = DUP
        out[m - 2].arg = 0
        out[m - 1] = prev
        return R_STORE_LOAD
    if m >= 3 and (l == ADD or l == SUB or l == MUL) and out[m - 3].op == PUSH and p == PUSH:
        out[m - 3].arg = fold(l, out[m - 3].arg, prev.arg)
        n[0] = m - 2
        return R_FOLD
    return R_NONE


cdef long long execute(const Ins *code, int n, uint32_t *stack) noexcept nogil:
    cdef uint32_t env[N_VARS]
    cdef int sp = 0, i
    cdef uint8_t op
    cdef uint32_t t
    cdef long long digest
    for i in range(N_VARS):
        env[i] = 0
    for i in range(n):
        op = code[i].op
        if op == PUSH:
            stack[sp] = code[i].arg
            sp += 1
        elif op == LOAD:
            stack[sp] = env[code[i].arg]
            sp += 1
        elif op == STORE:
            sp -= 1
            env[code[i].arg] = stack[sp]
        elif op == ADD or op == SUB or op == MUL:
            sp -= 1
            stack[sp - 1] = fold(op, stack[sp - 1], stack[sp])
        elif op == NEG:
            stack[sp - 1] = 0u - stack[sp - 1]
        elif op == DUP:
            stack[sp] = stack[sp - 1]
            sp += 1
        elif op == SWAP:
            t = stack[sp - 1]
            stack[sp - 1] = stack[sp - 2]
            stack[sp - 2] = t
        elif op == POP:
            sp -= 1
    digest = sp
    for i in range(N_VARS):
        digest = (digest * 1000003 + env[i]) % 1000000007
    for i in range(sp):
        digest = (digest * 1000003 + stack[i]) % 1000000007
    return digest


@cython_benchmark(args=(120000, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def peephole_optimiser_fixpoint(int n, long long seed):
    """Return (length before, after, passes, rule firings, code checksum, state checksum, programs agree)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Ins *code = <Ins *>malloc((n + 2) * sizeof(Ins))
    cdef Ins *a = <Ins *>malloc((n + 2) * sizeof(Ins))
    cdef Ins *b = <Ins *>malloc((n + 2) * sizeof(Ins))
    cdef Ins *tmp
    cdef uint32_t *stack = <uint32_t *>malloc((n + 2) * sizeof(uint32_t))
    cdef long long fired[N_RULES]
    cdef long long digest = 0, before, after
    cdef int m, na, nb, i, rule, passes = 0
    cdef bint changed
    try:
        if code == NULL or a == NULL or b == NULL or stack == NULL:
            raise MemoryError()
        with nogil:
            for i in range(N_RULES):
                fired[i] = 0
            m = generate(code, n, &state)
            for i in range(m):
                a[i] = code[i]
            na = m
            while True:
                passes += 1
                nb = 0
                changed = False
                for i in range(na):
                    b[nb] = a[i]
                    nb += 1
                    rule = rewrite_tail(b, &nb)
                    while rule != R_NONE:
                        fired[rule] += 1
                        changed = True
                        rule = rewrite_tail(b, &nb)
                tmp = a
                a = b
                b = tmp
                na = nb
                if not changed:
                    break
            for i in range(na):
                digest = (digest * 31 + a[i].op * 65599 + a[i].arg) % 1000000007
            before = execute(code, m, stack)
            after = execute(a, na, stack)
        return (m, na, passes, {RULE_NAMES[i]: fired[i] for i in range(N_RULES)}, digest, after, before == after)
    finally:
        free(code); free(a); free(b); free(stack)
