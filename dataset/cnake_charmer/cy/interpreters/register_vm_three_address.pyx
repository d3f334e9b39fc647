# cython: language_level=3
"""Three-address register VM with a C function-pointer table for the ALU.

Instructions are packed C structs; the eight ALU operations are ``cdef inline``
functions on ``uint32_t`` (so wrapping is free) reached through a static array of
function pointers indexed by opcode, and the rest of the loop is a ``nogil`` if-chain
on C ints with the register file in a local C array.

Keywords: interpreters, register machine, virtual machine, three-address code, dispatch table, 32-bit arithmetic
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef uint32_t (*alu_fn)(uint32_t, uint32_t) noexcept nogil

cdef enum:
    N_REGS = 8
    N_ALU = 8
    OP_ADDI = 8
    OP_LI = 9
    OP_BLTU = 10
    OP_BNEZ = 11
    OP_HALT = 12
    N_OPS = 13

OP_NAMES = ("add", "sub", "mul", "xor", "and", "or", "shl", "shr", "addi", "li", "bltu", "bnez", "halt")


cdef struct Ins:
    int op
    int dst
    int a
    uint32_t b


cdef uint32_t alu_add(uint32_t a, uint32_t b) noexcept nogil:
    return a + b

cdef uint32_t alu_sub(uint32_t a, uint32_t b) noexcept nogil:
    return a - b

cdef uint32_t alu_mul(uint32_t a, uint32_t b) noexcept nogil:
    return a * b

cdef uint32_t alu_xor(uint32_t a, uint32_t b) noexcept nogil:
    return a ^ b

cdef uint32_t alu_and(uint32_t a, uint32_t b) noexcept nogil:
    return a & b

cdef uint32_t alu_or(uint32_t a, uint32_t b) noexcept nogil:
    return a | b

cdef uint32_t alu_shl(uint32_t a, uint32_t b) noexcept nogil:
    return a << (b & 31)

cdef uint32_t alu_shr(uint32_t a, uint32_t b) noexcept nogil:
    return a >> (b & 31)


cdef alu_fn ALU[N_ALU]
ALU[0] = alu_add
ALU[1] = alu_sub
ALU[2] = alu_mul
ALU[3] = alu_xor
ALU[4] = alu_and
ALU[5] = alu_or
ALU[6] = alu_shl
ALU[7] = alu_shr


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline void put(Ins *code, int *n, int op, int dst, int a, uint32_t b) noexcept nogil:
    code[n[0]].op = op
    code[n[0]].dst = dst
    code[n[0]].a = a
    code[n[0]].b = b
    n[0] += 1


cdef int generate(Ins *code, unsigned long long *state, int body_len, int outer, int inner) noexcept nogil:
    cdef int n = 0, r, i, kind, op, dst, a, b, target, outer_top, body_start, skip
    cdef uint32_t hi
    for r in range(2, N_REGS):
        hi = <uint32_t>draw(state, 1 << 16)
        put(code, &n, OP_LI, r, <int>(hi * 65536u + <uint32_t>draw(state, 1 << 16)), 0)
    put(code, &n, OP_LI, 0, outer, 0)
    outer_top = n
    put(code, &n, OP_LI, 1, inner, 0)
    body_start = n
    for i in range(body_len):
        kind = draw(state, 10)
        if kind < 8:
            op = draw(state, 8)
            dst = 2 + draw(state, 6)
            a = draw(state, N_REGS)
            b = draw(state, N_REGS)
            put(code, &n, op, dst, a, <uint32_t>b)
        elif kind == 8:
            dst = 2 + draw(state, 6)
            a = draw(state, N_REGS)
            b = draw(state, 1 << 12)
            put(code, &n, OP_ADDI, dst, a, <uint32_t>b)
        else:
            skip = i + 2 + draw(state, 3)
            target = body_start + (skip if skip < body_len else body_len)
            a = draw(state, N_REGS)
            b = draw(state, N_REGS)
            put(code, &n, OP_BLTU, target, a, <uint32_t>b)
    put(code, &n, OP_ADDI, 1, 1, 0xFFFFFFFFu)
    put(code, &n, OP_BNEZ, body_start, 1, 0)
    put(code, &n, OP_ADDI, 0, 0, 0xFFFFFFFFu)
    put(code, &n, OP_BNEZ, outer_top, 0, 0)
    put(code, &n, OP_HALT, 0, 0, 0)
    return n


cdef void execute(const Ins *code, uint32_t *regs, long long *counts, long long *steps, long long *taken) noexcept nogil:
    cdef int pc = 0, op
    cdef const Ins *ins
    cdef int r
    for r in range(N_REGS):
        regs[r] = 0
    while True:
        ins = &code[pc]
        pc += 1
        steps[0] += 1
        op = ins.op
        counts[op] += 1
        if op < N_ALU:
            regs[ins.dst] = ALU[op](regs[ins.a], regs[ins.b])
        elif op == OP_ADDI:
            regs[ins.dst] = regs[ins.a] + ins.b
        elif op == OP_LI:
            regs[ins.dst] = <uint32_t>ins.a
        elif op == OP_BLTU:
            if regs[ins.a] < regs[ins.b]:
                pc = ins.dst
                taken[0] += 1
        elif op == OP_BNEZ:
            if regs[ins.a] != 0:
                pc = ins.dst
                taken[0] += 1
        else:
            return


@cython_benchmark(args=(120, 24, 30, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def register_vm_three_address(int n_programs, int body_len, int loop_scale, long long seed):
    """Return (last registers, register checksum, executions per opcode, taken branches, steps)."""
    cdef Ins *code = <Ins *>malloc((body_len + N_REGS + 8) * sizeof(Ins))
    cdef uint32_t regs[N_REGS]
    cdef long long counts[N_OPS]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef unsigned long long checksum = 0
    cdef long long steps = 0, taken = 0
    cdef int p, r, outer, inner
    cdef bint ran = False
    if code == NULL:
        raise MemoryError()
    try:
        for r in range(N_OPS):
            counts[r] = 0
        with nogil:
            for p in range(n_programs):
                outer = 1 + draw(&state, loop_scale)
                inner = 1 + draw(&state, loop_scale)
                generate(code, &state, body_len, outer, inner)
                execute(code, regs, counts, &steps, &taken)
                ran = True
                for r in range(N_REGS):
                    checksum = (checksum * 1000003ULL + regs[r]) % (1ULL << 61)
        last = [regs[r] for r in range(N_REGS)] if ran else []
        return (last, checksum, {OP_NAMES[r]: counts[r] for r in range(N_OPS)}, taken, steps)
    finally:
        free(code)
