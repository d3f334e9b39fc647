# cython: language_level=3
"""DPLL with unit propagation on random 3-SAT instances near the phase transition.

Clauses live in one flat int array of signed literals; the solver state is a C struct
(values as signed chars, an int trail and counters) passed by pointer to a recursive
``nogil`` DPLL, so propagation is a tight scan over plain memory. Branching order and
propagation order match the Python version exactly.

Keywords: logic circuits, SAT, DPLL, unit propagation, 3-SAT, phase transition, backtracking
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct SolverState:
    int nclauses
    int width
    int *lits
    signed char *value
    int *trail
    int trail_len
    long long decisions
    long long propagations
    long long conflicts


cdef inline int lit_value(SolverState *s, int lit) noexcept nogil:
    """1 true, 0 false, -1 unassigned."""
    cdef int v = lit if lit > 0 else -lit
    cdef signed char x = s.value[v]
    if x < 0:
        return -1
    return x if lit > 0 else 1 - x


cdef inline void assign(SolverState *s, int lit) noexcept nogil:
    cdef int v = lit if lit > 0 else -lit
    s.value[v] = 1 if lit > 0 else 0
    s.trail[s.trail_len] = v
    s.trail_len += 1


cdef bint propagate(SolverState *s) noexcept nogil:
    cdef bint changed = True, satisfied
    cdef int c, j, lit, nfree, last, val
    cdef int *cl
    while changed:
        changed = False
        for c in range(s.nclauses):
            cl = s.lits + c * s.width
            nfree = 0
            satisfied = False
            last = 0
            for j in range(s.width):
                lit = cl[j]
                val = lit_value(s, lit)
                if val < 0:
                    if nfree == 0:
                        last = lit
                    nfree += 1
                elif val == 1:
                    satisfied = True
                    break
            if satisfied:
                continue
            if nfree == 0:
                return False
            if nfree == 1:
                assign(s, last)
                s.propagations += 1
                changed = True
    return True


cdef int branch_literal(SolverState *s) noexcept nogil:
    cdef int c, j
    cdef int *cl
    cdef bint sat
    for c in range(s.nclauses):
        cl = s.lits + c * s.width
        sat = False
        for j in range(s.width):
            if lit_value(s, cl[j]) == 1:
                sat = True
                break
        if sat:
            continue
        for j in range(s.width):
            if lit_value(s, cl[j]) < 0:
                return cl[j]
    return 0


cdef bint dpll(SolverState *s) noexcept nogil:
    if not propagate(s):
        s.conflicts += 1
        return False
    cdef int lit = branch_literal(s), k, mark, choice
    if lit == 0:
        return True
    for k in range(2):
        choice = lit if k == 0 else -lit
        mark = s.trail_len
        s.decisions += 1
        assign(s, choice)
        if dpll(s):
            return True
        while s.trail_len > mark:
            s.trail_len -= 1
            s.value[s.trail[s.trail_len]] = -1
    return False


@cython_benchmark(args=(50, 43, 12, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
def dpll_random_3sat_statistics(int nvars, int ratio_tenths, int instances, long long seed):
    """Return (satisfiable, decisions, propagations, conflicts, model checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nclauses = nvars * ratio_tenths // 10
    cdef int width = 3 if nvars >= 3 else nvars
    cdef int inst, c, k, j, v
    cdef bint dup
    cdef long long sat = 0, checksum = 0, model
    cdef SolverState s
    s.nclauses = nclauses
    s.width = width
    s.decisions = 0
    s.propagations = 0
    s.conflicts = 0
    s.lits = <int *>malloc((nclauses * width + 1) * sizeof(int))
    s.value = <signed char *>malloc(nvars + 1)
    s.trail = <int *>malloc((nvars + 1) * sizeof(int))
    if s.lits == NULL or s.value == NULL or s.trail == NULL:
        free(s.lits); free(s.value); free(s.trail)
        raise MemoryError()
    try:
        for inst in range(instances):
            for c in range(nclauses):
                k = 0
                while k < width:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    v = <int>((state >> 16) % nvars) + 1
                    dup = False
                    for j in range(k):
                        if s.lits[c * width + j] == v:
                            dup = True
                    if not dup:
                        s.lits[c * width + k] = v
                        k += 1
                for j in range(width):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 2 == 0:
                        s.lits[c * width + j] = -s.lits[c * width + j]
            for v in range(nvars + 1):
                s.value[v] = -1
            s.trail_len = 0
            with nogil:
                ok = dpll(&s)
            if ok:
                sat += 1
                model = 0
                for v in range(1, nvars + 1):
                    if s.value[v] == 1:
                        model += v * v
                checksum = (checksum * 31 + model) % 1000000007
    finally:
        free(s.lits); free(s.value); free(s.trail)
    return (sat, s.decisions, s.propagations, s.conflicts, checksum)
