# cython: language_level=3
"""Outline parsing with an int stack over one generated text buffer.

All lines are formatted into one malloc'd buffer (offsets kept in an index array); the
parser counts leading spaces with a pointer and maintains a C array stack of
(depth, line) pairs as a struct, filling parent and child-count arrays in one pass.

Keywords: indentation, outline, tree, stack, struct, parsing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Open:
    int depth
    int line


@cython_benchmark(args=(60000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def indentation_outline_tree(int n_lines, int seed):
    """Return (max depth, leaves, widest node's child count, its line, depth histogram 0..7)."""
    cdef char *text = <char *> malloc(n_lines * 48 + 1)
    cdef int *start = <int *> malloc((n_lines + 1) * sizeof(int))
    cdef int *children = <int *> malloc((n_lines + 1) * sizeof(int))
    cdef Open stack[16]
    cdef int hist[8]
    cdef unsigned long long state = seed
    cdef int i, k, step, level = 0, pos = 0, sp = 0, depth, parent, leaves = 0, widest = -1, width = 0, deepest = 0
    cdef const char *p
    for k in range(8):
        hist[k] = 0
    try:
        for i in range(n_lines):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            step = state % 4
            if i and step == 0 and level < 7:
                level += 1
            elif step == 3:
                level = (state >> 9) % (level + 1)
            start[i] = pos
            for k in range(2 * level):
                text[pos + k] = b' '
            pos += 2 * level
            pos += snprintf(text + pos, 40, "item%d: value\n", i)
        for i in range(n_lines):
            p = text + start[i]
            depth = 0
            while p[depth] == b' ':
                depth += 1
            depth //= 2
            while sp and stack[sp - 1].depth >= depth:
                sp -= 1
            parent = stack[sp - 1].line if sp else -1
            children[i] = 0
            if parent >= 0:
                children[parent] += 1
            stack[sp].depth = depth
            stack[sp].line = i
            sp += 1
            hist[depth] += 1
        for i in range(n_lines):
            if children[i] == 0:
                leaves += 1
            if widest < 0 or children[i] > width:
                widest = i
                width = children[i]
        for k in range(8):
            if hist[k]:
                deepest = k
        return (deepest, leaves, width, widest, [hist[k] for k in range(8)])
    finally:
        free(text)
        free(start)
        free(children)
