# cython: language_level=3
"""Reduced ordered BDDs of random 3-CNF formulas, built with apply and model-counted.

The node store is a cdef class owning flat malloc'd var/lo/hi arrays; hash-consing
uses an open-addressing unique table of node ids (linear probing, doubled on load),
and apply's computed table is a lossy direct-mapped cache stamped with a generation
counter, so clearing it is O(1). Model counts are uint64 arrays filled bottom-up
over node ids (children always have smaller ids than parents).

Keywords: logic circuits, BDD, ROBDD, unique table, apply, model counting, hash consing, 3-SAT
"""

import cython
from libc.stdlib cimport malloc, realloc, calloc, free
from libc.stdint cimport uint64_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    OP_AND = 0
    OP_OR = 1
    OP_XOR = 2
    CACHE_BITS = 16


cdef struct CacheEntry:
    int a
    int b
    int op
    int result
    unsigned int stamp


cdef inline uint32_t mix3(int v, int lo, int hi) noexcept nogil:
    cdef uint32_t h = <uint32_t>v * 2654435761u
    h ^= <uint32_t>lo * 40503u + (h >> 15)
    h ^= <uint32_t>hi * 2246822519u + (h >> 13)
    return h ^ (h >> 16)


cdef class NodeStore:
    cdef int nvars, count, cap
    cdef int *var
    cdef int *lo
    cdef int *hi
    cdef int *table
    cdef int tmask
    cdef CacheEntry *cache
    cdef unsigned int stamp

    def __cinit__(self, int nvars):
        self.nvars = nvars
        self.cap = 1024
        self.count = 2
        self.var = <int *>malloc(self.cap * sizeof(int))
        self.lo = <int *>malloc(self.cap * sizeof(int))
        self.hi = <int *>malloc(self.cap * sizeof(int))
        self.tmask = 2047
        self.table = <int *>malloc((self.tmask + 1) * sizeof(int))
        self.cache = <CacheEntry *>calloc(1 << CACHE_BITS, sizeof(CacheEntry))
        if not self.var or not self.lo or not self.hi or not self.table or not self.cache:
            raise MemoryError()
        cdef int i
        for i in range(self.tmask + 1):
            self.table[i] = -1
        self.var[0] = nvars; self.lo[0] = 0; self.hi[0] = 0
        self.var[1] = nvars; self.lo[1] = 1; self.hi[1] = 1
        self.stamp = 1

    def __dealloc__(self):
        free(self.var); free(self.lo); free(self.hi); free(self.table); free(self.cache)

    cdef void rehash(self):
        cdef int newmask = self.tmask * 2 + 1, i, u, slot
        cdef int *t = <int *>malloc((newmask + 1) * sizeof(int))
        for i in range(newmask + 1):
            t[i] = -1
        for u in range(2, self.count):
            slot = mix3(self.var[u], self.lo[u], self.hi[u]) & newmask
            while t[slot] != -1:
                slot = (slot + 1) & newmask
            t[slot] = u
        free(self.table)
        self.table = t
        self.tmask = newmask

    cdef int mk(self, int v, int l, int h):
        if l == h:
            return l
        cdef int slot = mix3(v, l, h) & self.tmask, u
        while True:
            u = self.table[slot]
            if u == -1:
                break
            if self.var[u] == v and self.lo[u] == l and self.hi[u] == h:
                return u
            slot = (slot + 1) & self.tmask
        if self.count == self.cap:
            self.cap *= 2
            self.var = <int *>realloc(self.var, self.cap * sizeof(int))
            self.lo = <int *>realloc(self.lo, self.cap * sizeof(int))
            self.hi = <int *>realloc(self.hi, self.cap * sizeof(int))
        u = self.count
        self.count += 1
        self.var[u] = v; self.lo[u] = l; self.hi[u] = h
        self.table[slot] = u
        if self.count * 2 > self.tmask:
            self.rehash()
        return u

    cdef int apply(self, int op, int a, int b):
        cdef int t
        if op == OP_AND:
            if a == 0 or b == 0:
                return 0
            if a == 1 or a == b:
                return b
            if b == 1:
                return a
        elif op == OP_OR:
            if a == 1 or b == 1:
                return 1
            if a == 0 or a == b:
                return b
            if b == 0:
                return a
        else:
            if a == b:
                return 0
            if a == 0:
                return b
            if b == 0:
                return a
        if a > b:
            t = a; a = b; b = t
        cdef uint32_t slot = (mix3(op, a, b) >> 3) & ((1 << CACHE_BITS) - 1)
        cdef CacheEntry *e = &self.cache[slot]
        if e.stamp == self.stamp and e.a == a and e.b == b and e.op == op:
            return e.result
        cdef int va = self.var[a], vb = self.var[b]
        cdef int v = va if va < vb else vb
        cdef int a0 = a, a1 = a, b0 = b, b1 = b
        if va == v:
            a0 = self.lo[a]; a1 = self.hi[a]
        if vb == v:
            b0 = self.lo[b]; b1 = self.hi[b]
        cdef int r0 = self.apply(op, a0, b0)
        cdef int r1 = self.apply(op, a1, b1)
        cdef int r = self.mk(v, r0, r1)
        e = &self.cache[slot]
        e.stamp = self.stamp; e.a = a; e.b = b; e.op = op; e.result = r
        return r

    cdef int size(self, int root):
        cdef char *seen = <char *>calloc(self.count, 1)
        cdef int *stack = <int *>malloc((2 * self.count + 2) * sizeof(int))
        cdef int top = 0, u, n = 0
        stack[top] = root; top += 1
        while top > 0:
            top -= 1
            u = stack[top]
            if seen[u]:
                continue
            seen[u] = 1
            n += 1
            if u > 1:
                stack[top] = self.lo[u]; stack[top + 1] = self.hi[u]; top += 2
        free(seen); free(stack)
        return n

    cdef uint64_t models(self, int root):
        cdef uint64_t *c = <uint64_t *>malloc((root + 1) * sizeof(uint64_t))
        cdef int u, l, h, v
        c[0] = 0
        if root >= 1:
            c[1] = 1
        for u in range(2, root + 1):
            v = self.var[u]; l = self.lo[u]; h = self.hi[u]
            c[u] = (c[l] << (self.var[l] - v - 1)) + (c[h] << (self.var[h] - v - 1))
        cdef uint64_t r = c[root] << self.var[root]
        free(c)
        return r


@cython_benchmark(args=(26, 95, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def robdd_apply_model_count(int nvars, int nclauses, long long seed):
    """Return (models of F, models of F xor parity, |F|, |F xor parity|, nodes created)."""
    if nvars > 62:
        raise ValueError("nvars must be at most 62")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef NodeStore bdd = NodeStore(nvars)
    cdef int formula = 1, clause, parity = 0, mixed, i, j, k, v, width = 3 if nvars >= 3 else nvars
    cdef int chosen[3]
    cdef bint pos, dup
    if nvars > 0:
        for i in range(nclauses):
            k = 0
            while k < width:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v = <int>((state >> 16) % nvars)
                dup = False
                for j in range(k):
                    if chosen[j] == v:
                        dup = True
                if not dup:
                    chosen[k] = v
                    k += 1
            clause = 0
            for j in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pos = (state >> 16) % 2 == 1
                clause = bdd.apply(OP_OR, clause, bdd.mk(chosen[j], 0, 1) if pos else bdd.mk(chosen[j], 1, 0))
            bdd.stamp += 1
            formula = bdd.apply(OP_AND, formula, clause)
            bdd.stamp += 1
    for v in range(nvars):
        parity = bdd.apply(OP_XOR, parity, bdd.mk(v, 0, 1))
    bdd.stamp += 1
    mixed = bdd.apply(OP_XOR, formula, parity)
    return (bdd.models(formula), bdd.models(mixed), bdd.size(formula), bdd.size(mixed), bdd.count)
