# cython: language_level=3
"""Brainfuck on a C byte tape with a precomputed jump table and a growable C code buffer.

Programs are generated straight into a ``cdef class`` owning a ``realloc``-grown
``char`` buffer (freed in ``__dealloc__``); brackets are matched once into an ``int``
jump array with a C stack, and the interpreter runs ``nogil`` over an
``unsigned char[4096]`` tape whose pointer wraps with a mask, hashing output bytes as
they are produced instead of collecting them.

Keywords: interpreters, brainfuck, esoteric language, bracket matching, tape machine, step budget
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    TAPE = 4096
    TAPE_MASK = 4095
    MOD = 1000000007


cdef class CodeBuffer:
    cdef char *data
    cdef int n
    cdef int cap
    cdef unsigned long long state

    def __cinit__(self, int cap):
        self.data = <char *>malloc(cap)
        self.cap = cap
        self.n = 0
        if self.data == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.data)

    cdef inline int draw(self, int k) noexcept:
        self.state = (self.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        return <int>((self.state >> 16) % <unsigned long long>k)

    cdef void put(self, char c, int times):
        cdef char *grown
        if self.n + times > self.cap:
            while self.n + times > self.cap:
                self.cap *= 2
            grown = <char *>realloc(self.data, self.cap)
            if grown == NULL:
                raise MemoryError()
            self.data = grown
        memset(self.data + self.n, c, times)
        self.n += times

    cdef void generate(self, int length, int depth, bint top):
        cdef int offset = 0, i, r, step
        for i in range(length):
            r = self.draw(16)
            if r < 4:
                self.put(b'+', 1 + self.draw(5))
            elif r < 6:
                self.put(b'-', 1 + self.draw(3))
            elif r < 8:
                step = 1 + self.draw(3)
                self.put(b'>', step)
                offset += step
            elif r < 9:
                self.put(b'<', 1)
                offset -= 1
            elif r < 11:
                self.put(b'.', 1)
            elif r < 12:
                self.put(b',', 1)
            elif r < 15 and depth > 0:
                step = 1 + self.draw(length)
                self.put(b'[', 1)
                self.generate(step, depth - 1, False)
                self.put(b'-', 1)
                self.put(b']', 1)
            elif top:
                self.put(b'[', 1)
                self.put(b'>' if self.draw(2) else b'<', 1)
                self.put(b']', 1)
        if offset > 0:
            self.put(b'<', offset)
        elif offset < 0:
            self.put(b'>', -offset)


cdef struct Stats:
    long long steps
    long long out_len
    long long out_hash
    int first[16]
    int nfirst


cdef bint run(const char *code, int n, int *jumps, int *open_at, const unsigned char *data,
              long long budget, unsigned char *tape, Stats *st) noexcept nogil:
    cdef int i, top = 0, pc = 0, ptr = 0, read = 0
    cdef long long steps = 0
    cdef char ch
    for i in range(n):
        if code[i] == b'[':
            open_at[top] = i
            top += 1
        elif code[i] == b']':
            top -= 1
            jumps[i] = open_at[top]
            jumps[open_at[top]] = i
    memset(tape, 0, TAPE)
    while pc < n and steps < budget:
        ch = code[pc]
        if ch == b'+':
            tape[ptr] += 1
        elif ch == b'-':
            tape[ptr] -= 1
        elif ch == b'>':
            ptr = (ptr + 1) & TAPE_MASK
        elif ch == b'<':
            ptr = (ptr - 1) & TAPE_MASK
        elif ch == b'.':
            st.out_len += 1
            st.out_hash = (st.out_hash * 257 + tape[ptr]) % MOD
            if st.nfirst < 16:
                st.first[st.nfirst] = tape[ptr]
                st.nfirst += 1
        elif ch == b',':
            tape[ptr] = data[read] if read < 8 else 0
            read += 1
        elif ch == b'[':
            if tape[ptr] == 0:
                pc = jumps[pc]
        elif ch == b']':
            if tape[ptr] != 0:
                pc = jumps[pc]
        pc += 1
        steps += 1
    st.steps += steps
    return pc >= n


@cython_benchmark(args=(150, 14, 3, 20000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def brainfuck_step_budget_interpreter(int n_programs, int length, int depth, long long budget, long long seed):
    """Return (halted programs, steps, output bytes, output checksum, first outputs, tape checksum)."""
    cdef CodeBuffer buf = CodeBuffer(1024)
    cdef unsigned char tape[TAPE]
    cdef unsigned char data[8]
    cdef int *jumps = NULL
    cdef int *open_at = NULL
    cdef int cap = 0, p, i
    cdef long long halted = 0, tape_hash = 0
    cdef Stats st
    st.steps = 0
    st.out_len = 0
    st.out_hash = 0
    st.nfirst = 0
    buf.state = seed & 0x7FFFFFFF
    try:
        for p in range(n_programs):
            buf.n = 0
            buf.generate(length, depth, True)
            for i in range(8):
                data[i] = <unsigned char>buf.draw(256)
            if buf.n + 1 > cap:
                cap = buf.n + 1
                free(jumps)
                free(open_at)
                jumps = <int *>malloc(cap * sizeof(int))
                open_at = <int *>malloc(cap * sizeof(int))
                if jumps == NULL or open_at == NULL:
                    raise MemoryError()
            with nogil:
                halted += run(buf.data, buf.n, jumps, open_at, data, budget, tape, &st)
                for i in range(TAPE):
                    if tape[i]:
                        tape_hash = (tape_hash + (i + 1) * <long long>tape[i]) % MOD
        return (halted, st.steps, st.out_len, st.out_hash, [st.first[i] for i in range(st.nfirst)], tape_hash)
    finally:
        free(jumps)
        free(open_at)
