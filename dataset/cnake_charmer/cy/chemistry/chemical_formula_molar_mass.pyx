# cython: language_level=3
"""Parse generated chemical formulas in a C char buffer with an explicit count stack.

The recursive generator writes each formula straight into a ``char`` buffer; a single
left-to-right scan then resolves element symbols with a switch on the characters,
reads multi-digit multipliers and keeps one ``long long[12]`` row per open parenthesis
in a fixed 2-D C array, so no strings, tokens or counters are allocated.

Keywords: chemistry, chemical formula, molar mass, parser, parentheses, stoichiometry, element counts
"""

import cython
from libc.string cimport memset, memcpy

from cnake_charmer.benchmarks import cython_benchmark

DEF NEL = 12
DEF BUF = 8192

cdef double MASS[NEL]
MASS[:] = [1.008, 12.011, 14.007, 15.999, 32.06, 30.974, 35.45, 22.99, 55.845, 63.546, 79.904, 28.085]


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef int _write_int(char *buf, int pos, int value) noexcept nogil:
    if value >= 10:
        buf[pos] = c'0' + value // 10
        pos += 1
    buf[pos] = c'0' + value % 10
    return pos + 1


cdef int _generate(char *buf, int pos, int depth, unsigned long long *state) noexcept nogil:
    cdef int groups = 1 + _draw(state, 4), g, sym, count
    cdef const char *second = b"\0\0\0\0\0\0laeuri"
    for g in range(groups):
        if depth < 3 and _draw(state, 4) == 0:
            buf[pos] = c'('
            pos = _generate(buf, pos + 1, depth + 1, state)
            buf[pos] = c')'
            pos = _write_int(buf, pos + 1, 2 + _draw(state, 4))
        else:
            sym = _draw(state, NEL)
            buf[pos] = b"HCNOSPCNFCBS"[sym]
            pos += 1
            if sym >= 6:
                buf[pos] = second[sym]
                pos += 1
            count = _draw(state, 13)
            if count > 1:
                pos = _write_int(buf, pos, count)
    return pos


cdef inline int _element(char a, char b) noexcept nogil:
    if a == c'H':
        return 0
    if a == c'C':
        if b == c'l':
            return 6
        if b == c'u':
            return 9
        return 1
    if a == c'N':
        return 7 if b == c'a' else 2
    if a == c'O':
        return 3
    if a == c'S':
        return 11 if b == c'i' else 4
    if a == c'P':
        return 5
    if a == c'F':
        return 8
    return 10


@cython_benchmark(args=(12000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def chemical_formula_molar_mass(int n, long long seed):
    """Return (atoms, sum of masses, atoms per element, (heaviest formula, mass), first masses)."""
    cdef char buf[BUF]
    cdef long long stack[8][NEL]
    cdef long long totals[NEL]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int index, length, pos, top, e, mult
    cdef double mass, total_mass = 0.0, best = 0.0
    cdef char c
    cdef long long atoms = 0
    cdef bytes heaviest = b""
    cdef list first = []
    memset(totals, 0, sizeof(totals))
    for index in range(n):
        with nogil:
            length = _generate(buf, 0, 0, &state)
            memset(stack[0], 0, sizeof(long long) * NEL)
            top = 0
            pos = 0
            while pos < length:
                c = buf[pos]
                if c == c'(':
                    top += 1
                    memset(stack[top], 0, sizeof(long long) * NEL)
                    pos += 1
                    continue
                e = -1
                if c != c')':
                    e = _element(c, buf[pos + 1] if pos + 1 < length else 0)
                    pos += 2 if e >= 6 else 1
                else:
                    pos += 1
                mult = 0
                while pos < length and buf[pos] >= c'0' and buf[pos] <= c'9':
                    mult = mult * 10 + (buf[pos] - c'0')
                    pos += 1
                if mult == 0:
                    mult = 1
                if e >= 0:
                    stack[top][e] += mult
                else:
                    for e in range(NEL):
                        stack[top - 1][e] += stack[top][e] * mult
                    top -= 1
            mass = 0.0
            for e in range(NEL):
                totals[e] += stack[0][e]
                mass += <double>stack[0][e] * MASS[e]
            total_mass += mass
        if mass > best:
            best = mass
            heaviest = buf[:length]
        if index < 8:
            first.append(mass)
    for e in range(NEL):
        atoms += totals[e]
    return (atoms, total_mass, [totals[e] for e in range(NEL)],
            (heaviest.decode("ascii"), best), first)
