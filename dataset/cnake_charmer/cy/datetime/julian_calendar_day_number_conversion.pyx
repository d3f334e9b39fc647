# cython: language_level=3
"""Julian day number conversions with the Fliegel–Van Flandern truncating formulas.

Gregorian dates come from the Fliegel–Van Flandern integer algorithm, which relies
on truncating division (so ``cdivision`` is exactly what it needs), and the Julian
calendar from the same family of formulas on C ``long``s. Each draw is converted
inside a ``nogil`` loop into a C struct; the histograms are C arrays and strings are
only built for the five samples.

Keywords: Julian day number, Julian calendar, Gregorian calendar, calendar conversion, Old Style, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Civil:
    long y
    long m
    long d

cdef long ORDINAL_TO_JDN = 1721425


@cython.cdivision(True)
cdef inline Civil gregorian_from_jdn(long jd) noexcept nogil:
    cdef Civil c
    cdef long l = jd + 68569
    cdef long n = 4 * l // 146097
    cdef long i, j
    l = l - (146097 * n + 3) // 4
    i = 4000 * (l + 1) // 1461001
    l = l - 1461 * i // 4 + 31
    j = 80 * l // 2447
    c.d = l - 2447 * j // 80
    l = j // 11
    c.m = j + 2 - 12 * l
    c.y = 100 * (n - 49) + i + l
    return c


@cython.cdivision(True)
cdef inline long jdn_from_gregorian(long y, long m, long d) noexcept nogil:
    cdef long t = (m - 14) // 12
    return (d - 32075 + 1461 * (y + 4800 + t) // 4 + 367 * (m - 2 - t * 12) // 12
            - 3 * ((y + 4900 + t) // 100) // 4)


@cython.cdivision(True)
cdef inline Civil julian_from_jdn(long jdn) noexcept nogil:
    cdef Civil r
    cdef long c = jdn + 32082
    cdef long d = (4 * c + 3) // 1461
    cdef long e = c - 1461 * d // 4
    cdef long m = (5 * e + 2) // 153
    r.y = d - 4800 + m // 10
    r.m = m + 3 - 12 * (m // 10)
    r.d = e - (153 * m + 2) // 5 + 1
    return r


@cython.cdivision(True)
cdef inline long jdn_from_julian(long year, long month, long day) noexcept nogil:
    cdef long a = (14 - month) // 12
    cdef long y = year + 4800 - a
    cdef long m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


cdef inline int draw(unsigned long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245UL + 12345UL) & 0x7FFFFFFFUL
    return <int>((state[0] >> 16) % <unsigned long>k)


@cython_benchmark(args=(90000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def julian_calendar_day_number_conversion(long count, long seed):
    """Return (drift histogram from -2 days, round-trip failures, phantom leap days, weekdays, checksum, samples)."""
    cdef unsigned long state = seed & 0x7FFFFFFF
    cdef long low = jdn_from_gregorian(1, 1, 3)
    cdef long high = jdn_from_gregorian(9999, 10, 1)
    cdef long drift[80]
    cdef long weekdays[7]
    cdef long failures = 0, phantom = 0, i, jdn, hi_part
    cdef unsigned long long checksum = 0
    cdef Civil g, j
    cdef int k
    samples = []
    for k in range(80):
        drift[k] = 0
    for k in range(7):
        weekdays[k] = 0
    for i in range(count):
        if i:
            hi_part = draw(&state, 32768)
            jdn = low + (hi_part * 32768 + draw(&state, 32768)) % (high - low)
        else:
            jdn = low
        g = gregorian_from_jdn(jdn)
        j = julian_from_jdn(jdn)
        if jdn_from_julian(j.y, j.m, j.d) != jdn:
            failures += 1
        if j.m == 2 and j.d == 29 and not (j.y % 4 == 0 and (j.y % 100 != 0 or j.y % 400 == 0)):
            phantom += 1
        else:
            drift[jdn - jdn_from_gregorian(j.y, j.m, j.d) + 2] += 1
        # JDN 0 was a Monday
        weekdays[jdn % 7] += 1
        checksum = (checksum * 257 + <unsigned long long>(j.y * 384 + j.m * 32 + j.d + g.d)) % 4294967291ULL
        if i < 5:
            samples.append(f"JD {jdn}: {g.y:04d}-{g.m:02d}-{g.d:02d} NS = {j.y:04d}-{j.m:02d}-{j.d:02d} OS")
    return [drift[k] for k in range(80)], failures, phantom, [weekdays[k] for k in range(7)], checksum, samples
