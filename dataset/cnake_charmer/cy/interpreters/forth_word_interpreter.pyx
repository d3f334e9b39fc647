# cython: language_level=3
"""Forth compiled to flat C threaded code and run by a ``cdef class`` VM without recursion.

The program text is tokenised over its bytes; every colon definition and the main line
are compiled into one ``int`` code space of (opcode, argument) cells with absolute
branch targets, and calls push return addresses on an explicit C call stack instead of
recursing. The ``ForthVM`` extension type owns its data, loop and call stacks
(``__cinit__``/``__dealloc__``) and its inner interpreter is a ``nogil`` cdef method.

Keywords: interpreters, forth, threaded code, stack machine, colon definitions, outer interpreter
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    OP_LIT, OP_PRIM, OP_CALL, OP_JZ, OP_JMP, OP_DO, OP_LOOP, OP_INDEX, OP_EMIT, OP_RET, OP_END

cdef enum:
    P_ADD, P_SUB, P_MUL, P_MOD, P_XOR, P_LT, P_ZEQ, P_DUP, P_DROP, P_SWAP, P_OVER, P_ROT, N_PRIMS

cdef enum:
    STACK_CAP = 4096
    MAX_WORDS = 4096

PRIM_NAMES = ("+", "-", "*", "mod", "xor", "<", "0=", "dup", "drop", "swap", "over", "rot")
CONTROL = {"if": 0, "else": 1, "then": 2, "do": 3, "loop": 4, "begin": 5, "until": 6, ".": 7, "i": 8}


cdef inline long long floor_mod(long long a, long long b) noexcept nogil:
    cdef long long r = a % b
    if r != 0 and ((r < 0) != (b < 0)):
        r += b
    return r


cdef class ForthVM:
    cdef int *code
    cdef int ncode
    cdef int cap
    cdef int word_addr[MAX_WORDS]
    cdef long long *stack
    cdef long long *rstack
    cdef int *cstack
    cdef long long prims[N_PRIMS]
    cdef long long calls
    cdef int deepest
    cdef int rdeepest
    cdef long long checksum
    cdef list first

    def __cinit__(self, int cap):
        self.cap = cap
        self.code = <int *>malloc(cap * sizeof(int))
        self.stack = <long long *>malloc(STACK_CAP * sizeof(long long))
        self.rstack = <long long *>malloc(STACK_CAP * sizeof(long long))
        self.cstack = <int *>malloc(STACK_CAP * sizeof(int))
        if self.code == NULL or self.stack == NULL or self.rstack == NULL or self.cstack == NULL:
            raise MemoryError()
        self.ncode = 0
        self.first = []

    def __dealloc__(self):
        free(self.code)
        free(self.stack)
        free(self.rstack)
        free(self.cstack)

    cdef inline void put(self, int op, int arg):
        self.code[self.ncode] = op
        self.code[self.ncode + 1] = arg
        self.ncode += 2

    cdef int compile(self, list tokens, dict prims, int finish):
        """Compile tokens at the end of the code space; returns the start address."""
        cdef int start = self.ncode, at, k
        cdef list pending = []
        cdef str tok
        for tok in tokens:
            if tok in prims:
                self.put(OP_PRIM, prims[tok])
            elif tok[0] == "w":
                self.put(OP_CALL, self.word_addr[int(tok[1:])])
            elif tok in CONTROL:
                k = CONTROL[tok]
                if k == 0:
                    pending.append(self.ncode)
                    self.put(OP_JZ, -1)
                elif k == 1:
                    at = pending.pop()
                    pending.append(self.ncode)
                    self.put(OP_JMP, -1)
                    self.code[at + 1] = self.ncode
                elif k == 2:
                    self.code[<int>pending.pop() + 1] = self.ncode
                elif k == 3:
                    self.put(OP_DO, 0)
                    pending.append(self.ncode)
                elif k == 4:
                    self.put(OP_LOOP, pending.pop())
                elif k == 5:
                    pending.append(self.ncode)
                elif k == 6:
                    self.put(OP_JZ, pending.pop())
                elif k == 7:
                    self.put(OP_EMIT, 0)
                else:
                    self.put(OP_INDEX, 0)
            else:
                self.put(OP_LIT, int(tok))
        self.put(finish, 0)
        return start

    cdef void run(self, int pc) noexcept nogil:
        cdef long long *s = self.stack
        cdef long long *r = self.rstack
        cdef int sp = 0, rp = 0, cp = 0, op, arg, nfirst = 0
        cdef long long b, t
        cdef const int *code = self.code
        while True:
            op = code[pc]
            arg = code[pc + 1]
            pc += 2
            if op == OP_PRIM:
                self.prims[arg] += 1
                if arg == P_ADD:
                    sp -= 1
                    s[sp - 1] += s[sp]
                elif arg == P_SUB:
                    sp -= 1
                    s[sp - 1] -= s[sp]
                elif arg == P_MUL:
                    sp -= 1
                    s[sp - 1] *= s[sp]
                elif arg == P_MOD:
                    sp -= 1
                    s[sp - 1] = floor_mod(s[sp - 1], s[sp])
                elif arg == P_XOR:
                    sp -= 1
                    s[sp - 1] ^= s[sp]
                elif arg == P_LT:
                    sp -= 1
                    s[sp - 1] = -1 if s[sp - 1] < s[sp] else 0
                elif arg == P_ZEQ:
                    s[sp - 1] = -1 if s[sp - 1] == 0 else 0
                elif arg == P_DUP:
                    s[sp] = s[sp - 1]
                    sp += 1
                elif arg == P_DROP:
                    sp -= 1
                elif arg == P_SWAP:
                    t = s[sp - 1]
                    s[sp - 1] = s[sp - 2]
                    s[sp - 2] = t
                elif arg == P_OVER:
                    s[sp] = s[sp - 2]
                    sp += 1
                else:
                    t = s[sp - 3]
                    s[sp - 3] = s[sp - 2]
                    s[sp - 2] = s[sp - 1]
                    s[sp - 1] = t
            elif op == OP_LIT:
                s[sp] = arg
                sp += 1
            elif op == OP_CALL:
                self.calls += 1
                self.cstack[cp] = pc
                cp += 1
                pc = arg
            elif op == OP_RET:
                cp -= 1
                pc = self.cstack[cp]
            elif op == OP_JZ:
                sp -= 1
                if s[sp] == 0:
                    pc = arg
            elif op == OP_JMP:
                pc = arg
            elif op == OP_DO:
                r[rp] = s[sp - 2]
                r[rp + 1] = s[sp - 1]
                rp += 2
                sp -= 2
                if rp > self.rdeepest:
                    self.rdeepest = rp
            elif op == OP_LOOP:
                r[rp - 1] += 1
                if r[rp - 1] < r[rp - 2]:
                    pc = arg
                else:
                    rp -= 2
            elif op == OP_INDEX:
                s[sp] = r[rp - 1]
                sp += 1
            elif op == OP_EMIT:
                sp -= 1
                self.checksum = floor_mod(self.checksum * 65599 + s[sp], 1000000007)
                if nfirst < 8:
                    nfirst += 1
                    with gil:
                        self.first.append(s[sp])
            else:
                return
            if sp > self.deepest:
                self.deepest = sp


cdef class Draw:
    cdef unsigned long long state

    cdef inline int next(self, int k) noexcept:
        self.state = (self.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        return <int>((self.state >> 16) % <unsigned long long>k)


cdef str element(Draw d, int w):
    cdef int r = d.next(10)
    cdef str core
    if r == 0:
        core = f"{d.next(100)} +"
    elif r == 1:
        core = f"{1 + d.next(50)} *"
    elif r == 2:
        core = "dup dup * swap drop"
    elif r == 3:
        core = f"{d.next(1 << 12)} xor"
    elif r == 4:
        core = f"dup {d.next(40000)} < if {d.next(90)} + else {2 + d.next(5)} * then"
    elif r == 5:
        core = f"{1 + d.next(12)} 0 do i + loop"
    elif r == 6:
        core = f"begin 1 - dup {2 + d.next(15)} mod 0= until"
    elif r == 7 and w > 0:
        core = f"{1 + d.next(2)} 0 do w{d.next(w)} loop"
    elif r == 8 and w > 0:
        core = f"w{d.next(w)}"
    else:
        core = f"dup {d.next(30)} over - rot + + dup drop"
    return core + " 65521 mod"


@cython_benchmark(args=(14, 4000, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def forth_word_interpreter(int n_words, int n_calls, long long seed):
    """Return (output checksum, first outputs, primitive counts, calls, deepest stack, deepest return stack)."""
    cdef Draw d = Draw()
    cdef list definitions = []
    cdef list main = []
    cdef int w, k, size = 8
    d.state = seed & 0x7FFFFFFF
    for w in range(n_words):
        definitions.append(" ".join([element(d, w) for k in range(2 + d.next(4))]).split())
    if n_words:
        for k in range(n_calls):
            main.append(str(d.next(1000)))
            main.append(f"w{d.next(n_words)}")
            main.append(".")
    for tokens in definitions:
        size += 2 * len(tokens) + 2
    size += 2 * len(main) + 2
    cdef ForthVM vm = ForthVM(size)
    cdef dict prims = {name: k for k, name in enumerate(PRIM_NAMES)}
    for k in range(N_PRIMS):
        vm.prims[k] = 0
    vm.calls = 0
    vm.deepest = 0
    vm.rdeepest = 0
    vm.checksum = 0
    for w in range(n_words):
        vm.word_addr[w] = vm.compile(definitions[w], prims, OP_RET)
    vm.run(vm.compile(main, prims, OP_END))
    return (vm.checksum, vm.first, {PRIM_NAMES[k]: vm.prims[k] for k in range(N_PRIMS)}, vm.calls, vm.deepest, vm.rdeepest)
