# distutils: language = c++
# cython: language_level=3
"""A bucketized cuckoo hash index: four-slot buckets, two choices, kick-out chains, rehash — flat slot arrays and C++ vectors.

The index is a ``cdef class`` owning flat key/value slot arrays (four per bucket) and
a per-bucket fill count, with the two bucket hashes as inline ``uint64`` mixers.
Kick-out chains swap structs in place; a rehash gathers the surviving entries into a
``libcpp.vector`` of structs, reallocates the slot arrays at double size and
reinserts them in the same order as the Python lists. The final key-ordered checksum
sorts a vector with ``std::sort``.

Keywords: databases, cuckoo hashing, hash index, bucketized, kick out, rehash, key value store
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef enum:
    MOD = 1000000007
    SLOTS = 4
    MAX_KICKS = 100


cdef struct Entry:
    long long key
    long long value


cdef inline u64 bucket_of(long long key, u64 seed, int bits) noexcept nogil:
    cdef u64 x = (<u64>key ^ seed) * 0x9E3779B97F4A7C15ULL
    x ^= x >> 29
    x = x * 0xBF58476D1CE4E5B9ULL
    return x >> (64 - bits)


cdef class CuckooIndex:
    cdef Entry *slots
    cdef int *fill
    cdef int bits
    cdef u64 seed_a
    cdef u64 seed_b
    cdef long long generation
    cdef long long kicks
    cdef long long longest
    cdef long long rehashes

    def __cinit__(self, int bits):
        self.slots = NULL
        self.fill = NULL
        self.generation = 0
        self.seed_a = 0x1234567
        self.seed_b = 0x7654321
        self.kicks = self.longest = self.rehashes = 0
        self.allocate(bits)

    def __dealloc__(self):
        free(self.slots)
        free(self.fill)

    cdef int allocate(self, int bits) except -1:
        cdef Py_ssize_t i, n = 1 << bits
        free(self.slots)
        free(self.fill)
        self.bits = bits
        self.slots = <Entry *>malloc(n * SLOTS * sizeof(Entry))
        self.fill = <int *>malloc(n * sizeof(int))
        if self.slots == NULL or self.fill == NULL:
            raise MemoryError()
        for i in range(n):
            self.fill[i] = 0
        return 0

    cdef inline Entry *find(self, long long key, Py_ssize_t *bucket_out) noexcept:
        cdef Py_ssize_t b, j
        cdef int k
        for k in range(2):
            b = <Py_ssize_t>bucket_of(key, self.seed_a if k == 0 else self.seed_b, self.bits)
            for j in range(self.fill[b]):
                if self.slots[b * SLOTS + j].key == key:
                    bucket_out[0] = b
                    return &self.slots[b * SLOTS + j]
        return NULL

    cdef bint place(self, Entry item, Entry *homeless) noexcept:
        """Insert an absent key; False (with the homeless entry) if the kick chain gives up."""
        cdef Py_ssize_t first = <Py_ssize_t>bucket_of(item.key, self.seed_a, self.bits)
        cdef Py_ssize_t second = <Py_ssize_t>bucket_of(item.key, self.seed_b, self.bits)
        cdef Py_ssize_t bucket, a, b
        cdef int chain, victim_slot
        cdef Entry victim
        if self.fill[first] < SLOTS:
            self.slots[first * SLOTS + self.fill[first]] = item
            self.fill[first] += 1
            return True
        if self.fill[second] < SLOTS:
            self.slots[second * SLOTS + self.fill[second]] = item
            self.fill[second] += 1
            return True
        bucket = first
        for chain in range(1, MAX_KICKS + 1):
            self.kicks += 1
            victim_slot = chain % SLOTS
            victim = self.slots[bucket * SLOTS + victim_slot]
            self.slots[bucket * SLOTS + victim_slot] = item
            item = victim
            a = <Py_ssize_t>bucket_of(item.key, self.seed_a, self.bits)
            b = <Py_ssize_t>bucket_of(item.key, self.seed_b, self.bits)
            bucket = b if bucket == a else a
            if self.fill[bucket] < SLOTS:
                self.slots[bucket * SLOTS + self.fill[bucket]] = item
                self.fill[bucket] += 1
                if chain > self.longest:
                    self.longest = chain
                return True
        homeless[0] = item
        return False

    cdef void gather(self, vector[Entry] *out):
        cdef Py_ssize_t b, j
        for b in range(1 << self.bits):
            for j in range(self.fill[b]):
                out.push_back(self.slots[b * SLOTS + j])

    cdef int rehash(self, Entry homeless) except -1:
        cdef vector[Entry] entries
        cdef vector[Entry] unplaced
        cdef Entry lost
        cdef size_t i, j
        self.gather(&entries)
        entries.push_back(homeless)
        while True:
            self.rehashes += 1
            self.generation += 1
            self.seed_a = <u64>0x1234567 * <u64>(2 * self.generation + 1)
            self.seed_b = <u64>0x7654321 * <u64>(2 * self.generation + 3)
            self.allocate(self.bits + 1)
            unplaced.clear()
            for i in range(entries.size()):
                if not self.place(entries[i], &lost):
                    unplaced.push_back(lost)
                    for j in range(i + 1, entries.size()):
                        unplaced.push_back(entries[j])
                    break
            if unplaced.size() == 0:
                return 0
            entries.clear()
            self.gather(&entries)
            for i in range(unplaced.size()):
                entries.push_back(unplaced[i])


cdef inline long long draw(u64 *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <u64>k)


cdef bint entry_less(const Entry &a, const Entry &b) noexcept nogil:
    return a.key < b.key or (a.key == b.key and a.value < b.value)


@cython_benchmark(args=(70000, 40000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bucketized_cuckoo_hash_index(int ops, long long key_space, long long seed):
    """Return (entries, buckets, rehashes, kicks, longest chain, hits, misses, deletes, checksum)."""
    cdef u64 state = <u64>seed
    cdef CuckooIndex index = CuckooIndex(6)
    cdef long long size = 0, hits = 0, misses = 0, deletes = 0, key, a, b, checksum = 0
    cdef int action, j, n, it
    cdef Py_ssize_t bucket = 0, pos
    cdef Entry *found
    cdef Entry item, lost
    cdef vector[Entry] contents
    cdef size_t i
    for it in range(ops):
        action = <int>draw(&state, 20)
        if action < 14:
            a = draw(&state, key_space)
            b = draw(&state, key_space)
            key = a if a < b else b
        else:
            key = draw(&state, key_space)
        found = index.find(key, &bucket)
        if action < 11:
            item.key = key
            item.value = draw(&state, 1000000)
            if found != NULL:
                found.value = item.value
            else:
                size += 1
                if not index.place(item, &lost):
                    index.rehash(lost)
        elif action < 14:
            if found != NULL:
                pos = found - &index.slots[bucket * SLOTS]
                n = index.fill[bucket]
                for j in range(<int>pos, n - 1):
                    index.slots[bucket * SLOTS + j] = index.slots[bucket * SLOTS + j + 1]
                index.fill[bucket] = n - 1
                size -= 1
                deletes += 1
        elif found != NULL:
            hits += 1
        else:
            misses += 1
    index.gather(&contents)
    sort(contents.begin(), contents.end(), entry_less)
    for i in range(contents.size()):
        checksum = (checksum * 1000003 + contents[i].key * 7919 + contents[i].value) % MOD
    return size, 1 << index.bits, index.rehashes, index.kicks, index.longest, hits, misses, deletes, checksum
