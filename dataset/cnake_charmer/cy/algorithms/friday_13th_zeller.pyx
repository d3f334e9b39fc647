# cython: language_level=3
"""Zeller's congruence as an inline cdef function with C division.

Years are positive here, so cdivision is safe and every // and % compiles to a
plain machine division; the weekday tallies live in a C array and the whole year
loop runs without Python integers.

Keywords: Zeller's congruence, calendar, weekday, Gregorian, classic exercise
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int zeller(int year, int month, int day) noexcept nogil:
    cdef int k, j
    if month < 3:
        month += 12
        year -= 1
    k = year % 100
    j = year // 100
    return (day + (13 * (month + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


@cython_benchmark(args=(1600, 20000))
def friday_13th_zeller(int first_year, int last_year):
    """Return (13ths per weekday Sat..Fri, longest month gap between Friday 13ths, first 4 (year, month))."""
    if first_year < 1:
        raise ValueError("years must be positive")
    cdef long per_day[7]
    cdef long index = 0, last_index = -1, longest = 0
    cdef int year, month, w, i
    cdef list first = []
    for i in range(7):
        per_day[i] = 0
    for year in range(first_year, last_year + 1):
        for month in range(1, 13):
            w = zeller(year, month, 13)
            per_day[w] += 1
            if w == 6:
                if last_index >= 0 and index - last_index > longest:
                    longest = index - last_index
                last_index = index
                if len(first) < 4:
                    first.append((year, month))
            index += 1
    return [per_day[i] for i in range(7)], longest, first
