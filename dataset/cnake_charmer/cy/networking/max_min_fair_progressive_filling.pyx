# cython: language_level=3
"""Max-min fair progressive filling over CSR incidence arrays and typed memoryviews.

Flow paths and link users are two compressed-sparse-row incidence structures in
``int`` arrays, and the per-link and per-flow state lives in NumPy-free ``array``
buffers viewed as ``double[:]`` / ``int[:]`` memoryviews, so every round is a pair of
tight C loops (no lists, no float boxing). Unfrozen flows are kept in a compacted index
list that shrinks as flows freeze, so later rounds scan only what is left.

Keywords: networking, max-min fairness, progressive filling, water filling, bandwidth allocation, bottleneck, congestion
"""

import cython
from cpython cimport array
import array
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark

cdef double EPSILON = 1e-9


cdef inline int draw(unsigned int *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <unsigned int>k)


@cython_benchmark(args=(450, 6000, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def max_min_fair_progressive_filling(int links, int flows, long long seed):
    """Return (rounds, bottleneck links, throughput, Jain fairness, min rate, max rate, demand-limited, first rates)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    if links == 0:
        flows = 0
    cdef array.array int_template = array.array('i', [])
    cdef array.array dbl_template = array.array('d', [])
    cdef double[:] capacity = array.clone(dbl_template, links + 1, zero=True)
    cdef double[:] frozen_load = array.clone(dbl_template, links + 1, zero=True)
    cdef double[:] demand = array.clone(dbl_template, flows + 1, zero=True)
    cdef double[:] rate = array.clone(dbl_template, flows + 1, zero=True)
    cdef int[:] path_start = array.clone(int_template, flows + 2, zero=True)
    cdef int[:] path_link = array.clone(int_template, 6 * flows + 1, zero=True)
    cdef int[:] user_start = array.clone(int_template, links + 2, zero=True)
    cdef int[:] user_flow = array.clone(int_template, 6 * flows + 1, zero=True)
    cdef int[:] active = array.clone(int_template, links + 1, zero=True)
    cdef int[:] saturated = array.clone(int_template, links + 1, zero=True)
    cdef int[:] frozen = array.clone(int_template, flows + 1, zero=True)
    cdef int[:] live = array.clone(int_template, flows + 1, zero=True)
    cdef int n_live, i, j, k, f, link, hops, count, fill, rounds = 0, limited = 0, bottlenecks = 0
    cdef double target, level = 0.0, value, total = 0.0, squares = 0.0, fairness = 0.0, lo, hi
    cdef bint duplicate
    with nogil:
        for link in range(links):
            capacity[link] = <double>(10 * (1 + draw(&state, 100)))
        fill = 0
        for f in range(flows):
            hops = 2 + draw(&state, 5)
            if hops > links:
                hops = links
            path_start[f] = fill
            count = 0
            while count < hops:
                link = draw(&state, links)
                duplicate = False
                for k in range(path_start[f], fill):
                    if path_link[k] == link:
                        duplicate = True
                        break
                if not duplicate:
                    path_link[fill] = link
                    fill += 1
                    count += 1
            path_start[f + 1] = fill
            demand[f] = <double>(1 + draw(&state, 40)) if draw(&state, 3) == 0 else INFINITY
        for k in range(fill):
            user_start[path_link[k] + 1] += 1
        for link in range(links):
            user_start[link + 1] += user_start[link]
            active[link] = user_start[link]          # fill cursor
        for f in range(flows):
            for k in range(path_start[f], path_start[f + 1]):
                link = path_link[k]
                user_flow[active[link]] = f
                active[link] += 1
        for link in range(links):
            active[link] = user_start[link + 1] - user_start[link]
        for f in range(flows):
            live[f] = f
        n_live = flows

        while n_live:
            rounds += 1
            target = INFINITY
            for link in range(links):
                if active[link]:
                    value = (capacity[link] - frozen_load[link]) / active[link]
                    if value < target:
                        target = value
            for i in range(n_live):
                if demand[live[i]] < target:
                    target = demand[live[i]]
            if target > level:
                level = target
            for i in range(n_live):
                f = live[i]
                if demand[f] <= level + EPSILON:
                    frozen[f] = 1
                    rate[f] = demand[f]
                    limited += 1
                    for k in range(path_start[f], path_start[f + 1]):
                        frozen_load[path_link[k]] += demand[f]
                        active[path_link[k]] -= 1
            for link in range(links):
                if saturated[link] or not active[link]:
                    continue
                if capacity[link] - frozen_load[link] - level * active[link] <= EPSILON * capacity[link]:
                    saturated[link] = 1
                    bottlenecks += 1
                    for j in range(user_start[link], user_start[link + 1]):
                        f = user_flow[j]
                        if not frozen[f]:
                            frozen[f] = 1
                            rate[f] = level
                            for k in range(path_start[f], path_start[f + 1]):
                                frozen_load[path_link[k]] += level
                                active[path_link[k]] -= 1
            j = 0
            for i in range(n_live):
                if not frozen[live[i]]:
                    live[j] = live[i]
                    j += 1
            n_live = j
        lo = hi = 0.0
        for f in range(flows):
            total += rate[f]
            squares += rate[f] * rate[f]
            if f == 0 or rate[f] < lo:
                lo = rate[f]
            if f == 0 or rate[f] > hi:
                hi = rate[f]
        if squares > 0:
            fairness = total * total / (flows * squares)
    return (rounds, bottlenecks, total, fairness, lo, hi, limited, [rate[f] for f in range(min(flows, 5))])
