# cython: language_level=3
"""ISO week dates from integer day numbers instead of date objects.

Days are plain ``int`` ordinals; the start of ISO week 1 for each year is found
from the ordinal of 4 January (a cumulative month table and the Gregorian leap
rule) minus its weekday, so converting to and from week dates is a handful of
integer operations. Year, month and day advance as C counters along the walk and
the week histogram is a C array.

Keywords: ISO 8601, week date, isocalendar, calendar, round trip, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef int CUMULATIVE[13]
CUMULATIVE[:] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]


cdef inline bint is_leap(int y) noexcept nogil:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


@cython.cdivision(True)
cdef inline long ordinal(int y, int m, int d) noexcept nogil:
    """Proleptic Gregorian ordinal, 0001-01-01 is day 1 (years are positive)."""
    cdef long p = y - 1
    cdef long n = p * 365 + p // 4 - p // 100 + p // 400 + CUMULATIVE[m - 1] + d
    if m > 2 and is_leap(y):
        n += 1
    return n


@cython.cdivision(True)
cdef inline long week_one(int y) noexcept nogil:
    """Ordinal of the Monday that starts ISO week 1 of year y."""
    cdef long jan4 = ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


@cython_benchmark(args=(1800, 300))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def iso_week_date_round_trip(int first_year, int years):
    """Return (days, year-crossing days, 53-week years, failures, checksum, days per week 1..53, shown)."""
    cdef long per_week[54]
    cdef long n, start, stop, w1_this, w1_next, base, back
    cdef long crossing = 0, failures = 0, days = 0, long_years = 0
    cdef long long checksum = 0
    cdef int y = first_year, m = 1, d = 1, iso_year, week, weekday, month_len, i
    shown = []
    for i in range(54):
        per_week[i] = 0
    start = ordinal(first_year, 1, 1)
    stop = ordinal(first_year + years, 1, 1) if years else start
    w1_this = week_one(y)
    w1_next = week_one(y + 1)
    n = start
    while n < stop:
        if n < w1_this:
            iso_year = y - 1
            base = week_one(y - 1)
        elif n >= w1_next:
            iso_year = y + 1
            base = w1_next
        else:
            iso_year = y
            base = w1_this
        week = <int>((n - base) // 7) + 1
        weekday = <int>((n - base) % 7) + 1
        back = week_one(iso_year) + (week - 1) * 7 + weekday - 1
        if back != n:
            failures += 1
        per_week[week] += 1
        if iso_year != y:
            crossing += 1
            if len(shown) < 5:
                shown.append(f"{y:04d}-{m:02d}-{d:02d}={iso_year:04d}-W{week:02d}-{weekday}")
        checksum = (checksum * 131 + iso_year * 371 + week * 7 + weekday) % 1000000007
        days += 1
        n += 1
        d += 1
        month_len = CUMULATIVE[m] - CUMULATIVE[m - 1] + (1 if m == 2 and is_leap(y) else 0)
        if d > month_len:
            d = 1
            m += 1
            if m > 12:
                m = 1
                y += 1
                w1_this = w1_next
                w1_next = week_one(y + 1)
    for i in range(first_year, first_year + years):
        n = ordinal(i, 12, 28)
        if (n - week_one(i)) // 7 + 1 == 53:
            long_years += 1
    return days, crossing, long_years, failures, checksum, [per_week[i] for i in range(1, 54)], shown
