# cython: language_level=3
"""Linear-probing hash table in a cdef class with int64 key/value arrays.

Keys are int64_t with two reserved sentinel values for "empty" and "tombstone";
the ProbeTable extension type owns both arrays (calloc'd in __cinit__, freed in
__dealloc__). Hashing uses a wrapping uint32_t multiply, and put/get/delete are cdef
methods with C loops.

Keywords: hash table, open addressing, linear probing, tombstones, hashing
"""

import cython
from libc.stdint cimport int64_t, uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    SLOT_EMPTY = -2
    SLOT_TOMB = -1


cdef class ProbeTable:
    cdef int64_t *keys
    cdef int64_t *values
    cdef Py_ssize_t capacity, size
    cdef long long probes

    def __cinit__(self, Py_ssize_t capacity):
        self.capacity = capacity
        self.size = 0
        self.probes = 0
        self.keys = <int64_t *>malloc(capacity * sizeof(int64_t))
        self.values = <int64_t *>malloc(capacity * sizeof(int64_t))
        if self.keys == NULL or self.values == NULL:
            raise MemoryError()
        for i in range(capacity):
            self.keys[i] = SLOT_EMPTY
            self.values[i] = 0

    def __dealloc__(self):
        free(self.keys)
        free(self.values)

    cdef inline Py_ssize_t home(self, int64_t key) noexcept:
        return <Py_ssize_t>(<uint32_t>(<uint32_t>key * 2654435761u) % <uint32_t>self.capacity)

    cdef Py_ssize_t find(self, int64_t key) noexcept:
        cdef Py_ssize_t i = self.home(key), n
        cdef int64_t k
        for n in range(self.capacity):
            self.probes += 1
            k = self.keys[i]
            if k == SLOT_EMPTY:
                return -1
            if k == key:
                return i
            i += 1
            if i == self.capacity:
                i = 0
        return -1

    cdef void put(self, int64_t key, int64_t value) noexcept:
        cdef Py_ssize_t i = self.find(key)
        if i >= 0:
            self.values[i] = value
            return
        i = self.home(key)
        while self.keys[i] != SLOT_EMPTY and self.keys[i] != SLOT_TOMB:
            i += 1
            if i == self.capacity:
                i = 0
        self.keys[i] = key
        self.values[i] = value
        self.size += 1

    cdef void delete(self, int64_t key) noexcept:
        cdef Py_ssize_t i = self.find(key)
        if i >= 0:
            self.keys[i] = SLOT_TOMB
            self.size -= 1


@cython_benchmark(args=(120000, 4096, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def open_addressing_hash_table(Py_ssize_t ops, Py_ssize_t capacity, long long seed):
    """Return (lookups found, probes, live size, value checksum); the key space keeps the table below 75% full."""
    if capacity < 1:
        raise ValueError("capacity must be positive")
    cdef ProbeTable table = ProbeTable(capacity)
    cdef Py_ssize_t key_space = max(1, capacity * 3 // 4), step, i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int64_t key
    cdef int action
    cdef long long found = 0, checksum = 0
    for step in range(ops):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        key = <int64_t>((state >> 5) % <unsigned long long>key_space)
        action = <int>((state >> 2) % 8)
        if action < 4:
            table.put(key, step)
        elif action < 7:
            if table.find(key) >= 0:
                found += 1
        elif table.size > capacity // 2:
            table.delete(key)
        if table.size >= capacity:
            break
    for i in range(capacity):
        if table.keys[i] >= 0:
            checksum = (checksum * 31 + table.keys[i] * 7 + table.values[i]) % 1000000007
    return found, table.probes, table.size, checksum
