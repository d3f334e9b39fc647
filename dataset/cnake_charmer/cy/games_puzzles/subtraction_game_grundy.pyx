# cython: language_level=3
"""Grundy values with a cpython.array table and bitmask mex.

The Grundy sequence is stored in a ``cpython.array`` of ints; the mex of at most four
reachable values is computed by setting bits in a machine word and finding the
lowest clear bit, and the period search compares raw C ints.

Keywords: games, combinatorial game theory, sprague grundy, nim, mex, subtraction game
"""

from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int mex_of(unsigned int mask) noexcept nogil:
    cdef int g = 0
    while (mask >> g) & 1:
        g += 1
    return g


@cython_benchmark(args=(30, 4000, 11))
def subtraction_game_grundy(int games, int limit, long seed):
    """Return [(move set, period or 0, P-positions, max value, xor of sample heaps)]."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int size = (limit if limit > 0 else 0) + 1
    cdef array.array table = array.clone(array.array("i"), size, zero=True)
    cdef int *g = table.data.as_ints
    cdef int moves[4]
    cdef int nm, m, k, n, p, i, period, zeros, top, sample, half, tl, ok, t
    cdef unsigned int mask
    out = []
    for _ in range(games):
        nm = 0
        while nm < 4:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            m = 1 + <int>((state >> 8) % 12)
            ok = 1
            for k in range(nm):
                if moves[k] == m:
                    ok = 0
            if ok:
                moves[nm] = m
                nm += 1
        for i in range(1, 4):
            t = moves[i]
            k = i - 1
            while k >= 0 and moves[k] > t:
                moves[k + 1] = moves[k]
                k -= 1
            moves[k + 1] = t
        zeros = 0
        top = 0
        for n in range(size):
            mask = 0
            for k in range(4):
                if moves[k] <= n:
                    mask |= 1u << g[n - moves[k]]
            g[n] = mex_of(mask)
            if g[n] == 0:
                zeros += 1
            if g[n] > top:
                top = g[n]
        half = size // 2
        tl = size - half
        period = 0
        for p in range(1, tl // 2 + 1):
            ok = 1
            for i in range(tl - p):
                if g[half + i] != g[half + i + p]:
                    ok = 0
                    break
            if ok:
                period = p
                break
        sample = 0
        for k in range(1, 6):
            sample ^= g[(k * 997) % size]
        out.append(([moves[0], moves[1], moves[2], moves[3]], period, zeros, top, sample))
    return out
