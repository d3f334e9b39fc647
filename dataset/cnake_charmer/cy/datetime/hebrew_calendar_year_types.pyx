# cython: language_level=3
"""Hebrew year classification with a rolling window of molad day counts in C.

Elapsed days since the epoch are computed once per year on 64-bit integers and kept
in a four-slot sliding window, so each new year's postponement test reuses its
neighbours instead of recomputing three molads. Gregorian month, day and day of
year come from a year-estimate-and-correct conversion on ordinals, the keviyah set
is a 7×6 C flag table and everything runs in a ``nogil`` loop over C arrays.

Keywords: Hebrew calendar, molad, Rosh Hashanah, Passover, leap month, lunisolar calendar
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef long long EPOCH = -1373427
cdef int CUM[13]
CUM[:] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]


@cython.cdivision(True)
cdef inline long long elapsed_days(long long year) noexcept nogil:
    cdef long long months = (235 * year - 234) // 19
    cdef long long parts = 12084 + 13753 * months
    cdef long long day = 29 * months + parts // 25920
    if (3 * (day + 1)) % 7 < 3:
        day += 1
    return day


@cython.cdivision(True)
cdef inline long long year_start_ordinal(long long y) noexcept nogil:
    cdef long long p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + 1


@cython.cdivision(True)
cdef inline void gregorian(long long ordinal, int *y, int *m, int *d, int *doy) noexcept nogil:
    """Ordinal to (year, month, day, day of year) by estimating the year and correcting."""
    cdef long long year = (ordinal * 400) // 146097 + 1
    cdef int leap, k
    while year_start_ordinal(year) > ordinal:
        year -= 1
    while year_start_ordinal(year + 1) <= ordinal:
        year += 1
    doy[0] = <int>(ordinal - year_start_ordinal(year)) + 1
    leap = 1 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 0
    k = 12
    while CUM[k - 1] + (leap if k > 2 else 0) >= doy[0]:
        k -= 1
    y[0] = <int>year
    m[0] = k
    d[0] = doy[0] - CUM[k - 1] - (leap if k > 2 else 0)


cdef inline int length_slot(long long length) noexcept nogil:
    return <int>(length - 353) if length < 360 else <int>(length - 380)


@cython_benchmark(args=(3762, 9990))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hebrew_calendar_year_types(long long first_year, long years):
    """Return (years per length, Rosh Hashanah weekdays, Passover weekdays, keviyot, earliest/latest RH day of year, checksum, first years)."""
    cdef long per_length[6]
    cdef long rh_weekdays[7]
    cdef long pesach_weekdays[7]
    cdef unsigned char kinds[7][6]
    cdef long long e[4]
    cdef long long start, next_start, length, passover, year, checksum = 0
    cdef int k, j, slot, n_kinds = 0, earliest = 400, latest = 0
    cdef int ry, rm, rd, rdoy, py, pm, pd, pdoy, wd
    cdef long i
    shown = []
    for k in range(7):
        rh_weekdays[k] = 0
        pesach_weekdays[k] = 0
        for j in range(6):
            kinds[k][j] = 0
    for k in range(6):
        per_length[k] = 0
    for k in range(4):
        e[k] = elapsed_days(first_year - 1 + k)
    for i in range(years):
        year = first_year + i
        # window: e[0..3] = elapsed days of years year-1 .. year+2
        start = EPOCH + e[1] + (2 if e[2] - e[1] == 356 else (1 if e[1] - e[0] == 382 else 0))
        next_start = EPOCH + e[2] + (2 if e[3] - e[2] == 356 else (1 if e[2] - e[1] == 382 else 0))
        length = next_start - start
        slot = length_slot(length)
        per_length[slot] += 1
        passover = next_start - 163
        gregorian(start, &ry, &rm, &rd, &rdoy)
        gregorian(passover, &py, &pm, &pd, &pdoy)
        wd = <int>((start + 6) % 7)
        rh_weekdays[wd] += 1
        pesach_weekdays[(passover + 6) % 7] += 1
        if not kinds[wd][slot]:
            kinds[wd][slot] = 1
            n_kinds += 1
        if rdoy < earliest:
            earliest = rdoy
        if rdoy > latest:
            latest = rdoy
        checksum = (checksum * 1009 + length * 7 + rm * 31 + rd + pd) % 1000000007
        if i < 3:
            shown.append(f"{year} AM: {length} days, RH {ry:04d}-{rm:02d}-{rd:02d}, "
                         f"Pesach {py:04d}-{pm:02d}-{pd:02d}")
        e[0] = e[1]
        e[1] = e[2]
        e[2] = e[3]
        e[3] = elapsed_days(year + 3)
    return ([per_length[k] for k in range(6)], [rh_weekdays[k] for k in range(7)],
            [pesach_weekdays[k] for k in range(7)], n_kinds, earliest, latest, checksum, shown)
