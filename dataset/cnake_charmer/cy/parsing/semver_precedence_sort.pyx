# distutils: language = c++
# cython: language_level=3
"""Semantic versions packed into 64-bit keys and sorted with ``std::sort``.

Each version string is formatted into a char buffer, scanned once into its numeric
fields and packed into a ``uint64_t`` whose integer order is the precedence order; the
keys are sorted with ``std::sort`` and de-duplicated with ``std::unique``, and the
sorted text is re-created from the keys for the checksum.

Keywords: semver, version parsing, sort key, std sort, parsing
"""

import cython
from libc.stdio cimport snprintf
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, unique

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *LABELS[3]
LABELS[:] = [b"alpha", b"beta", b"rc"]


cdef uint64_t _parse(const char *s) noexcept nogil:
    cdef uint64_t f[3]
    cdef int i = 0, k
    cdef uint64_t rank = 0, num = 0, release = 1
    for k in range(3):
        f[k] = 0
        while s[i] >= b'0' and s[i] <= b'9':
            f[k] = f[k] * 10 + <uint64_t> (s[i] - 48)
            i += 1
        if s[i] == b'.':
            i += 1
    if s[i] == b'-':
        release = 0
        i += 1
        rank = 0 if s[i] == b'a' else (1 if s[i] == b'b' else 2)
        while s[i] != b'.':
            i += 1
        i += 1
        while s[i] >= b'0' and s[i] <= b'9':
            num = num * 10 + <uint64_t> (s[i] - 48)
            i += 1
    return (f[0] << 40) | (f[1] << 32) | (f[2] << 16) | (release << 12) | (rank << 8) | num


cdef int _format(uint64_t key, char *out) noexcept nogil:
    cdef int k = snprintf(out, 48, "%d.%d.%d", <int> (key >> 40), <int> ((key >> 32) & 0xFF),
                          <int> ((key >> 16) & 0xFFFF))
    if not (key >> 12) & 1:
        k += snprintf(out + k, 48 - k, "-%s.%d", LABELS[(key >> 8) & 15], <int> (key & 0xFF))
    return k


@cython_benchmark(args=(25000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def semver_precedence_sort(int m, int seed):
    """Return (distinct versions, first 8 sorted, last 4 sorted, checksum of sorted text)."""
    cdef vector[uint64_t] keys
    cdef vector[uint64_t] uniq
    cdef char buf[48]
    cdef unsigned long long state = seed
    cdef unsigned int checksum = 0
    cdef int w, k, j
    cdef size_t i, n
    keys.reserve(m)
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = snprintf(buf, 48, "%d.%d.%d", <int> (state % 4), <int> ((state >> 3) % 16), <int> ((state >> 8) % 31))
        if (state >> 14) % 3 == 0:
            snprintf(buf + k, 48 - k, "-%s.%d", LABELS[(state >> 17) % 3], <int> ((state >> 20) % 6))
        keys.push_back(_parse(buf))
    sort(keys.begin(), keys.end())
    n = keys.size()
    first = []
    last = []
    for i in range(n):
        k = _format(keys[i], buf)
        for j in range(k):
            checksum = checksum * 131 + <unsigned char> buf[j]
        if i < 8:
            first.append(buf[:k].decode("ascii"))
        if i + 4 >= n:
            last.append(buf[:k].decode("ascii"))
    uniq = keys
    distinct = unique(uniq.begin(), uniq.end()) - uniq.begin()
    return (distinct, first, last, checksum)
