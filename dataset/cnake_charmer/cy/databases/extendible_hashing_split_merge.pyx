# cython: language_level=3
"""Extendible hashing: directory doubling, bucket splits, buddy merges and halving — integer directory over a bucket pool.

The directory is a ``realloc``-grown ``int`` array of bucket ids and buckets are C
structs in a pool with a free list, each owning small key/value arrays. Splits reuse
the old bucket for the 0-half and partition it in place; merges append the buddy's
entries and recycle its id. A counter of buckets whose local depth equals the global
depth replaces the Python ``all(...)`` scan when deciding to halve the directory, and
the final key-ordered checksum reads a dense key-indexed array instead of sorting.

Keywords: databases, extendible hashing, dynamic hashing, directory doubling, bucket split, merge, hash index
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef enum:
    MOD = 1000000007
    MAX_DEPTH = 24


cdef struct Bucket:
    int depth
    int count
    int cap
    bint live
    long long *keys
    long long *vals


cdef inline u64 hash_key(long long key) noexcept nogil:
    cdef u64 x = <u64>key * 0x9E3779B97F4A7C15ULL
    x ^= x >> 32
    x = x * 0xD6E8FEB86659FD93ULL
    return x ^ (x >> 32)


cdef inline long long draw(u64 *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <u64>k)


cdef struct Index:
    Bucket *pool
    int n_pool
    int pool_cap
    int free_head
    int *free_next
    int *directory
    int global_depth
    int capacity


cdef int new_bucket(Index *ix, int depth) noexcept nogil:
    cdef int b
    cdef void *p
    if ix.free_head >= 0:
        b = ix.free_head
        ix.free_head = ix.free_next[b]
    else:
        if ix.n_pool == ix.pool_cap:
            p = realloc(ix.pool, 2 * ix.pool_cap * sizeof(Bucket))
            if p == NULL:
                return -1
            ix.pool = <Bucket *>p
            p = realloc(ix.free_next, 2 * ix.pool_cap * sizeof(int))
            if p == NULL:
                return -1
            ix.free_next = <int *>p
            ix.pool_cap *= 2
        b = ix.n_pool
        ix.n_pool += 1
        ix.pool[b].cap = ix.capacity + 1
        ix.pool[b].keys = <long long *>malloc(ix.pool[b].cap * sizeof(long long))
        ix.pool[b].vals = <long long *>malloc(ix.pool[b].cap * sizeof(long long))
        if ix.pool[b].keys == NULL or ix.pool[b].vals == NULL:
            return -1
    ix.pool[b].depth = depth
    ix.pool[b].count = 0
    ix.pool[b].live = True
    return b


cdef bint push(Bucket *bk, long long key, long long value) noexcept nogil:
    cdef void *p
    if bk.count == bk.cap:
        p = realloc(bk.keys, 2 * bk.cap * sizeof(long long))
        if p == NULL:
            return False
        bk.keys = <long long *>p
        p = realloc(bk.vals, 2 * bk.cap * sizeof(long long))
        if p == NULL:
            return False
        bk.vals = <long long *>p
        bk.cap *= 2
    bk.keys[bk.count] = key
    bk.vals[bk.count] = value
    bk.count += 1
    return True


cdef inline int find(Bucket *bk, long long key) noexcept nogil:
    cdef int i
    for i in range(bk.count):
        if bk.keys[i] == key:
            return i
    return -1


@cython_benchmark(args=(70000, 8, 24000, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def extendible_hashing_split_merge(int ops, int capacity, long long key_space, long long seed):
    """Return (global depth, buckets, splits, doublings, merges, halvings, hits, misses, depth histogram, checksum)."""
    cdef u64 state = <u64>seed
    cdef Index ix
    cdef long long splits = 0, doublings = 0, merges = 0, halvings = 0, hits = 0, misses = 0, checksum = 0
    cdef long long key, step
    cdef long long *dense = NULL
    cdef u64 h, mask
    cdef int action, b, nb, other, pos, depth, i, j, k, at_top, dir_size
    cdef Py_ssize_t idx, index, stride
    cdef bint growing, merged, failed = False
    cdef Bucket *bk
    cdef Bucket *ob
    cdef void *p
    ix.pool_cap = 64
    ix.n_pool = 0
    ix.free_head = -1
    ix.capacity = capacity
    ix.pool = <Bucket *>malloc(ix.pool_cap * sizeof(Bucket))
    ix.free_next = <int *>malloc(ix.pool_cap * sizeof(int))
    ix.directory = <int *>malloc(sizeof(int))
    ix.global_depth = 0
    try:
        if ix.pool == NULL or ix.free_next == NULL or ix.directory == NULL:
            raise MemoryError()
        with nogil:
            ix.directory[0] = new_bucket(&ix, 0)
            at_top = 1              # buckets whose depth equals the global depth
            for step in range(ops):
                growing = 3 * step < 2 * <long long>ops
                action = <int>draw(&state, 100)
                key = draw(&state, key_space)
                h = hash_key(key)
                mask = (1ULL << ix.global_depth) - 1
                b = ix.directory[h & mask]
                bk = &ix.pool[b]
                pos = find(bk, key)
                if action < (60 if growing else 15):
                    if pos >= 0:
                        bk.vals[pos] = step
                        continue
                    while bk.count >= capacity and bk.depth < MAX_DEPTH:
                        if bk.depth == ix.global_depth:
                            dir_size = 1 << ix.global_depth
                            p = realloc(ix.directory, 2 * dir_size * sizeof(int))
                            if p == NULL:
                                failed = True
                                break
                            ix.directory = <int *>p
                            memcpy(ix.directory + dir_size, ix.directory, dir_size * sizeof(int))
                            ix.global_depth += 1
                            doublings += 1
                            at_top = 0
                        # split b: b keeps the 0-half, nb takes the 1-half
                        depth = bk.depth + 1
                        nb = new_bucket(&ix, depth)
                        if nb < 0:
                            failed = True
                            break
                        bk = &ix.pool[b]
                        if bk.depth + 1 == ix.global_depth:
                            at_top += 1
                        elif bk.depth == ix.global_depth:
                            at_top -= 1
                        if depth == ix.global_depth:
                            at_top += 1
                        bk.depth = depth
                        k = 0
                        for i in range(bk.count):
                            if (hash_key(bk.keys[i]) >> (depth - 1)) & 1:
                                if not push(&ix.pool[nb], bk.keys[i], bk.vals[i]):
                                    failed = True
                            else:
                                bk.keys[k] = bk.keys[i]
                                bk.vals[k] = bk.vals[i]
                                k += 1
                        bk.count = k
                        stride = <Py_ssize_t>1 << (depth - 1)
                        dir_size = 1 << ix.global_depth
                        idx = <Py_ssize_t>(h & <u64>(stride - 1))
                        while idx < dir_size:
                            ix.directory[idx] = nb if (idx >> (depth - 1)) & 1 else b
                            idx += stride
                        splits += 1
                        mask = (1ULL << ix.global_depth) - 1
                        b = ix.directory[h & mask]
                        bk = &ix.pool[b]
                    if failed:
                        break
                    if not push(bk, key, step):
                        failed = True
                        break
                elif action < 80:
                    if pos < 0:
                        continue
                    bk.count -= 1
                    bk.keys[pos] = bk.keys[bk.count]
                    bk.vals[pos] = bk.vals[bk.count]
                    merged = False
                    while bk.depth > 0:
                        index = <Py_ssize_t>(h & ((1ULL << bk.depth) - 1))
                        other = ix.directory[index ^ (<Py_ssize_t>1 << (bk.depth - 1))]
                        ob = &ix.pool[other]
                        if ob.depth != bk.depth or bk.count + ob.count > capacity // 2:
                            break
                        for i in range(ob.count):
                            push(bk, ob.keys[i], ob.vals[i])
                        if bk.depth == ix.global_depth:
                            at_top -= 2
                        bk.depth -= 1
                        if bk.depth == ix.global_depth:
                            at_top += 1
                        ob.live = False
                        ix.free_next[other] = ix.free_head
                        ix.free_head = other
                        stride = <Py_ssize_t>1 << bk.depth
                        dir_size = 1 << ix.global_depth
                        idx = index & (stride - 1)
                        while idx < dir_size:
                            ix.directory[idx] = b
                            idx += stride
                        merges += 1
                        merged = True
                    while merged and ix.global_depth > 0 and at_top == 0:
                        ix.global_depth -= 1
                        halvings += 1
                        for i in range(ix.n_pool):
                            if ix.pool[i].live and ix.pool[i].depth == ix.global_depth:
                                at_top += 1
                elif pos >= 0:
                    hits += 1
                else:
                    misses += 1
        if failed:
            raise MemoryError()
        histogram = [0] * (ix.global_depth + 1)
        dense = <long long *>malloc((key_space + 1) * sizeof(long long))
        if dense == NULL:
            raise MemoryError()
        nb = 0
        for key in range(key_space):
            dense[key] = -1
        for i in range(ix.n_pool):
            if ix.pool[i].live:
                nb += 1
                histogram[ix.pool[i].depth] += 1
                for j in range(ix.pool[i].count):
                    dense[ix.pool[i].keys[j]] = ix.pool[i].vals[j]
        for key in range(key_space):
            if dense[key] >= 0:
                checksum = (checksum * 1000003 + key * 31 + dense[key]) % MOD
        return ix.global_depth, nb, splits, doublings, merges, halvings, hits, misses, histogram, checksum
    finally:
        free(dense)
        for i in range(ix.n_pool):
            free(ix.pool[i].keys)
            free(ix.pool[i].vals)
        free(ix.pool); free(ix.free_next); free(ix.directory)
