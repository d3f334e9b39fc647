# cython: language_level=3
"""Mastermind minimax with codes packed in a C union of four bytes and a word.

Each code is a union of ``unsigned char pegs[4]`` and a ``uint32_t`` word, so codes
are stored and copied as single integers while the scorer reads individual pegs; the
feedback is counted into a fixed 5x5 C table instead of a Counter of tuples.

Keywords: games, puzzles, mastermind, minimax, code breaking, scoring
"""

from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef union Code:
    unsigned char pegs[4]
    uint32_t word


cdef inline int score(Code g, Code s, int colours, int *white) noexcept nogil:
    cdef int black = 0, common = 0, k
    cdef int cg[16]
    cdef int cs[16]
    for k in range(colours):
        cg[k] = 0
        cs[k] = 0
    for k in range(4):
        if g.pegs[k] == s.pegs[k]:
            black += 1
        cg[g.pegs[k]] += 1
        cs[s.pegs[k]] += 1
    for k in range(colours):
        common += cg[k] if cg[k] < cs[k] else cs[k]
    white[0] = common - black
    return black


@cython_benchmark(args=(5,))
def mastermind_minimax_guess(int colours):
    """Return (minimax guess, its largest partition, its feedback kinds, sum of worsts)."""
    if colours <= 0:
        return (), 0, 0, 0
    if colours > 16:
        raise ValueError("at most 16 colours")
    cdef int total = colours * colours * colours * colours
    cdef Code *codes = <Code *>malloc(total * sizeof(Code))
    if codes == NULL:
        raise MemoryError()
    cdef int i, j, k, b, w, worst, kinds, best_i = -1, best_worst = 0, best_kinds = 0, rem
    cdef long total_worst = 0
    cdef int parts[5][5]
    for i in range(total):
        rem = i
        for k in range(3, -1, -1):
            codes[i].pegs[k] = <unsigned char>(rem % colours)
            rem //= colours
    for i in range(total):
        if (codes[i].pegs[0] > codes[i].pegs[1] or codes[i].pegs[1] > codes[i].pegs[2]
                or codes[i].pegs[2] > codes[i].pegs[3]):
            continue
        memset(parts, 0, sizeof(parts))
        for j in range(total):
            b = score(codes[i], codes[j], colours, &w)
            parts[b][w] += 1
        worst = 0
        kinds = 0
        for b in range(5):
            for w in range(5):
                if parts[b][w] > 0:
                    kinds += 1
                    if parts[b][w] > worst:
                        worst = parts[b][w]
        total_worst += worst
        if best_i < 0 or worst < best_worst:
            best_i = i
            best_worst = worst
            best_kinds = kinds
    guess = tuple(codes[best_i].pegs[k] for k in range(4))
    free(codes)
    return guess, best_worst, best_kinds, total_worst
