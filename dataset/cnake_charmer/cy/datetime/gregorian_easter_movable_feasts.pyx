# cython: language_level=3
"""Western and Orthodox Easter computed as day-of-year integers with C division.

Both computus formulas run on C ints (years are positive, so cdivision is safe) and
return a day number counted from 22 March; feasts become ordinals by adding a year
base computed once per year, so no date objects are built in the loop. Month tests
use a cumulative month table and all tallies live in C arrays.

Keywords: Easter, computus, movable feasts, Gregorian calendar, Julian calendar, church calendar
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef int FEAST_OFFSETS[5]
FEAST_OFFSETS[:] = [-46, -7, 39, 49, 60]


@cython.cdivision(True)
cdef inline int western_offset(int year) noexcept nogil:
    """Easter Sunday as days after 22 March."""
    cdef int a = year % 19, b = year // 100, c = year % 100
    cdef int d = b // 4, e = b % 4, g = (8 * b + 13) // 25
    cdef int h = (19 * a + b - d - g + 15) % 30
    cdef int i = c // 4, k = c % 4
    cdef int l = (32 + 2 * e + 2 * i - h - k) % 7
    cdef int m = (a + 11 * h + 19 * l) // 433
    cdef int month = (h + l - 7 * m + 90) // 25
    cdef int day = (h + l - 7 * m + 33 * month + 19) % 32
    return day - 22 if month == 3 else day + 9


@cython.cdivision(True)
cdef inline int orthodox_offset(int year) noexcept nogil:
    """Orthodox Easter (Julian computus moved to Gregorian) as days after 22 March."""
    cdef int d = (19 * (year % 19) + 15) % 30
    cdef int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    cdef int s = d + e + 114
    cdef int month = s // 31, day = s % 31 + 1
    return (day - 22 if month == 3 else day + 9) + year // 100 - year // 400 - 2


@cython_benchmark(args=(1583, 8400))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gregorian_easter_movable_feasts(int first_year, int years):
    """Return (Easter per day from 22 Mar, coinciding years, gap histogram in weeks, Feb Ash Wednesdays, June Pentecosts, checksum, first Easters)."""
    cdef long per_day[35]
    cdef long gaps[16]
    cdef long together = 0, february = 0, june = 0
    cdef long long checksum = 0, base, y1
    cdef int year, w, o, gap, j, off, feb_days, mon, dd
    cdef bint leap
    first = []
    for j in range(35):
        per_day[j] = 0
    for j in range(16):
        gaps[j] = 0
    for year in range(first_year, first_year + years):
        leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
        feb_days = 29 if leap else 28
        y1 = year - 1
        # ordinal of 22 March
        base = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + 31 + feb_days + 22
        w = western_offset(year)
        o = orthodox_offset(year)
        per_day[w] += 1
        gap = (o - w) // 7
        gaps[gap] += 1
        if gap == 0:
            together += 1
        # Ash Wednesday is in February when it falls before 1 March (22 + off < 0 from 22 Mar)
        if w - 46 < -21:
            february += 1
        # Pentecost day offset from 22 March: June spans offsets 71..100
        if 71 <= w + 49 <= 100:
            june += 1
        for j in range(5):
            checksum = (checksum * 7919 + base + w + FEAST_OFFSETS[j]) % 998244353
        checksum = (checksum + base + o) % 998244353
        if len(first) < 6:
            mon = 3 if w < 10 else 4
            dd = w + 22 if w < 10 else w - 9
            off = o + 22
            o = 3 if off <= 31 else (4 if off <= 61 else 5)
            off = off if o == 3 else (off - 31 if o == 4 else off - 61)
            first.append(f"{year:04d}-{mon:02d}-{dd:02d}/{year:04d}-{o:02d}-{off:02d}")
    return [per_day[j] for j in range(35)], together, [gaps[j] for j in range(16)], february, june, checksum, first
