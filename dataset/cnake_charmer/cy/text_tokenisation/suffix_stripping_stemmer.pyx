# cython: language_level=3
"""Suffix stripping on a char buffer, written in Cython's pure-Python mode.

The stemmer is a ``@cython.cfunc`` whose locals are typed with ``@cython.locals``; it
edits a word held in a ``char`` array by moving an end index, comparing suffixes with
``memcmp``. Only the final stems are turned into Python strings for counting.

Keywords: stemming, porter, suffixes, pure python mode, memcmp, text
"""

import cython
from libc.string cimport memcmp, memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *STEMS[12]
STEMS[:] = [b"walk", b"hop", b"cry", b"agree", b"plan", b"fish", b"pass", b"stop", b"try", b"jump", b"feed", b"box"]
cdef const char *SUFFIXES[7]
SUFFIXES[:] = [b"", b"s", b"es", b"ed", b"ing", b"ies", b"ses"]


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _vowel(c: cython.char) -> cython.bint:
    return c == b'a' or c == b'e' or c == b'i' or c == b'o' or c == b'u'


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(i=cython.int)
def _has_vowel(w: cython.p_char, n: cython.int) -> cython.bint:
    for i in range(n):
        if _vowel(w[i]):
            return True
    return False


@cython.cfunc
@cython.exceptval(check=False)
def _ends(w: cython.p_char, n: cython.int, suf: cython.p_const_char) -> cython.bint:
    k: cython.int = strlen(suf)
    return n >= k and memcmp(w + n - k, suf, k) == 0


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(c=cython.char)
def _undouble(w: cython.p_char, n: cython.int) -> cython.int:
    if n > 2 and w[n - 1] == w[n - 2]:
        c = w[n - 1]
        if c != b'l' and c != b's' and c != b'z' and not _vowel(c):
            return n - 1
    return n


@cython.cfunc
@cython.exceptval(check=False)
def _stem(w: cython.p_char, n: cython.int) -> cython.int:
    if _ends(w, n, b"sses"):
        n -= 2
    elif _ends(w, n, b"ies"):
        n -= 2
    elif _ends(w, n, b"s") and not _ends(w, n, b"ss"):
        n -= 1
    if _ends(w, n, b"eed"):
        if n > 4:
            n -= 1
    elif _ends(w, n, b"ed") and _has_vowel(w, n - 2):
        n = _undouble(w, n - 2)
    elif _ends(w, n, b"ing") and _has_vowel(w, n - 3):
        n = _undouble(w, n - 3)
    if _ends(w, n, b"y") and n > 2 and not _vowel(w[n - 2]):
        w[n - 1] = b'i'
    return n


@cython_benchmark(args=(50000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def suffix_stripping_stemmer(int n_words, int seed):
    """Return (distinct stems, characters removed, top 5 stems, first 8 stems)."""
    word = cython.declare(cython.char[24])
    state = cython.declare(cython.ulonglong, seed)
    cdef int i, n, sl, fl, out
    cdef long long removed = 0
    cdef dict counts = {}
    cdef list first = []
    cdef const char *stem
    cdef char last
    for i in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        stem = STEMS[state % 12]
        sl = strlen(stem)
        memcpy(word, stem, sl)
        n = sl
        fl = (state >> 8) % 7
        last = stem[sl - 1]
        if (fl == 3 or fl == 4) and (state >> 12) % 2 and not (_vowel(last) or last == b'y'):
            word[n] = last
            n += 1
        memcpy(word + n, SUFFIXES[fl], strlen(SUFFIXES[fl]))
        n += strlen(SUFFIXES[fl])
        out = _stem(word, n)
        removed += n - out
        key = word[:out]
        counts[key] = counts.get(key, 0) + 1
        if i < 8:
            first.append(key.decode("ascii"))
    top = sorted(((k.decode("ascii"), v) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(counts), removed, top, first)
