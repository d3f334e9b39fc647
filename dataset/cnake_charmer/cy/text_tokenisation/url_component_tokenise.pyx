# cython: language_level=3
"""URL tokenisation by delimiter scanning over a C buffer.

Each URL is built in a stack ``char`` buffer and split in one pass: the scheme up to
``://``, the authority up to the first ``/`` or ``?`` (host labels on dots, optional
port after ``:``), path segments on ``/`` and query keys up to ``=``. Host labels are
counted by matching against the small label table with ``memcmp``.

Keywords: url, tokenizer, delimiter scanning, memcmp, host labels, text
"""

import cython
from libc.string cimport memcpy, memcmp, strlen, strcmp
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *HOSTS[5]
HOSTS[:] = [b"www.example.com", b"api.shop.example.org", b"cdn.net", b"mail.google.co.uk", b"localhost"]
cdef const char *SEGMENTS[8]
SEGMENTS[:] = [b"v1", b"users", b"items", b"search", b"static", b"img", b"docs", b"index.html"]
cdef const char *KEYS[5]
KEYS[:] = [b"q", b"page", b"id", b"sort", b"lang"]
cdef const char *LABELS[13]
LABELS[:] = [b"www", b"example", b"com", b"api", b"shop", b"org", b"cdn", b"net", b"mail", b"google", b"co", b"uk",
             b"localhost"]


cdef int _label_id(const char *s, int n) noexcept nogil:
    cdef int k
    for k in range(13):
        if <int> strlen(LABELS[k]) == n and memcmp(LABELS[k], s, n) == 0:
            return k
    return 13


@cython_benchmark(args=(8000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def url_component_tokenise(int n, int seed):
    """Return (tokens, host labels, path segments, query keys, most common label, tokens of URL 0)."""
    cdef char url[256]
    cdef int label_counts[14]
    cdef unsigned long long state = seed
    cdef int i, k, m, p, q, e, nq, n_tokens = 0, n_labels = 0, n_segments = 0, n_keys = 0, best
    cdef list first = []
    cdef bint keep
    for k in range(14):
        label_counts[k] = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        m = snprintf(url, 256, "%s://%s", <const char *> (b"https" if state & 1 else b"http"), HOSTS[(state >> 3) % 5])
        if (state >> 6) % 4 == 0:
            m += snprintf(url + m, 256 - m, ":%d", <int> (8000 + (state >> 8) % 100))
        for k in range((state >> 10) % 5):
            m += snprintf(url + m, 256 - m, "/%s", SEGMENTS[(state >> (12 + k)) % 8])
        if (state >> 20) % 2:
            nq = 1 + (state >> 24) % 3
            for k in range(nq):
                m += snprintf(url + m, 256 - m, "%c%s=%d", <int> (b'?' if k == 0 else b'&'),
                              KEYS[(state >> (21 + k)) % 5], k)
        keep = i == 0
        # scheme
        p = 0
        while url[p] != b':':
            p += 1
        n_tokens += 1
        if keep:
            first.append(url[:p].decode("ascii"))
        p += 3
        # host labels
        e = p
        while e < m and url[e] != b'/' and url[e] != b'?' and url[e] != b':':
            e += 1
        q = p
        while q <= e:
            if q == e or url[q] == b'.':
                label_counts[_label_id(url + p, q - p)] += 1
                n_labels += 1
                n_tokens += 1
                if keep:
                    first.append(url[p:q].decode("ascii"))
                p = q + 1
            q += 1
        port_start = -1
        if e < m and url[e] == b':':
            port_start = e + 1
            e += 1
            while e < m and url[e] != b'/' and url[e] != b'?':
                e += 1
        port_end = e
        # path segments
        p = e
        while p < m and url[p] == b'/':
            q = p + 1
            while q < m and url[q] != b'/' and url[q] != b'?':
                q += 1
            if q > p + 1:
                n_segments += 1
                n_tokens += 1
                if keep:
                    first.append(url[p + 1:q].decode("ascii"))
            p = q
        # query keys
        if p < m and url[p] == b'?':
            p += 1
            while p < m:
                q = p
                while q < m and url[q] != b'=' and url[q] != b'&':
                    q += 1
                n_keys += 1
                n_tokens += 1
                if keep:
                    first.append(url[p:q].decode("ascii"))
                while q < m and url[q] != b'&':
                    q += 1
                p = q + 1
        if port_start >= 0:
            n_tokens += 1
            if keep:
                first.append(str(int(url[port_start:port_end].decode("ascii"))))
    best = -1
    for k in range(13):
        if label_counts[k] and (best < 0 or label_counts[k] > label_counts[best] or
                                (label_counts[k] == label_counts[best] and strcmp(LABELS[k], LABELS[best]) < 0)):
            best = k
    top = LABELS[best].decode("ascii") if best >= 0 else ""
    return (n_tokens, n_labels, n_segments, n_keys, top, first)
