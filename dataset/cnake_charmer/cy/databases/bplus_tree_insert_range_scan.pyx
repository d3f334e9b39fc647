# cython: language_level=3
"""Build a B+-tree by repeated insertion with node splits, then answer range scans — nodes live in a C node pool.

A ``cdef class`` owns a growable pool of fixed-size nodes in flat C arrays (keys,
values, child ids, key counts, leaf flags, next-leaf links), allocated in
``__cinit__`` and released in ``__dealloc__``. Inserts descend iteratively while
recording the path, shift keys with ``memmove`` and split nodes bottom-up along the
recorded path; searches within a node are branch-free binary searches. No Python objects are
created per key.

Keywords: databases, b+ tree, index, node split, range scan, leaf chain, bisect
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memmove, memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007


cdef class NodePool:
    cdef int order
    cdef int slots
    cdef int count
    cdef int capacity
    cdef long long *keys
    cdef long long *vals
    cdef int *child
    cdef int *nkeys
    cdef char *leaf
    cdef int *nxt

    def __cinit__(self, int order, int capacity):
        self.order = order
        self.slots = order + 2
        self.count = 0
        self.capacity = capacity if capacity > 4 else 4
        self.keys = <long long *>malloc(self.capacity * self.slots * sizeof(long long))
        self.vals = <long long *>malloc(self.capacity * self.slots * sizeof(long long))
        self.child = <int *>malloc(self.capacity * self.slots * sizeof(int))
        self.nkeys = <int *>malloc(self.capacity * sizeof(int))
        self.leaf = <char *>malloc(self.capacity * sizeof(char))
        self.nxt = <int *>malloc(self.capacity * sizeof(int))
        if not (self.keys and self.vals and self.child and self.nkeys and self.leaf and self.nxt):
            raise MemoryError()

    def __dealloc__(self):
        free(self.keys); free(self.vals); free(self.child)
        free(self.nkeys); free(self.leaf); free(self.nxt)

    cdef int grow(self) except -1:
        cdef int cap = self.capacity * 2
        cdef void *p
        p = realloc(self.keys, cap * self.slots * sizeof(long long))
        if p == NULL: raise MemoryError()
        self.keys = <long long *>p
        p = realloc(self.vals, cap * self.slots * sizeof(long long))
        if p == NULL: raise MemoryError()
        self.vals = <long long *>p
        p = realloc(self.child, cap * self.slots * sizeof(int))
        if p == NULL: raise MemoryError()
        self.child = <int *>p
        p = realloc(self.nkeys, cap * sizeof(int))
        if p == NULL: raise MemoryError()
        self.nkeys = <int *>p
        p = realloc(self.leaf, cap * sizeof(char))
        if p == NULL: raise MemoryError()
        self.leaf = <char *>p
        p = realloc(self.nxt, cap * sizeof(int))
        if p == NULL: raise MemoryError()
        self.nxt = <int *>p
        self.capacity = cap
        return 0

    cdef int new_node(self, char is_leaf) except -1:
        if self.count == self.capacity:
            self.grow()
        cdef int node = self.count
        self.count += 1
        self.nkeys[node] = 0
        self.leaf[node] = is_leaf
        self.nxt[node] = -1
        return node


cdef inline int lower_bound(long long *a, int n, long long x) noexcept nogil:
    """First index with a[i] >= x, by a branch-free halving search (conditional moves, no mispredictions)."""
    cdef long long *base = a
    cdef int half
    if n == 0:
        return 0
    while n > 1:
        half = n >> 1
        base = base + half if base[half] < x else base
        n -= half
    return <int>(base - a) + (base[0] < x)


cdef inline int upper_bound(long long *a, int n, long long x) noexcept nogil:
    """First index with a[i] > x, branch-free like lower_bound."""
    cdef long long *base = a
    cdef int half
    if n == 0:
        return 0
    while n > 1:
        half = n >> 1
        base = base + half if base[half] <= x else base
        n -= half
    return <int>(base - a) + (base[0] <= x)


cdef inline unsigned long long next_state(unsigned long long s) noexcept nogil:
    return s * 6364136223846793005ULL + 1442695040888963407ULL


@cython_benchmark(args=(90000, 32, 3000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bplus_tree_insert_range_scan(int n, int order, int queries, long long seed):
    """Return (height, leaf splits, internal splits, leaves, keys, scan checksum, leaves touched, samples)."""
    cdef NodePool pool = NodePool(order, n // (order // 2 + 1) * 2 + 16)
    cdef unsigned long long state = <unsigned long long>seed
    cdef long long key_space = 4 * <long long>n + 1, key, value, sep, up, lo, hi, total, hits
    cdef long long span = key_space // 400
    cdef long long checksum = 0, touched = 0
    cdef int path[64]
    cdef int pidx[64]
    cdef int depth, node, i, mid, right, sib, cnt, k, root, height = 1
    cdef int slots = order + 2
    cdef long long leaf_splits = 0, internal_splits = 0
    cdef long long *kp
    if span < 1:
        span = 1
    root = pool.new_node(1)
    for k in range(n):
        state = next_state(state)
        key = <long long>((state >> 33) % <unsigned long long>key_space)
        state = next_state(state)
        value = 1 + <long long>((state >> 33) % 1000ULL)
        # descend, remembering the path and the child index taken at each level
        node = root
        depth = 0
        while not pool.leaf[node]:
            kp = pool.keys + <Py_ssize_t>node * slots
            i = upper_bound(kp, pool.nkeys[node], key)
            path[depth] = node
            pidx[depth] = i
            depth += 1
            node = pool.child[<Py_ssize_t>node * slots + i]
        kp = pool.keys + <Py_ssize_t>node * slots
        cnt = pool.nkeys[node]
        i = lower_bound(kp, cnt, key)
        if i < cnt and kp[i] == key:
            pool.vals[<Py_ssize_t>node * slots + i] += value
            continue
        memmove(kp + i + 1, kp + i, (cnt - i) * sizeof(long long))
        memmove(pool.vals + <Py_ssize_t>node * slots + i + 1, pool.vals + <Py_ssize_t>node * slots + i,
                (cnt - i) * sizeof(long long))
        kp[i] = key
        pool.vals[<Py_ssize_t>node * slots + i] = value
        cnt += 1
        pool.nkeys[node] = cnt
        if cnt <= order:
            continue
        # leaf split
        right = pool.new_node(1)
        mid = cnt // 2
        memcpy(pool.keys + <Py_ssize_t>right * slots, pool.keys + <Py_ssize_t>node * slots + mid,
               (cnt - mid) * sizeof(long long))
        memcpy(pool.vals + <Py_ssize_t>right * slots, pool.vals + <Py_ssize_t>node * slots + mid,
               (cnt - mid) * sizeof(long long))
        pool.nkeys[right] = cnt - mid
        pool.nkeys[node] = mid
        pool.nxt[right] = pool.nxt[node]
        pool.nxt[node] = right
        leaf_splits += 1
        sep = pool.keys[<Py_ssize_t>right * slots]
        # propagate upwards along the recorded path
        while True:
            if depth == 0:
                node = pool.new_node(0)
                pool.keys[<Py_ssize_t>node * slots] = sep
                pool.child[<Py_ssize_t>node * slots] = root
                pool.child[<Py_ssize_t>node * slots + 1] = right
                pool.nkeys[node] = 1
                root = node
                height += 1
                break
            depth -= 1
            node = path[depth]
            i = pidx[depth]
            kp = pool.keys + <Py_ssize_t>node * slots
            cnt = pool.nkeys[node]
            memmove(kp + i + 1, kp + i, (cnt - i) * sizeof(long long))
            kp[i] = sep
            memmove(pool.child + <Py_ssize_t>node * slots + i + 2, pool.child + <Py_ssize_t>node * slots + i + 1,
                    (cnt - i) * sizeof(int))
            pool.child[<Py_ssize_t>node * slots + i + 1] = right
            cnt += 1
            pool.nkeys[node] = cnt
            if cnt <= order:
                break
            mid = cnt // 2
            up = kp[mid]
            sib = pool.new_node(0)
            kp = pool.keys + <Py_ssize_t>node * slots
            memcpy(pool.keys + <Py_ssize_t>sib * slots, kp + mid + 1, (cnt - mid - 1) * sizeof(long long))
            memcpy(pool.child + <Py_ssize_t>sib * slots, pool.child + <Py_ssize_t>node * slots + mid + 1,
                   (cnt - mid) * sizeof(int))
            pool.nkeys[sib] = cnt - mid - 1
            pool.nkeys[node] = mid
            internal_splits += 1
            sep = up
            right = sib

    with nogil:
        for k in range(queries):
            state = next_state(state)
            lo = <long long>((state >> 33) % <unsigned long long>key_space)
            state = next_state(state)
            hi = lo + <long long>((state >> 33) % <unsigned long long>span)
            node = root
            while not pool.leaf[node]:
                node = pool.child[<Py_ssize_t>node * slots + upper_bound(pool.keys + <Py_ssize_t>node * slots, pool.nkeys[node], lo)]
            i = lower_bound(pool.keys + <Py_ssize_t>node * slots, pool.nkeys[node], lo)
            total = 0
            hits = 0
            while node != -1:
                touched += 1
                kp = pool.keys + <Py_ssize_t>node * slots
                cnt = pool.nkeys[node]
                while i < cnt and kp[i] <= hi:
                    total += pool.vals[<Py_ssize_t>node * slots + i]
                    hits += 1
                    i += 1
                if i < cnt:
                    break
                node = pool.nxt[node]
                i = 0
            checksum = (checksum * 1000003 + total * 31 + hits) % MOD

    node = root
    while not pool.leaf[node]:
        node = pool.child[<Py_ssize_t>node * slots]
    cdef list all_keys = []
    cdef int leaves = 0
    while node != -1:
        leaves += 1
        for i in range(pool.nkeys[node]):
            all_keys.append(pool.keys[<Py_ssize_t>node * slots + i])
        node = pool.nxt[node]
    step = len(all_keys) // 8
    samples = all_keys[::step if step > 0 else 1]
    return (height, leaf_splits, internal_splits, leaves, len(all_keys), checksum, touched, samples)
