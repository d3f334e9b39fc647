# cython: language_level=3
"""RM/EDF schedulability with fixed-size C task tables and nogil cdef helpers.

A task set lives in a fixed C array of ``Task`` structs on the stack (at most 16
tasks), so nothing is allocated per set. Response-time analysis, the tick-by-tick
simulator (with a ``bint`` policy switch) and the priority order are ``cdef`` functions
that run without the GIL; the Liu-Layland bound uses ``libc.math.pow``.

Keywords: scheduling, real-time, rate monotonic, edf, response time analysis, schedulability, liu layland
"""

import cython
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_TASKS = 16
    HYPER = 120

cdef int PERIODS[12]
PERIODS[:] = [4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 60]


cdef struct Task:
    int period
    int cost
    int remaining
    int deadline


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline int gcd(int a, int b) noexcept nogil:
    cdef int t
    while b:
        t = a % b
        a = b
        b = t
    return a


cdef void simulate(Task *tasks, int k, bint edf, int *misses, int *preemptions) noexcept nogil:
    cdef int horizon = tasks[0].period, i, t, pick, running = -1
    for i in range(1, k):
        horizon = horizon // gcd(horizon, tasks[i].period) * tasks[i].period
    misses[0] = 0
    preemptions[0] = 0
    for i in range(k):
        tasks[i].remaining = 0
    for t in range(horizon + 1):
        for i in range(k):
            if t % tasks[i].period == 0:
                if tasks[i].remaining > 0:
                    misses[0] += 1
                tasks[i].remaining = tasks[i].cost
                tasks[i].deadline = t + tasks[i].period
        if t == horizon:
            break
        pick = -1
        for i in range(k):
            if tasks[i].remaining > 0:
                if pick < 0:
                    pick = i
                elif edf and tasks[i].deadline < tasks[pick].deadline:
                    pick = i
                elif not edf and tasks[i].period < tasks[pick].period:
                    pick = i
        if pick < 0:
            running = -1
            continue
        if running >= 0 and running != pick and tasks[running].remaining > 0:
            preemptions[0] += 1
        tasks[pick].remaining -= 1
        running = pick


cdef bint response_time_ok(const Task *tasks, int k) noexcept nogil:
    cdef int order[MAX_TASKS]
    cdef int i, j, r, x, rank, response, demand
    for i in range(k):
        order[i] = i
    for i in range(1, k):
        x = order[i]
        j = i - 1
        while j >= 0 and (tasks[order[j]].period > tasks[x].period or
                          (tasks[order[j]].period == tasks[x].period and order[j] > x)):
            order[j + 1] = order[j]
            j -= 1
        order[j + 1] = x
    for rank in range(k):
        i = order[rank]
        response = tasks[i].cost
        while True:
            demand = tasks[i].cost
            for r in range(rank):
                j = order[r]
                demand += (response + tasks[j].period - 1) // tasks[j].period * tasks[j].cost
            if demand > tasks[i].period:
                return False
            if demand == response:
                break
            response = demand
    return True


@cython_benchmark(args=(1500, 5, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rate_monotonic_edf_schedulability(int sets, int tasks, long long seed):
    """Return (LL pass, RTA pass, RM ok, EDF ok, U<=1 sets, RM misses, EDF misses, RM+EDF preemptions, RTA agrees)."""
    if tasks > MAX_TASKS:
        raise ValueError("at most 16 tasks per set")
    cdef Task ts[MAX_TASKS]
    cdef int weights[MAX_TASKS]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int s, i, k, target, total_weight, misses, switches, demand
    cdef long long c
    cdef double utilisation
    cdef bint rta
    cdef long ll_pass = 0, rta_pass = 0, rm_ok = 0, edf_ok = 0, feasible = 0
    cdef long rm_misses = 0, edf_misses = 0, preemptions = 0, agree = 0
    with nogil:
        for s in range(sets):
            k = 1 + draw(&state, tasks)
            target = 50 + draw(&state, 60)
            for i in range(k):
                ts[i].period = PERIODS[draw(&state, 12)]
            total_weight = 0
            for i in range(k):
                weights[i] = 1 + draw(&state, 9)
                total_weight += weights[i]
            utilisation = 0.0
            demand = 0
            for i in range(k):
                c = <long long>ts[i].period * target * weights[i] // (100 * total_weight)
                ts[i].cost = <int>c if c > 1 else 1
                utilisation += ts[i].cost / <double>ts[i].period
                demand += ts[i].cost * (HYPER // ts[i].period)
            if utilisation <= k * (pow(2.0, 1.0 / k) - 1):
                ll_pass += 1
            if demand <= HYPER:
                feasible += 1
            rta = response_time_ok(ts, k)
            rta_pass += rta
            simulate(ts, k, False, &misses, &switches)
            rm_misses += misses
            preemptions += switches
            rm_ok += misses == 0
            agree += rta == (misses == 0)
            simulate(ts, k, True, &misses, &switches)
            edf_misses += misses
            preemptions += switches
            edf_ok += misses == 0
    return (ll_pass, rta_pass, rm_ok, edf_ok, feasible, rm_misses, edf_misses, preemptions, agree)
