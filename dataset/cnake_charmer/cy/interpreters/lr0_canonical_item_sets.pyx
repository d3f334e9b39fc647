# distutils: language = c++
# cython: language_level=3
"""Canonical LR(0) collection with integer items, stamped closures and a C++ kernel map.

Every item is one integer (a production's offset plus the dot), with its next symbol
precomputed, so advancing the dot is ``item + 1``. A closure is a work stack plus a
per-item stamp array (no clearing between states); successor kernels are gathered in
per-symbol ``std::vector`` buckets, sorted to a canonical form and de-duplicated in a
``std::map[vector[int], int]`` — or, for the common single-item kernel, by an array
indexed by the item — and the breadth-first queue holds the kernels themselves.

Keywords: interpreters, lr(0) automaton, parser generator, item sets, closure, shift reduce conflicts
"""

import cython
from libcpp.vector cimport vector
from libcpp.map cimport map as cmap
from libcpp.algorithm cimport sort
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef void generate(unsigned long long *state, int n, int t, vector[int] &heads,
                   vector[int] &body_start, vector[int] &symbols) noexcept nogil:
    cdef vector[int] previous, body
    cdef int head, alts, a, k, length, keep, pos
    heads.clear()
    body_start.clear()
    symbols.clear()
    heads.push_back(-1)
    body_start.push_back(0)
    symbols.push_back(0)
    for head in range(n):
        previous.clear()
        alts = 1 + draw(state, 3)
        for a in range(alts):
            body.clear()
            if previous.size() > 0 and draw(state, 2):
                keep = draw(state, <int>previous.size() + 1)
                for k in range(keep):
                    body.push_back(previous[k])
            length = 1 + draw(state, 3)
            for k in range(length):
                if draw(state, 3) == 0:
                    body.push_back(draw(state, n))
                else:
                    body.push_back(n + draw(state, t))
            if previous.size() == 0 and head + 1 < n:
                pos = draw(state, <int>body.size() + 1)
                body.insert(body.begin() + pos, head + 1)
            previous = body
            heads.push_back(head)
            body_start.push_back(symbols.size())
            for k in range(<int>body.size()):
                symbols.push_back(body[k])
    body_start.push_back(symbols.size())


@cython_benchmark(args=(16, 400, 20, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lr0_canonical_item_sets(int n_grammars, int n_nonterminals, int n_terminals, long long seed):
    """Return (states per grammar, transitions, closed items, largest state, s/r states, r/r states, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef vector[int] heads, body_start, symbols
    cdef vector[int] item_next, item_first, prods_of_start, prods_of
    cdef vector[int] stamp, work, closed, touched
    cdef vector[vector[int]] buckets
    cdef vector[vector[int]] queue
    cdef cmap[vector[int], int] ids
    cdef cmap[vector[int], int].iterator found
    cdef vector[int] single, target
    cdef long long transitions = 0, items_total = 0, sr_total = 0, rr_total = 0, checksum = 0
    cdef int largest = 0, g, p, d, n_items, n_prod, it, sym, k, j, head, complete, sid, tid, n_symbols
    cdef bint shifts
    cdef list counts = []
    n_symbols = n_nonterminals + n_terminals
    for g in range(n_grammars):
        with nogil:
            generate(&state, n_nonterminals, n_terminals, heads, body_start, symbols)
            n_prod = heads.size()
            # item numbering: production p owns ids item_first[p] .. item_first[p] + len(body)
            item_first.assign(n_prod + 1, 0)
            for p in range(n_prod):
                item_first[p + 1] = item_first[p] + (body_start[p + 1] - body_start[p]) + 1
            n_items = item_first[n_prod]
            item_next.assign(n_items, -1)
            for p in range(n_prod):
                for d in range(body_start[p + 1] - body_start[p]):
                    item_next[item_first[p] + d] = symbols[body_start[p] + d]
            # productions grouped by head (augmented start excluded: it is never a body symbol)
            prods_of_start.assign(n_nonterminals + 1, 0)
            for p in range(1, n_prod):
                prods_of_start[heads[p] + 1] += 1
            for k in range(n_nonterminals):
                prods_of_start[k + 1] += prods_of_start[k]
            prods_of.assign(n_prod, 0)
            work.assign(n_nonterminals + 1, 0)
            for k in range(n_nonterminals):
                work[k] = prods_of_start[k]
            for p in range(1, n_prod):
                prods_of[work[heads[p]]] = p
                work[heads[p]] += 1
            stamp.assign(n_items, -1)
            buckets.resize(n_symbols)
            ids.clear()
            queue.clear()
            single.assign(n_items, -1)
            single[0] = 0
            queue.push_back(vector[int](1, 0))
            sid = 0
            while sid < <int>queue.size():
                # closure of the kernel
                closed.clear()
                work.clear()
                for k in range(<int>queue[sid].size()):
                    it = queue[sid][k]
                    stamp[it] = sid
                    closed.push_back(it)
                    work.push_back(it)
                while work.size() > 0:
                    it = work.back()
                    work.pop_back()
                    sym = item_next[it]
                    if sym >= 0 and sym < n_nonterminals:
                        for k in range(prods_of_start[sym], prods_of_start[sym + 1]):
                            j = item_first[prods_of[k]]
                            if stamp[j] != sid:
                                stamp[j] = sid
                                closed.push_back(j)
                                work.push_back(j)
                items_total += closed.size()
                if <int>closed.size() > largest:
                    largest = closed.size()
                complete = 0
                shifts = False
                touched.clear()
                for k in range(<int>closed.size()):
                    it = closed[k]
                    sym = item_next[it]
                    if sym < 0:
                        complete += 1
                        continue
                    if buckets[sym].size() == 0:
                        touched.push_back(sym)
                    buckets[sym].push_back(it + 1)
                    if sym >= n_nonterminals:
                        shifts = True
                if complete >= 1 and shifts:
                    sr_total += 1
                if complete >= 2:
                    rr_total += 1
                sort(touched.begin(), touched.end())
                for k in range(<int>touched.size()):
                    sym = touched[k]
                    if buckets[sym].size() == 1:
                        # most kernels hold a single item: an array indexed by item finds them
                        it = buckets[sym][0]
                        buckets[sym].clear()
                        tid = single[it]
                        if tid < 0:
                            tid = queue.size()
                            single[it] = tid
                            queue.push_back(vector[int](1, it))
                    else:
                        target.swap(buckets[sym])
                        buckets[sym].clear()
                        sort(target.begin(), target.end())
                        found = ids.find(target)
                        if found == ids.end():
                            tid = queue.size()
                            ids[target] = tid
                            queue.push_back(target)
                        else:
                            tid = deref(found).second
                    transitions += 1
                    checksum = (checksum * 1000003 + sid * 4099 + sym * 67 + tid) % 1000000007
                sid += 1
        counts.append(<int>queue.size())
    return (counts, transitions, items_total, largest, sr_total, rr_total, checksum)
