# cython: language_level=3
"""Gap buffer as an extension type over a realloc'd ``char`` array.

The cdef class keeps the text and the gap in one C buffer; moving the cursor is a
``memmove`` of the characters between the old and new position, insertion writes
bytes into the gap (growing it with ``realloc``), and backspace just widens the gap.
``__len__`` and ``__getitem__`` give the buffer a sequence interface.

Keywords: gap buffer, text editor, cdef class, memmove, special methods, strings
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memmove

from cnake_charmer.benchmarks import cython_benchmark


cdef class GapBuffer:
    cdef char *buf
    cdef Py_ssize_t cap, start, end

    def __cinit__(self, Py_ssize_t capacity=16):
        self.buf = <char *> malloc(capacity)
        self.cap = capacity
        self.start = 0
        self.end = capacity

    def __dealloc__(self):
        free(self.buf)

    def __len__(self):
        return self.cap - (self.end - self.start)

    def __getitem__(self, Py_ssize_t i):
        return chr(self.at(i))

    cdef inline char at(self, Py_ssize_t i) noexcept:
        return self.buf[i] if i < self.start else self.buf[i + self.end - self.start]

    cdef inline Py_ssize_t size(self) noexcept:
        return self.cap - (self.end - self.start)

    cdef void move(self, Py_ssize_t pos) noexcept:
        cdef Py_ssize_t k
        if pos < self.start:
            k = self.start - pos
            memmove(self.buf + self.end - k, self.buf + pos, k)
            self.start = pos
            self.end -= k
        elif pos > self.start:
            k = pos - self.start
            memmove(self.buf + self.start, self.buf + self.end, k)
            self.start = pos
            self.end += k

    cdef void insert(self, const char *text, Py_ssize_t n) noexcept:
        cdef Py_ssize_t grow, tail
        if self.end - self.start < n:
            grow = self.cap if self.cap > n else n
            tail = self.cap - self.end
            self.buf = <char *> realloc(self.buf, self.cap + grow)
            memmove(self.buf + self.end + grow, self.buf + self.end, tail)
            self.end += grow
            self.cap += grow
        memmove(self.buf + self.start, text, n)
        self.start += n

    cdef void backspace(self, Py_ssize_t k) noexcept:
        self.start = self.start - k if self.start > k else 0


@cython_benchmark(args=(20000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def gap_buffer_text_edits(int n_ops, int seed):
    """Return (final length, checksum of the text, its first 40 characters, sum of sampled char codes)."""
    cdef GapBuffer gb = GapBuffer()
    cdef char word[8]
    cdef unsigned long long state = seed
    cdef int i, k, op, n
    cdef Py_ssize_t size, j
    cdef long long sampled = 0, checksum = 0
    for i in range(n_ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        op = state % 10
        size = gb.size()
        if op < 3 and size:
            gb.move((state >> 8) % (size + 1))
        elif op < 7:
            n = 1 + (state >> 4) % 6
            for k in range(n):
                word[k] = 97 + (state >> (8 + k)) % 26
            gb.insert(word, n)
        elif op < 9:
            gb.backspace(1 + (state >> 8) % 4)
        elif size:
            sampled += gb.at((state >> 8) % size)
    size = len(gb)
    head = []
    for j in range(size):
        checksum = (checksum * 31 + gb.at(j)) % 1000000007
        if j < 40:
            head.append(gb[j])
    return (size, checksum, "".join(head), sampled)
