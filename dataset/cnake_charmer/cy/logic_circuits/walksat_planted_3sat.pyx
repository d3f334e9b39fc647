# cython: language_level=3
"""WalkSAT local search on planted (guaranteed satisfiable) random 3-SAT instances.

Literal occurrences are stored in compressed (CSR) int arrays indexed by literal code
2*v+sign, true-literal counts and the unsatisfied-clause list with its position index
are flat int arrays, and the whole flip loop runs on those without Python objects.
The random stream and all tie-breaking match the Python version.

Keywords: logic circuits, SAT, WalkSAT, local search, stochastic search, break count, planted solution
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int code(int lit) noexcept nogil:
    return 2 * lit if lit > 0 else -2 * lit + 1


@cython_benchmark(args=(400, 1640, 6, 60000, 45, 99))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def walksat_planted_3sat(int nvars, int nclauses, int instances, long long max_flips, int noise_pct, long long seed):
    """Return (solved instances, total flips, unsatisfied clauses left, model checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int width = 3 if nvars >= 3 else nvars
    cdef int m = nclauses if nvars > 0 else 0
    cdef int ncodes = 2 * nvars + 2
    cdef int *lits = <int *>malloc((m * 3 + 1) * sizeof(int))
    cdef int *start = <int *>malloc((ncodes + 1) * sizeof(int))
    cdef int *fill = <int *>malloc((ncodes + 1) * sizeof(int))
    cdef int *occ = <int *>malloc((m * 3 + 1) * sizeof(int))
    cdef int *tc = <int *>malloc((m + 1) * sizeof(int))
    cdef int *unsat = <int *>malloc((m + 1) * sizeof(int))
    cdef int *where = <int *>malloc((m + 1) * sizeof(int))
    cdef char *hidden = <char *>malloc(nvars + 1)
    cdef char *assign = <char *>malloc(nvars + 1)
    cdef int inst, c, j, k, v, lit, nun, best, pick, d, tl, i, last
    cdef int brk[3]
    cdef bint dup, sat
    cdef long long solved = 0, total_flips = 0, leftover = 0, checksum = 0, flips, model
    cdef int *cl
    try:
        for inst in range(instances):
            for v in range(1, nvars + 1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                hidden[v] = (state >> 16) % 2 == 1
            for c in range(m):
                cl = lits + c * 3
                k = 0
                while k < width:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    v = <int>((state >> 16) % nvars) + 1
                    dup = False
                    for j in range(k):
                        if cl[j] == v or cl[j] == -v:
                            dup = True
                    if not dup:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        cl[k] = v if (state >> 16) % 2 else -v
                        k += 1
                sat = False
                for j in range(width):
                    lit = cl[j]
                    if hidden[lit if lit > 0 else -lit] == (lit > 0):
                        sat = True
                if not sat:
                    cl[0] = -cl[0]
            for j in range(ncodes + 1):
                start[j] = 0
            for c in range(m):
                for j in range(width):
                    start[code(lits[c * 3 + j]) + 1] += 1
            for j in range(ncodes):
                start[j + 1] += start[j]
                fill[j] = start[j]
            for c in range(m):
                for j in range(width):
                    k = code(lits[c * 3 + j])
                    occ[fill[k]] = c
                    fill[k] += 1
            for v in range(1, nvars + 1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                assign[v] = (state >> 16) % 2 == 1
            nun = 0
            for c in range(m):
                tc[c] = 0
                for j in range(width):
                    lit = lits[c * 3 + j]
                    if assign[lit if lit > 0 else -lit] == (lit > 0):
                        tc[c] += 1
                if tc[c] == 0:
                    where[c] = nun
                    unsat[nun] = c
                    nun += 1
            flips = 0
            while nun > 0 and flips < max_flips:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cl = lits + unsat[(state >> 16) % nun] * 3
                best = 1 << 30
                for j in range(width):
                    v = cl[j] if cl[j] > 0 else -cl[j]
                    tl = code(v if assign[v] else -v)
                    brk[j] = 0
                    for k in range(start[tl], start[tl + 1]):
                        if tc[occ[k]] == 1:
                            brk[j] += 1
                    if brk[j] < best:
                        best = brk[j]
                pick = -1
                if best != 0:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if <int>((state >> 16) % 100) < noise_pct:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        pick = <int>((state >> 16) % width)
                if pick < 0:
                    for j in range(width):
                        if brk[j] == best:
                            pick = j
                            break
                v = cl[pick] if cl[pick] > 0 else -cl[pick]
                tl = code(v if assign[v] else -v)
                assign[v] = not assign[v]
                for k in range(start[tl], start[tl + 1]):
                    d = occ[k]
                    tc[d] -= 1
                    if tc[d] == 0:
                        where[d] = nun
                        unsat[nun] = d
                        nun += 1
                tl ^= 1
                for k in range(start[tl], start[tl + 1]):
                    d = occ[k]
                    tc[d] += 1
                    if tc[d] == 1:
                        i = where[d]
                        nun -= 1
                        last = unsat[nun]
                        if last != d:
                            unsat[i] = last
                            where[last] = i
                flips += 1
            total_flips += flips
            if nun > 0:
                leftover += nun
            else:
                solved += 1
                model = 0
                for v in range(1, nvars + 1):
                    if assign[v]:
                        model += v
                checksum = (checksum * 1000003 + model) % 998244353
    finally:
        free(lits); free(start); free(fill); free(occ); free(tc); free(unsat); free(where); free(hidden); free(assign)
    return (solved, total_flips, leftover, checksum)
