# cython: language_level=3
"""Ages in years, months and days on a C date struct with table-driven month lengths.

Dates are ``Ymd`` structs; additions of day counts go through a cumulative
day-of-year table and a 400-year-cycle ordinal, and the years/months/days borrow
uses a month-length lookup with the leap rule inline. The per-person work is a
``nogil`` ``cdef`` function over structs, so no ``date`` objects are created.

Keywords: age calculation, tenure, calendar arithmetic, leap day birthday, monthrange, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Ymd:
    int y
    int m
    int d

cdef int DIM[13]
DIM[:] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
cdef int BEFORE[13]
BEFORE[:] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


cdef inline bint leap(int y) noexcept nogil:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


cdef inline int month_days(int y, int m) noexcept nogil:
    return 29 if m == 2 and leap(y) else DIM[m]


@cython.cdivision(True)
cdef inline long to_ord(Ymd v) noexcept nogil:
    cdef long p = v.y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + BEFORE[v.m] + (1 if v.m > 2 and leap(v.y) else 0) + v.d


@cython.cdivision(True)
cdef inline Ymd from_ord(long n) noexcept nogil:
    cdef Ymd r
    cdef long n0 = n - 1
    cdef long q400 = n0 // 146097, q100, q4, q1
    n0 %= 146097
    q100 = n0 // 36524
    if q100 == 4:
        q100 = 3
    n0 -= q100 * 36524
    q4 = n0 // 1461
    n0 %= 1461
    q1 = n0 // 365
    if q1 == 4:
        q1 = 3
    n0 -= q1 * 365
    r.y = <int>(q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1)
    r.m = 1
    while r.m < 12 and n0 >= BEFORE[r.m + 1] + (1 if r.m + 1 > 2 and leap(r.y) else 0):
        r.m += 1
    r.d = <int>(n0 - BEFORE[r.m] - (1 if r.m > 2 and leap(r.y) else 0)) + 1
    return r


cdef inline Ymd birthday_in(Ymd birth, int year) noexcept nogil:
    cdef Ymd r = birth
    r.y = year
    if birth.m == 2 and birth.d == 29 and not leap(year):
        r.d = 28
    return r


cdef inline int draw(unsigned int *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <unsigned int>k)


@cython_benchmark(args=(45000, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def age_years_months_days(long people, long seed):
    """Return (ages per decade, total months, day components, birthdays today, leaplings, total days to next birthday, checksum, samples)."""
    cdef unsigned int state = seed & 0x7FFFFFFF
    cdef long decades[13]
    cdef long long total_months = 0, day_sum = 0, wait_sum = 0, checksum = 0
    cdef long birthdays = 0, leaplings = 0, i, epoch, nref
    cdef int years, months, days, k, py, pm
    cdef Ymd birth, ref, nxt
    samples = []
    for k in range(13):
        decades[k] = 0
    epoch = 693596  # 1900-01-01
    for i in range(people):
        birth = from_ord(epoch + draw(&state, 45000))
        if i % 37 == 0:
            birth.y = 1904 + 4 * draw(&state, 30)
            birth.m = 2
            birth.d = 29
        nref = to_ord(birth) + draw(&state, 40000)
        ref = from_ord(nref)
        if i % 23 == 0:
            ref = birthday_in(birth, ref.y + 1)
            nref = to_ord(ref)
        years = ref.y - birth.y
        months = ref.m - birth.m
        days = ref.d - birth.d
        if days < 0:
            months -= 1
            py = ref.y if ref.m > 1 else ref.y - 1
            pm = ref.m - 1 if ref.m > 1 else 12
            days += month_days(py, pm)
        if months < 0:
            years -= 1
            months += 12
        decades[years // 10 if years < 120 else 12] += 1
        total_months += years * 12 + months
        day_sum += days
        if birth.m == 2 and birth.d == 29:
            leaplings += 1
        nxt = birthday_in(birth, ref.y)
        if to_ord(nxt) == nref:
            birthdays += 1
        if to_ord(nxt) < nref:
            nxt = birthday_in(birth, ref.y + 1)
        wait_sum += to_ord(nxt) - nref
        checksum = (checksum * 1009 + years * 372 + months * 31 + days) % 1000000007
        if i < 5:
            samples.append(f"{birth.y:04d}-{birth.m:02d}-{birth.d:02d}..{ref.y:04d}-{ref.m:02d}-{ref.d:02d}: "
                           f"{years}y {months}m {days}d")
    return ([decades[k] for k in range(13)], total_months, day_sum, birthdays, leaplings, wait_sum, checksum, samples)
