# cython: language_level=3
"""Tabular Hijri conversion with precomputed cycle tables and floor division.

The start day of each year inside the 30-year cycle and the start of each month in
common and leap years are C lookup tables built once, so a conversion is a floor
division by 10,631 plus two short table scans; the reverse is three table reads.
Days before the epoch are negative, so the cycle split keeps Python's flooring
semantics (``cdivision(False)``) while the walk over Gregorian days advances its own
year/month/day counters.

Keywords: Islamic calendar, Hijri, tabular calendar, calendar conversion, 30-year cycle, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef int YEAR_START[31]
cdef int MONTH_START[2][13]
cdef int GREG_DAYS[13]
GREG_DAYS[:] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
cdef long EPOCH = 227015
cdef long CYCLE_DAYS = 10631


cdef void build_tables():
    cdef int y, m, leap, acc = 0
    cdef int leap_years[11]
    leap_years[:] = [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]
    cdef bint is_leap[31]
    for y in range(31):
        is_leap[y] = False
    for y in range(11):
        is_leap[leap_years[y]] = True
    for y in range(1, 31):
        YEAR_START[y - 1] = acc
        acc += 355 if is_leap[y] else 354
    YEAR_START[30] = acc
    for leap in range(2):
        acc = 0
        for m in range(12):
            MONTH_START[leap][m] = acc
            acc += 30 if m % 2 == 0 else 29
        MONTH_START[leap][12] = acc + leap


build_tables()


@cython.cdivision(False)
cdef inline void to_hijri(long ordinal, long *year, int *month, int *day) noexcept nogil:
    cdef long offset = ordinal - EPOCH
    cdef long cycles = offset // CYCLE_DAYS
    cdef int days = <int>(offset % CYCLE_DAYS)
    cdef int yc = 0, leap, m = 0
    while YEAR_START[yc + 1] <= days:
        yc += 1
    days -= YEAR_START[yc]
    leap = 1 if YEAR_START[yc + 1] - YEAR_START[yc] == 355 else 0
    while MONTH_START[leap][m + 1] <= days:
        m += 1
    year[0] = cycles * 30 + yc + 1
    month[0] = m + 1
    day[0] = days - MONTH_START[leap][m] + 1


@cython.cdivision(False)
cdef inline long from_hijri(long year, int month, int day) noexcept nogil:
    cdef long cycles = (year - 1) // 30
    cdef int yc = <int>((year - 1) % 30)
    cdef int leap = 1 if YEAR_START[yc + 1] - YEAR_START[yc] == 355 else 0
    return EPOCH + cycles * CYCLE_DAYS + YEAR_START[yc] + MONTH_START[leap][month - 1] + day - 1


@cython_benchmark(args=(1900, 45000))
@cython.boundscheck(False)
@cython.wraparound(False)
def islamic_tabular_calendar_conversion(int first_year, long days):
    """Return (days per Hijri month, 1 Ramadan per Gregorian month, new years, failures, checksum, first new years)."""
    cdef long per_month[12]
    cdef long ramadan[12]
    cdef long new_years = 0, failures = 0, i, ordinal, year
    cdef long long checksum = 0
    cdef int k, month, dom, gy = first_year, gm = 1, gd = 1, dim
    cdef long p = first_year - 1
    shown = []
    for k in range(12):
        per_month[k] = 0
        ramadan[k] = 0
    ordinal = p * 365 + p // 4 - p // 100 + p // 400 + 1
    for i in range(days):
        to_hijri(ordinal, &year, &month, &dom)
        if from_hijri(year, month, dom) != ordinal:
            failures += 1
        per_month[month - 1] += 1
        if dom == 1 and month == 9:
            ramadan[gm - 1] += 1
        if dom == 1 and month == 1:
            new_years += 1
            if len(shown) < 4:
                shown.append(f"1 Muharram {year} AH = {gy:04d}-{gm:02d}-{gd:02d}")
        checksum = (checksum * 131 + year * 400 + month * 31 + dom) % 1000000007
        ordinal += 1
        gd += 1
        dim = GREG_DAYS[gm]
        if gm == 2 and ((gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0):
            dim += 1
        if gd > dim:
            gd = 1
            gm += 1
            if gm > 12:
                gm = 1
                gy += 1
    return [per_month[k] for k in range(12)], [ramadan[k] for k in range(12)], new_years, failures, checksum, shown
