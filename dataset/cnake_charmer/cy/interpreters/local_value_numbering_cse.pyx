# cython: language_level=3
"""Local value numbering with a stamped open-addressing hash table of packed C keys.

Expression keys (operator and operand value numbers, or a constant, or a variable's
initial value) are packed into one ``unsigned long long`` and stored in an
open-addressing table with linear probing; a per-block stamp invalidates every slot
at once instead of clearing the table. Constants, holders and variable bindings are
flat ``int`` arrays, operands are tagged ints (negative for variables), and both the
original and the rewritten block run on ``unsigned int`` registers masked to 16 bits.

Keywords: interpreters, value numbering, common subexpression elimination, constant folding, compiler optimisation, basic block
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    OP_ADD, OP_SUB, OP_MUL, OP_AND, OP_OR, OP_XOR, OP_MOV, KEY_CONST, KEY_INIT
    N_VARS = 16
    MASK = 0xFFFF

cdef enum:
    W_COPY, W_FOLD, W_IDENTITY, W_CSE, W_DEAD, N_KINDS

KINDS = ("copy", "fold", "identity", "cse", "dead")


cdef struct Instr:
    int dst
    int op
    int a          # operand: >= 0 constant, < 0 variable -1 - v
    int b


cdef struct Table:
    unsigned long long *keys
    int *vals
    int *stamp
    unsigned int mask
    int now
    int count
    int *const_of
    int *holder
    int var_vn[N_VARS]


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline bint commutative(int op) noexcept nogil:
    return op == OP_ADD or op == OP_MUL or op == OP_AND or op == OP_OR or op == OP_XOR


cdef inline unsigned int apply(int op, unsigned int x, unsigned int y) noexcept nogil:
    if op == OP_ADD:
        return (x + y) & MASK
    if op == OP_SUB:
        return (x - y) & MASK
    if op == OP_MUL:
        return (x * y) & MASK
    if op == OP_AND:
        return x & y
    if op == OP_OR:
        return x | y
    return x ^ y


cdef int number(Table *t, int kind, int x, int y) noexcept nogil:
    cdef unsigned long long key = (<unsigned long long>kind << 48) | (<unsigned long long>x << 24) | <unsigned long long>y
    cdef unsigned int h = <unsigned int>((key * 0x9E3779B97F4A7C15ULL) >> 40) & t.mask
    while t.stamp[h] == t.now:
        if t.keys[h] == key:
            return t.vals[h]
        h = (h + 1) & t.mask
    t.stamp[h] = t.now
    t.keys[h] = key
    t.vals[h] = t.count
    t.const_of[t.count] = x if kind == KEY_CONST else -1
    t.holder[t.count] = -1
    t.count += 1
    return t.count - 1


cdef inline bint known(Table *t, int kind, int x, int y) noexcept nogil:
    cdef unsigned long long key = (<unsigned long long>kind << 48) | (<unsigned long long>x << 24) | <unsigned long long>y
    cdef unsigned int h = <unsigned int>((key * 0x9E3779B97F4A7C15ULL) >> 40) & t.mask
    while t.stamp[h] == t.now:
        if t.keys[h] == key:
            return True
        h = (h + 1) & t.mask
    return False


cdef inline int operand_vn(Table *t, int x) noexcept nogil:
    cdef int v, vn
    if x >= 0:
        return number(t, KEY_CONST, x, 0)
    v = -1 - x
    if t.var_vn[v] < 0:
        vn = number(t, KEY_INIT, v, 0)
        t.var_vn[v] = vn
        if t.holder[vn] < 0:
            t.holder[vn] = v
    return t.var_vn[v]


cdef int identity(Table *t, int op, int va, int vb) noexcept nogil:
    cdef int ca = t.const_of[va], cb = t.const_of[vb]
    if ((op == OP_ADD or op == OP_SUB or op == OP_XOR or op == OP_OR) and cb == 0) or (op == OP_MUL and cb == 1) \
            or ((op == OP_AND or op == OP_OR) and va == vb):
        return va
    if ((op == OP_ADD or op == OP_XOR or op == OP_OR) and ca == 0) or (op == OP_MUL and ca == 1):
        return vb
    if (op == OP_MUL and (ca == 0 or cb == 0)) or ((op == OP_SUB or op == OP_XOR) and va == vb):
        return number(t, KEY_CONST, 0, 0)
    return -1


cdef bint rewrite(Table *t, const Instr *ins, Instr *out, long long *kinds) noexcept nogil:
    """Write the rewritten instruction to out; False when it is dropped."""
    cdef int va = operand_vn(t, ins.a), vb = operand_vn(t, ins.b)
    cdef int ca = t.const_of[va], cb = t.const_of[vb], vn, x, y, source = -1
    cdef bint fresh = False, has_source = False
    if ins.op == OP_MOV:
        vn = va
        kinds[W_COPY] += 1
    elif ca >= 0 and cb >= 0:
        vn = number(t, KEY_CONST, apply(ins.op, ca, cb), 0)
        kinds[W_FOLD] += 1
    else:
        vn = identity(t, ins.op, va, vb)
        if vn >= 0:
            kinds[W_IDENTITY] += 1
        else:
            x = va
            y = vb
            if commutative(ins.op) and y < x:
                x = vb
                y = va
            fresh = not known(t, ins.op, x, y)
            if not fresh:
                kinds[W_CSE] += 1
            vn = number(t, ins.op, x, y)
    if not fresh:
        if t.const_of[vn] >= 0:
            source = t.const_of[vn]
            has_source = True
        elif t.holder[vn] >= 0 and t.var_vn[t.holder[vn]] == vn:
            source = -1 - t.holder[vn]
            has_source = True
    t.var_vn[ins.dst] = vn
    t.holder[vn] = ins.dst
    if has_source and source == -1 - ins.dst:
        kinds[W_DEAD] += 1
        return False
    out.dst = ins.dst
    if has_source:
        out.op = OP_MOV
        out.a = source
        out.b = 0
    else:
        out.op = ins.op
        out.a = ins.a if ca < 0 else ca
        out.b = ins.b if cb < 0 else cb
    return True


cdef inline int gen_operand(unsigned long long *state) noexcept nogil:
    cdef int r = draw(state, 10), big
    if r < 7:
        return -1 - draw(state, N_VARS)
    big = draw(state, MASK + 1)
    r = draw(state, 4)
    return r if r < 3 else big


cdef void execute(const Instr *code, int n, unsigned int *env) noexcept nogil:
    cdef int i
    cdef unsigned int x, y
    for i in range(n):
        x = env[-1 - code[i].a] if code[i].a < 0 else <unsigned int>code[i].a
        y = env[-1 - code[i].b] if code[i].b < 0 else <unsigned int>code[i].b
        env[code[i].dst] = x if code[i].op == OP_MOV else apply(code[i].op, x, y)


@cython_benchmark(args=(360, 120, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def local_value_numbering_cse(int n_blocks, int block_len, long long seed):
    """Return (rewrites per kind, instructions kept, value numbers, code checksum, state checksum, agree)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef unsigned int size = 64
    cdef Table t
    cdef Instr *block = <Instr *>malloc((block_len + 1) * sizeof(Instr))
    cdef Instr *opt = <Instr *>malloc((block_len + 1) * sizeof(Instr))
    cdef unsigned int inputs[N_VARS]
    cdef unsigned int before[N_VARS]
    cdef unsigned int after[N_VARS]
    cdef long long kinds[N_KINDS]
    cdef long long kept = 0, numbers = 0, code_hash = 0, state_hash = 0, part
    cdef int b, i, j, n_opt, pick, tmp, nparts
    cdef int parts[3]
    cdef bint agree = True
    while size < 4 * (3 * <unsigned int>block_len + N_VARS + 4):
        size *= 2
    t.keys = <unsigned long long *>malloc(size * sizeof(unsigned long long))
    t.vals = <int *>malloc(size * sizeof(int))
    t.stamp = <int *>calloc(size, sizeof(int))
    t.const_of = <int *>malloc(size * sizeof(int))
    t.holder = <int *>malloc(size * sizeof(int))
    t.mask = size - 1
    t.now = 0
    try:
        if block == NULL or opt == NULL or t.keys == NULL or t.vals == NULL or t.stamp == NULL \
                or t.const_of == NULL or t.holder == NULL:
            raise MemoryError()
        with nogil:
            for i in range(N_KINDS):
                kinds[i] = 0
            for b in range(n_blocks):
                for i in range(block_len):
                    block[i].dst = draw(&state, N_VARS)
                    if i > 0 and draw(&state, 10) < 3:
                        pick = draw(&state, i)
                        block[i].op = block[pick].op
                        block[i].a = block[pick].a
                        block[i].b = block[pick].b
                        if commutative(block[i].op) and draw(&state, 2):
                            tmp = block[i].a
                            block[i].a = block[i].b
                            block[i].b = tmp
                    else:
                        block[i].op = draw(&state, 7)
                        block[i].a = gen_operand(&state)
                        block[i].b = gen_operand(&state)
                t.now += 1
                t.count = 0
                for i in range(N_VARS):
                    t.var_vn[i] = -1
                n_opt = 0
                for i in range(block_len):
                    if rewrite(&t, &block[i], &opt[n_opt], kinds):
                        n_opt += 1
                kept += n_opt
                numbers += t.count
                for i in range(n_opt):
                    parts[0] = -1 - opt[i].dst
                    parts[1] = opt[i].a
                    parts[2] = opt[i].b
                    for j in range(3):
                        part = parts[j] if parts[j] >= 0 else (-1 - parts[j]) + 70000
                        code_hash = (code_hash * 131 + part) % 1000000007
                    code_hash = (code_hash * 7 + opt[i].op) % 1000000007
                for i in range(N_VARS):
                    inputs[i] = draw(&state, MASK + 1)
                    before[i] = inputs[i]
                    after[i] = inputs[i]
                execute(block, block_len, before)
                execute(opt, n_opt, after)
                for i in range(N_VARS):
                    if before[i] != after[i]:
                        agree = False
                    state_hash = (state_hash * 65537 + after[i]) % 1000000007
        return ({KINDS[i]: kinds[i] for i in range(N_KINDS)}, kept, numbers, code_hash, state_hash, agree)
    finally:
        free(block); free(opt); free(t.keys); free(t.vals); free(t.stamp); free(t.const_of); free(t.holder)
