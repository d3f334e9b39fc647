# cython: language_level=3
"""Skip list built from malloc'd C structs with flexible forward pointers.

Each node is a C struct holding its key and a fixed array of forward pointers; the
SkipList extension type owns the head and frees every node in __dealloc__. Search
paths are kept in a stack C array of node pointers, so an operation is a pointer
chase with no Python objects.

Keywords: skip list, ordered set, probabilistic balancing, linked lists, levels
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    MAX_LEVEL = 16

cdef struct Node:
    int key
    int height
    Node *forward[16]


cdef Node *make_node(int key, int height) noexcept nogil:
    cdef Node *n = <Node *>malloc(sizeof(Node))
    cdef int i
    if n != NULL:
        n.key = key
        n.height = height
        for i in range(MAX_LEVEL):
            n.forward[i] = NULL
    return n


cdef class SkipList:
    cdef Node *head
    cdef int level
    cdef long size

    def __cinit__(self):
        self.head = make_node(-1, MAX_LEVEL)
        if self.head == NULL:
            raise MemoryError()
        self.level = 1
        self.size = 0

    def __dealloc__(self):
        cdef Node *n = self.head
        cdef Node *nxt
        while n != NULL:
            nxt = n.forward[0]
            free(n)
            n = nxt


@cython_benchmark(args=(30000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def skip_list_ordered_set(long ops, long long seed):
    """Return (size, link hops, highest level used, [min, max] or [])."""
    cdef SkipList sl = SkipList()
    cdef Node *update[16]
    cdef Node *node
    cdef Node *nxt
    cdef Node *target
    cdef Node *new
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long op
    cdef long long hops = 0
    cdef int key, lvl, height
    cdef bint insert, exists
    cdef list ends = []
    for op in range(ops):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        key = <int>((state >> 4) % 50000)
        insert = (state >> 1) % 3 != 0
        for lvl in range(MAX_LEVEL):
            update[lvl] = sl.head
        node = sl.head
        for lvl in range(sl.level - 1, -1, -1):
            nxt = node.forward[lvl]
            while nxt != NULL and nxt.key < key:
                node = nxt
                nxt = node.forward[lvl]
                hops += 1
            update[lvl] = node
        target = node.forward[0]
        exists = target != NULL and target.key == key
        if insert and not exists:
            height = 1
            while height < MAX_LEVEL:
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if (state >> 16) & 1:
                    break
                height += 1
            if height > sl.level:
                sl.level = height
            new = make_node(key, height)
            if new == NULL:
                raise MemoryError()
            for lvl in range(height):
                new.forward[lvl] = update[lvl].forward[lvl]
                update[lvl].forward[lvl] = new
            sl.size += 1
        elif not insert and exists:
            for lvl in range(sl.level):
                if update[lvl].forward[lvl] == target:
                    update[lvl].forward[lvl] = target.forward[lvl]
            free(target)
            while sl.level > 1 and sl.head.forward[sl.level - 1] == NULL:
                sl.level -= 1
            sl.size -= 1
    if sl.head.forward[0] != NULL:
        node = sl.head.forward[0]
        ends.append(node.key)
        while node.forward[0] != NULL:
            node = node.forward[0]
        ends.append(node.key)
    return sl.size, hops, sl.level, ends
