# cython: language_level=3
"""Flesch scores from one byte scan per paragraph with a vowel lookup table.

Each paragraph is built in a C buffer; a single pass counts sentence terminators,
letter runs (words) and, inside each word, vowel groups via a 256-entry ``bint`` table,
applying the silent-e rule at the word end. The score uses the same floating-point
expression as the Python version, so results are identical.

Keywords: readability, flesch, syllables, lookup table, word counting, text
"""

import cython
from libc.string cimport memcpy, memset, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[17]
WORDS[:] = [b"simple", b"readable", b"text", b"is", b"easy", b"to", b"understand", b"complicated",
            b"terminology", b"makes", b"documents", b"harder", b"the", b"reader", b"may", b"give", b"up"]
cdef bint VOWEL[256]
memset(VOWEL, 0, sizeof(VOWEL))
for _c in bytearray(b"aeiouyAEIOUY"):
    VOWEL[_c] = True


cdef inline bint _letter(char c) noexcept nogil:
    return (b'a' <= c <= b'z') or (b'A' <= c <= b'Z')


@cython_benchmark(args=(1200, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def flesch_readability_scores(int n_paragraphs, int seed):
    """Return (score per paragraph, total words, total sentences, total syllables)."""
    cdef char buf[4096]
    cdef unsigned long long state = seed
    cdef int p, s, ns, w, nw, k, n, i, j, count, n_sent, n_tok, n_syl, wl
    cdef long long tw = 0, ts = 0, tsyl = 0
    cdef bint prev, v, in_sent
    cdef list scores = []
    for p in range(n_paragraphs):
        n = 0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ns = 1 + state % 8
        for s in range(ns):
            if s:
                buf[n] = b' '
                n += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nw = 3 + state % 20
            for w in range(nw):
                if w:
                    buf[n] = b' '
                    n += 1
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                k = (state >> 9) % 17
                wl = strlen(WORDS[k])
                memcpy(buf + n, WORDS[k], wl)
                if w == 0:
                    buf[n] -= 32
                n += wl
            buf[n] = b'.'
            n += 1
        n_sent = 0
        n_tok = 0
        n_syl = 0
        in_sent = False
        i = 0
        while i < n:
            if buf[i] == b'.' or buf[i] == b'!' or buf[i] == b'?':
                if in_sent:
                    n_sent += 1
                in_sent = False
                i += 1
            elif _letter(buf[i]):
                in_sent = True
                j = i
                count = 0
                prev = False
                while j < n and _letter(buf[j]):
                    v = VOWEL[<unsigned char> buf[j]]
                    if v and not prev:
                        count += 1
                    prev = v
                    j += 1
                if (buf[j - 1] == b'e' or buf[j - 1] == b'E') and count > 1 and not (
                        j - i >= 2 and (buf[j - 2] == b'l' or buf[j - 2] == b'L')):
                    count -= 1
                n_syl += count if count > 1 else 1
                n_tok += 1
                i = j
            else:
                if buf[i] != b' ':
                    in_sent = True
                i += 1
        if in_sent:
            n_sent += 1
        scores.append(206.835 - 1.015 * (<double> n_tok / n_sent) - 84.6 * (<double> n_syl / n_tok))
        tw += n_tok
        ts += n_sent
        tsyl += n_syl
    return (scores, tw, ts, tsyl)
