# cython: language_level=3
"""Escape-aware splitting in place over a C record buffer.

Each record is escaped straight into a ``char`` buffer; the splitter unescapes keys and
values into two small scratch buffers while tracking the escape flag as a ``bint``, so
pairs are checked and checksummed without creating Python strings (except the first
four that are returned).

Keywords: escaping, key value, delimiter, state machine, parsing
"""

import cython
from libc.string cimport memchr

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *ALPHABET = b"ab;=\\xyz"


cdef struct Stats:
    int pairs
    int with_sep
    int longest
    unsigned int checksum


cdef void _emit(Stats *st, const char *key, int kl, const char *val, int vl, list first):
    cdef int i
    st.pairs += 1
    if memchr(val, b';', vl) != NULL or memchr(val, b'=', vl) != NULL:
        st.with_sep += 1
    if vl > st.longest:
        st.longest = vl
    for i in range(kl):
        st.checksum = st.checksum * 31 + <unsigned char> key[i]
    st.checksum = st.checksum * 31 + 124
    for i in range(vl):
        st.checksum = st.checksum * 31 + <unsigned char> val[i]
    if len(first) < 4:
        first.append((key[:kl].decode("ascii"), val[:vl].decode("ascii")))


@cython_benchmark(args=(8000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def escaped_key_value_split(int m, int seed):
    """Return (pairs, values containing a separator, longest value, checksum, first 4 pairs)."""
    cdef char rec[512]
    cdef char key[64]
    cdef char cur[64]
    cdef Stats st
    cdef unsigned long long state = seed
    cdef int w, p, np, k, nv, n, i, kl, cl
    cdef bint escaped, has_key
    cdef char ch
    cdef list first = []
    st.pairs = 0
    st.with_sep = 0
    st.longest = 0
    st.checksum = 0
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        np = 1 + state % 6
        n = 0
        for p in range(np):
            if p:
                rec[n] = b';'
                n += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            rec[n] = b'k'
            rec[n + 1] = 48 + p
            rec[n + 2] = b'='
            n += 3
            nv = (state >> 4) % 12
            for k in range(nv):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ch = ALPHABET[(state >> 9) % 8]
                if ch == b';' or ch == b'=' or ch == b'\\':
                    rec[n] = b'\\'
                    n += 1
                rec[n] = ch
                n += 1
        kl = 0
        cl = 0
        escaped = False
        has_key = False
        for i in range(n):
            ch = rec[i]
            if escaped:
                cur[cl] = ch
                cl += 1
                escaped = False
            elif ch == b'\\':
                escaped = True
            elif ch == b'=' and not has_key:
                for k in range(cl):
                    key[k] = cur[k]
                kl = cl
                cl = 0
                has_key = True
            elif ch == b';':
                _emit(&st, key, kl if has_key else 0, cur, cl, first)
                has_key = False
                kl = 0
                cl = 0
            else:
                cur[cl] = ch
                cl += 1
        if has_key or cl:
            _emit(&st, key, kl if has_key else 0, cur, cl, first)
    return (st.pairs, st.with_sep, st.longest, st.checksum, first)
