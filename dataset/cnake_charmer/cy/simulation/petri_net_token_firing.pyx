# cython: language_level=3
"""Token game of a random place/transition Petri net.

The dicts of arcs become compressed sparse rows (offset, place and weight arrays for
inputs and outputs, merged like the dict accumulation); the enabled set is rebuilt in
a C int array, and the token total is maintained incrementally instead of summed
every step.

Keywords: simulation, petri net, concurrency, token game, discrete event, reachability
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw(long long* state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % m)


cdef int add_arc(int* plc, int* wt, int start, int count, int p, int w) noexcept nogil:
    cdef int k
    for k in range(start, start + count):
        if plc[k] == p:
            wt[k] += w
            return count
    plc[start + count] = p
    wt[start + count] = w
    return count + 1


@cython_benchmark(args=(40, 60, 8000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def petri_net_token_firing(int places, int transitions, int steps, long long seed):
    """Play the token game on a seeded Petri net."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef long* marking = <long*>calloc(places + 1, sizeof(long))
    cdef int* in_start = <int*>calloc(transitions + 1, sizeof(int))
    cdef int* in_len = <int*>calloc(transitions + 1, sizeof(int))
    cdef int* out_len = <int*>calloc(transitions + 1, sizeof(int))
    cdef int* in_p = <int*>malloc((3 * transitions + 1) * sizeof(int))
    cdef int* in_w = <int*>malloc((3 * transitions + 1) * sizeof(int))
    cdef int* out_p = <int*>malloc((3 * transitions + 1) * sizeof(int))
    cdef int* out_w = <int*>malloc((3 * transitions + 1) * sizeof(int))
    cdef int* enabled = <int*>malloc((transitions + 1) * sizeof(int))
    cdef long* fired = <long*>calloc(transitions + 1, sizeof(long))
    cdef int i, t, k, m, p, w, ne, s
    cdef long total = 0, peak, total_fired = 0
    cdef bint ok
    if not (marking and in_start and in_len and out_len and in_p and in_w and out_p and out_w and enabled and fired):
        free(marking); free(in_start); free(in_len); free(out_len); free(in_p); free(in_w)
        free(out_p); free(out_w); free(enabled); free(fired)
        raise MemoryError()
    try:
        for i in range(places):
            marking[i] = draw(&state, 4)
            total += marking[i]
        for t in range(transitions):
            in_start[t] = 3 * t
            m = 1 + draw(&state, 3)
            for k in range(m):
                p = draw(&state, places)
                in_len[t] = add_arc(in_p, in_w, 3 * t, in_len[t], p, 1)
            m = 1 + draw(&state, 3)
            for k in range(m):
                p = draw(&state, places)
                w = 1 + draw(&state, 2)
                out_len[t] = add_arc(out_p, out_w, 3 * t, out_len[t], p, w)
        peak = total
        for s in range(steps):
            ne = 0
            for t in range(transitions):
                ok = True
                for k in range(in_start[t], in_start[t] + in_len[t]):
                    if marking[in_p[k]] < in_w[k]:
                        ok = False
                        break
                if ok:
                    enabled[ne] = t
                    ne += 1
            if ne == 0:
                break
            t = enabled[draw(&state, ne)]
            for k in range(in_start[t], in_start[t] + in_len[t]):
                marking[in_p[k]] -= in_w[k]
                total -= in_w[k]
            for k in range(in_start[t], in_start[t] + out_len[t]):
                marking[out_p[k]] += out_w[k]
                total += out_w[k]
            fired[t] += 1
            total_fired += 1
            if total > peak:
                peak = total
        return (total_fired, [fired[t] for t in range(transitions if transitions < 8 else 8)],
                [marking[i] for i in range(places if places < 8 else 8)], peak)
    finally:
        free(marking); free(in_start); free(in_len); free(out_len); free(in_p); free(in_w)
        free(out_p); free(out_w); free(enabled); free(fired)
