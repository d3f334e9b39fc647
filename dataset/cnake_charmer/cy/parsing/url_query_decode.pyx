# cython: language_level=3
"""Query-string encoding and decoding over C buffers with hex lookup.

Each query is generated into a stack ``char`` buffer; the decoder splits on ``&`` and
``=``, maps ``+`` to space and ``%XX`` through a hex-digit table, and identifies keys
by ``strncmp`` against a static key table, so the hot loop never builds Python strings.

Keywords: url, query string, percent encoding, strncmp, parsing
"""

import cython
from libc.string cimport strncmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *KEYS[6]
KEYS[:] = [b"id", b"q", b"tag", b"page", b"sort", b"lang"]
cdef const char *RAW = b"abcXYZ019 -_.~/&=+%?#"
cdef const char *HEX = b"0123456789ABCDEF"


cdef inline int _hexval(char c) noexcept nogil:
    if c >= b'0' and c <= b'9':
        return c - 48
    return c - 55


@cython_benchmark(args=(6000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def url_query_decode(int m, int seed):
    """Return (pairs, pairs per key, checksum of decoded values, first 4 pairs)."""
    cdef char q[512]
    cdef char val[64]
    cdef int counts[6]
    cdef int order[6]
    cdef unsigned long long state = seed
    cdef unsigned int checksum = 0
    cdef int w, p, np, k, nraw, n, i, j, key, vlen, klen, total = 0, seen = 0
    cdef int rawlen = strlen(RAW)
    cdef char ch
    cdef list first = []
    for k in range(6):
        counts[k] = 0
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        np = 1 + state % 6
        n = 0
        for p in range(np):
            if p:
                q[n] = b'&'
                n += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key = state % 6
            klen = strlen(KEYS[key])
            for j in range(klen):
                q[n + j] = KEYS[key][j]
            n += klen
            q[n] = b'='
            n += 1
            nraw = 1 + (state >> 8) % 10
            for k in range(nraw):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ch = RAW[(state >> 6) % rawlen]
                if (ch >= b'a' and ch <= b'z') or (ch >= b'A' and ch <= b'Z') or (ch >= b'0' and ch <= b'9') \
                        or ch == b'-' or ch == b'_' or ch == b'.' or ch == b'~':
                    q[n] = ch
                    n += 1
                elif ch == b' ':
                    q[n] = b'+'
                    n += 1
                else:
                    q[n] = b'%'
                    q[n + 1] = HEX[(<unsigned char> ch) >> 4]
                    q[n + 2] = HEX[(<unsigned char> ch) & 15]
                    n += 3
        i = 0
        while i < n:
            j = i
            while q[j] != b'=':
                j += 1
            key = 0
            while not (strncmp(q + i, KEYS[key], j - i) == 0 and strlen(KEYS[key]) == <size_t> (j - i)):
                key += 1
            i = j + 1
            vlen = 0
            while i < n and q[i] != b'&':
                if q[i] == b'+':
                    val[vlen] = b' '
                elif q[i] == b'%':
                    val[vlen] = _hexval(q[i + 1]) * 16 + _hexval(q[i + 2])
                    i += 2
                else:
                    val[vlen] = q[i]
                vlen += 1
                i += 1
            i += 1
            total += 1
            if counts[key] == 0:
                order[seen] = key
                seen += 1
            counts[key] += 1
            for j in range(vlen):
                checksum = checksum * 33 + <unsigned char> val[j]
            if len(first) < 4:
                first.append((KEYS[key].decode("ascii"), val[:vlen].decode("ascii")))
    return (total, {KEYS[order[k]].decode("ascii"): counts[order[k]] for k in range(seen)}, checksum, first)
