# cython: language_level=3
"""Hand-written lexer over a C source buffer with an enum of token kinds.

The program text is formatted with ``snprintf`` into a growable buffer and scanned
once by a switch on the current byte, with the same priorities as the regular
expression (comment, string, number, name, two-character operators first). Token
kinds are a C enum indexing a count array; keywords are checked with ``memcmp``.

Keywords: lexer, tokenizer, enum, source code, keywords, text
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp, strlen, strchr
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Kind:
    COMMENT, STRING, NUMBER, NAME, OP, NEWLINE

KIND_NAMES = ["COMMENT", "STRING", "NUMBER", "NAME", "OP", "NEWLINE"]
cdef const char *NAMES[10]
NAMES[:] = [b"alpha", b"beta", b"count", b"total", b"x1", b"item_2", b"result", b"for", b"in", b"not"]
cdef const char *KEYWORDS[10]
KEYWORDS[:] = [b"if", b"def", b"return", b"for", b"in", b"not", b"and", b"or", b"else", b"while"]


cdef inline bint _word(char c) noexcept nogil:
    return (b'a' <= c <= b'z') or (b'A' <= c <= b'Z') or (b'0' <= c <= b'9') or c == b'_'


cdef bint _is_keyword(const char *s, int n) noexcept nogil:
    cdef int k
    for k in range(10):
        if <int> strlen(KEYWORDS[k]) == n and memcmp(KEYWORDS[k], s, n) == 0:
            return True
    return False


@cython_benchmark(args=(16000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def source_code_lexer(int n_lines, int seed):
    """Return (tokens per kind, keywords, sum of integer literals, float literals, longest name)."""
    cdef char *src = <char *> malloc(n_lines * 64 + 8)
    cdef long long counts[6]
    cdef int order[6]
    cdef int seen = 0
    cdef unsigned long long state = seed
    cdef int i, k, kind, num, pos = 0, j, keywords = 0, floats = 0, longest = 0
    cdef long long int_sum = 0, v
    cdef const char *a
    cdef const char *b
    cdef char c
    for k in range(6):
        counts[k] = 0
    try:
        for i in range(n_lines):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = NAMES[state % 10]
            b = NAMES[(state >> 4) % 10]
            num = (state >> 8) % 1000
            kind = (state >> 18) % 5
            if kind == 0:
                pos += snprintf(src + pos, 64, "%s = %s + %d\n", a, b, num)
            elif kind == 1:
                pos += snprintf(src + pos, 64, "if %s >= %d:\n", a, num)
            elif kind == 2:
                pos += snprintf(src + pos, 64, "    return %s * (%s - %d)  # note %d\n", a, b, num, num)
            elif kind == 3:
                pos += snprintf(src + pos, 64, "def %s(%s, %s_%d):\n", a, b, a, num)
            else:
                pos += snprintf(src + pos, 64, "    print(\"%s %d\", %d.5, %s != %s)\n", b, num, num, a, b)
        if n_lines <= 0:
            src[0] = b'\n'  # the joined empty program is a lone newline
            pos = 1
        i = 0
        while i < pos:
            c = src[i]
            if c == b' ' or c == b'\t':
                i += 1
                continue
            if c == b'#':
                j = i
                while j < pos and src[j] != b'\n':
                    j += 1
                kind = COMMENT
            elif c == b'"':
                j = i + 1
                while src[j] != b'"':
                    j += 1
                j += 1
                kind = STRING
            elif b'0' <= c <= b'9':
                j = i
                v = 0
                while j < pos and b'0' <= src[j] <= b'9':
                    v = v * 10 + src[j] - 48
                    j += 1
                if j + 1 < pos and src[j] == b'.' and b'0' <= src[j + 1] <= b'9':
                    j += 1
                    while j < pos and b'0' <= src[j] <= b'9':
                        j += 1
                    floats += 1
                else:
                    int_sum += v
                kind = NUMBER
            elif _word(c):
                j = i
                while j < pos and _word(src[j]):
                    j += 1
                keywords += _is_keyword(src + i, j - i)
                if j - i > longest:
                    longest = j - i
                kind = NAME
            elif c == b'\n':
                j = i + 1
                kind = NEWLINE
            else:
                j = i + 2 if (src[i + 1] == b'=' and (c == b'>' or c == b'<' or c == b'=' or c == b'!')) else i + 1
                kind = OP
            if counts[kind] == 0:
                order[seen] = kind
                seen += 1
            counts[kind] += 1
            i = j
        return ({KIND_NAMES[order[k]]: counts[order[k]] for k in range(seen)}, keywords, int_sum, floats, longest)
    finally:
        free(src)
