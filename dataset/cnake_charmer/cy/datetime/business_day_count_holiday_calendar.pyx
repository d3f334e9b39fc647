# cython: language_level=3
"""Business-day counts from a prefix-sum table over a flag array of the calendar.

The whole span is laid out once as a malloc'd byte array of working-day flags
(weekday from the day index, holidays marked in place) and a prefix sum of working
days, so each count is one subtraction and each forward roll is a binary search in
the prefix array instead of a day-by-day walk over date objects.

Keywords: business days, holidays, workday, weekend rule, calendar, datetime
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int FIXED_MONTH[6]
cdef int FIXED_DAY[6]
FIXED_MONTH[:] = [1, 5, 7, 11, 12, 12]
FIXED_DAY[:] = [1, 1, 4, 11, 25, 26]
cdef int CUM[12]
CUM[:] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
# weekend masks by Monday=0 weekday bit
cdef int WEEKEND_MASK[3]
WEEKEND_MASK[:] = [0x60, 0x30, 0x40]


cdef inline int draw(unsigned long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245UL + 12345UL) & 0x7FFFFFFFUL
    return <int>((state[0] >> 16) % <unsigned long>k)


@cython.cdivision(True)
cdef inline long day_index(int y, int m, int d) noexcept nogil:
    """Days since 2000-01-01 (years >= 2000)."""
    cdef long p = y - 2000
    cdef long n = p * 365 + (p + 3) // 4 - (p + 99) // 100 + (p + 399) // 400 + CUM[m - 1] + d - 1
    if m > 2 and ((y % 4 == 0 and y % 100 != 0) or y % 400 == 0):
        n += 1
    return n


cdef str iso(long idx):
    cdef int y = 2000, m = 1, dim
    cdef long n = idx
    while True:
        dim = 366 if ((y % 4 == 0 and y % 100 != 0) or y % 400 == 0) else 365
        if n < dim:
            break
        n -= dim
        y += 1
    while True:
        dim = CUM[m] - CUM[m - 1] if m < 12 else 31
        if m == 2 and ((y % 4 == 0 and y % 100 != 0) or y % 400 == 0):
            dim += 1
        if n < dim:
            break
        n -= dim
        m += 1
    return f"{y:04d}-{m:02d}-{n + 1:02d}"


@cython_benchmark(args=(3000, 30, 0, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def business_day_count_holiday_calendar(int queries, int years, int weekend_rule, long seed):
    """Return (holidays, total business days, longest count, due dates per weekday, checksum, first queries)."""
    cdef unsigned long state = seed & 0x7FFFFFFF
    cdef int mask = WEEKEND_MASK[weekend_rule]
    cdef long cal_days = day_index(2000 + years + 2, 1, 1)
    cdef long span = day_index(2000 + years, 1, 1)
    cdef unsigned char *holiday = <unsigned char *>malloc(cal_days)
    cdef int *prefix = <int *>malloc((cal_days + 1) * sizeof(int))
    cdef long i, a, b, w, lo, hi, mid, target, due
    cdef long total = 0, longest = 0, holidays = 0, count
    cdef long long checksum = 0
    cdef long due_per_weekday[7]
    cdef int year, f, steps, q
    shown = []
    try:
        if holiday == NULL or prefix == NULL:
            raise MemoryError()
        for i in range(cal_days):
            holiday[i] = 0
        for i in range(7):
            due_per_weekday[i] = 0
        # 2000-01-01 is a Saturday: weekday (Monday=0) of index i is (i + 5) % 7
        for year in range(2000, 2000 + years + 1):
            for f in range(6):
                w = day_index(year, FIXED_MONTH[f], FIXED_DAY[f])
                while (mask >> ((w + 5) % 7)) & 1 or holiday[w]:
                    w += 1
                holiday[w] = 1
            w = day_index(year, 1, 1)
            for f in range(3):
                holiday[w + draw(&state, 365)] = 1
        prefix[0] = 0
        for i in range(cal_days):
            if holiday[i]:
                holidays += 1
            prefix[i + 1] = prefix[i] + (0 if holiday[i] or (mask >> ((i + 5) % 7)) & 1 else 1)
        for q in range(queries):
            a = draw(&state, <int>span)
            b = a + draw(&state, 90)
            count = prefix[b] - prefix[a]
            steps = draw(&state, 20)
            due = a
            if steps > 0:
                # smallest index j > a with prefix[j + 1] - prefix[a + 1] == steps
                target = prefix[a + 1] + steps
                lo = a + 1
                hi = cal_days - 1
                while lo < hi:
                    mid = (lo + hi) // 2
                    if prefix[mid + 1] >= target:
                        hi = mid
                    else:
                        lo = mid + 1
                due = lo
            total += count
            if count > longest:
                longest = count
            due_per_weekday[(due + 5) % 7] += 1
            checksum = (checksum * 1000003 + count * 65537 + due + 730120) % 2147483647
            if q < 4:
                shown.append((iso(a), iso(b), count, iso(due)))
        return holidays, total, longest, [due_per_weekday[i] for i in range(7)], checksum, shown
    finally:
        free(holiday)
        free(prefix)
