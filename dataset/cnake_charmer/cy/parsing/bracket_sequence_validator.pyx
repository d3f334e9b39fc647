# cython: language_level=3
"""Bracket validation with a C char stack and a 256-byte partner table.

Generation and validation both use fixed C arrays as stacks; each closing byte is
mapped to its opener through a lookup table (zero for non-closers), so checking a
sequence is a tight loop of array pushes, pops and compares.

Keywords: brackets, balanced parentheses, stack, lookup table, parsing
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef unsigned char PARTNER[256]
memset(PARTNER, 0, 256)
PARTNER[b')'] = b'('
PARTNER[b']'] = b'['
PARTNER[b'}'] = b'{'
PARTNER[b'>'] = b'<'
cdef const char *OPEN = b"([{<"
cdef const char *CLOSE = b")]}>"


@cython_benchmark(args=(7000, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
def bracket_sequence_validator(int m, int seed):
    """Return (balanced, mismatched, unclosed, deepest balanced nesting, error-position sum, first 15 codes)."""
    cdef unsigned char chars[128]
    cdef int opened[64]
    cdef unsigned char stack[128]
    cdef unsigned long long state = seed
    cdef int w, i, n, top, length, kind, sp, depth, code
    cdef int balanced = 0, mismatched = 0, unclosed = 0, deepest = 0
    cdef long long err_sum = 0
    cdef unsigned char ch
    cdef list codes = []
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 40
        n = 0
        top = 0
        for i in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if top and state % 5 < 2:
                top -= 1
                kind = opened[top]
                if (state >> 9) % 23 == 0:
                    kind = (kind + 1) % 4
                chars[n] = CLOSE[kind]
            else:
                kind = (state >> 7) % 4
                opened[top] = kind
                top += 1
                chars[n] = OPEN[kind]
            n += 1
        while top and state % 3:
            top -= 1
            chars[n] = CLOSE[opened[top]]
            n += 1
        sp = 0
        depth = 0
        code = 0
        for i in range(n):
            ch = chars[i]
            if PARTNER[ch] == 0:
                stack[sp] = ch
                sp += 1
                if sp > depth:
                    depth = sp
            else:
                if sp == 0 or stack[sp - 1] != PARTNER[ch]:
                    code = 1
                    err_sum += i
                    break
                sp -= 1
        if code == 0 and sp:
            code = 2
        if code == 0:
            balanced += 1
            if depth > deepest:
                deepest = depth
        elif code == 1:
            mismatched += 1
        else:
            unclosed += 1
        if w < 15:
            codes.append(code)
    return (balanced, mismatched, unclosed, deepest, err_sum, codes)
