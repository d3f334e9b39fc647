# cython: language_level=3
"""Full justification into a reusable C line buffer.

Word lengths and letters live in malloc'd arrays; every line is laid out in one
``char`` buffer with ``memset`` for runs of letters and spaces, and the checksum and
space count are taken from that buffer, so no per-line Python strings are built except
the three that are returned.

Keywords: justification, line breaking, text layout, memset, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(60000, 40, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def text_full_justify(int n_words, int width, int seed):
    """Return (line count, most spaces in a line, first 3 lines, checksum of all lines)."""
    cdef int *lens = <int *> malloc((n_words + 1) * sizeof(int))
    cdef char *letters = <char *> malloc(n_words + 1)
    cdef int cap = (width if width > 16 else 16) + 16
    cdef char *line = <char *> malloc(cap)
    cdef unsigned long long state = seed
    cdef unsigned int checksum = 0
    cdef int i, j, k, used, gaps, base, extra, pos, end, spaces, most = 0, count = 0
    cdef list first = []
    try:
        for i in range(n_words):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lens[i] = 1 + state % 9
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters[i] = 97 + state % 26
        i = 0
        while i < n_words:
            j = i
            used = 0
            while j < n_words and used + lens[j] + (j - i) <= width:
                used += lens[j]
                j += 1
            if j == i:
                j = i + 1
                used = lens[i]
            gaps = j - i - 1
            pos = 0
            if j == n_words or gaps == 0:
                for k in range(i, j):
                    if k > i:
                        line[pos] = b' '
                        pos += 1
                    memset(line + pos, letters[k], lens[k])
                    pos += lens[k]
                if pos < width:
                    memset(line + pos, b' ', width - pos)
                    pos = width
            else:
                base = (width - used) // gaps
                extra = (width - used) % gaps
                for k in range(i, j):
                    memset(line + pos, letters[k], lens[k])
                    pos += lens[k]
                    if k < j - 1:
                        spaces = base + (1 if k - i < extra else 0)
                        memset(line + pos, b' ', spaces)
                        pos += spaces
            end = pos
            while end > 0 and line[end - 1] == b' ':
                end -= 1
            spaces = 0
            for k in range(pos):
                checksum = checksum * 31 + <unsigned char> line[k]
                if k < end and line[k] == b' ':
                    spaces += 1
            if spaces > most:
                most = spaces
            if count < 3:
                first.append(line[:pos].decode("ascii"))
            count += 1
            i = j
        return (count, most, first, checksum)
    finally:
        free(lens)
        free(letters)
        free(line)
