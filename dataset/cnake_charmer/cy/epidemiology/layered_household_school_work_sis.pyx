# cython: language_level=3
"""Agent-based layered SIS epidemic with agents stored as a C struct array.

The dataclass agents become a malloc'd array of ``cdef struct`` records, the
per-layer infected tallies are calloc'd ``int`` arrays cleared each day, and the
escape probability uses ``libc.math.pow``. The daily sweeps run in a ``nogil``
block over plain C data.

Keywords: epidemiology, agent-based model, sis, household, school, workplace, layered network, endemic
"""

import cython
from libc.math cimport pow
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Agent:
    int age_class
    int household
    int place
    bint infected


cdef inline double _uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


@cython_benchmark(args=(6000, 120, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def layered_household_school_work_sis(int agents_count, int days, long long seed):
    """Return (prevalence every 10 days, mean prevalence of second half, infections per age class)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double p_home = 0.05, p_place = 0.005, p_comm = 0.08, p_recover = 0.12
    cdef Agent *agents = <Agent *>malloc((agents_count + 1) * sizeof(Agent))
    cdef int *home_count = <int *>calloc(agents_count + 1, sizeof(int))
    cdef int place_count[80]
    cdef long by_class[3]
    cdef int n = 0, household = 0, size, j, limit, day, prevalent, half_days
    cdef double roll, community, escape, second_half = 0.0, mean_late
    cdef Agent *ag
    samples = []
    if agents == NULL or home_count == NULL:
        free(agents); free(home_count)
        raise MemoryError()
    try:
        by_class[0] = 0
        by_class[1] = 0
        by_class[2] = 0
        while n < agents_count:
            size = 1 + <int>(_uniform(&st) * 5)
            limit = size if size < agents_count - n else agents_count - n
            for j in range(limit):
                roll = _uniform(&st)
                ag = &agents[n]
                ag.household = household
                ag.infected = False
                if roll < 0.3:
                    ag.age_class = 0
                    ag.place = <int>(_uniform(&st) * 20)
                elif roll < 0.85:
                    ag.age_class = 1
                    ag.place = 20 + <int>(_uniform(&st) * 60) if _uniform(&st) < 0.8 else -1
                else:
                    ag.age_class = 2
                    ag.place = -1
                n += 1
            household += 1
        for j in range(0, n, 50):
            agents[j].infected = True
        for day in range(days):
            with nogil:
                memset(home_count, 0, household * sizeof(int))
                memset(place_count, 0, 80 * sizeof(int))
                prevalent = 0
                for j in range(n):
                    if agents[j].infected:
                        prevalent += 1
                        home_count[agents[j].household] += 1
                        if agents[j].place >= 0:
                            place_count[agents[j].place] += 1
            if day % 10 == 0:
                samples.append(prevalent)
            if day >= days // 2:
                second_half += prevalent
            community = prevalent / <double>agents_count if agents_count > 0 else 0.0
            with nogil:
                for j in range(n):
                    ag = &agents[j]
                    if ag.infected:
                        if _uniform(&st) < p_recover:
                            ag.infected = False
                    else:
                        escape = pow(1.0 - p_home, <double>home_count[ag.household])
                        if ag.place >= 0:
                            escape *= pow(1.0 - p_place, <double>place_count[ag.place])
                        escape *= 1.0 - p_comm * community
                        if _uniform(&st) >= escape:
                            ag.infected = True
                            by_class[ag.age_class] += 1
        half_days = days - days // 2
        mean_late = second_half / (<double>half_days * agents_count) if half_days > 0 and agents_count > 0 else 0.0
        return (samples, mean_late, [by_class[0], by_class[1], by_class[2]])
    finally:
        free(agents); free(home_count)
