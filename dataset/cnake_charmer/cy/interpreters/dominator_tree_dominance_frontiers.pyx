# cython: language_level=3
"""Cooper-Harvey-Kennedy dominators, frontiers and phi placement on flat ``int`` arrays.

Successors are at most three per block and predecessors live in compressed rows, all
in one ``PyMem_Malloc`` arena of ``int`` fields carved up by a small struct. The DFS
keeps an explicit C stack of (node, next successor), the intersect walks compare
reverse-postorder ranks in C, dominance frontiers are gathered as (block, join) pairs
in ``realloc``-grown buffers, de-duplicated with a stamp array and bucketed by
counting sort, and phi placement uses per-variable stamps instead of fresh sets.

Keywords: interpreters, dominator tree, dominance frontier, ssa construction, phi placement, control flow graph
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Arena:
    int *succ        # 3 per block
    int *nsucc
    int *order       # reverse postorder
    int *rank
    int *pstart      # predecessor rows
    int *plist
    int *idom
    int *depth
    int *stack_node
    int *stack_next
    int *mark
    int *dfstart
    int *dflist
    int *pair_a
    int *pair_b
    int *work
    int *phi_mark
    int *queued


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef inline int intersect(const int *idom, const int *rank, int a, int b) noexcept nogil:
    while a != b:
        while rank[a] > rank[b]:
            a = idom[a]
        while rank[b] > rank[a]:
            b = idom[b]
    return a


@cython_benchmark(args=(4, 12000, 40, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dominator_tree_dominance_frontiers(int n_graphs, int n_blocks, int n_vars, long long seed):
    """Return (reachable, CHK rounds, depth sum, max depth, frontier total, phis, idom checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Arena a
    cdef int n = n_blocks
    cdef size_t pair_cap = <size_t>n * 4 + 16
    cdef int *base = <int *>PyMem_Malloc(20 * (n + 2) * sizeof(int))
    cdef int *p
    cdef long long reachable = 0, depth_sum = 0, df_total = 0, phi_total = 0, checksum = 0
    cdef int max_depth = 0, stamp, g, i, r, k, node, child, sp, m, rounds, new, q, runner, npairs, v, nsites, site, top, join
    cdef bint changed
    cdef list rounds_seen = []
    if base == NULL:
        raise MemoryError()
    p = base
    a.succ = p; p += 3 * (n + 2)
    a.nsucc = p; p += n + 2
    a.order = p; p += n + 2
    a.rank = p; p += n + 2
    a.pstart = p; p += n + 2
    a.plist = p; p += 3 * (n + 2)
    a.idom = p; p += n + 2
    a.depth = p; p += n + 2
    a.stack_node = p; p += n + 2
    a.stack_next = p; p += n + 2
    a.mark = p; p += n + 2
    a.dfstart = p; p += n + 2
    a.work = p; p += n + 2
    a.phi_mark = p; p += n + 2
    a.queued = p; p += n + 2
    a.pair_a = <int *>malloc(pair_cap * sizeof(int))
    a.pair_b = <int *>malloc(pair_cap * sizeof(int))
    a.dflist = <int *>malloc(pair_cap * sizeof(int))
    try:
        if a.pair_a == NULL or a.pair_b == NULL or a.dflist == NULL:
            raise MemoryError()
        with nogil:
            for g in range(n_graphs):
                for i in range(n):
                    k = 0
                    r = draw(&state, 10)
                    if i + 1 < n and (r < 8 or i + 2 >= n):
                        a.succ[3 * i + k] = i + 1
                        k += 1
                    if i + 2 < n and (r >= 8 or draw(&state, 4) == 0):
                        a.succ[3 * i + k] = i + 2 + draw(&state, n - i - 2 if n - i - 2 < 20 else 20)
                        k += 1
                    if i > 0 and draw(&state, 5) == 0:
                        a.succ[3 * i + k] = i - 1 - draw(&state, i if i < 30 else 30)
                        k += 1
                    a.nsucc[i] = k
                    a.rank[i] = -1
                    a.idom[i] = -1
                    a.mark[i] = -1
                    a.phi_mark[i] = -1
                    a.queued[i] = -1
                # reverse postorder by iterative DFS (postorder filled from the back)
                m = 0
                if n > 0:
                    a.rank[0] = 0       # "seen"
                    a.stack_node[0] = 0
                    a.stack_next[0] = 0
                    sp = 1
                    while sp > 0:
                        node = a.stack_node[sp - 1]
                        if a.stack_next[sp - 1] < a.nsucc[node]:
                            child = a.succ[3 * node + a.stack_next[sp - 1]]
                            a.stack_next[sp - 1] += 1
                            if a.rank[child] < 0:
                                a.rank[child] = 0
                                a.stack_node[sp] = child
                                a.stack_next[sp] = 0
                                sp += 1
                        else:
                            sp -= 1
                            a.order[m] = node
                            m += 1
                    for i in range(m // 2):
                        node = a.order[i]
                        a.order[i] = a.order[m - 1 - i]
                        a.order[m - 1 - i] = node
                    for i in range(m):
                        a.rank[a.order[i]] = i
                # predecessor rows, sources in ascending order
                for i in range(n + 1):
                    a.pstart[i] = 0
                for i in range(n):
                    if a.rank[i] >= 0:
                        for k in range(a.nsucc[i]):
                            a.pstart[a.succ[3 * i + k] + 1] += 1
                for i in range(n):
                    a.pstart[i + 1] += a.pstart[i]
                for i in range(n):
                    a.stack_next[i] = a.pstart[i]
                for i in range(n):
                    if a.rank[i] >= 0:
                        for k in range(a.nsucc[i]):
                            child = a.succ[3 * i + k]
                            a.plist[a.stack_next[child]] = i
                            a.stack_next[child] += 1
                # Cooper-Harvey-Kennedy
                rounds = 0
                if m > 0:
                    a.idom[a.order[0]] = a.order[0]
                    changed = True
                    while changed:
                        changed = False
                        rounds += 1
                        for i in range(1, m):
                            node = a.order[i]
                            new = -1
                            for k in range(a.pstart[node], a.pstart[node + 1]):
                                q = a.plist[k]
                                if a.idom[q] >= 0:
                                    new = q if new < 0 else intersect(a.idom, a.rank, q, new)
                            if a.idom[node] != new:
                                a.idom[node] = new
                                changed = True
                    a.depth[a.order[0]] = 0
                    for i in range(1, m):
                        node = a.order[i]
                        a.depth[node] = a.depth[a.idom[node]] + 1
                        depth_sum += a.depth[node]
                        if a.depth[node] > max_depth:
                            max_depth = a.depth[node]
                with gil:
                    rounds_seen.append(rounds)
                # dominance frontiers as (block, join) pairs, bucketed by block
                npairs = 0
                for i in range(m):
                    node = a.order[i]
                    if a.pstart[node + 1] - a.pstart[node] >= 2:
                        for k in range(a.pstart[node], a.pstart[node + 1]):
                            runner = a.plist[k]
                            while runner != a.idom[node]:
                                if a.mark[runner] != node:
                                    if <size_t>npairs == pair_cap:
                                        pair_cap *= 2
                                        a.pair_a = <int *>realloc(a.pair_a, pair_cap * sizeof(int))
                                        a.pair_b = <int *>realloc(a.pair_b, pair_cap * sizeof(int))
                                        a.dflist = <int *>realloc(a.dflist, pair_cap * sizeof(int))
                                    a.mark[runner] = node
                                    a.pair_a[npairs] = runner
                                    a.pair_b[npairs] = node
                                    npairs += 1
                                runner = a.idom[runner]
                df_total += npairs
                for i in range(n + 1):
                    a.dfstart[i] = 0
                for k in range(npairs):
                    a.dfstart[a.pair_a[k] + 1] += 1
                for i in range(n):
                    a.dfstart[i + 1] += a.dfstart[i]
                for i in range(n):
                    a.stack_next[i] = a.dfstart[i]
                for k in range(npairs):
                    a.dflist[a.stack_next[a.pair_a[k]]] = a.pair_b[k]
                    a.stack_next[a.pair_a[k]] += 1
                # iterated dominance frontier per variable
                for v in range(n_vars):
                    stamp = g * n_vars + v
                    nsites = 1 + draw(&state, 4)
                    top = 0
                    for k in range(nsites):
                        site = draw(&state, n)
                        if a.rank[site] >= 0:
                            a.work[top] = site
                            top += 1
                            a.queued[site] = stamp
                    while top > 0:
                        top -= 1
                        node = a.work[top]
                        for k in range(a.dfstart[node], a.dfstart[node + 1]):
                            join = a.dflist[k]
                            if a.phi_mark[join] != stamp:
                                a.phi_mark[join] = stamp
                                phi_total += 1
                                if a.queued[join] != stamp:
                                    a.queued[join] = stamp
                                    a.work[top] = join
                                    top += 1
                reachable += m
                for i in range(n):
                    if a.rank[i] >= 0:
                        checksum = (checksum * 1000003 + i * 7 + a.idom[i]) % 1000000007
        return (reachable, rounds_seen, depth_sum, max_depth, df_total, phi_total, checksum)
    finally:
        PyMem_Free(base)
        free(a.pair_a); free(a.pair_b); free(a.dflist)
