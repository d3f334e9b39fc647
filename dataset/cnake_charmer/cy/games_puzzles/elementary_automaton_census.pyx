# cython: language_level=3
"""Elementary automata in pure-Python-mode Cython with rows as C byte buffers.

The step function is a ``@cython.cfunc`` with ``@cython.locals`` typing, updating a
C byte row through pointers; previous rows are kept as packed byte strings in a dict
(the cycle detector), so only one bytes object per generation is created.

Keywords: games, cellular automaton, wolfram rules, elementary automata, cycles
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(i=cython.int, left=cython.int, right=cython.int)
def step_row(src: cython.p_uchar, dst: cython.p_uchar, width: cython.int, rule: cython.int) -> cython.void:
    for i in range(width):
        left = src[i - 1] if i > 0 else src[width - 1]
        right = src[i + 1] if i + 1 < width else src[0]
        dst[i] = (rule >> (4 * left + 2 * src[i] + right)) & 1


@cython_benchmark(args=(32, 80))
def elementary_automaton_census(width: cython.int, generations: cython.int):
    """Return [(final population, cycle period)] for rules 0..255."""
    if width <= 0:
        return [(0, 0)] * 256
    buf = cython.declare(cython.p_uchar, <unsigned char *>malloc(2 * width))
    if buf == NULL:
        raise MemoryError()
    cur = cython.declare(cython.p_uchar)
    nxt = cython.declare(cython.p_uchar)
    tmp = cython.declare(cython.p_uchar)
    rule = cython.declare(cython.int)
    g = cython.declare(cython.int)
    i = cython.declare(cython.int)
    period = cython.declare(cython.int)
    pop = cython.declare(cython.int)
    census = []
    try:
        for rule in range(256):
            cur = buf
            nxt = buf + width
            for i in range(width):
                cur[i] = 0
            cur[width // 2] = 1
            seen = {cur[:width]: 0}
            period = 0
            for g in range(1, generations + 1):
                step_row(cur, nxt, width, rule)
                tmp = cur; cur = nxt; nxt = tmp
                key = cur[:width]
                if period == 0 and key in seen:
                    period = g - <int>seen[key]
                seen.setdefault(key, g)
            pop = 0
            for i in range(width):
                pop += cur[i]
            census.append((pop, period))
    finally:
        free(buf)
    return census
