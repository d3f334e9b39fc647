# cython: language_level=3
"""Majority-inverter graph construction with structural hashing, then bit-parallel simulation.

Fanin triples live in a flat ``int`` array and the structural hash is an
open-addressing table of node ids (linear probing, grown at half load) owned by a
cdef class; operands are sorted with a three-element compare-swap network. Simulation
evaluates every majority node on ``uint64_t`` words with complement masks inside a
``nogil`` loop.

Keywords: logic circuits, majority-inverter graph, MIG, structural hashing, logic synthesis, bit-parallel simulation, self-duality
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.stdint cimport uint64_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void sort3(int *a, int *b, int *c) noexcept nogil:
    cdef int t
    if a[0] > b[0]:
        t = a[0]; a[0] = b[0]; b[0] = t
    if b[0] > c[0]:
        t = b[0]; b[0] = c[0]; c[0] = t
    if a[0] > b[0]:
        t = a[0]; a[0] = b[0]; b[0] = t


cdef class Graph:
    cdef int *fan
    cdef int count, cap
    cdef int *table
    cdef uint32_t tmask
    cdef long long hits, simplified

    def __cinit__(self, int ninputs):
        self.cap = ninputs + 1024
        self.count = ninputs + 1
        self.fan = <int *>malloc(3 * self.cap * sizeof(int))
        self.tmask = 4095
        self.table = <int *>malloc((self.tmask + 1) * sizeof(int))
        if self.fan == NULL or self.table == NULL:
            raise MemoryError()
        cdef uint32_t i
        for i in range(self.tmask + 1):
            self.table[i] = -1
        self.hits = 0
        self.simplified = 0

    def __dealloc__(self):
        free(self.fan)
        free(self.table)

    cdef inline uint32_t slot_of(self, int a, int b, int c):
        cdef uint32_t h = (<uint32_t>a * 0x9E3779B1u) ^ (<uint32_t>b * 0x85EBCA77u) ^ (<uint32_t>c * 0xC2B2AE3Du)
        return (h ^ (h >> 15)) & self.tmask

    cdef void grow(self):
        cdef int *old = self.table
        cdef uint32_t oldmask = self.tmask, i, s
        cdef int n
        self.tmask = oldmask * 2 + 1
        self.table = <int *>malloc((self.tmask + 1) * sizeof(int))
        for i in range(self.tmask + 1):
            self.table[i] = -1
        for i in range(oldmask + 1):
            n = old[i]
            if n >= 0:
                s = self.slot_of(self.fan[3 * n], self.fan[3 * n + 1], self.fan[3 * n + 2])
                while self.table[s] >= 0:
                    s = (s + 1) & self.tmask
                self.table[s] = n
        free(old)

    cdef int maj(self, int a, int b, int c):
        sort3(&a, &b, &c)
        if a == b or b == c:
            self.simplified += 1
            return b
        if (a ^ 1) == b:
            self.simplified += 1
            return c
        if (b ^ 1) == c:
            self.simplified += 1
            return a
        cdef int negate = 0, n
        if (a & 1) + (b & 1) + (c & 1) >= 2:
            a ^= 1; b ^= 1; c ^= 1
            sort3(&a, &b, &c)
            negate = 1
        cdef uint32_t s = self.slot_of(a, b, c)
        while True:
            n = self.table[s]
            if n < 0:
                break
            if self.fan[3 * n] == a and self.fan[3 * n + 1] == b and self.fan[3 * n + 2] == c:
                self.hits += 1
                return 2 * n + negate
            s = (s + 1) & self.tmask
        if self.count == self.cap:
            self.cap *= 2
            self.fan = <int *>realloc(self.fan, 3 * self.cap * sizeof(int))
        n = self.count
        self.count += 1
        self.fan[3 * n] = a; self.fan[3 * n + 1] = b; self.fan[3 * n + 2] = c
        self.table[s] = n
        if <uint32_t>self.count * 2 > self.tmask:
            self.grow()
        return 2 * n + negate


cdef inline uint64_t lit_word(uint64_t *value, int lit) noexcept nogil:
    return value[lit >> 1] ^ (0xFFFFFFFFFFFFFFFFULL if lit & 1 else 0)


@cython_benchmark(args=(16, 40000, 6, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def majority_inverter_graph_strash(int ninputs, int requests, int words, long long seed):
    """Return (majority nodes, hash hits, simplifications, output signature checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Graph g = Graph(ninputs)
    cdef int nlits = ninputs if ninputs > 0 else 1
    cdef int *lits = <int *>malloc((nlits + requests + 1) * sizeof(int))
    cdef uint64_t *value = NULL
    cdef int i, k, window, kind, lit, node, nout, w
    cdef int pick[3]
    cdef uint64_t wide = <uint64_t>((seed * 0x9E3779B97F4A7C15 + 7) & 0xFFFFFFFFFFFFFFFF), x, y, z
    cdef long long checksum = 0
    try:
        if ninputs == 0:
            lits[0] = 0
        for i in range(ninputs):
            lits[i] = 2 * (i + 1)
        for i in range(requests):
            window = nlits if nlits < 40 else 40
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                lit = lits[nlits - 1 - <int>((state >> 16) % window)]
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pick[k] = lit ^ <int>((state >> 16) % 2)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = <int>((state >> 16) % 4)
            if kind == 0:
                lit = g.maj(pick[0], pick[1], 0)
            elif kind == 1:
                lit = g.maj(pick[0], pick[1], 1)
            else:
                lit = g.maj(pick[0], pick[1], pick[2])
            lits[nlits] = lit
            nlits += 1
        nout = nlits if nlits < 8 else 8
        value = <uint64_t *>malloc(g.count * sizeof(uint64_t))
        value[0] = 0
        for w in range(words):
            with nogil:
                for i in range(1, ninputs + 1):
                    wide = wide * 6364136223846793005ULL + 1442695040888963407ULL
                    value[i] = (wide >> 32) | (wide & 0xFFFFFFFF00000000ULL)
                for node in range(ninputs + 1, g.count):
                    x = lit_word(value, g.fan[3 * node])
                    y = lit_word(value, g.fan[3 * node + 1])
                    z = lit_word(value, g.fan[3 * node + 2])
                    value[node] = (x & y) | (x & z) | (y & z)
            for k in range(nlits - nout, nlits):
                checksum = (checksum * 1000003 + <long long>(lit_word(value, lits[k]) % 998244353)) % 998244353
    finally:
        free(lits)
        free(value)
    return (g.count - ninputs - 1, g.hits, g.simplified, checksum)
