# cython: language_level=3
"""Wallace-tree multiplier netlist: column compression with full/half adders, then simulation.

The netlist is built once with a small cdef class (the construction is tiny); the
simulation, which dominates, packs every gate into one ``int`` instruction word
(opcode in the low two bits, operands above) in a malloc'd program and runs it over
an ``unsigned char`` value array per operand pair under ``nogil``, with the output
bit positions in a C array.

Keywords: logic circuits, multiplier, Wallace tree, carry-save, full adder, half adder, partial products, arithmetic circuits
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    G_AND = 0
    G_OR = 1
    G_XOR = 2


cdef class Net:
    cdef int ninputs
    cdef list ops, level

    def __init__(self, int ninputs):
        self.ninputs = ninputs
        self.ops = []
        self.level = [0] * ninputs

    cdef int gate(self, int op, int x, int y):
        self.ops.append((op, x, y))
        self.level.append(max(<int>self.level[x], <int>self.level[y]) + 1)
        return self.ninputs + len(self.ops) - 1

    cdef tuple fa(self, int a, int b, int c):
        cdef int t = self.gate(G_XOR, a, b)
        cdef int s = self.gate(G_XOR, t, c)
        return s, self.gate(G_OR, self.gate(G_AND, a, b), self.gate(G_AND, t, c))

    cdef tuple ha(self, int a, int b):
        return self.gate(G_XOR, a, b), self.gate(G_AND, a, b)


cdef void run(long long *prog, int ngates, int ninputs, int *outs, int nout, unsigned char *v,
              unsigned long long *state, int width, int samples, long long *mismatches, long long *checksum) noexcept nogil:
    cdef int k, i, smp
    cdef long long ins, product
    cdef unsigned long long a, b
    for smp in range(samples):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state[0] >> 16) % (1ULL << width)
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        b = (state[0] >> 16) % (1ULL << width)
        for i in range(width):
            v[i] = (a >> i) & 1
            v[width + i] = (b >> i) & 1
        for k in range(ngates):
            ins = prog[k]
            if (ins & 3) == G_AND:
                v[ninputs + k] = v[(ins >> 2) & 0x3FFFFFFF] & v[ins >> 32]
            elif (ins & 3) == G_OR:
                v[ninputs + k] = v[(ins >> 2) & 0x3FFFFFFF] | v[ins >> 32]
            else:
                v[ninputs + k] = v[(ins >> 2) & 0x3FFFFFFF] ^ v[ins >> 32]
        product = 0
        for k in range(nout):
            if outs[k] >= 0:
                product |= <long long>v[outs[k]] << k
        if product != <long long>(a * b):
            mismatches[0] += 1
        checksum[0] = (checksum[0] * 1000003 + product) % 998244353


@cython_benchmark(args=(10, 6000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wallace_tree_multiplier_netlist(int width, int samples, long long seed):
    """Return (stages, full adders, half adders, gates, depth, mismatches, product checksum)."""
    if not 1 <= width <= 15:
        raise ValueError("width must be in 1..15")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Net net = Net(2 * width)
    cdef int i, j, w, k, stages = 0, fulls = 0, halves = 0, ngates, nout
    cdef list columns = [[] for _ in range(2 * width)]
    cdef list nxt, col, bits
    for i in range(width):
        for j in range(width):
            columns[i + j].append(net.gate(G_AND, i, width + j))
    while any([len(c) > 2 for c in columns]):
        stages += 1
        nxt = [[] for _ in range(2 * width + 1)]
        for w in range(2 * width):
            col = columns[w]
            k = 0
            while len(col) - k >= 3:
                s, c = net.fa(col[k], col[k + 1], col[k + 2])
                nxt[w].append(s)
                nxt[w + 1].append(c)
                fulls += 1
                k += 3
            if len(col) - k == 2:
                s, c = net.ha(col[k], col[k + 1])
                nxt[w].append(s)
                nxt[w + 1].append(c)
                halves += 1
            elif len(col) - k == 1:
                nxt[w].append(col[k])
        columns = nxt[:2 * width]
    outputs = []
    carry = None
    for col in columns:
        bits = col + ([carry] if carry is not None else [])
        if not bits:
            outputs.append(-1)
            carry = None
        elif len(bits) == 1:
            outputs.append(bits[0])
            carry = None
        elif len(bits) == 2:
            s, carry = net.ha(bits[0], bits[1])
            outputs.append(s)
        else:
            s, carry = net.fa(bits[0], bits[1], bits[2])
            outputs.append(s)
    depth = max([net.level[o] for o in outputs if o >= 0], default=0)
    ngates = len(net.ops)
    nout = len(outputs)
    cdef long long *prog = <long long *>malloc((ngates + 1) * sizeof(long long))
    cdef int *outs = <int *>malloc((nout + 1) * sizeof(int))
    cdef unsigned char *v = <unsigned char *>malloc(2 * width + ngates + 1)
    cdef long long mismatches = 0, checksum = 0
    try:
        for k in range(ngates):
            op, x, y = net.ops[k]
            prog[k] = <long long>op | (<long long>x << 2) | (<long long>y << 32)
        for k in range(nout):
            outs[k] = outputs[k]
        with nogil:
            run(prog, ngates, 2 * width, outs, nout, v, &state, width, samples, &mismatches, &checksum)
    finally:
        free(prog); free(outs); free(v)
    return (stages, fulls, halves, ngates, depth, mismatches, checksum)
