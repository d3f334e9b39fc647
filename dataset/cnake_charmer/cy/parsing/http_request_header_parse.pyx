# distutils: language = c++
# cython: language_level=3
"""HTTP header parsing over a C stream with hashed values in std::unordered_set.

The whole stream is formatted into one growable ``char`` buffer. The parser finds line
ends with pointer scans, compares lower-cased header names with ``memcmp`` and keeps
the last Host / Content-Length value per request; distinct hosts are tracked as FNV-1a
hashes in a ``std::unordered_set`` instead of a set of Python strings.

Keywords: http, headers, request line, unordered_set, parsing
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy, memcmp
from libc.stdio cimport snprintf
from libc.stdint cimport uint64_t
from libcpp.unordered_set cimport unordered_set

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *METHODS[4]
METHODS[:] = [b"GET", b"POST", b"PUT", b"DELETE"]
cdef const char *NAMES[6]
NAMES[:] = [b"Host", b"Content-Length", b"Accept", b"User-Agent", b"X-Request-Id", b"Cookie"]


cdef inline char _lower(char c) noexcept nogil:
    return c + 32 if b'A' <= c <= b'Z' else c


cdef inline char _upper(char c) noexcept nogil:
    return c - 32 if b'a' <= c <= b'z' else c


@cython_benchmark(args=(12000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def http_request_header_parse(int n, int seed):
    """Return (requests, per-method counts, content-length total, distinct hosts, header lines, busiest path)."""
    cdef Py_ssize_t cap = 256 * n + 256, pos = 0, i, eol, a, b, colon, ve, best_a = 0, best_b = 0
    cdef char *s = <char *> malloc(cap)
    cdef char low[32]
    cdef unsigned long long state = seed
    cdef int r, h, nh, name, style, k, j, spaces, best = -1, lines, hdr_total = 0, blocks = 0
    cdef long long content = 0, clen
    cdef int method_counts[4]
    cdef int method_order[4]
    cdef int seen = 0, m
    cdef uint64_t hh, host_hash
    cdef bint has_host
    cdef unordered_set[uint64_t] hosts
    for k in range(4):
        method_counts[k] = 0
    try:
        for r in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pos += snprintf(s + pos, 64, "%s /api/v%d/item%d HTTP/1.1", METHODS[state % 4],
                            <int> ((state >> 3) % 3), r)
            nh = 2 + (state >> 6) % 5
            for h in range(nh):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                name = state % 6
                style = (state >> 4) % 3
                s[pos] = b'\r'
                s[pos + 1] = b'\n'
                pos += 2
                k = 0
                while NAMES[name][k]:
                    s[pos] = _lower(NAMES[name][k]) if style == 0 else (_upper(NAMES[name][k]) if style == 1 else NAMES[name][k])
                    pos += 1
                    k += 1
                s[pos] = b':'
                pos += 1
                for k in range((state >> 7) % 3):
                    s[pos] = b' '
                    pos += 1
                if name == 0:
                    pos += snprintf(s + pos, 32, "host%d.example", <int> ((state >> 9) % 7))
                elif name == 1:
                    pos += snprintf(s + pos, 32, "%d", <int> ((state >> 9) % 5000))
                else:
                    pos += snprintf(s + pos, 32, "v%d", <int> (state >> 9))
            memcpy(s + pos, b"\r\n\r\n", 4)
            pos += 4
        i = 0
        while i + 3 < pos:
            # request line
            eol = i
            while s[eol] != b'\r':
                eol += 1
            a = i
            while s[a] != b' ':
                a += 1
            m = 0
            while not (memcmp(s + i, METHODS[m], a - i) == 0 and METHODS[m][a - i] == 0):
                m += 1
            if method_counts[m] == 0:
                method_order[seen] = m
                seen += 1
            method_counts[m] += 1
            a += 1
            b = a
            while s[b] != b' ':
                b += 1
            path_a = a
            path_b = b
            i = eol + 2
            lines = 0
            clen = 0
            has_host = False
            while s[i] != b'\r':
                eol = i
                while s[eol] != b'\r':
                    eol += 1
                colon = i
                while s[colon] != b':':
                    colon += 1
                for k in range(colon - i):
                    low[k] = _lower(s[i + k])
                a = colon + 1
                while s[a] == b' ':
                    a += 1
                ve = eol
                if colon - i == 4 and memcmp(low, b"host", 4) == 0:
                    has_host = True
                    host_hash = 1469598103934665603ULL
                    for j in range(a, ve):
                        host_hash = (host_hash ^ <unsigned char> s[j]) * 1099511628211ULL
                elif colon - i == 14 and memcmp(low, b"content-length", 14) == 0:
                    clen = 0
                    for j in range(a, ve):
                        clen = clen * 10 + s[j] - 48
                lines += 1
                i = eol + 2
            i += 2
            blocks += 1
            hdr_total += lines
            content += clen
            if has_host:
                hosts.insert(host_hash)
            if lines > best:
                best = lines
                best_a = path_a
                best_b = path_b
        methods = {METHODS[method_order[k]].decode("ascii"): method_counts[method_order[k]] for k in range(seen)}
        return (blocks, methods, content, <int> hosts.size(), hdr_total, s[best_a:best_b].decode("ascii"))
    finally:
        free(s)
