# cython: language_level=3
"""Contact-tracing branching process with cases as a struct array and an index queue.

Cases are ``cdef struct`` records in one malloc'd buffer sized to the cap; since the
Python deque pops cases in creation order, the queue is just a read index into that
buffer. The Poisson sampler and the case constructor are ``cdef inline`` functions
on a pointer to the generator state, using ``libc.math.exp``.

Keywords: epidemiology, contact tracing, isolation, branching process, outbreak control, poisson offspring, generation interval
"""

import cython
from libc.math cimport exp
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Case:
    double infected_at
    double isolated_at
    int generation


cdef inline double _uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


cdef inline int _poisson(unsigned int *s, double limit) noexcept nogil:
    cdef int count = 0
    cdef double product = _uniform(s)
    while product > limit:
        count += 1
        product *= _uniform(s)
    return count


cdef inline void _new_case(Case *out, unsigned int *s, double infected_at, Case *source,
                           int generation, double p_trace) noexcept nogil:
    cdef double onset = infected_at + 3.0 + 4.0 * _uniform(s)
    cdef double isolated_at = onset + 1.0 + 4.0 * _uniform(s)
    cdef double traced
    if source != NULL and _uniform(s) < p_trace:
        traced = source.isolated_at + 1.5
        if traced < isolated_at:
            isolated_at = traced
    out.infected_at = infected_at
    out.isolated_at = isolated_at
    out.generation = generation


@cython_benchmark(args=(400, 2.4, 300, 47))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def contact_tracing_isolation_branching(int outbreaks, double r0, int cap, long long seed):
    """Return [(p_trace, controlled share, mean controlled size, mean last generation, prevented per outbreak)]."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef Case *cases = <Case *>malloc((cap + 2) * sizeof(Case))
    cdef double probs[5]
    cdef double limit = exp(-r0), p_trace, onset_guess, when
    cdef int pi, o, head, n, k, offspring, max_gen, runs
    cdef long controlled, controlled_size, last_generation, prevented
    cdef bint exceeded
    cdef Case *case
    probs[:] = [0.0, 0.25, 0.5, 0.75, 0.9]
    if cases == NULL:
        raise MemoryError()
    summary = []
    try:
        for pi in range(5):
            p_trace = probs[pi]
            controlled = 0
            controlled_size = 0
            last_generation = 0
            prevented = 0
            with nogil:
                for o in range(outbreaks):
                    _new_case(&cases[0], &st, 0.0, NULL, 0, p_trace)
                    n = 1
                    head = 0
                    exceeded = False
                    while head < n and not exceeded:
                        case = &cases[head]
                        head += 1
                        onset_guess = case.infected_at + 5.0
                        offspring = _poisson(&st, limit)
                        for k in range(offspring):
                            when = onset_guess + 2.5 * (_uniform(&st) - 0.35) * 2.0
                            if when < case.infected_at + 0.5:
                                when = case.infected_at + 0.5
                            if when >= case.isolated_at:
                                prevented += 1
                                continue
                            _new_case(&cases[n], &st, when, case, case.generation + 1, p_trace)
                            n += 1
                            if n > cap:
                                exceeded = True
                                break
                    if not exceeded:
                        controlled += 1
                        controlled_size += n
                        max_gen = 0
                        for k in range(n):
                            if cases[k].generation > max_gen:
                                max_gen = cases[k].generation
                        last_generation += max_gen
            runs = outbreaks if outbreaks > 1 else 1
            mean_size = controlled_size / <double>controlled if controlled else 0.0
            mean_generation = last_generation / <double>controlled if controlled else 0.0
            summary.append((p_trace, controlled / <double>runs, round(mean_size, 9), round(mean_generation, 9), prevented / <double>runs))
        return summary
    finally:
        free(cases)
