# cython: language_level=3
"""Smith-Waterman database search — residue codes in typed memoryviews and a 20x20 C score table.

Sequences are encoded once as small integers in ``cython.view.array`` buffers, the
substitution scores sit in a fixed ``int[20][20]`` C array, each protein is scanned with
two rolling memoryview rows, hits are kept in a C struct, and only the winning protein
gets the full 2-D matrix for the traceback.

Keywords: bioinformatics, smith-waterman, local alignment, protein, database search, dynamic programming
"""

import cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    NAA = 20
    GAP = -4

cdef struct Hit:
    int score
    int i
    int j


cdef inline int _imax(int a, int b) noexcept nogil:
    return a if a > b else b


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Hit _scan(int[::1] query, int q, int[:, ::1] db, int p, int L, int[:, ::1] sub,
               int[::1] prev, int[::1] row) noexcept nogil:
    cdef Hit best
    cdef int i, j, h, x
    best.score = 0
    best.i = 0
    best.j = 0
    for j in range(L + 1):
        prev[j] = 0
    row[0] = 0
    for i in range(1, q + 1):
        x = query[i - 1]
        for j in range(1, L + 1):
            h = _imax(0, prev[j - 1] + sub[x, db[p, j - 1]])
            h = _imax(h, prev[j] + GAP)
            h = _imax(h, row[j - 1] + GAP)
            row[j] = h
            if h > best.score:
                best.score = h
                best.i = i
                best.j = j
        for j in range(L + 1):
            prev[j] = row[j]
    return best


@cython_benchmark(args=(64, 60, 230, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def smith_waterman_local_hits(int q, int t, int length, long long seed):
    """Return (best score per protein, best protein, end cell (i, j), aligned query, aligned subject)."""
    cdef const char *amino = b"ACDEFGHIKLMNPQRSTVWY"
    cdef const char *groups = b"AGST DENQ HKR ILMV FWY C P"
    cdef int group_of[NAA]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int x, y, g, c, p, k, span, src, dst, winner, i, j, end_i, end_j
    cdef Hit hit
    # residue code of each letter, from the group string
    cdef int code_of[128]
    for x in range(NAA):
        code_of[amino[x]] = x
    g = 0
    c = 0
    while groups[c] != 0:
        if groups[c] == b' ':
            g += 1
        else:
            group_of[code_of[groups[c]]] = g
        c += 1
    cdef int[:, ::1] sub = cvarray(shape=(NAA, NAA), itemsize=sizeof(int), format="i")
    for x in range(NAA):
        for y in range(NAA):
            sub[x, y] = 5 if x == y else (1 if group_of[x] == group_of[y] else -2)

    cdef int[::1] query = cvarray(shape=(q + 1,), itemsize=sizeof(int), format="i")[:q]
    cdef int[:, ::1] db = cvarray(shape=(t + 1, length + 1), itemsize=sizeof(int), format="i")
    for k in range(q):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        query[k] = (state >> 16) % 20
    span = q if q < length else length
    if span > 20:
        span = 20
    for p in range(t):
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            db[p, k] = (state >> 16) % 20
        if span > 0:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 3 == 0:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                src = (state >> 16) % (q - span + 1)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                dst = (state >> 16) % (length - span + 1)
                for k in range(span):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 5:
                        db[p, dst + k] = query[src + k]
                    else:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        db[p, dst + k] = (state >> 16) % 20

    cdef int[::1] prev = cvarray(shape=(length + 1,), itemsize=sizeof(int), format="i")
    cdef int[::1] row = cvarray(shape=(length + 1,), itemsize=sizeof(int), format="i")
    cdef list scores = []
    cdef Hit best
    best.score = -1
    winner = -1
    for p in range(t):
        with nogil:
            hit = _scan(query, q, db, p, length, sub, prev, row)
        scores.append(hit.score)
        if hit.score > best.score:
            best = hit
            winner = p
    if winner < 0:
        return (scores, -1, 0, 0, "", "")

    cdef int[:, ::1] table = cvarray(shape=(q + 1, length + 1), itemsize=sizeof(int), format="i")
    for j in range(length + 1):
        table[0, j] = 0
    for i in range(1, q + 1):
        table[i, 0] = 0
        for j in range(1, length + 1):
            table[i, j] = _imax(_imax(0, table[i - 1, j - 1] + sub[query[i - 1], db[winner, j - 1]]),
                                _imax(table[i - 1, j] + GAP, table[i, j - 1] + GAP))
    cdef char *top = <char *>malloc(q + length + 1)
    cdef char *bottom = <char *>malloc(q + length + 1)
    cdef int n_cols = 0, a
    try:
        if top == NULL or bottom == NULL:
            raise MemoryError()
        i = best.i
        j = best.j
        while table[i, j] > 0:
            if table[i, j] == table[i - 1, j - 1] + sub[query[i - 1], db[winner, j - 1]]:
                top[n_cols] = amino[query[i - 1]]
                bottom[n_cols] = amino[db[winner, j - 1]]
                i -= 1
                j -= 1
            elif table[i, j] == table[i - 1, j] + GAP:
                top[n_cols] = amino[query[i - 1]]
                bottom[n_cols] = b'-'
                i -= 1
            else:
                top[n_cols] = b'-'
                bottom[n_cols] = amino[db[winner, j - 1]]
                j -= 1
            n_cols += 1
        for a in range(n_cols // 2):
            top[a], top[n_cols - 1 - a] = top[n_cols - 1 - a], top[a]
            bottom[a], bottom[n_cols - 1 - a] = bottom[n_cols - 1 - a], bottom[a]
        return (scores, winner, best.i, best.j, top[:n_cols].decode("ascii"), bottom[:n_cols].decode("ascii"))
    finally:
        free(top)
        free(bottom)
