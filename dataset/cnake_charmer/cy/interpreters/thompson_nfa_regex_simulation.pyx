# cython: language_level=3
"""Thompson NFAs in flat C arrays, simulated with precomputed epsilon-closure bitsets.

The pattern is parsed from a C buffer by recursive cdef functions that build states in
parallel ``int`` arrays; dangling exits are threaded through the unfilled ``out``
slots themselves (a patch list, no allocation). Each state's epsilon closure is then
precomputed as a ``uint64_t`` bitset, so one simulation step ORs the closures of the
successors of the live states that accept the character, walking set bits with
``__builtin_ctzll`` in a ``nogil`` loop.

Keywords: interpreters, regular expression, thompson construction, nfa simulation, epsilon closure, pattern matching
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memmove, memset, memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil

cdef enum:
    K_CHAR, K_ANY, K_SPLIT, K_MATCH


cdef struct Nfa:
    int *kind
    char *ch
    int *out
    int *out2
    int n
    const char *pat
    int pos
    int length


cdef struct Frag:
    int start
    int dangling     # head of the patch list: slot code = state * 2 + (0 for out, 1 for out2), -1 = none


cdef inline int new_state(Nfa *m, int kind, char ch) noexcept nogil:
    m.kind[m.n] = kind
    m.ch[m.n] = ch
    m.out[m.n] = -1
    m.out2[m.n] = -1
    m.n += 1
    return m.n - 1


cdef inline int *slot(Nfa *m, int code) noexcept nogil:
    return &m.out2[code >> 1] if code & 1 else &m.out[code >> 1]


cdef void patch(Nfa *m, int code, int target) noexcept nogil:
    cdef int nxt
    while code >= 0:
        nxt = slot(m, code)[0]
        slot(m, code)[0] = target
        code = nxt


cdef int append(Nfa *m, int a, int b) noexcept nogil:
    cdef int code = a
    if a < 0:
        return b
    while slot(m, code)[0] >= 0:
        code = slot(m, code)[0]
    slot(m, code)[0] = b
    return a


cdef inline char peek(Nfa *m) noexcept nogil:
    return m.pat[m.pos] if m.pos < m.length else 0


cdef Frag atom(Nfa *m) noexcept nogil:
    cdef char c = m.pat[m.pos]
    cdef Frag f
    cdef int s
    m.pos += 1
    if c == b'(':
        f = alternation(m)
        m.pos += 1
        return f
    s = new_state(m, K_ANY if c == b'.' else K_CHAR, c)
    f.start = s
    f.dangling = s * 2
    return f


cdef Frag repetition(Nfa *m) noexcept nogil:
    cdef Frag f = atom(m)
    cdef char op
    cdef int split
    while peek(m) == b'*' or peek(m) == b'+' or peek(m) == b'?':
        op = m.pat[m.pos]
        m.pos += 1
        split = new_state(m, K_SPLIT, 0)
        m.out[split] = f.start
        if op == b'*':
            patch(m, f.dangling, split)
            f.start = split
            f.dangling = split * 2 + 1
        elif op == b'+':
            patch(m, f.dangling, split)
            f.dangling = split * 2 + 1
        else:
            f.dangling = append(m, f.dangling, split * 2 + 1)
            f.start = split
    return f


cdef Frag concatenation(Nfa *m) noexcept nogil:
    cdef Frag f = repetition(m), g
    cdef char c = peek(m)
    while c != 0 and c != b'|' and c != b')':
        g = repetition(m)
        patch(m, f.dangling, g.start)
        f.dangling = g.dangling
        c = peek(m)
    return f


cdef Frag alternation(Nfa *m) noexcept nogil:
    cdef Frag f = concatenation(m), g
    cdef int split
    while peek(m) == b'|':
        m.pos += 1
        g = concatenation(m)
        split = new_state(m, K_SPLIT, 0)
        m.out[split] = f.start
        m.out2[split] = g.start
        f.start = split
        f.dangling = append(m, f.dangling, g.dangling)
    return f


cdef struct Gen:
    unsigned long long state
    char *buf
    int n


cdef inline int draw(Gen *g, int k) noexcept nogil:
    g.state = (g.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((g.state >> 16) % <unsigned long long>k)


cdef void generate(Gen *g, int depth) noexcept nogil:
    cdef int r = draw(g, 7), start, k, count
    if depth == 0 or r == 0:
        g.buf[g.n] = b"abcd."[draw(g, 5)]
        g.n += 1
    elif r == 1:
        g.buf[g.n] = b'('
        g.n += 1
        generate(g, depth - 1)
        g.buf[g.n] = b'|'
        g.n += 1
        generate(g, depth - 1)
        g.buf[g.n] = b')'
        g.n += 1
    elif r == 2:
        start = g.n
        generate(g, depth - 1)
        if g.n - start > 1:
            memmove(g.buf + start + 1, g.buf + start, g.n - start)
            g.buf[start] = b'('
            g.n += 1
            g.buf[g.n] = b')'
            g.n += 1
        g.buf[g.n] = b"*+?"[draw(g, 3)]
        g.n += 1
    else:
        count = 2 + draw(g, 2)
        for k in range(count):
            generate(g, depth - 1)


cdef void closure_of(const Nfa *m, int s, uint64_t *bits) noexcept nogil:
    if bits[s >> 6] & (1ULL << (s & 63)):
        return
    bits[s >> 6] |= 1ULL << (s & 63)
    if m.kind[s] == K_SPLIT:
        closure_of(m, m.out[s], bits)
        closure_of(m, m.out2[s], bits)


cdef int simulate(const Nfa *m, const uint64_t *clos, int nw, int start, const char *text, int length,
                  bint search, uint64_t *live, uint64_t *nxt, int match_state) noexcept nogil:
    cdef int i, w, s, k, ends = 0, longest = -1
    cdef uint64_t word, any_live
    cdef uint64_t *tmp
    cdef char c
    memcpy(live, &clos[start * nw], nw * sizeof(uint64_t))
    for i in range(length):
        if live[match_state >> 6] & (1ULL << (match_state & 63)):
            ends += 1
            longest = i
        c = text[i]
        if search:
            memcpy(nxt, &clos[start * nw], nw * sizeof(uint64_t))
        else:
            memset(nxt, 0, nw * sizeof(uint64_t))
        for w in range(nw):
            word = live[w]
            while word:
                s = (w << 6) + __builtin_ctzll(word)
                word &= word - 1
                if m.kind[s] == K_ANY or (m.kind[s] == K_CHAR and m.ch[s] == c):
                    for k in range(nw):
                        nxt[k] |= clos[m.out[s] * nw + k]
        if not search:
            any_live = 0
            for w in range(nw):
                any_live |= nxt[w]
            if any_live == 0:
                return longest
        tmp = live
        live = nxt
        nxt = tmp
    if live[match_state >> 6] & (1ULL << (match_state & 63)):
        ends += 1
        longest = length
    return ends if search else longest


@cython_benchmark(args=(60, 20, 80, 6, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def thompson_nfa_regex_simulation(int n_patterns, int n_texts, int length, int depth, long long seed):
    """Return (match-end positions, full matches, prefix total, NFA states, checksum, first pattern counts)."""
    cdef size_t cap = 16
    cdef int d, p, t, i, s, nw, start, match_state, ends, prefix
    cdef long long ends_total = 0, full = 0, prefix_total = 0, states = 0, checksum = 0, pattern_ends
    cdef Gen g
    cdef Nfa m
    cdef Frag f
    cdef uint64_t *clos = NULL
    cdef uint64_t *live = NULL
    cdef uint64_t *nxt = NULL
    cdef char *text = <char *>malloc(length + 1)
    cdef list first = []
    for d in range(depth):
        cap *= 3
    cap = 4 * cap + 16
    g.state = seed & 0x7FFFFFFF
    g.buf = <char *>malloc(cap)
    m.kind = <int *>malloc(cap * sizeof(int))
    m.out = <int *>malloc(cap * sizeof(int))
    m.out2 = <int *>malloc(cap * sizeof(int))
    m.ch = <char *>malloc(cap)
    try:
        if text == NULL or g.buf == NULL or m.kind == NULL or m.out == NULL or m.out2 == NULL or m.ch == NULL:
            raise MemoryError()
        for p in range(n_patterns):
            with nogil:
                g.n = 0
                generate(&g, depth)
                m.pat = g.buf
                m.pos = 0
                m.length = g.n
                m.n = 0
                f = alternation(&m)
                match_state = new_state(&m, K_MATCH, 0)
                patch(&m, f.dangling, match_state)
                start = f.start
            states += m.n
            nw = (m.n + 63) >> 6
            free(clos); free(live); free(nxt)
            clos = <uint64_t *>malloc(m.n * nw * sizeof(uint64_t))
            live = <uint64_t *>malloc(nw * sizeof(uint64_t))
            nxt = <uint64_t *>malloc(nw * sizeof(uint64_t))
            if clos == NULL or live == NULL or nxt == NULL:
                raise MemoryError()
            pattern_ends = 0
            with nogil:
                memset(clos, 0, m.n * nw * sizeof(uint64_t))
                for s in range(m.n):
                    closure_of(&m, s, &clos[s * nw])
                for t in range(n_texts):
                    for i in range(length):
                        text[i] = b"abcd"[draw(&g, 4)]
                    ends = simulate(&m, clos, nw, start, text, length, True, live, nxt, match_state)
                    prefix = simulate(&m, clos, nw, start, text, length, False, live, nxt, match_state)
                    pattern_ends += ends
                    full += prefix == length
                    prefix_total += prefix
                    checksum = (checksum * 1009 + ends * 128 + prefix + 1) % 1000000007
            ends_total += pattern_ends
            if p < 10:
                first.append(pattern_ends)
        return (ends_total, full, prefix_total, states, checksum, first)
    finally:
        free(text); free(g.buf); free(m.kind); free(m.out); free(m.out2); free(m.ch)
        free(clos); free(live); free(nxt)
