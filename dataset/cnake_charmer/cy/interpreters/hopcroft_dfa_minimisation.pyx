# distutils: language = c++
# cython: language_level=3
"""Hopcroft minimisation on a refinable partition kept in C++ vectors.

Instead of Python sets, the partition is one permutation array of states in which
every block is a contiguous range; marking a predecessor swaps it into the block's
marked prefix in O(1), and a split relabels only the smaller part, which is also the
part queued — the O(n k log n) formulation. Predecessors are stored in compressed
rows per (symbol, state), and reachability and the canonical BFS renumbering use flat
``std::vector[int]`` buffers.

Keywords: interpreters, dfa minimisation, hopcroft algorithm, partition refinement, finite automata, lexer generator
"""

import cython
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef void build_dfa(unsigned long long *state, int n, int core, int k,
                    vector[int] &delta, vector[char] &accept) noexcept nogil:
    cdef vector[int] core_delta = vector[int](core * k)
    cdef vector[char] core_accept = vector[char](core)
    cdef vector[int] hidden = vector[int](n)
    cdef vector[int] start = vector[int](core + 1, 0)
    cdef vector[int] copies = vector[int](n)
    cdef vector[int] fill
    cdef int q, c, h, opts
    for q in range(core * k):
        core_delta[q] = draw(state, core)
    for q in range(core):
        core_accept[q] = draw(state, 3) == 0
    for q in range(n):
        hidden[q] = q if q < core else draw(state, core)
        start[hidden[q] + 1] += 1
    for h in range(core):
        start[h + 1] += start[h]
    fill = start
    for q in range(n):
        copies[fill[hidden[q]]] = q
        fill[hidden[q]] += 1
    delta.assign(n * k, 0)
    accept.assign(n, 0)
    for q in range(n):
        for c in range(k):
            h = core_delta[hidden[q] * k + c]
            opts = start[h + 1] - start[h]
            delta[q * k + c] = copies[start[h] + draw(state, opts)]
        accept[q] = core_accept[hidden[q]]


cdef int minimise(int n, int k, const vector[int] &delta, const vector[char] &accept,
                  int *size_out, long long *accepting_out, long long *digest_out) noexcept nogil:
    """Return the reachable state count; minimal size, accepting blocks and hash via the outputs."""
    cdef vector[int] reach
    cdef vector[char] seen = vector[char](n, 0)
    cdef vector[int] pstart, plist, elems, loc, blk, bfirst, bend, bmid, work, splitter, touched, number, order, rep
    cdef vector[char] inwork
    cdef int i, q, p, c, b, nb, m, nblocks, head, pos, other, marked, size, target, a
    cdef long long digest = 0, accepting = 0
    # reachability
    reach.push_back(0)
    seen[0] = 1
    head = 0
    while head < <int>reach.size():
        q = reach[head]
        head += 1
        for c in range(k):
            p = delta[q * k + c]
            if not seen[p]:
                seen[p] = 1
                reach.push_back(p)
    m = reach.size()
    # predecessors in compressed rows indexed by c * n + target
    pstart.assign(k * n + 1, 0)
    for i in range(m):
        q = reach[i]
        for c in range(k):
            pstart[c * n + delta[q * k + c] + 1] += 1
    for i in range(k * n):
        pstart[i + 1] += pstart[i]
    plist.assign(m * k, 0)
    rep = pstart
    for i in range(m):
        q = reach[i]
        for c in range(k):
            plist[rep[c * n + delta[q * k + c]]] = q
            rep[c * n + delta[q * k + c]] += 1
    # initial partition: accepting states first
    elems.assign(m, 0)
    loc.assign(n, -1)
    blk.assign(n, -1)
    pos = 0
    for a in range(2):
        for i in range(m):
            q = reach[i]
            if (accept[q] != 0) == (a == 0):
                elems[pos] = q
                loc[q] = pos
                pos += 1
        if a == 0:
            marked = pos
    nblocks = 0
    for a in range(2):
        if (a == 0 and marked > 0) or (a == 1 and m - marked > 0):
            bfirst.push_back(0 if a == 0 else marked)
            bend.push_back(marked if a == 0 else m)
            bmid.push_back(bfirst.back())
            for i in range(bfirst.back(), bend.back()):
                blk[elems[i]] = nblocks
            nblocks += 1
    inwork.assign(2 * m + 2, 0)
    if nblocks == 2 and bend[1] - bfirst[1] < bend[0] - bfirst[0]:
        work.push_back(1)
        inwork[1] = 1
    else:
        work.push_back(0)
        inwork[0] = 1
    while not work.empty():
        a = work.back()
        work.pop_back()
        inwork[a] = 0
        splitter.assign(elems.begin() + bfirst[a], elems.begin() + bend[a])
        for c in range(k):
            touched.clear()
            for i in range(<int>splitter.size()):
                q = splitter[i]
                for head in range(pstart[c * n + q], pstart[c * n + q + 1]):
                    p = plist[head]
                    b = blk[p]
                    if loc[p] < bmid[b]:
                        continue
                    if bmid[b] == bfirst[b]:
                        touched.push_back(b)
                    pos = loc[p]
                    other = elems[bmid[b]]
                    elems[pos] = other
                    loc[other] = pos
                    elems[bmid[b]] = p
                    loc[p] = bmid[b]
                    bmid[b] += 1
            for i in range(<int>touched.size()):
                b = touched[i]
                marked = bmid[b] - bfirst[b]
                size = bend[b] - bfirst[b]
                if marked == size:
                    bmid[b] = bfirst[b]
                    continue
                nb = nblocks
                nblocks += 1
                if 2 * marked <= size:
                    bfirst.push_back(bfirst[b])
                    bend.push_back(bmid[b])
                    bfirst[b] = bmid[b]
                else:
                    bfirst.push_back(bmid[b])
                    bend.push_back(bend[b])
                    bend[b] = bmid[b]
                bmid[b] = bfirst[b]
                bmid.push_back(bfirst[nb])
                for head in range(bfirst[nb], bend[nb]):
                    blk[elems[head]] = nb
                work.push_back(nb)
                inwork[nb] = 1
    # canonical breadth-first numbering from the start block
    rep.assign(nblocks, 0)
    for b in range(nblocks):
        rep[b] = elems[bfirst[b]]
    number.assign(nblocks, -1)
    number[blk[0]] = 0
    order.push_back(blk[0])
    head = 0
    while head < <int>order.size():
        b = order[head]
        head += 1
        for c in range(k):
            target = blk[delta[rep[b] * k + c]]
            if number[target] < 0:
                number[target] = order.size()
                order.push_back(target)
            digest = (digest * 10007 + number[target]) % 1000000007
    for i in range(<int>order.size()):
        accepting += accept[rep[order[i]]]
    digest_out[0] = (digest * 3 + accepting) % 1000000007
    accepting_out[0] = accepting
    size_out[0] = order.size()
    return m


@cython_benchmark(args=(16, 3000, 60, 3, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hopcroft_dfa_minimisation(int n_dfas, int n_states, int core, int k, long long seed):
    """Return (reachable states, minimal states, accepting blocks, first minimal sizes, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef vector[int] delta
    cdef vector[char] accept
    cdef long long reachable_total = 0, minimal_total = 0, accepting_total = 0, checksum = 0
    cdef long long accepting, digest
    cdef int d, reach, size
    cdef list sizes = []
    for d in range(n_dfas):
        with nogil:
            build_dfa(&state, n_states, core if core < n_states else n_states, k, delta, accept)
            reach = minimise(n_states, k, delta, accept, &size, &accepting, &digest)
        reachable_total += reach
        minimal_total += size
        accepting_total += accepting
        checksum = (checksum * 1000003 + digest) % 1000000007
        if d < 10:
            sizes.append(size)
    return (reachable_total, minimal_total, accepting_total, sizes, checksum)
