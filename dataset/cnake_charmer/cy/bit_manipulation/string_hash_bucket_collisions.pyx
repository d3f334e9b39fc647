# distutils: language = c++
# cython: language_level=3
"""Three string hashes through a C function-pointer table, buckets in unordered_map.

FNV-1a, djb2 and sdbm are nogil cdef functions on (const unsigned char *, length)
with uint32_t arithmetic that wraps for free; they are called through an array of
function pointers, and bucket counts go into a C++ std::unordered_map. Keys are kept
as fixed-width rows of one byte buffer.

Keywords: FNV-1a, djb2, sdbm, string hashing, hash collisions
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free
from libcpp.unordered_map cimport unordered_map
from cython.operator cimport dereference as deref, preincrement as inc

from cnake_charmer.benchmarks import cython_benchmark


ctypedef uint32_t (*hash_fn)(const unsigned char *data, int n) noexcept nogil


cdef uint32_t fnv1a(const unsigned char *data, int n) noexcept nogil:
    cdef uint32_t h = 0x811C9DC5u
    cdef int i
    for i in range(n):
        h = (h ^ data[i]) * 0x01000193u
    return h


cdef uint32_t djb2(const unsigned char *data, int n) noexcept nogil:
    cdef uint32_t h = 5381
    cdef int i
    for i in range(n):
        h = h * 33 + data[i]
    return h


cdef uint32_t sdbm(const unsigned char *data, int n) noexcept nogil:
    cdef uint32_t h = 0
    cdef int i
    for i in range(n):
        h = data[i] + (h << 6) + (h << 16) - h
    return h


@cython_benchmark(args=(30000, 12, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def string_hash_bucket_collisions(int n_keys, int bits, long long seed):
    """Return ([(colliding keys, fullest bucket) per hash], hashes of the first key); 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    cdef const unsigned char *alphabet = b"0123456789abcdefghijklmnopqrstuvwxyz"
    cdef hash_fn funcs[3]
    funcs[0] = fnv1a
    funcs[1] = djb2
    funcs[2] = sdbm
    cdef int nk = n_keys if n_keys > 0 else 0
    cdef int i, j, f, length
    cdef uint32_t mask = ((<uint32_t>1) << bits) - 1
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef unordered_map[uint32_t, int] buckets
    cdef unordered_map[uint32_t, int].iterator it
    cdef long colliding
    cdef int fullest
    cdef list stats = []
    cdef unsigned char *keys = <unsigned char *>malloc(<size_t>(nk + 1) * 18)
    cdef int *lens = <int *>malloc((nk + 1) * sizeof(int))
    if keys == NULL or lens == NULL:
        free(keys)
        free(lens)
        raise MemoryError()
    try:
        for i in range(nk):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            length = <int>(4 + state % 9)
            keys[i * 18 + 0] = b'u'
            keys[i * 18 + 1] = b's'
            keys[i * 18 + 2] = b'e'
            keys[i * 18 + 3] = b'r'
            keys[i * 18 + 4] = b':'
            for j in range(length):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                keys[i * 18 + 5 + j] = alphabet[(state >> 11) % 36]
            lens[i] = 5 + length
        for f in range(3):
            buckets.clear()
            for i in range(nk):
                buckets[funcs[f](keys + i * 18, lens[i]) & mask] += 1
            colliding = 0
            fullest = 0
            it = buckets.begin()
            while it != buckets.end():
                if deref(it).second > 1:
                    colliding += deref(it).second
                if deref(it).second > fullest:
                    fullest = deref(it).second
                inc(it)
            stats.append((colliding, fullest))
        first = [funcs[f](keys, lens[0]) for f in range(3)] if nk > 0 else []
        return stats, first
    finally:
        free(keys)
        free(lens)
