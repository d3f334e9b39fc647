# cython: language_level=3
"""Vocabulary as an extension type with ``__len__``, ``__contains__`` and ``__getitem__``.

Tokens are interned into an open-addressing table of packed ``uint64_t`` keys (five
bits per letter) inside a cdef class; counting, the frequency cut, id assignment and
encoding are C loops over that table, while the class exposes a small mapping protocol
(``len(vocab)``, ``word in vocab``, ``vocab[word]``) for the Python-level summary.

Keywords: vocabulary, token ids, cdef class, special methods, hash table, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SYLS[8]
SYLS[:] = [b"ka", b"lo", b"mi", b"nu", b"pe", b"ra", b"so", b"ti"]


cdef inline uint64_t _pack(const char *s, int n) noexcept nogil:
    cdef uint64_t k = 0
    cdef int i
    for i in range(n):
        k = (k << 5) | <uint64_t> (s[i] - 96)
    return k


cdef str _unpack(uint64_t k):
    cdef char buf[16]
    cdef int n = 0, i
    while k:
        buf[n] = 96 + (k & 31)
        k >>= 5
        n += 1
    for i in range(n // 2):
        buf[i], buf[n - 1 - i] = buf[n - 1 - i], buf[i]
    return buf[:n].decode("ascii")


cdef class Vocabulary:
    cdef uint64_t *keys
    cdef int *counts
    cdef int *ids
    cdef int cap, distinct, size

    def __cinit__(self, int cap):
        self.cap = cap
        self.keys = <uint64_t *> calloc(cap, sizeof(uint64_t))
        self.counts = <int *> calloc(cap, sizeof(int))
        self.ids = <int *> calloc(cap, sizeof(int))
        self.distinct = 0
        self.size = 2

    def __dealloc__(self):
        free(self.keys)
        free(self.counts)
        free(self.ids)

    def __len__(self):
        return self.size

    def __contains__(self, str word):
        return self.lookup(_pack(word.encode("ascii"), len(word))) > 1

    def __getitem__(self, str word):
        return self.lookup(_pack(word.encode("ascii"), len(word)))

    cdef inline int slot(self, uint64_t key) noexcept:
        cdef int s = <int> ((key * 0x9E3779B97F4A7C15ULL) >> 40) & (self.cap - 1)
        while self.keys[s] != 0 and self.keys[s] != key:
            s = (s + 1) & (self.cap - 1)
        return s

    cdef void count(self, uint64_t key) noexcept:
        cdef int s = self.slot(key)
        if self.keys[s] == 0:
            self.keys[s] = key
            self.distinct += 1
        self.counts[s] += 1

    cdef int lookup(self, uint64_t key) noexcept:
        cdef int s = self.slot(key)
        return self.ids[s] if self.keys[s] == key and self.ids[s] else 1


cdef unsigned long long _corpus(char *out, int *length, int n, unsigned long long state) noexcept nogil:
    cdef int i, a, b, c, pos = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 8) % 8
        b = (state >> 12) % 8
        if <int> ((state >> 16) % 8) < b:
            b = (state >> 16) % 8
        c = (state >> 20) % 8
        if i:
            out[pos] = b' '
            pos += 1
        memcpy(out + pos, SYLS[a], 2)
        memcpy(out + pos + 2, SYLS[b], 2)
        pos += 4
        if c < 3:
            memcpy(out + pos, SYLS[c], 2)
            pos += 2
    length[0] = pos
    return state


@cython_benchmark(args=(60000, 20000, 20, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def vocabulary_oov_encoding(int n_train, int n_test, int min_count, int seed):
    """Return (vocabulary size, unknown test tokens, checksum of ids, first 10 ids, 5 most frequent words)."""
    cdef char *train = <char *> malloc(n_train * 7 + 8)
    cdef char *test = <char *> malloc(n_test * 7 + 8)
    cdef Vocabulary vocab = Vocabulary(4096)
    cdef int lt, ls, i, j, s, tid, unknown = 0, ntok = 0
    cdef unsigned long long state
    cdef long long checksum = 0
    cdef list first = []
    try:
        state = _corpus(train, &lt, n_train, seed)
        _corpus(test, &ls, n_test, state ^ 0x5555)
        i = 0
        while i < lt:
            j = i
            while j < lt and train[j] != b' ':
                j += 1
            vocab.count(_pack(train + i, j - i))
            i = j + 1
        kept = []
        for s in range(vocab.cap):
            if vocab.keys[s] and vocab.counts[s] >= min_count:
                kept.append((-vocab.counts[s], _unpack(vocab.keys[s]), s))
        kept.sort()
        for rank, (_c, _w, s) in enumerate(kept):
            vocab.ids[s] = rank + 2
        vocab.size = 2 + len(kept)
        i = 0
        while i < ls:
            j = i
            while j < ls and test[j] != b' ':
                j += 1
            tid = vocab.lookup(_pack(test + i, j - i))
            unknown += tid == 1
            checksum = (checksum * 1000003 + tid) % 2147483647
            if ntok < 10:
                first.append(tid)
            ntok += 1
            i = j + 1
        top = [w for _c, w, _s in kept[:5]]
        assert all(w in vocab and vocab[w] == k + 2 for k, w in enumerate(top))
        return (len(vocab), unknown, checksum, first, top)
    finally:
        free(train)
        free(test)
