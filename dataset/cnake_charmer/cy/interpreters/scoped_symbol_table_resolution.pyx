# cython: language_level=3
"""Symbol resolution in O(1) per token: FNV-interned names and per-symbol visibility with an undo log.

The source is generated into a C ``char`` buffer and scanned in place. Identifiers are
interned through an open-addressing table keyed by their FNV-1a hash and compared with
``memcmp`` against the buffer. Instead of a stack of dictionaries, each symbol records
its innermost visible declaration and that declaration's depth; a declaration pushes
the previous pair onto an undo log, and leaving a scope pops the log back to the mark
taken on entry (the LeBlanc-Cook scheme), so resolving a use is a single array read.

Keywords: interpreters, symbol table, name resolution, lexical scope, string interning, compiler front end
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    N_SYLLABLES = 12
    MAX_DEPTH = 40

cdef const char *SYLLABLES[N_SYLLABLES]
SYLLABLES[:] = [b"ka", b"lo", b"mi", b"zu", b"re", b"po", b"ti", b"an", b"el", b"so", b"qu", b"x"]


cdef struct Undo:
    int symbol
    int decl
    int depth


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline void emit(char *buf, int *n, const char *s) noexcept nogil:
    cdef int k = strlen(s)
    memcpy(buf + n[0], s, k)
    n[0] += k


cdef int generate(char *buf, int n_tokens, unsigned long long *state) noexcept nogil:
    cdef int n = 0, depth = 0, t, r, k, count
    for t in range(n_tokens):
        r = draw(state, 20)
        if r < 2 and depth < MAX_DEPTH:
            emit(buf, &n, b"{ ")
            depth += 1
        elif r < 4 and depth > 0:
            emit(buf, &n, b"} ")
            depth -= 1
        else:
            count = 1 + draw(state, 2)
            emit(buf, &n, b"let " if r < 9 else b"use ")
            for k in range(count):
                emit(buf, &n, SYLLABLES[draw(state, N_SYLLABLES)])
            emit(buf, &n, b" ")
    for t in range(depth):
        emit(buf, &n, b"} ")
    return n


cdef struct Interner:
    int *slot_symbol     # symbol number stored in each slot, -1 empty
    int *sym_start
    int *sym_len
    unsigned int mask
    int count
    const char *text


cdef int intern(Interner *it, int start, int length) noexcept nogil:
    cdef unsigned int h = 2166136261u
    cdef int i, s
    for i in range(start, start + length):
        h = (h ^ <unsigned char>it.text[i]) * 16777619u
    h &= it.mask
    while it.slot_symbol[h] >= 0:
        s = it.slot_symbol[h]
        if it.sym_len[s] == length and memcmp(it.text + it.sym_start[s], it.text + start, length) == 0:
            return s
        h = (h + 1) & it.mask
    s = it.count
    it.count += 1
    it.slot_symbol[h] = s
    it.sym_start[s] = start
    it.sym_len[s] = length
    return s


@cython_benchmark(args=(100000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def scoped_symbol_table_resolution(int n_tokens, long long seed):
    """Return (symbols, decls, redeclared, shadows, resolved, unresolved, distance sum, max distance, max depth, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int cap = 12 * n_tokens + 4 * MAX_DEPTH + 16
    cdef unsigned int table_size = 64
    cdef char *text = <char *>malloc(cap)
    cdef Interner it
    cdef int *vis_decl = NULL
    cdef int *vis_depth = NULL
    cdef Undo *undo = NULL
    cdef int scope_mark[MAX_DEPTH + 2]
    cdef long long decls = 0, redeclared = 0, shadows = 0, resolved = 0, unresolved = 0, distance_sum = 0
    cdef long long checksum = 0
    cdef int max_distance = 0, max_depth = 0, depth = 0, n, pos, start, sym, top = 0, is_let, distance, i
    while table_size < 2 * <unsigned int>n_tokens + 16:
        table_size *= 2
    it.slot_symbol = <int *>malloc(table_size * sizeof(int))
    it.sym_start = <int *>malloc((n_tokens + 1) * sizeof(int))
    it.sym_len = <int *>malloc((n_tokens + 1) * sizeof(int))
    vis_decl = <int *>malloc((n_tokens + 1) * sizeof(int))
    vis_depth = <int *>malloc((n_tokens + 1) * sizeof(int))
    undo = <Undo *>malloc((n_tokens + 1) * sizeof(Undo))
    try:
        if (text == NULL or it.slot_symbol == NULL or it.sym_start == NULL or it.sym_len == NULL
                or vis_decl == NULL or vis_depth == NULL or undo == NULL):
            raise MemoryError()
        with nogil:
            n = generate(text, n_tokens, &state)
            it.text = text
            it.mask = table_size - 1
            it.count = 0
            for i in range(<int>table_size):
                it.slot_symbol[i] = -1
            pos = 0
            while pos < n:
                if text[pos] == b'{':
                    scope_mark[depth] = top
                    depth += 1
                    if depth > max_depth:
                        max_depth = depth
                    pos += 2
                    continue
                if text[pos] == b'}':
                    depth -= 1
                    while top > scope_mark[depth]:
                        top -= 1
                        vis_decl[undo[top].symbol] = undo[top].decl
                        vis_depth[undo[top].symbol] = undo[top].depth
                    pos += 2
                    continue
                is_let = text[pos] == b'l'
                start = pos + 4
                pos = start
                while text[pos] != b' ':
                    pos += 1
                i = it.count
                sym = intern(&it, start, pos - start)
                pos += 1
                if sym == i:
                    vis_decl[sym] = -1      # a newly interned name is declared nowhere yet
                    vis_depth[sym] = -1
                if is_let:
                    if vis_decl[sym] >= 0 and vis_depth[sym] == depth:
                        redeclared += 1
                        continue
                    if vis_decl[sym] >= 0:
                        shadows += 1
                    undo[top].symbol = sym
                    undo[top].decl = vis_decl[sym]
                    undo[top].depth = vis_depth[sym]
                    top += 1
                    vis_decl[sym] = decls
                    vis_depth[sym] = depth
                    decls += 1
                else:
                    if vis_decl[sym] < 0:
                        unresolved += 1
                        checksum = (checksum * 31 + sym + 1) % 1000000007
                    else:
                        distance = depth - vis_depth[sym]
                        resolved += 1
                        distance_sum += distance
                        if distance > max_distance:
                            max_distance = distance
                        checksum = (checksum * 1000003 + vis_decl[sym] * 64 + distance) % 1000000007
        return (it.count, decls, redeclared, shadows, resolved, unresolved, distance_sum, max_distance,
                max_depth, checksum)
    finally:
        free(text); free(it.slot_symbol); free(it.sym_start); free(it.sym_len)
        free(vis_decl); free(vis_depth); free(undo)
