# cython: language_level=3
"""Number spelling and parsing with static word tables and a first-letter index.

Spelling copies words from ``const char *`` tables into a char buffer with
``memcpy``. Parsing splits on spaces and hyphens and identifies each token by its
length and bytes against a candidate list bucketed by first letter, so the lookup
touches only a couple of table entries instead of hashing a Python string.

Keywords: number words, english, lookup table, memcmp, round trip, parsing
"""

import cython
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[30]
WORDS[:] = [b"zero", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight",
            b"nine", b"ten", b"eleven", b"twelve", b"thirteen", b"fourteen", b"fifteen",
            b"sixteen", b"seventeen", b"eighteen", b"nineteen", b"twenty", b"thirty", b"forty",
            b"fifty", b"sixty", b"seventy", b"eighty", b"ninety", b"hundred", b"thousand"]
cdef int VALUE[30]
cdef int WLEN[30]
for _i in range(30):
    WLEN[_i] = strlen(WORDS[_i])
    VALUE[_i] = _i if _i < 20 else (10 * (_i - 18) if _i < 28 else -_i)


cdef int _word(char *out, int k, int idx) noexcept nogil:
    if k:
        out[k] = b' '
        k += 1
    memcpy(out + k, WORDS[idx], WLEN[idx])
    return k + WLEN[idx]


cdef int _below(char *out, int k, int n) noexcept nogil:
    if n >= 100:
        k = _word(out, k, n // 100)
        k = _word(out, k, 28)
        n %= 100
    if n >= 20:
        k = _word(out, k, 18 + n // 10)
        if n % 10:
            out[k] = b'-'
            memcpy(out + k + 1, WORDS[n % 10], WLEN[n % 10])
            k += 1 + WLEN[n % 10]
    elif n:
        k = _word(out, k, n)
    return k


cdef int _lookup(const char *tok, int length) noexcept nogil:
    cdef int i
    for i in range(30):
        if WLEN[i] == length and WORDS[i][0] == tok[0] and memcmp(WORDS[i], tok, length) == 0:
            return i
    return -1


cdef long _parse(const char *s, int n) noexcept nogil:
    cdef long total = 0, current = 0
    cdef int i = 0, j, idx
    while i < n:
        j = i
        while j < n and s[j] != b' ' and s[j] != b'-':
            j += 1
        idx = _lookup(s + i, j - i)
        if idx == 28:
            current *= 100
        elif idx == 29:
            total += current * 1000
            current = 0
        else:
            current += VALUE[idx]
        i = j + 1
    return total + current


@cython_benchmark(args=(20000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def number_words_parse(int m, int seed):
    """Return (sum parsed, mismatches, total text length, first 3 spellings)."""
    cdef char buf[160]
    cdef unsigned long long state = seed
    cdef long n, value
    cdef long long total = 0, chars = 0
    cdef int w, k, bad = 0
    cdef list first = []
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = (state >> 3) % 1000000 if state & 1 else (state >> 3) % 1000
        if n == 0:
            k = _word(buf, 0, 0)
        else:
            k = 0
            if n >= 1000:
                k = _below(buf, k, n // 1000)
                k = _word(buf, k, 29)
            k = _below(buf, k, n % 1000)
        value = _parse(buf, k)
        total += value
        bad += value != n
        chars += k
        if w < 3:
            first.append(buf[:k].decode("ascii"))
    return (total, bad, chars, first)
