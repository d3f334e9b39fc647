# cython: language_level=3
"""Indexed max-heap triage queue in a cdef class over growable C arrays.

TriageHeap keeps the heap array, each patient's heap position and severity in int
arrays (position -1 once treated) that grow with PyMem_Realloc; they are allocated in
__cinit__ and released in __dealloc__. Comparisons use (severity, -id) on C ints, and
change-priority sifts in place exactly like the Python dict-based version.

Keywords: indexed heap, priority queue, change key, triage, binary heap
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


cdef class TriageHeap:
    cdef int *heap
    cdef int *pos
    cdef int *key
    cdef int size, capacity

    def __cinit__(self, int capacity):
        self.capacity = capacity if capacity > 16 else 16
        self.size = 0
        self.heap = <int *>PyMem_Malloc(self.capacity * sizeof(int))
        self.pos = <int *>PyMem_Malloc(self.capacity * sizeof(int))
        self.key = <int *>PyMem_Malloc(self.capacity * sizeof(int))
        if self.heap == NULL or self.pos == NULL or self.key == NULL:
            raise MemoryError()

    def __dealloc__(self):
        PyMem_Free(self.heap)
        PyMem_Free(self.pos)
        PyMem_Free(self.key)

    cdef int reserve(self, int item) except -1:
        cdef int newcap
        cdef int *p
        if item < self.capacity:
            return 0
        newcap = self.capacity * 2
        while newcap <= item:
            newcap *= 2
        p = <int *>PyMem_Realloc(self.heap, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.heap = p
        p = <int *>PyMem_Realloc(self.pos, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.pos = p
        p = <int *>PyMem_Realloc(self.key, newcap * sizeof(int))
        if p == NULL:
            raise MemoryError()
        self.key = p
        self.capacity = newcap
        return 0

    cdef inline bint better(self, int a, int b) noexcept:
        return self.key[a] > self.key[b] or (self.key[a] == self.key[b] and a < b)

    cdef inline void swap(self, int i, int j) noexcept:
        cdef int t = self.heap[i]
        self.heap[i] = self.heap[j]
        self.heap[j] = t
        self.pos[self.heap[i]] = i
        self.pos[self.heap[j]] = j

    cdef void up(self, int i) noexcept:
        while i > 0 and self.better(self.heap[i], self.heap[(i - 1) >> 1]):
            self.swap(i, (i - 1) >> 1)
            i = (i - 1) >> 1

    cdef void down(self, int i) noexcept:
        cdef int best, c
        while True:
            best = i
            c = 2 * i + 1
            if c < self.size and self.better(self.heap[c], self.heap[best]):
                best = c
            c += 1
            if c < self.size and self.better(self.heap[c], self.heap[best]):
                best = c
            if best == i:
                return
            self.swap(i, best)
            i = best

    cdef int push(self, int item, int k) except -1:
        self.reserve(item)
        self.key[item] = k
        self.heap[self.size] = item
        self.pos[item] = self.size
        self.size += 1
        self.up(self.size - 1)
        return 0

    cdef void change(self, int item, int k) noexcept:
        cdef int old = self.key[item]
        self.key[item] = k
        if k > old:
            self.up(self.pos[item])
        else:
            self.down(self.pos[item])

    cdef int pop(self) noexcept:
        cdef int top = self.heap[0]
        self.swap(0, self.size - 1)
        self.size -= 1
        self.pos[top] = -1
        if self.size > 0:
            self.down(0)
        return top


@cython_benchmark(args=(60000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def triage_queue_indexed_heap(long events, long long seed):
    """Return (treated, still waiting, priority changes, treatment-order checksum, first 8 treated ids)."""
    cdef TriageHeap heap = TriageHeap(1024)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long e, treated = 0, changes = 0
    cdef int next_id = 0, action, patient, delta, k
    cdef long long checksum = 0
    cdef list first = []
    for e in range(events):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        action = <int>((state >> 8) % 10)
        if action < 4 or heap.size == 0:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            heap.push(next_id, <int>((state >> 8) % 1000))
            next_id += 1
        elif action < 7:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            patient = <int>((state >> 4) % <unsigned long long>next_id)
            if heap.pos[patient] >= 0:
                delta = <int>((state >> 16) % 201) - 100
                k = heap.key[patient] + delta
                if k < 0:
                    k = 0
                elif k > 999:
                    k = 999
                heap.change(patient, k)
                changes += 1
        else:
            patient = heap.pop()
            treated += 1
            checksum = (checksum * 1000003 + patient) % 998244353
            if len(first) < 8:
                first.append(patient)
    return treated, heap.size, changes, checksum, first
