# cython: language_level=3
"""Morse decoding by walking an implicit binary tree in a C array.

A dot moves to child ``2i`` and a dash to ``2i + 1`` of a heap-ordered 64-slot table,
so decoding a letter is a few shifts and one array read. Messages are encoded into a
char buffer with ``memcpy`` of the code strings and decoded into another buffer.

Keywords: morse code, decoding, implicit tree, lookup table, parsing
"""

import cython
from libc.string cimport memcpy, strlen, memset

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SYMBOLS = b"ETAOINSHRDLUCMFWYPGBVKJXQZ0123456789"
cdef const char *CODES[36]
CODES[:] = [b"-", b".", b".-", b"---", b"..", b"-.", b"...", b"....", b".-.", b"-..",
            b".-..", b"..-", b"-.-.", b"--", b"..-.", b".--", b"-.--", b".--.", b"--.", b"-...",
            b"...-", b"-.-", b".---", b"-..-", b"--.-", b"--..", b"-----", b".----", b"..---",
            b"...--", b"....-", b".....", b"-....", b"--...", b"---..", b"----."]
cdef int CODELEN[36]
cdef char TREE[64]
memset(TREE, 0, 64)
for _i in range(36):
    CODELEN[_i] = strlen(CODES[_i])
    _node = 1
    for _c in CODES[_i][:CODELEN[_i]]:
        _node = 2 * _node + (1 if _c == 45 else 0)
    TREE[_node] = SYMBOLS[_i]


@cython_benchmark(args=(4000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def morse_code_decode(int m, int seed):
    """Return (decoded characters, Morse length, count of 'E', checksum, first message)."""
    cdef char morse[2048]
    cdef char text[128]
    cdef unsigned long long state = seed
    cdef long long checksum = 0, decoded = 0, mlen = 0, e_count = 0
    cdef int k, w, nw, l, nl, n, t, i, node, sym
    first = ""
    for k in range(m):
        n = 0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nw = 1 + state % 8
        for w in range(nw):
            if w:
                memcpy(morse + n, b" / ", 3)
                n += 3
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nl = 1 + state % 7
            for l in range(nl):
                if l:
                    morse[n] = b' '
                    n += 1
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                sym = (state >> 8) % 36 if state & 1 else (state >> 8) % 12
                memcpy(morse + n, CODES[sym], CODELEN[sym])
                n += CODELEN[sym]
        t = 0
        node = 1
        i = 0
        while i <= n:
            if i == n or morse[i] == b' ':
                if node > 1:
                    text[t] = TREE[node]
                    t += 1
                    node = 1
                if i + 1 < n and morse[i + 1] == b'/':
                    text[t] = b' '
                    t += 1
                    i += 2
            elif morse[i] == b'.':
                node = 2 * node
            else:
                node = 2 * node + 1
            i += 1
        mlen += n
        decoded += t
        for i in range(t):
            if text[i] == b'E':
                e_count += 1
            checksum = (checksum * 37 + text[i]) % 1000003
        if k == 0:
            first = text[:t].decode("ascii")
    return (decoded, mlen, e_count, checksum, first)
