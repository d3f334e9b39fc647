# distutils: language = c++
# cython: language_level=3
"""de Bruijn assembly on integer-coded (k-1)-mers with C++ containers and a CSR edge list.

Each (k-1)-mer is packed into a 64-bit code (two bits per base) and numbered through a
``std::unordered_map``; edges are laid out in compressed-sparse-row order, keeping
their insertion order per node, so Hierholzer's walk pops edges with a moving end
pointer and a ``std::vector`` stack instead of Python lists of strings. The contig is
spelled from the last two bits of each node code.

Keywords: bioinformatics, genome assembly, de bruijn graph, eulerian path, hierholzer, kmer
"""

import cython
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.unordered_map cimport unordered_map

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _draw_wide(unsigned long long *state, int m) noexcept nogil:
    cdef unsigned long long high
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    high = (state[0] >> 16) % 32768
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>(((high << 15) | ((state[0] >> 16) % 32768)) % m)


cdef int _node_id(unordered_map[uint64_t, int] &ids, uint64_t code, vector[uint64_t] &codes):
    cdef unordered_map[uint64_t, int].iterator it = ids.find(code)
    if it != ids.end():
        return cython.operator.dereference(it).second
    cdef int fresh = <int>codes.size()
    ids[code] = fresh
    codes.push_back(code)
    return fresh


@cython_benchmark(args=(40000, 21, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def debruijn_read_assembly(int g, int k, long long seed):
    """Return (edges, nodes, max out-degree, contig length, contig == genome, mismatches, head, tail)."""
    cdef const char *letters = b"ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef vector[unsigned char] bases
    cdef int span, src, i, j, tmp, e, v, node, start = -1, widest = 0, mismatches = 0
    cdef bint repeat
    while <int>bases.size() < g:
        repeat = False
        if bases.size() > 100:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            repeat = (state >> 16) % 400 == 0
        if repeat:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            span = 30 + (state >> 16) % 31
            src = _draw_wide(&state, <int>bases.size() - span)
            for i in range(span):
                bases.push_back(bases[src + i])
        else:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bases.push_back((state >> 16) % 4)
    cdef int nk = g - k + 1 if g >= k else 0
    cdef vector[int] order
    order.resize(nk)
    for i in range(nk):
        order[i] = i
    for i in range(nk - 1, 0, -1):
        j = _draw_wide(&state, i + 1)
        tmp = order[i]
        order[i] = order[j]
        order[j] = tmp
    if nk == 0:
        return (0, 0, 0, 0, g == 0, 0, "", "")

    # (k-1)-mer code of the prefix starting at every genome position
    cdef uint64_t mask = ((<uint64_t>1) << (2 * (k - 1))) - 1
    cdef vector[uint64_t] prefix_code
    prefix_code.resize(g - k + 2)
    cdef uint64_t code = 0
    for i in range(g):
        code = ((code << 2) | bases[i]) & mask
        if i >= k - 2:
            prefix_code[i - k + 2] = code
    cdef unordered_map[uint64_t, int] ids
    ids.reserve(2 * nk)
    cdef vector[uint64_t] codes
    cdef vector[int] tail_of, head_of
    tail_of.resize(nk)
    head_of.resize(nk)
    for e in range(nk):
        tail_of[e] = _node_id(ids, prefix_code[order[e]], codes)
        head_of[e] = _node_id(ids, prefix_code[order[e] + 1], codes)
    cdef int nodes = <int>codes.size()
    cdef vector[int] first, indeg, edge_to
    first.assign(nodes + 1, 0)
    indeg.assign(nodes, 0)
    edge_to.resize(nk)
    for e in range(nk):
        first[tail_of[e] + 1] += 1
        indeg[head_of[e]] += 1
    for v in range(nodes):
        first[v + 1] += first[v]
        if first[v + 1] - first[v] > widest:
            widest = first[v + 1] - first[v]
    cdef vector[int] fill = first
    for e in range(nk):
        edge_to[fill[tail_of[e]]] = head_of[e]
        fill[tail_of[e]] += 1
    # start: first tail (in k-mer order) with out - in == 1; fill[v] now points past v's edges
    for e in range(nk):
        v = tail_of[e]
        if (first[v + 1] - first[v]) - indeg[v] == 1:
            start = v
            break
    if start < 0:
        start = tail_of[0]

    cdef vector[int] stack, path
    stack.push_back(start)
    while not stack.empty():
        node = stack.back()
        if fill[node] > first[node]:
            fill[node] -= 1
            stack.push_back(edge_to[fill[node]])
        else:
            path.push_back(node)
            stack.pop_back()
    cdef int plen = <int>path.size()
    cdef int clen = plen + k - 2
    cdef bytearray contig = bytearray(clen)
    code = codes[path[plen - 1]]
    for i in range(k - 1):
        contig[k - 2 - i] = letters[code & 3]
        code >>= 2
    for i in range(1, plen):
        contig[k - 2 + i] = letters[codes[path[plen - 1 - i]] & 3]
    cdef bint same = clen == g
    for i in range(clen if clen < g else g):
        if contig[i] != letters[bases[i]]:
            mismatches += 1
            same = False
    text = contig.decode("ascii")
    return (nk, nodes, widest, clen, same, mismatches, text[:30], text[clen - 30 if clen > 30 else 0:])
