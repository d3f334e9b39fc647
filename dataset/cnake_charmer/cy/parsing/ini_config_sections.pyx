# cython: language_level=3
"""A line scanner for the INI subset, working in a C text buffer.

The document is formatted into a growable ``char`` buffer with ``snprintf``; the parser
walks it line by line with pointer arithmetic, skipping comments, recognising section
headers and splitting ``key=value``/``key: value`` lines, lower-casing keys with
``tolower`` and trimming values in place. Only the first section's items become Python
strings.

Keywords: ini, configuration, key value, line scanner, parsing
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.stdio cimport snprintf
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "ctype.h":
    int tolower(int c) nogil
    int isspace(int c) nogil


cdef struct Text:
    char *p
    Py_ssize_t n
    Py_ssize_t cap


cdef void _append(Text *t, const char *s, int k) noexcept:
    if t.n + k + 1 > t.cap:
        while t.n + k + 1 > t.cap:
            t.cap *= 2
        t.p = <char *> realloc(t.p, t.cap)
    memcpy(t.p + t.n, s, k)
    t.n += k


@cython_benchmark(args=(1500, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def ini_config_sections(int n_sections, int seed):
    """Return (sections, keys, sum of integer values, longest value, items of the first section)."""
    cdef Text t
    cdef char line[64]
    cdef const char *seps[3]
    seps[:] = [b" = ", b"=", b": "]
    cdef unsigned long long state = seed
    cdef int s, j, nk, kind, k, r, sections = 0, keys = 0, longest = 0
    cdef long long total = 0, v
    cdef Py_ssize_t i, eol, a, b, ks, ke, vs, ve
    cdef bint digits
    cdef const char *KEY_UPPER = b"Key"
    cdef const char *KEY_LOWER = b"key"
    cdef const char *kname
    cdef list first = []
    t.cap = 4096
    t.n = 0
    t.p = <char *> malloc(t.cap)
    try:
        _append(&t, b"; generated configuration\n\n", 27)
        for s in range(n_sections):
            k = snprintf(line, 64, "[section%d]\n", s)
            _append(&t, line, k)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nk = 1 + state % 8
            for j in range(nk):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                kind = state % 4
                kname = KEY_UPPER if (state >> 5) & 1 else KEY_LOWER
                k = snprintf(line, 64, "%s%d%s", kname, j, seps[(state >> 6) % 3])
                _append(&t, line, k)
                if kind < 2:
                    k = snprintf(line, 64, "%d\n", <int> ((state >> 8) % 10000))
                else:
                    r = 1 + (state >> 8) % 5
                    for k in range(r):
                        line[k] = b'v'
                    line[r] = b'x'
                    line[r + 1] = b'\n'
                    k = r + 2
                _append(&t, line, k)
                if kind == 3:
                    k = snprintf(line, 64, "# note %d\n", j)
                    _append(&t, line, k)
            _append(&t, b"\n", 1)
        i = 0
        while i < t.n:
            eol = i
            while eol < t.n and t.p[eol] != b'\n':
                eol += 1
            a = i
            b = eol
            i = eol + 1
            if a == b or t.p[a] == b';' or t.p[a] == b'#':
                continue
            if t.p[a] == b'[':
                sections += 1
                continue
            ks = a
            ke = a
            while t.p[ke] != b'=' and t.p[ke] != b':':
                ke += 1
            vs = ke + 1
            while ke > ks and isspace(t.p[ke - 1]):
                ke -= 1
            while vs < b and isspace(t.p[vs]):
                vs += 1
            ve = b
            while ve > vs and isspace(t.p[ve - 1]):
                ve -= 1
            keys += 1
            if ve - vs > longest:
                longest = ve - vs
            digits = ve > vs
            v = 0
            for a in range(vs, ve):
                if t.p[a] < b'0' or t.p[a] > b'9':
                    digits = False
                    break
                v = v * 10 + t.p[a] - 48
            if digits:
                total += v
            if sections == 1:
                for a in range(ks, ke):
                    t.p[a] = tolower(t.p[a])
                first.append((t.p[ks:ke].decode("ascii"), t.p[vs:ve].decode("ascii")))
        return (sections, keys, total, longest, first)
    finally:
        free(t.p)
