# distutils: language = c++
# cython: language_level=3
"""Identifier splitting by a character-class state machine into ``std::string`` keys.

Identifiers are assembled in a char buffer; the splitter reproduces the regular
expression's alternatives (acronym before a capitalised word, optional capital plus
lower-case run, upper-case run, digit run) with explicit index arithmetic, and counts
lower-cased words in a ``std::unordered_map[std::string, int]``.

Keywords: camelcase, identifiers, state machine, unordered_map, tokenizer, text
"""

import cython
from libc.string cimport memcpy, strlen
from libcpp.string cimport string
from libcpp.unordered_map cimport unordered_map
from cython.operator cimport dereference as deref, preincrement as inc

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *LOWER[10]
LOWER[:] = [b"get", b"set", b"value", b"name", b"parse", b"to", b"from", b"list", b"user", b"id"]
cdef const char *ACRONYM[6]
ACRONYM[:] = [b"HTTP", b"XML", b"ID", b"URL", b"JSON", b"IO"]


cdef inline bint _up(char c) noexcept nogil:
    return b'A' <= c <= b'Z'


cdef inline bint _lo(char c) noexcept nogil:
    return b'a' <= c <= b'z'


cdef inline bint _dig(char c) noexcept nogil:
    return b'0' <= c <= b'9'


@cython_benchmark(args=(25000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def camelcase_identifier_split(int m, int seed):
    """Return (words, distinct words, top 5 (word, count), splits of the first 3 identifiers)."""
    cdef char s[64]
    cdef char low[64]
    cdef unordered_map[string, int] counts
    cdef unordered_map[string, int].iterator it
    cdef unsigned long long state = seed
    cdef int k, p, np, kind, n, i, j, e, a, total = 0, v, wl
    cdef const char *src
    cdef list first = []
    cdef list words
    for k in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        np = 2 + state % 4
        n = 0
        for p in range(np):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = state % 5
            if kind == 0 or p == 0 or kind == 1:
                src = LOWER[(state >> 8) % 10]
                wl = strlen(src)
                memcpy(s + n, src, wl)
                if kind == 1 and p != 0:
                    s[n] -= 32
                n += wl
            elif kind == 2:
                src = ACRONYM[(state >> 8) % 6]
                wl = strlen(src)
                memcpy(s + n, src, wl)
                n += wl
            elif kind == 3:
                v = (state >> 8) % 100
                if v >= 10:
                    s[n] = 48 + v // 10
                    n += 1
                s[n] = 48 + v % 10
                n += 1
            else:
                s[n] = b'_'
                n += 1
        words = [] if k < 3 else None
        i = 0
        while i < n:
            if _up(s[i]):
                j = i
                while j < n and _up(s[j]):
                    j += 1
                if j < n and _lo(s[j]) and j - i >= 2:
                    e = j - 1
                elif j < n and _lo(s[j]):
                    e = j
                    while e < n and _lo(s[e]):
                        e += 1
                else:
                    e = j
            elif _lo(s[i]):
                e = i
                while e < n and _lo(s[e]):
                    e += 1
            elif _dig(s[i]):
                e = i
                while e < n and _dig(s[e]):
                    e += 1
            else:
                i += 1
                continue
            for a in range(i, e):
                low[a - i] = s[a] + 32 if _up(s[a]) else s[a]
            counts[string(&low[0], <size_t> (e - i))] += 1
            total += 1
            if words is not None:
                words.append(low[:e - i].decode("ascii"))
            i = e
        if words is not None:
            first.append(words)
    items = []
    it = counts.begin()
    while it != counts.end():
        items.append((deref(it).first.decode("ascii"), deref(it).second))
        inc(it)
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return (total, <int> counts.size(), items[:5], first)
