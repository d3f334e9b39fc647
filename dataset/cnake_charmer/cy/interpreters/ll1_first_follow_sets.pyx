# cython: language_level=3
"""NULLABLE/FIRST/FOLLOW fixpoints on ``uint64`` bitsets with grammar arrays in typed memoryviews.

Symbols are integers (nonterminal ``a`` is ``a``, terminal ``t`` is ``-1 - t``) held in
``int[::1]`` memoryviews over ``array.array`` buffers; every FIRST and FOLLOW set is a
row of 64-bit words, so a set union is a few word ORs with change detection, and the
LL(1) table is a flat ``int`` count array. The sweeps run in the same production order
as the Python side, so even the number of sweeps agrees.

Keywords: interpreters, parser generator, ll(1), first sets, follow sets, context-free grammar, fixpoint iteration
"""

import cython
from cpython cimport array
import array
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long word

cdef extern from *:
    int __builtin_popcountll(unsigned long long) nogil
    int __builtin_ctzll(unsigned long long) nogil


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline bint union_into(word *dst, const word *src, int nw) noexcept nogil:
    cdef int i
    cdef word before, changed = 0
    for i in range(nw):
        before = dst[i]
        dst[i] |= src[i]
        changed |= dst[i] ^ before
    return changed != 0


cdef inline int popcount(const word *s, int nw) noexcept nogil:
    cdef int i, total = 0
    for i in range(nw):
        total += __builtin_popcountll(s[i])
    return total


@cython.boundscheck(False)
@cython.wraparound(False)
cdef bint first_of(const int[::1] syms, int lo, int hi, const word *first, const char *nullable,
                   word *out, int nw) noexcept nogil:
    """OR FIRST(body) into out; return True when the whole body is nullable."""
    cdef int i, x
    for i in range(lo, hi):
        x = syms[i]
        if x < 0:
            out[(-1 - x) >> 6] |= (<word>1) << ((-1 - x) & 63)
            return False
        union_into(out, &first[x * nw], nw)
        if not nullable[x]:
            return False
    return True


@cython_benchmark(args=(16, 400, 100, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ll1_first_follow_sets(int n_grammars, int n_nonterminals, int n_terminals, long long seed):
    """Return (nullable, FIRST total, FOLLOW total, fixpoint sweeps, table entries, conflict cells, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nw = (n_terminals + 1 + 63) >> 6
    cdef int n_prod_max = 3 * n_nonterminals
    cdef array.array int_template = array.array('i')
    cdef int[::1] head = array.clone(int_template, n_prod_max + 1, zero=True)
    cdef int[::1] start = array.clone(int_template, n_prod_max + 1, zero=True)
    cdef int[::1] syms = array.clone(int_template, 4 * n_prod_max + 1, zero=True)
    cdef int[::1] table = array.clone(int_template, n_nonterminals * (n_terminals + 1) + 1, zero=True)
    cdef word *first = <word *>malloc((n_nonterminals * nw + 1) * sizeof(word))
    cdef word *follow = <word *>malloc((n_nonterminals * nw + 1) * sizeof(word))
    cdef word *trailer = <word *>malloc(nw * sizeof(word))
    cdef word *found = <word *>malloc(nw * sizeof(word))
    cdef char *nullable = <char *>malloc(n_nonterminals + 1)
    cdef long long n_nullable = 0, first_total = 0, follow_total = 0, entries = 0, conflicts = 0, checksum = 0
    cdef int g, a, alt, n_alt, length, i, p, n_prod, n_syms, x, h, t, w, rounds
    cdef bint changed, all_nullable
    cdef word bits
    cdef list sweeps = []
    try:
        if first == NULL or follow == NULL or trailer == NULL or found == NULL or nullable == NULL:
            raise MemoryError()
        for g in range(n_grammars):
            with nogil:
                n_prod = 0
                n_syms = 0
                for a in range(n_nonterminals):
                    n_alt = 1 + draw(&state, 3)
                    for alt in range(n_alt):
                        length = draw(&state, 5)
                        head[n_prod] = a
                        start[n_prod] = n_syms
                        for i in range(length):
                            if draw(&state, 5) < 2:
                                syms[n_syms] = draw(&state, n_nonterminals)
                            else:
                                syms[n_syms] = -1 - draw(&state, n_terminals)
                            n_syms += 1
                        n_prod += 1
                start[n_prod] = n_syms
                memset(first, 0, n_nonterminals * nw * sizeof(word))
                memset(follow, 0, n_nonterminals * nw * sizeof(word))
                memset(nullable, 0, n_nonterminals)
            with nogil:
                rounds = 0
                changed = True
                while changed:
                    changed = False
                    rounds += 1
                    for p in range(n_prod):
                        h = head[p]
                        memset(found, 0, nw * sizeof(word))
                        all_nullable = first_of(syms, start[p], start[p + 1], first, nullable, found, nw)
                        if union_into(&first[h * nw], found, nw):
                            changed = True
                        if all_nullable and not nullable[h]:
                            nullable[h] = 1
                            changed = True
            sweeps.append(rounds)
            with nogil:
                follow[n_terminals >> 6] |= (<word>1) << (n_terminals & 63)
                rounds = 0
                changed = True
                while changed:
                    changed = False
                    rounds += 1
                    for p in range(n_prod):
                        h = head[p]
                        memcpy(trailer, &follow[h * nw], nw * sizeof(word))
                        for i in range(start[p + 1] - 1, start[p] - 1, -1):
                            x = syms[i]
                            if x < 0:
                                memset(trailer, 0, nw * sizeof(word))
                                trailer[(-1 - x) >> 6] = (<word>1) << ((-1 - x) & 63)
                                continue
                            if union_into(&follow[x * nw], trailer, nw):
                                changed = True
                            if nullable[x]:
                                union_into(trailer, &first[x * nw], nw)
                            else:
                                memcpy(trailer, &first[x * nw], nw * sizeof(word))
            sweeps.append(rounds)
            with nogil:
                table[:] = 0
                for p in range(n_prod):
                    h = head[p]
                    memset(found, 0, nw * sizeof(word))
                    if first_of(syms, start[p], start[p + 1], first, nullable, found, nw):
                        union_into(found, &follow[h * nw], nw)
                    for w in range(nw):
                        bits = found[w]
                        while bits:
                            t = (w << 6) + __builtin_ctzll(bits)
                            bits &= bits - 1
                            entries += 1
                            table[h * (n_terminals + 1) + t] += 1
                            if table[h * (n_terminals + 1) + t] == 2:
                                conflicts += 1
                for a in range(n_nonterminals):
                    n_nullable += nullable[a]
                    first_total += popcount(&first[a * nw], nw)
                    follow_total += popcount(&follow[a * nw], nw)
                    for w in range(nw):
                        bits = first[a * nw + w]
                        while bits:
                            t = (w << 6) + __builtin_ctzll(bits)
                            bits &= bits - 1
                            checksum = (checksum + (a + 1) * (t + 7)) % 1000000007
                        bits = follow[a * nw + w]
                        while bits:
                            t = (w << 6) + __builtin_ctzll(bits)
                            bits &= bits - 1
                            checksum = (checksum + (a + 3) * (t + 11) * 31) % 1000000007
        return (n_nullable, first_total, follow_total, sweeps, entries, conflicts, checksum)
    finally:
        free(first); free(follow); free(trailer); free(found); free(nullable)
