# cython: language_level=3
"""SLA deadlines in integer minutes over a C table of working days.

Time is minutes since 1 January of the year. A two-year ``unsigned char`` table
marks working days (weekday derived from the day index, holidays cleared), so the
deadline walk is integer arithmetic per day: clamp to the opening minute, take the
minutes left before closing, move to the next day. Civil dates for the samples come
from a cumulative month table.

Keywords: SLA, business hours, working time, deadline, holidays, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef int SLA_MINUTES[4]
SLA_MINUTES[:] = [240, 480, 960, 2400]
cdef int OPEN_MIN = 540
cdef int CLOSE_MIN = 1020
cdef int DIM[12]
DIM[:] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


cdef inline int draw(unsigned long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245UL + 12345UL) & 0x7FFFFFFFUL
    return <int>((state[0] >> 16) % <unsigned long>k)


cdef inline bint leap(int y) noexcept nogil:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


cdef inline int day_of(int year, int y, int m, int d) noexcept nogil:
    """Day index from 1 January of `year` (y is year or year + 1)."""
    cdef int n = 0, k
    if y > year:
        n = 366 if leap(year) else 365
    for k in range(m - 1):
        n += DIM[k] + (1 if k == 1 and leap(y) else 0)
    return n + d - 1


@cython.cdivision(True)
cdef inline long deadline(const unsigned char *working, long moment, int minutes) noexcept nogil:
    cdef long day, opening, closing, available
    while True:
        day = moment // 1440
        if working[day]:
            opening = day * 1440 + OPEN_MIN
            closing = day * 1440 + CLOSE_MIN
            if moment < opening:
                moment = opening
            if moment < closing:
                available = closing - moment
                if minutes <= available:
                    return moment + minutes
                minutes -= available
        moment = (day + 1) * 1440


@cython.cdivision(True)
cdef str stamp(int year, long minute):
    cdef long day = minute // 1440
    cdef int y = year, m = 0, dim
    while day >= (366 if leap(y) else 365):
        day -= 366 if leap(y) else 365
        y += 1
    while True:
        dim = DIM[m] + (1 if m == 1 and leap(y) else 0)
        if day < dim:
            break
        day -= dim
        m += 1
    return f"{y:04d}-{m + 1:02d}-{day + 1:02d} {minute % 1440 // 60:02d}:{minute % 60:02d}"


@cython_benchmark(args=(12000, 2023, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sla_business_hours_deadline(long tickets, int year, long seed):
    """Return (breaches per priority, deadlines per weekday, total wait minutes, longest wait, checksum, samples)."""
    cdef unsigned long state = seed & 0x7FFFFFFF
    cdef unsigned char working[740]
    cdef long breaches[4]
    cdef long per_weekday[7]
    cdef long long total_wait = 0, checksum = 0
    cdef long longest = 0, i, created, due, resolved, wait
    cdef int days = (366 if leap(year) else 365) + (366 if leap(year + 1) else 365)
    cdef int k, y, jan1_wd, priority, base
    cdef long p = year - 1
    samples = []
    jan1_wd = <int>((p + p // 4 - p // 100 + p // 400) % 7)  # Monday = 0
    for k in range(740):
        working[k] = 1 if k < days and (jan1_wd + k) % 7 < 5 else 0
    for y in range(year, year + 2):
        working[day_of(year, y, 1, 1)] = 0
        working[day_of(year, y, 12, 25)] = 0
        working[day_of(year, y, 12, 26)] = 0
        base = day_of(year, y, 1, 1)
        for k in range(4):
            working[base + draw(&state, 365)] = 0
    for k in range(4):
        breaches[k] = 0
    for k in range(7):
        per_weekday[k] = 0
    for i in range(tickets):
        created = draw(&state, 365 * 1440)
        priority = draw(&state, 4)
        due = deadline(working, created, SLA_MINUTES[priority])
        resolved = created + draw(&state, 6 * 1440)
        if resolved > due:
            breaches[priority] += 1
        per_weekday[(jan1_wd + due // 1440) % 7] += 1
        wait = due - created
        total_wait += wait
        if wait > longest:
            longest = wait
        checksum = (checksum * 1000003 + wait * 4 + priority) % 2147483647
        if i < 4:
            samples.append(f"P{priority + 1} {stamp(year, created)} -> {stamp(year, due)}")
    return [breaches[k] for k in range(4)], [per_weekday[k] for k in range(7)], total_wait, longest, checksum, samples
