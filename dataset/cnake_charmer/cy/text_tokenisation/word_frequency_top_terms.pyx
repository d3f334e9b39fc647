# cython: language_level=3
"""Word counting with an open-addressing hash table over byte spans.

The text is built in a C buffer; the tokenizer lower-cases ASCII letters in place and
hashes each letter run with FNV-1a into an extension-type table of (offset, length,
count) slots, comparing candidates with ``memcmp``. The table type implements
``__len__`` and ``__getitem__`` for the final Python-side ranking.

Keywords: word frequency, tokenizer, hash table, fnv, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, memcmp, strlen
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark

cdef list VOCAB = ("the of and to in is that it was for on are with as his they be at one have this "
                   "from or had by hot word but what some we can out other were all there when up use "
                   "your how said an each she").split()


cdef class _SpanCounter:
    cdef const char *text
    cdef int *start
    cdef int *length
    cdef int *count
    cdef int *order
    cdef int cap, size

    def __cinit__(self, int cap):
        self.cap = cap
        self.size = 0
        self.start = <int *> calloc(cap, sizeof(int))
        self.length = <int *> calloc(cap, sizeof(int))
        self.count = <int *> calloc(cap, sizeof(int))
        self.order = <int *> calloc(cap, sizeof(int))

    def __dealloc__(self):
        free(self.start)
        free(self.length)
        free(self.count)
        free(self.order)

    def __len__(self):
        return self.size

    def __getitem__(self, int i):
        cdef int slot = self.order[i]
        return (self.text[self.start[slot]:self.start[slot] + self.length[slot]].decode("ascii"), self.count[slot])

    cdef void add(self, int s, int n) noexcept:
        cdef uint32_t h = 2166136261u
        cdef int i, slot
        for i in range(n):
            h = (h ^ <unsigned char> self.text[s + i]) * 16777619u
        slot = h & (self.cap - 1)
        while self.count[slot]:
            if self.length[slot] == n and memcmp(self.text + self.start[slot], self.text + s, n) == 0:
                self.count[slot] += 1
                return
            slot = (slot + 1) & (self.cap - 1)
        self.start[slot] = s
        self.length[slot] = n
        self.count[slot] = 1
        self.order[self.size] = slot
        self.size += 1


@cython_benchmark(args=(120000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def word_frequency_top_terms(int n_words, int seed):
    """Return (tokens, distinct tokens, top 10 (word, count))."""
    cdef bytes vocab_blob = b"\0".join(w.encode("ascii") for w in VOCAB)
    cdef const char *vb = vocab_blob
    cdef const char *words[44]
    cdef int wlen[44]
    cdef int i, k, a, pos = 0, n, total = 0
    cdef unsigned long long state = seed
    cdef char *text = <char *> malloc(n_words * 8 + 8)
    cdef _SpanCounter table = _SpanCounter(256)
    cdef const char *punct = b",.!?"
    for i in range(44):
        words[i] = vb + pos
        wlen[i] = strlen(vb + pos)
        pos += wlen[i] + 1
    pos = 0
    try:
        for i in range(n_words):
            if i:
                text[pos] = b' '
                pos += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = state % 44
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            k = a if a < <int> (state % 44) else state % 44
            memcpy(text + pos, words[k], wlen[k])
            if (state >> 10) % 7 == 0:
                text[pos] -= 32
            pos += wlen[k]
            if (state >> 13) % 9 == 0:
                text[pos] = punct[(state >> 16) % 4]
                pos += 1
        table.text = text
        i = 0
        while i < pos:
            if b'A' <= text[i] <= b'Z':
                text[i] += 32
            if b'a' <= text[i] <= b'z':
                n = i
                while n < pos and (b'a' <= text[n] <= b'z' or b'A' <= text[n] <= b'Z'):
                    if text[n] <= b'Z':
                        text[n] += 32
                    n += 1
                table.add(i, n - i)
                total += 1
                i = n
            else:
                i += 1
        items = sorted((table[k] for k in range(len(table))), key=lambda kv: (-kv[1], kv[0]))
        return (total, len(table), items[:10])
    finally:
        free(text)
