# cython: language_level=3
"""Tseitin transformation of a generated circuit to CNF, audited by simulation and single flips.

The CNF is one flat literal array with clause offsets, variable occurrences are CSR
int arrays, and the per-kind clause templates come from a ``cdef enum`` switch. The
audit (simulate, check every clause, flip each gate variable and re-check only its
clauses) runs on an unsigned char assignment array inside ``nogil``.

Keywords: logic circuits, Tseitin transformation, CNF, SAT encoding, circuit to CNF, equisatisfiability, clause statistics
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Kind:
    K_AND, K_OR, K_XOR, K_NOT


cdef struct Cnf:
    int *lits
    int *start
    int nclauses
    int nlits


cdef inline void add_clause(Cnf *f, int x, int y, int z, int n) noexcept nogil:
    f.lits[f.nlits] = x
    if n > 1:
        f.lits[f.nlits + 1] = y
    if n > 2:
        f.lits[f.nlits + 2] = z
    f.nlits += n
    f.nclauses += 1
    f.start[f.nclauses] = f.nlits


cdef inline bint violated(Cnf *f, int c, unsigned char *value) noexcept nogil:
    cdef int k, l
    for k in range(f.start[c], f.start[c + 1]):
        l = f.lits[k]
        if l > 0:
            if value[l]:
                return False
        elif not value[-l]:
            return False
    return True


@cython_benchmark(args=(24, 2000, 30, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def tseitin_encoding_flip_audit(int ninputs, int ngates, int trials, long long seed):
    """Return (clauses, literals, output-true trials, unflipped violations, flip violations, min violations per flip, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nvars = ninputs + ngates
    cdef int *kind = <int *>malloc((ngates + 1) * sizeof(int))
    cdef int *fa = <int *>malloc((ngates + 1) * sizeof(int))
    cdef int *fb = <int *>malloc((ngates + 1) * sizeof(int))
    cdef Cnf f
    f.lits = <int *>malloc((12 * ngates + 2) * sizeof(int))
    f.start = <int *>malloc((4 * ngates + 3) * sizeof(int))
    f.nclauses = 0
    f.nlits = 0
    f.start[0] = 0
    cdef int *ostart = <int *>calloc(nvars + 2, sizeof(int))
    cdef int *ofill = <int *>malloc((nvars + 2) * sizeof(int))
    cdef int *occ = <int *>malloc((12 * ngates + 2) * sizeof(int))
    cdef unsigned char *value = <unsigned char *>calloc(nvars + 1, 1)
    cdef int g, z, a, b, c, k, v, l, t, broken, x, y, o
    cdef long long checksum = 0, output_true = 0, flip_total = 0, base = 0, flip_min = -1
    try:
        for g in range(ngates):
            z = ninputs + g + 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind[g] = <int>((state >> 16) % 4)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = 1 + <int>((state >> 16) % (z - 1))
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = 1 + <int>((state >> 16) % (z - 1))
            fa[g] = a
            fb[g] = b
            if kind[g] == K_AND:
                add_clause(&f, -z, a, 0, 2); add_clause(&f, -z, b, 0, 2); add_clause(&f, z, -a, -b, 3)
            elif kind[g] == K_OR:
                add_clause(&f, z, -a, 0, 2); add_clause(&f, z, -b, 0, 2); add_clause(&f, -z, a, b, 3)
            elif kind[g] == K_XOR:
                add_clause(&f, -z, a, b, 3); add_clause(&f, -z, -a, -b, 3)
                add_clause(&f, z, -a, b, 3); add_clause(&f, z, a, -b, 3)
            else:
                add_clause(&f, -z, -a, 0, 2); add_clause(&f, z, a, 0, 2)
        if ngates:
            add_clause(&f, nvars, 0, 0, 1)
        for k in range(f.nlits):
            l = f.lits[k]
            ostart[(l if l > 0 else -l) + 1] += 1
        for v in range(nvars + 1):
            ostart[v + 1] += ostart[v]
            ofill[v] = ostart[v]
        for c in range(f.nclauses):
            for k in range(f.start[c], f.start[c + 1]):
                l = f.lits[k]
                v = l if l > 0 else -l
                occ[ofill[v]] = c
                ofill[v] += 1
        for k in range(f.nlits):
            checksum = (checksum * 31 + f.lits[k] + nvars) % 1000000007
        for t in range(trials):
            for v in range(1, ninputs + 1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                value[v] = (state >> 16) % 2 == 1
            with nogil:
                for g in range(ngates):
                    x = value[fa[g]]
                    y = value[fb[g]]
                    if kind[g] == K_AND:
                        o = x & y
                    elif kind[g] == K_OR:
                        o = x | y
                    elif kind[g] == K_XOR:
                        o = x ^ y
                    else:
                        o = 1 - x
                    value[ninputs + g + 1] = <unsigned char>o
                if ngates and value[nvars]:
                    output_true += 1
                for c in range(f.nclauses):
                    if f.start[c + 1] - f.start[c] > 1 and violated(&f, c, value):
                        base += 1
                for z in range(ninputs + 1, nvars + 1):
                    value[z] ^= 1
                    broken = 0
                    for k in range(ostart[z], ostart[z + 1]):
                        c = occ[k]
                        if f.start[c + 1] - f.start[c] > 1 and violated(&f, c, value):
                            broken += 1
                    value[z] ^= 1
                    flip_total += broken
                    if flip_min < 0 or broken < flip_min:
                        flip_min = broken
    finally:
        free(kind); free(fa); free(fb); free(f.lits); free(f.start)
        free(ostart); free(ofill); free(occ); free(value)
    return (f.nclauses, f.nlits, output_true, base, flip_total, flip_min, checksum)
