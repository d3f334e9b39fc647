# cython: language_level=3
"""Hospital bed occupancy with discharge-count calendars and C ring queues.

Only discharge counts per day matter, so each bed type's min-heap becomes a calloc'd
calendar ``int[days + MAX_STAY]`` of discharges; the waiting deques of patient objects
become ring buffers of (arrival day, stay) in a packed ``struct``. Expected admissions
are a ``cdef inline`` function and the occupancy convolution reads a precomputed C
array, all inside ``nogil``.

Keywords: epidemiology, hospital capacity, bed occupancy, length of stay, queueing, convolution, surge planning, icu
"""

import cython
from libc.math cimport exp, log
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_STAY = 60


cdef struct Waiting:
    int arrived
    int stay


cdef struct Ward:
    int *calendar
    Waiting *queue
    int head
    int tail
    int cap_queue
    int occupied
    int capacity


cdef inline double _expected(int day, int days) noexcept nogil:
    cdef double a = (day - 0.3 * days) / (0.08 * days + 1.0)
    cdef double b = (day - 0.7 * days) / (0.1 * days + 1.0)
    return 2.0 + 90.0 * exp(-(a * a)) + 140.0 * exp(-(b * b))


cdef inline double _uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return ((s[0] >> 7) + 0.5) / 16777216.0


cdef inline int _admit_and_drop(Ward *w, int day) noexcept nogil:
    """Admit queued patients while beds are free, then drop stale ones; return dropped count."""
    cdef int dropped = 0
    cdef Waiting *p
    while w.head != w.tail and w.occupied < w.capacity:
        p = &w.queue[w.head]
        w.head = (w.head + 1) % w.cap_queue
        w.occupied += 1
        w.calendar[day + p.stay] += 1
    while w.head != w.tail and day - w.queue[w.head].arrived >= 2:
        w.head = (w.head + 1) % w.cap_queue
        dropped += 1
    return dropped


@cython_benchmark(args=(1400, 560, 150, 43))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hospital_bed_occupancy_queue(int days, int ward_beds, int icu_beds, long long seed):
    """Return (peak ward, peak icu, overflow days, turned away, bed-days, expected peak, expected peak day, samples)."""
    cdef unsigned int st = <unsigned int>(seed & 0x7FFFFFFF)
    cdef Ward wards[2]
    cdef double survival[MAX_STAY]
    cdef int qcap = 4 * 240 * 3 + 16
    cdef int day, k, arrivals, stay, icu, d, peak_ward = 0, peak_icu = 0, overflow_days = 0
    cdef int turned_away = 0, expected_day = -1, top, overflow
    cdef long bed_days = 0
    cdef double expected, mean_stay, occupancy, expected_peak = 0.0
    cdef Waiting *slot
    samples = []
    for k in range(2):
        wards[k].calendar = <int *>calloc(days + MAX_STAY + 2, sizeof(int))
        wards[k].queue = <Waiting *>malloc(qcap * sizeof(Waiting))
        wards[k].head = 0
        wards[k].tail = 0
        wards[k].cap_queue = qcap
        wards[k].occupied = 0
    wards[0].capacity = ward_beds
    wards[1].capacity = icu_beds
    try:
        if not (wards[0].calendar and wards[1].calendar and wards[0].queue and wards[1].queue):
            raise MemoryError()
        for day in range(days):
            with nogil:
                for k in range(2):
                    wards[k].occupied -= wards[k].calendar[day]
                expected = _expected(day, days)
                arrivals = <int>(expected * (0.7 + 0.6 * _uniform(&st)))
                for k in range(arrivals):
                    icu = _uniform(&st) < 0.18
                    mean_stay = 9.0 if icu else 5.0
                    stay = 1 + <int>(-mean_stay * log(_uniform(&st)))
                    if stay > MAX_STAY:
                        stay = MAX_STAY
                    slot = &wards[icu].queue[wards[icu].tail]
                    slot.arrived = day
                    slot.stay = stay
                    wards[icu].tail = (wards[icu].tail + 1) % qcap
                overflow = 0
                for k in range(2):
                    turned_away += _admit_and_drop(&wards[k], day)
                    if wards[k].head != wards[k].tail:
                        overflow = 1
                overflow_days += overflow
                if wards[0].occupied > peak_ward:
                    peak_ward = wards[0].occupied
                if wards[1].occupied > peak_icu:
                    peak_icu = wards[1].occupied
                bed_days += wards[0].occupied + wards[1].occupied
            if day % 10 == 0:
                samples.append(wards[0].occupied + wards[1].occupied)
        with nogil:
            for d in range(MAX_STAY):
                survival[d] = exp(-d / 5.0) * 0.82 + exp(-d / 9.0) * 0.18
            for day in range(days):
                occupancy = 0.0
                top = day if day < MAX_STAY - 1 else MAX_STAY - 1
                for d in range(top + 1):
                    occupancy += _expected(day - d, days) * survival[d]
                if occupancy > expected_peak:
                    expected_peak = occupancy
                    expected_day = day
        return (peak_ward, peak_icu, overflow_days, turned_away, bed_days, round(expected_peak, 9), expected_day, samples)
    finally:
        for k in range(2):
            free(wards[k].calendar)
            free(wards[k].queue)
