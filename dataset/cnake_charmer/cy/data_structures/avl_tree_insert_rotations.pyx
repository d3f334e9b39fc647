# cython: language_level=3
"""AVL insertion on a node pool of parallel C arrays addressed by index.

Nodes live in an AvlPool extension type: key, left, right and height arrays
allocated in __cinit__ and freed in __dealloc__, with index 0 as the null node of
height 0. Insertion is a recursive cdef method on indices, and rotations rewrite a few
array cells; the in-order walk uses an explicit C stack.

Keywords: AVL tree, balanced binary search tree, rotations, height balance, insertion
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


cdef class AvlPool:
    cdef int *key
    cdef int *left
    cdef int *right
    cdef int *height
    cdef int count
    cdef long singles, doubles

    def __cinit__(self, int capacity):
        self.key = <int *>PyMem_Malloc((capacity + 1) * sizeof(int))
        self.left = <int *>PyMem_Malloc((capacity + 1) * sizeof(int))
        self.right = <int *>PyMem_Malloc((capacity + 1) * sizeof(int))
        self.height = <int *>PyMem_Malloc((capacity + 1) * sizeof(int))
        if self.key == NULL or self.left == NULL or self.right == NULL or self.height == NULL:
            raise MemoryError()
        self.height[0] = 0
        self.left[0] = 0
        self.right[0] = 0
        self.count = 0

    def __dealloc__(self):
        PyMem_Free(self.key)
        PyMem_Free(self.left)
        PyMem_Free(self.right)
        PyMem_Free(self.height)

    cdef inline void fix(self, int n) noexcept:
        cdef int hl = self.height[self.left[n]], hr = self.height[self.right[n]]
        self.height[n] = 1 + (hl if hl > hr else hr)

    cdef int rot_right(self, int y) noexcept:
        cdef int x = self.left[y]
        self.left[y] = self.right[x]
        self.right[x] = y
        self.fix(y)
        self.fix(x)
        return x

    cdef int rot_left(self, int x) noexcept:
        cdef int y = self.right[x]
        self.right[x] = self.left[y]
        self.left[y] = x
        self.fix(x)
        self.fix(y)
        return y

    cdef int insert(self, int n, int k) noexcept:
        cdef int balance
        if n == 0:
            self.count += 1
            n = self.count
            self.key[n] = k
            self.left[n] = 0
            self.right[n] = 0
            self.height[n] = 1
            return n
        if k < self.key[n]:
            self.left[n] = self.insert(self.left[n], k)
        elif k > self.key[n]:
            self.right[n] = self.insert(self.right[n], k)
        else:
            return n
        self.fix(n)
        balance = self.height[self.left[n]] - self.height[self.right[n]]
        if balance > 1:
            if k > self.key[self.left[n]]:
                self.left[n] = self.rot_left(self.left[n])
                self.doubles += 1
            else:
                self.singles += 1
            return self.rot_right(n)
        if balance < -1:
            if k < self.key[self.right[n]]:
                self.right[n] = self.rot_right(self.right[n])
                self.doubles += 1
            else:
                self.singles += 1
            return self.rot_left(n)
        return n


@cython_benchmark(args=(30000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def avl_tree_insert_rotations(int n, long long seed):
    """Return (height, single rotations, double rotations, keys at ranks 0, n/4, n/2, last)."""
    cdef int size = n if n > 0 else 0
    cdef AvlPool pool = AvlPool(size)
    cdef int root = 0, i, k, node, top = 0, rank = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int stack[64]
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        k = <int>((state >> 3) % 100000) if i % 3 else i * 7
        root = pool.insert(root, k)
    cdef int total = pool.count
    wanted = sorted({0, total // 4, total // 2, total - 1}) if total else []
    picks = []
    node = root
    while top > 0 or node != 0:
        while node != 0:
            stack[top] = node
            top += 1
            node = pool.left[node]
        top -= 1
        node = stack[top]
        if rank in wanted:
            picks.append(pool.key[node])
        rank += 1
        node = pool.right[node]
    return pool.height[root], pool.singles, pool.doubles, picks
