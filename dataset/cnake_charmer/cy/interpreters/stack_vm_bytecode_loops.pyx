# cython: language_level=3
"""Stack bytecode VM over a C struct instruction array with a fixed C operand stack.

Opcodes are a ``cdef enum``; programs are assembled into a reused array of
``Instr`` structs (label fix-ups in a small struct), and the interpreter is a
``nogil`` fetch-decode loop on C ints with a ``long long`` operand stack and
per-opcode counters in a C array. Floor division and modulo follow Python's rules.

Keywords: interpreters, bytecode, virtual machine, stack machine, assembler, dispatch loop
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Op:
    PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ, JMP, JZ, DUP, HALT, N_OPS

cdef enum Label:
    TOP, END, BODY, EVEN, COUNT, SKIP, N_LABELS

cdef enum:
    MAX_CODE = 64
    MAX_FIX = 16
    STACK_SIZE = 32

OP_NAMES = ("PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "MOD", "DIV", "LT", "EQ", "JMP", "JZ", "DUP", "HALT")


cdef struct Instr:
    int op
    long long arg


cdef struct Asm:
    Instr code[MAX_CODE]
    int n
    int labels[N_LABELS]
    int fix_at[MAX_FIX]
    int fix_label[MAX_FIX]
    int nfix


cdef inline void emit(Asm *a, int op, long long arg=0) noexcept nogil:
    a.code[a.n].op = op
    a.code[a.n].arg = arg
    a.n += 1


cdef inline void mark(Asm *a, int label) noexcept nogil:
    a.labels[label] = a.n


cdef inline void jump(Asm *a, int op, int label) noexcept nogil:
    a.fix_at[a.nfix] = a.n
    a.fix_label[a.nfix] = label
    a.nfix += 1
    emit(a, op, 0)


cdef inline void finish(Asm *a) noexcept nogil:
    cdef int i
    for i in range(a.nfix):
        a.code[a.fix_at[i]].arg = a.labels[a.fix_label[i]]


cdef void fib_program(Asm *a, long long n, long long m) noexcept nogil:
    emit(a, PUSH, 0); emit(a, STORE, 0)
    emit(a, PUSH, 1); emit(a, STORE, 1)
    emit(a, PUSH, n); emit(a, STORE, 2)
    mark(a, TOP)
    emit(a, LOAD, 2); jump(a, JZ, END)
    emit(a, LOAD, 0); emit(a, LOAD, 1); emit(a, ADD); emit(a, PUSH, m); emit(a, MOD)
    emit(a, LOAD, 1); emit(a, STORE, 0); emit(a, STORE, 1)
    emit(a, LOAD, 2); emit(a, PUSH, 1); emit(a, SUB); emit(a, STORE, 2)
    jump(a, JMP, TOP)
    mark(a, END)
    emit(a, LOAD, 0); emit(a, HALT)


cdef void squares_program(Asm *a, long long n, long long c, long long m) noexcept nogil:
    mark(a, TOP)
    emit(a, LOAD, 1); emit(a, PUSH, n); emit(a, LT); jump(a, JZ, END)
    emit(a, LOAD, 0); emit(a, LOAD, 1); emit(a, DUP); emit(a, MUL); emit(a, PUSH, c); emit(a, MUL)
    emit(a, ADD); emit(a, PUSH, m); emit(a, MOD); emit(a, STORE, 0)
    emit(a, LOAD, 1); emit(a, PUSH, 1); emit(a, ADD); emit(a, STORE, 1)
    jump(a, JMP, TOP)
    mark(a, END)
    emit(a, LOAD, 0); emit(a, HALT)


cdef void gcd_program(Asm *a, long long x, long long y) noexcept nogil:
    emit(a, PUSH, x); emit(a, STORE, 0); emit(a, PUSH, y); emit(a, STORE, 1)
    mark(a, TOP)
    emit(a, LOAD, 1); jump(a, JZ, END)
    emit(a, LOAD, 0); emit(a, LOAD, 1); emit(a, MOD); emit(a, LOAD, 1); emit(a, STORE, 0); emit(a, STORE, 1)
    emit(a, LOAD, 2); emit(a, PUSH, 1); emit(a, ADD); emit(a, STORE, 2)
    jump(a, JMP, TOP)
    mark(a, END)
    emit(a, LOAD, 0); emit(a, PUSH, 1000); emit(a, MUL); emit(a, LOAD, 2); emit(a, ADD); emit(a, HALT)


cdef void collatz_program(Asm *a, long long x) noexcept nogil:
    emit(a, PUSH, x); emit(a, STORE, 0)
    mark(a, TOP)
    emit(a, LOAD, 0); emit(a, PUSH, 1); emit(a, EQ); jump(a, JZ, BODY); jump(a, JMP, END)
    mark(a, BODY)
    emit(a, LOAD, 0); emit(a, PUSH, 2); emit(a, MOD); jump(a, JZ, EVEN)
    emit(a, LOAD, 0); emit(a, PUSH, 3); emit(a, MUL); emit(a, PUSH, 1); emit(a, ADD); emit(a, STORE, 0)
    jump(a, JMP, COUNT)
    mark(a, EVEN)
    emit(a, LOAD, 0); emit(a, PUSH, 2); emit(a, DIV); emit(a, STORE, 0)
    mark(a, COUNT)
    emit(a, LOAD, 1); emit(a, PUSH, 1); emit(a, ADD); emit(a, STORE, 1)
    jump(a, JMP, TOP)
    mark(a, END)
    emit(a, LOAD, 1); emit(a, HALT)


cdef void powmod_program(Asm *a, long long b, long long e, long long m) noexcept nogil:
    emit(a, PUSH, b); emit(a, STORE, 0)
    emit(a, PUSH, e); emit(a, STORE, 1)
    emit(a, PUSH, 1); emit(a, STORE, 2)
    mark(a, TOP)
    emit(a, LOAD, 1); jump(a, JZ, END)
    emit(a, LOAD, 1); emit(a, PUSH, 2); emit(a, MOD); jump(a, JZ, SKIP)
    emit(a, LOAD, 2); emit(a, LOAD, 0); emit(a, MUL); emit(a, PUSH, m); emit(a, MOD); emit(a, STORE, 2)
    mark(a, SKIP)
    emit(a, LOAD, 0); emit(a, DUP); emit(a, MUL); emit(a, PUSH, m); emit(a, MOD); emit(a, STORE, 0)
    emit(a, LOAD, 1); emit(a, PUSH, 2); emit(a, DIV); emit(a, STORE, 1)
    jump(a, JMP, TOP)
    mark(a, END)
    emit(a, LOAD, 2); emit(a, HALT)


@cython.cdivision(True)
cdef inline long long floor_div(long long a, long long b) noexcept nogil:
    cdef long long q = a // b
    if (a % b != 0) and ((a < 0) != (b < 0)):
        q -= 1
    return q


@cython.cdivision(True)
cdef inline long long floor_mod(long long a, long long b) noexcept nogil:
    cdef long long r = a % b
    if r != 0 and ((r < 0) != (b < 0)):
        r += b
    return r


cdef long long run(const Instr *code, long long *counts, long long *steps_out, int *deepest) noexcept nogil:
    cdef long long stack[STACK_SIZE]
    cdef long long slots[4]
    cdef int sp = 0, pc = 0, op
    cdef long long arg, lhs, rhs, steps = 0
    slots[0] = 0; slots[1] = 0; slots[2] = 0; slots[3] = 0
    while True:
        op = code[pc].op
        arg = code[pc].arg
        pc += 1
        steps += 1
        counts[op] += 1
        if op == PUSH:
            stack[sp] = arg
            sp += 1
        elif op == LOAD:
            stack[sp] = slots[arg]
            sp += 1
        elif op == STORE:
            sp -= 1
            slots[arg] = stack[sp]
        elif op == DUP:
            stack[sp] = stack[sp - 1]
            sp += 1
        elif op == JMP:
            pc = <int>arg
        elif op == JZ:
            sp -= 1
            if stack[sp] == 0:
                pc = <int>arg
        elif op == HALT:
            steps_out[0] += steps
            return stack[sp - 1]
        else:
            sp -= 1
            rhs = stack[sp]
            lhs = stack[sp - 1]
            if op == ADD:
                lhs = lhs + rhs
            elif op == SUB:
                lhs = lhs - rhs
            elif op == MUL:
                lhs = lhs * rhs
            elif op == MOD:
                lhs = floor_mod(lhs, rhs)
            elif op == DIV:
                lhs = floor_div(lhs, rhs)
            elif op == LT:
                lhs = lhs < rhs
            else:
                lhs = lhs == rhs
            stack[sp - 1] = lhs
        if sp > deepest[0]:
            deepest[0] = sp


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <long long>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(500, 50, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def stack_vm_bytecode_loops(int n_programs, int size, long long seed):
    """Return (checksum, first results, executions per opcode, total steps, deepest stack)."""
    cdef Asm *a = <Asm *>malloc(sizeof(Asm))
    cdef long long counts[N_OPS]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long checksum = 0, total_steps = 0, value, p, q, r
    cdef int deepest = 0, i, kind
    cdef list first = []
    if a == NULL:
        raise MemoryError()
    try:
        for i in range(N_OPS):
            counts[i] = 0
        for i in range(n_programs):
            a.n = 0
            a.nfix = 0
            kind = <int>draw(&state, 5)
            if kind == 0:
                p = draw(&state, size * 4 + 1)
                q = 1000 + draw(&state, 30000)
                fib_program(a, p, q)
            elif kind == 1:
                p = draw(&state, size * 3 + 1)
                q = 1 + draw(&state, 999)
                r = 1 + draw(&state, 1 << 15)
                squares_program(a, p, q, r)
            elif kind == 2:
                p = draw(&state, 1 << 15)
                p = 1 + p * (1 + draw(&state, size + 1))
                q = 1 + draw(&state, 1 << 15)
                gcd_program(a, p, q)
            elif kind == 3:
                collatz_program(a, 1 + draw(&state, size * 500 + 1))
            else:
                p = 2 + draw(&state, 30000)
                q = draw(&state, 1 << 15) * (size + 1)
                r = 3 + draw(&state, 1 << 15)
                powmod_program(a, p, q, r)
            finish(a)
            value = run(a.code, counts, &total_steps, &deepest)
            checksum = (checksum * 31 + value) % 1000000007
            if i < 8:
                first.append(value)
        return (checksum, first, {OP_NAMES[i]: counts[i] for i in range(HALT + 1)}, total_steps, deepest)
    finally:
        free(a)
