# cython: language_level=3
"""Leftist heaps in a node pool owned by a cdef class, melded iteratively.

Nodes are indices into key/left/right/rank int arrays grown with realloc inside the
HeapPool extension type (__cinit__/__dealloc__ manage the memory); index 0 is the
empty heap. meld walks the right spines with an explicit C stack and fixes ranks on
the way back, avoiding recursion and Python node objects.

Keywords: leftist heap, mergeable heap, meld, priority queue, rank
"""

import cython
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class HeapPool:
    cdef int *key
    cdef int *left
    cdef int *right
    cdef int *rank
    cdef int *stack
    cdef int count, capacity

    def __cinit__(self, int capacity):
        self.capacity = capacity if capacity > 16 else 16
        self.key = <int *>malloc(self.capacity * sizeof(int))
        self.left = <int *>malloc(self.capacity * sizeof(int))
        self.right = <int *>malloc(self.capacity * sizeof(int))
        self.rank = <int *>malloc(self.capacity * sizeof(int))
        self.stack = <int *>malloc(self.capacity * sizeof(int))
        if self.key == NULL or self.left == NULL or self.right == NULL or self.rank == NULL or self.stack == NULL:
            raise MemoryError()
        self.rank[0] = 0
        self.left[0] = 0
        self.right[0] = 0
        self.count = 1

    def __dealloc__(self):
        free(self.key)
        free(self.left)
        free(self.right)
        free(self.rank)
        free(self.stack)

    cdef int grow(self) except -1:
        cdef int newcap = self.capacity * 2
        cdef int *p
        p = <int *>realloc(self.key, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.key = p
        p = <int *>realloc(self.left, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.left = p
        p = <int *>realloc(self.right, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.right = p
        p = <int *>realloc(self.rank, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.rank = p
        p = <int *>realloc(self.stack, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.stack = p
        self.capacity = newcap
        return 0

    cdef int new_node(self, int k) except -1:
        if self.count == self.capacity:
            self.grow()
        self.key[self.count] = k
        self.left[self.count] = 0
        self.right[self.count] = 0
        self.rank[self.count] = 1
        self.count += 1
        return self.count - 1

    cdef int meld(self, int a, int b) noexcept:
        # Descend the right spines, always keeping the smaller key on top,
        # then repair ranks bottom-up (same result as the recursive merge).
        cdef int top = 0, t, root, node, child
        if a == 0:
            return b
        if b == 0:
            return a
        if self.key[b] < self.key[a]:
            t = a
            a = b
            b = t
        root = a
        while True:
            self.stack[top] = a
            top += 1
            child = self.right[a]
            if child == 0:
                self.right[a] = b
                break
            if self.key[b] < self.key[child]:
                self.right[a] = b
                a = b
                b = child
            else:
                a = child
        while top > 0:
            top -= 1
            node = self.stack[top]
            if self.rank[self.left[node]] < self.rank[self.right[node]]:
                t = self.left[node]
                self.left[node] = self.right[node]
                self.right[node] = t
            self.rank[node] = self.rank[self.right[node]] + 1
        return root

    cdef int size(self, int node) noexcept:
        cdef int top = 0, count = 0, n
        if node == 0:
            return 0
        self.stack[top] = node
        top += 1
        while top > 0:
            top -= 1
            n = self.stack[top]
            count += 1
            if self.left[n]:
                self.stack[top] = self.left[n]
                top += 1
            if self.right[n]:
                self.stack[top] = self.right[n]
                top += 1
        return count


@cython_benchmark(args=(800, 40, 60000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def leftist_heap_melding(int heaps, int per_heap, long ops, long long seed):
    """Return (pops, popped-key checksum, sizes of the first 6 heaps, root ranks of the first 6 heaps)."""
    cdef int nh = heaps if heaps > 0 else 0
    cdef HeapPool pool = HeapPool(nh * (per_heap if per_heap > 0 else 0) + ops + 2)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int h, k, i, j, root, top
    cdef long o, pops = 0
    cdef long long checksum = 0
    cdef int *roots = <int *>malloc((nh + 1) * sizeof(int))
    if roots == NULL:
        raise MemoryError()
    try:
        for h in range(nh):
            root = 0
            for k in range(per_heap):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                root = pool.meld(root, pool.new_node(<int>((state >> 6) % 1000000)))
            roots[h] = root
        for o in range(ops if nh else 0):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            i = <int>((state >> 4) % <unsigned long long>nh)
            if (state >> 20) % 3:
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                j = <int>((state >> 4) % <unsigned long long>nh)
                if i != j:
                    roots[i] = pool.meld(roots[i], roots[j])
                    roots[j] = 0
            elif roots[i] != 0:
                top = roots[i]
                checksum = (checksum * 1000003 + pool.key[top]) % 998244353
                roots[i] = pool.meld(pool.left[top], pool.right[top])
                pops += 1
            else:
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                roots[i] = pool.new_node(<int>((state >> 6) % 1000000))
        sizes = [pool.size(roots[h]) for h in range(min(6, nh))]
        ranks = [pool.rank[roots[h]] for h in range(min(6, nh))]
        return pops, checksum, sizes, ranks
    finally:
        free(roots)
