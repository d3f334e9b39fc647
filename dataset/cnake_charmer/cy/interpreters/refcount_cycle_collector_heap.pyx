# cython: language_level=3
"""Reference counting with a tracing cycle collector over a ``cdef class`` of C arrays.

The heap is an extension type owning flat ``int`` arrays for object fields (``-1`` is
null), reference counts, mark bits and liveness, plus C stacks for recycled ids, the
decrement cascade and the mark phase. Its ``incref``/``decref``/``collect`` methods are
``nogil`` cdef methods, so the whole mutator loop runs without creating a single
Python object, and every id is recycled in exactly the same LIFO order as the lists.

Keywords: interpreters, garbage collection, reference counting, mark and sweep, cycle collector, memory management
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    FIELDS = 3
    ROOTS = 12
    NONE = -1


cdef class Heap:
    cdef int *fields
    cdef int *refcount
    cdef char *marked
    cdef char *alive
    cdef int *free_ids
    cdef int *pending
    cdef int roots[ROOTS]
    cdef int n_objects
    cdef int n_free
    cdef long long allocations, rc_frees, traced_frees, collections, marked_total, live, peak

    def __cinit__(self, int capacity):
        cdef int i
        self.fields = <int *>malloc((capacity * FIELDS + 1) * sizeof(int))
        self.refcount = <int *>calloc(capacity + 1, sizeof(int))
        self.marked = <char *>calloc(capacity + 1, 1)
        self.alive = <char *>calloc(capacity + 1, 1)
        self.free_ids = <int *>malloc((capacity + 1) * sizeof(int))
        self.pending = <int *>malloc((capacity * FIELDS + ROOTS + 1) * sizeof(int))
        if (self.fields == NULL or self.refcount == NULL or self.marked == NULL or self.alive == NULL
                or self.free_ids == NULL or self.pending == NULL):
            raise MemoryError()
        for i in range(ROOTS):
            self.roots[i] = NONE
        self.n_objects = 0
        self.n_free = 0

    def __dealloc__(self):
        free(self.fields)
        free(self.refcount)
        free(self.marked)
        free(self.alive)
        free(self.free_ids)
        free(self.pending)

    cdef int allocate(self) noexcept nogil:
        cdef int oid, f
        self.allocations += 1
        self.live += 1
        if self.live > self.peak:
            self.peak = self.live
        if self.n_free > 0:
            self.n_free -= 1
            oid = self.free_ids[self.n_free]
        else:
            oid = self.n_objects
            self.n_objects += 1
        for f in range(FIELDS):
            self.fields[oid * FIELDS + f] = NONE
        self.refcount[oid] = 0
        self.marked[oid] = 0
        self.alive[oid] = 1
        return oid

    cdef inline void release(self, int oid) noexcept nogil:
        self.alive[oid] = 0
        self.free_ids[self.n_free] = oid
        self.n_free += 1
        self.live -= 1

    cdef inline void incref(self, int oid) noexcept nogil:
        if oid != NONE:
            self.refcount[oid] += 1

    cdef void decref(self, int oid) noexcept nogil:
        cdef int top = 0, current, f, t
        if oid == NONE:
            return
        self.pending[top] = oid
        top += 1
        while top > 0:
            top -= 1
            current = self.pending[top]
            self.refcount[current] -= 1
            if self.refcount[current] == 0:
                for f in range(FIELDS):
                    t = self.fields[current * FIELDS + f]
                    if t != NONE:
                        self.pending[top] = t
                        top += 1
                self.release(current)
                self.rc_frees += 1

    cdef inline void set_root(self, int slot, int oid) noexcept nogil:
        self.incref(oid)
        self.decref(self.roots[slot])
        self.roots[slot] = oid

    cdef inline void set_field(self, int holder, int index, int oid) noexcept nogil:
        cdef int old = self.fields[holder * FIELDS + index]
        self.incref(oid)
        self.fields[holder * FIELDS + index] = oid
        self.decref(old)

    cdef void collect(self) noexcept nogil:
        cdef int top = 0, oid, f, t
        self.collections += 1
        for f in range(ROOTS):
            if self.roots[f] != NONE:
                self.pending[top] = self.roots[f]
                top += 1
        while top > 0:
            top -= 1
            oid = self.pending[top]
            if self.marked[oid]:
                continue
            self.marked[oid] = 1
            self.marked_total += 1
            for f in range(FIELDS):
                t = self.fields[oid * FIELDS + f]
                if t != NONE:
                    self.pending[top] = t
                    top += 1
        for oid in range(self.n_objects):
            if self.alive[oid] and not self.marked[oid]:
                for f in range(FIELDS):
                    t = self.fields[oid * FIELDS + f]
                    if t != NONE and self.marked[t]:
                        self.refcount[t] -= 1
        for oid in range(self.n_objects):
            if self.alive[oid] and not self.marked[oid]:
                self.release(oid)
                self.traced_frees += 1
        for oid in range(self.n_objects):
            self.marked[oid] = 0


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline int walk(Heap heap, unsigned long long *state, int oid) noexcept nogil:
    cdef int steps = draw(state, 3), k, nxt
    for k in range(steps):
        nxt = heap.fields[oid * FIELDS + draw(state, FIELDS)]
        if nxt == NONE:
            break
        oid = nxt
    return oid


@cython_benchmark(args=(150000, 2000, 47))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def refcount_cycle_collector_heap(int n_ops, int period, long long seed):
    """Return (allocations, rc frees, traced frees, collections, marked, peak live, final live, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Heap heap = Heap(n_ops + 1)
    cdef int step, op, slot, source, holder, index, other, target, oid
    cdef long long checksum = 0
    with nogil:
        for step in range(1, n_ops + 1):
            op = draw(&state, 10)
            slot = draw(&state, ROOTS)
            if op < 4:
                oid = heap.allocate()
                heap.set_root(slot, oid)
            elif op < 8:
                source = heap.roots[slot]
                if source != NONE:
                    holder = walk(heap, &state, source)
                    index = draw(&state, FIELDS)
                    other = heap.roots[draw(&state, ROOTS)]
                    if other != NONE and draw(&state, 4):
                        target = walk(heap, &state, other)
                    else:
                        target = other
                    heap.set_field(holder, index, target)
            elif op == 8:
                heap.set_root(slot, heap.roots[draw(&state, ROOTS)])
            else:
                heap.set_root(slot, NONE)
            if period and step % period == 0:
                heap.collect()
        for oid in range(heap.n_objects):
            if heap.alive[oid]:
                checksum = (checksum * 1009 + oid * 31 + heap.refcount[oid]) % 1000000007
    return (heap.allocations, heap.rc_frees, heap.traced_frees, heap.collections, heap.marked_total,
            heap.peak, heap.live, checksum)
