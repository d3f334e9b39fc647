# cython: language_level=3
"""CSV state machine over a C buffer with in-place field extraction.

The document is generated into a growable ``char`` buffer; the parser walks it once,
unescaping each field into a scratch buffer and converting integer fields on the fly,
so only the first record's fields ever become Python strings.

Keywords: csv, state machine, quoting, char buffer, parsing
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Buf:
    char *p
    Py_ssize_t n
    Py_ssize_t cap


cdef inline void _put(Buf *b, const char *src, Py_ssize_t k) noexcept:
    if b.n + k > b.cap:
        while b.n + k > b.cap:
            b.cap *= 2
        b.p = <char *> realloc(b.p, b.cap)
    memcpy(b.p + b.n, src, k)
    b.n += k


cdef void _make_csv(Buf *b, int rows, unsigned long long state):
    cdef const char *inners[4]
    cdef int lens[4]
    cdef int r, f, nf, kind, k, reps, v
    cdef char num[16]
    inners[0] = b"x"
    inners[1] = b","
    inners[2] = b'""'
    inners[3] = b"y z"
    lens[:] = [1, 1, 2, 3]
    for r in range(rows):
        if r:
            _put(b, b"\n", 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nf = 3 + state % 5
        for f in range(nf):
            if f:
                _put(b, b",", 1)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = state % 3
            if kind == 0:
                v = (state >> 5) % 100000 - 50000
                k = 0
                if v < 0:
                    _put(b, b"-", 1)
                    v = -v
                while True:
                    num[15 - k] = 48 + v % 10
                    k += 1
                    v //= 10
                    if v == 0:
                        break
                _put(b, num + 16 - k, k)
            elif kind == 1:
                for k in range(1 + (state >> 7) % 6):
                    _put(b, b"w", 1)
            else:
                _put(b, b'"', 1)
                reps = 1 + (state >> 11) % 3
                kind = (state >> 9) % 4
                for k in range(reps):
                    _put(b, inners[kind], lens[kind])
                _put(b, b'"', 1)


@cython_benchmark(args=(8000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def csv_quoted_fields_parse(int rows, int seed):
    """Return (records, fields, sum of integer fields, longest field, fields of record 0)."""
    cdef Buf b
    b.cap = 1024
    b.n = 0
    b.p = <char *> malloc(b.cap)
    cdef char *field = NULL
    cdef Py_ssize_t i, flen = 0, n
    cdef bint in_quotes = False, numeric
    cdef long long total = 0, v
    cdef int records = 0, fields = 0, longest = 0, j, start
    cdef char ch
    cdef list first = []
    try:
        _make_csv(&b, rows, seed)
        n = b.n
        field = <char *> malloc(n + 1)
        i = 0
        while i <= n:
            ch = b.p[i] if i < n else b'\n'
            if in_quotes and i < n:
                if ch == b'"':
                    if i + 1 < n and b.p[i + 1] == b'"':
                        field[flen] = b'"'
                        flen += 1
                        i += 1
                    else:
                        in_quotes = False
                else:
                    field[flen] = ch
                    flen += 1
            elif ch == b'"':
                in_quotes = True
            elif ch == b',' or ch == b'\n':
                if i == n and n == 0:
                    break
                fields += 1
                if flen > longest:
                    longest = flen
                start = 1 if flen > 0 and field[0] == b'-' else 0
                numeric = flen > start
                v = 0
                for j in range(start, flen):
                    if field[j] < b'0' or field[j] > b'9':
                        numeric = False
                        break
                    v = v * 10 + field[j] - 48
                if numeric:
                    total += -v if start else v
                if records == 0:
                    first.append(field[:flen].decode("ascii"))
                flen = 0
                if ch == b'\n':
                    records += 1
            else:
                field[flen] = ch
                flen += 1
            i += 1
        return (records, fields, total, longest, first)
    finally:
        free(b.p)
        free(field)
