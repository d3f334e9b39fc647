# cython: language_level=3
"""Ripple-carry, Kogge-Stone and Sklansky adder netlists verified exhaustively.

The netlists are built once (tiny), then flattened into C arrays of opcodes and
operand indices and simulated bit-sliced: each ``uint64_t`` signal word carries 64
consecutive input combinations, so one pass over the gates checks 64 additions; sums
are then unpacked bit by bit and compared with integer addition, all under ``nogil``.

Keywords: logic circuits, adder, ripple carry, carry lookahead, Kogge-Stone, Sklansky, parallel prefix, exhaustive verification
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    OP_AND = 0
    OP_OR = 1
    OP_XOR = 2


cdef class Builder:
    cdef public int ninputs
    cdef public list ops, xs, ys, depth, outputs

    def __init__(self, int width):
        self.ninputs = 2 * width + 1
        self.ops = []
        self.xs = []
        self.ys = []
        self.depth = [0] * self.ninputs
        self.outputs = []

    cdef int add(self, int op, int x, int y):
        self.ops.append(op)
        self.xs.append(x)
        self.ys.append(y)
        self.depth.append(1 + max(<int>self.depth[x], <int>self.depth[y]))
        return self.ninputs + len(self.ops) - 1


cdef Builder build(int kind, int width):
    cdef Builder net = Builder(width)
    cdef int cin = 2 * width, i, j, d, block
    cdef list p = [net.add(OP_XOR, i, width + i) for i in range(width)]
    cdef list g = [net.add(OP_AND, i, width + i) for i in range(width)]
    cdef list G, P, carry, nG, nP
    if kind == 0:
        carry = [cin]
        for i in range(width):
            carry.append(net.add(OP_OR, g[i], net.add(OP_AND, p[i], carry[i])))
    else:
        G = g[:]
        P = p[:]
        if width:
            G[0] = net.add(OP_OR, g[0], net.add(OP_AND, p[0], cin))
        if kind == 1:
            d = 1
            while d < width:
                nG = G[:]
                nP = P[:]
                for i in range(d, width):
                    nG[i] = net.add(OP_OR, G[i], net.add(OP_AND, P[i], G[i - d]))
                    nP[i] = net.add(OP_AND, P[i], P[i - d])
                G = nG
                P = nP
                d *= 2
        else:
            block = 1
            while block < width:
                for i in range(width):
                    if (i // block) % 2 == 1:
                        j = (i // block) * block - 1
                        G[i] = net.add(OP_OR, G[i], net.add(OP_AND, P[i], G[j]))
                        P[i] = net.add(OP_AND, P[i], P[j])
                block *= 2
        carry = [cin] + G
    net.outputs = [net.add(OP_XOR, p[i], carry[i]) for i in range(width)] + [carry[width]]
    return net


cdef void check(int *op, int *xs, int *ys, int ngates, int *outs, int nout, int width,
                uint64_t *v, long long *mismatches, long long *checksum) noexcept nogil:
    cdef int ninputs = 2 * width + 1, i, k, j, lanes
    cdef long long ncodes = 1LL << ninputs, base, code, total, expect
    cdef long long mask = (1LL << width) - 1
    cdef uint64_t word
    base = 0
    while base < ncodes:
        lanes = 64 if ncodes - base >= 64 else <int>(ncodes - base)
        for i in range(ninputs):
            word = 0
            for j in range(lanes):
                word |= <uint64_t>(((base + j) >> i) & 1) << j
            v[i] = word
        for k in range(ngates):
            if op[k] == OP_AND:
                v[ninputs + k] = v[xs[k]] & v[ys[k]]
            elif op[k] == OP_OR:
                v[ninputs + k] = v[xs[k]] | v[ys[k]]
            else:
                v[ninputs + k] = v[xs[k]] ^ v[ys[k]]
        for j in range(lanes):
            code = base + j
            total = 0
            for k in range(nout):
                total |= <long long>((v[outs[k]] >> j) & 1) << k
            expect = (code & mask) + ((code >> width) & mask) + (code >> (2 * width))
            if total != expect:
                mismatches[0] += 1
            checksum[0] = (checksum[0] + total * (code + 1)) % 1000000007
        base += 64


@cython_benchmark(args=(6,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def prefix_adder_exhaustive_check(int width):
    """Return {architecture: (gates, depth, mismatches, sum checksum)}."""
    report = {}
    cdef Builder net
    cdef int kind, k, ngates, nout
    cdef long long mismatches, checksum
    cdef int *op
    cdef int *xs
    cdef int *ys
    cdef int *outs
    cdef uint64_t *v
    for kind, name in enumerate(("ripple", "kogge_stone", "sklansky")):
        net = build(kind, width)
        ngates = len(net.ops)
        nout = len(net.outputs)
        op = <int *>malloc((ngates + 1) * sizeof(int))
        xs = <int *>malloc((ngates + 1) * sizeof(int))
        ys = <int *>malloc((ngates + 1) * sizeof(int))
        outs = <int *>malloc((nout + 1) * sizeof(int))
        v = <uint64_t *>malloc((net.ninputs + ngates + 1) * sizeof(uint64_t))
        try:
            for k in range(ngates):
                op[k] = net.ops[k]
                xs[k] = net.xs[k]
                ys[k] = net.ys[k]
            for k in range(nout):
                outs[k] = net.outputs[k]
            mismatches = 0
            checksum = 0
            with nogil:
                check(op, xs, ys, ngates, outs, nout, width, v, &mismatches, &checksum)
        finally:
            free(op); free(xs); free(ys); free(outs); free(v)
        depth = max([net.depth[s] for s in net.outputs], default=0)
        report[name] = (ngates, depth, mismatches, checksum)
    return report
