# cython: language_level=3
"""Commuter metapopulation SIR with the mobility table in CSR form over array.array buffers.

The list of per-patch dicts becomes compressed rows (``row`` offsets, ``dest`` and
``share`` columns, merged in the same insertion order as the dicts) stored in
``cpython.array`` buffers and read through typed memoryviews; state vectors are
typed ``double[::1]`` views and the Euler sub-steps are a nogil block.

Keywords: epidemiology, metapopulation, commuting, mobility network, sir, spatial spread, patches, euler method
"""

import cython
from cpython cimport array
import array as pyarray

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double _uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


cdef inline int _merge(int[::1] dest, double[::1] share, int start, int end, int d, double f) noexcept nogil:
    """Add share f to destination d in row [start, end); return the new end."""
    cdef int k
    for k in range(start, end):
        if dest[k] == d:
            share[k] = share[k] + f
            return end
    dest[end] = d
    share[end] = 0.0 + f
    return end + 1


@cython_benchmark(args=(110, 160, 8, 0.42, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def metapopulation_commuter_sir(int patches, int days, int steps_per_day, double beta, long long seed):
    """Return (arrival day per patch, peak day per patch, attack rate per patch, prevalence checksum)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double gamma = 0.2
    cdef array.array dtpl = pyarray.array('d')
    cdef array.array itpl = pyarray.array('i')
    cdef int[::1] row = array.clone(itpl, patches + 1, True)
    cdef int[::1] dest = array.clone(itpl, 4 * patches + 1, True)
    cdef int[::1] arrival = array.clone(itpl, patches + 1, True)
    cdef int[::1] peak_day = array.clone(itpl, patches + 1, True)
    cdef double[::1] share = array.clone(dtpl, 4 * patches + 1, True)
    cdef double[::1] pop = array.clone(dtpl, patches + 1, True)
    cdef double[::1] s = array.clone(dtpl, patches + 1, True)
    cdef double[::1] inf = array.clone(dtpl, patches + 1, True)
    cdef double[::1] r = array.clone(dtpl, patches + 1, True)
    cdef double[::1] peak = array.clone(dtpl, patches + 1, True)
    cdef double[::1] day_pop = array.clone(dtpl, patches + 1, True)
    cdef double[::1] day_inf = array.clone(dtpl, patches + 1, True)
    cdef int i, k, end, day, step, p, d, start
    cdef double f_left, f_right, f_hub, stay, exposure, force, new_cases, recoveries, h, checksum = 0.0
    end = 0
    for i in range(patches):
        f_left = 0.02 + 0.08 * _uniform(&st)
        f_right = 0.02 + 0.08 * _uniform(&st)
        f_hub = 0.05 + 0.15 * _uniform(&st)
        stay = 1.0 - f_left - f_right - (f_hub if i != 0 else 0.0)
        row[i] = end
        start = end
        end = _merge(dest, share, start, end, i, stay)
        end = _merge(dest, share, start, end, (i - 1 + patches) % patches, f_left)
        end = _merge(dest, share, start, end, (i + 1) % patches, f_right)
        if i != 0:
            end = _merge(dest, share, start, end, 0, f_hub)
    row[patches] = end
    for i in range(patches):
        pop[i] = 20000.0 + 180000.0 * _uniform(&st)
    if patches > 0:
        pop[0] *= 5.0
    for i in range(patches):
        s[i] = pop[i]
        arrival[i] = -1
    if patches > 0:
        start = patches // 2
        s[start] -= 10.0
        inf[start] = 10.0
        peak[start] = 10.0
    h = 1.0 / steps_per_day
    with nogil:
        for day in range(1, days + 1):
            for step in range(steps_per_day):
                for p in range(patches):
                    day_pop[p] = 0.0
                    day_inf[p] = 0.0
                for i in range(patches):
                    for k in range(row[i], row[i + 1]):
                        d = dest[k]
                        day_pop[d] += pop[i] * share[k]
                        day_inf[d] += inf[i] * share[k]
                for i in range(patches):
                    exposure = 0.0
                    for k in range(row[i], row[i + 1]):
                        exposure += share[k] * day_inf[dest[k]] / day_pop[dest[k]]
                    force = beta * (0.6 * exposure + 0.4 * inf[i] / pop[i])
                    new_cases = force * s[i] * h
                    recoveries = gamma * inf[i] * h
                    s[i] -= new_cases
                    inf[i] += new_cases - recoveries
                    r[i] += recoveries
            for p in range(patches):
                if arrival[p] < 0 and inf[p] + r[p] >= 1.0:
                    arrival[p] = day
                if inf[p] > peak[p]:
                    peak[p] = inf[p]
                    peak_day[p] = day
                checksum += inf[p] * (p + 1)
    return ([arrival[p] for p in range(patches)], [peak_day[p] for p in range(patches)],
            [round(r[p] / pop[p], 9) for p in range(patches)], checksum)
