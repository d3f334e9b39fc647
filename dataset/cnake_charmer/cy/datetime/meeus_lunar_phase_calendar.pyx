# cython: language_level=3
"""Meeus lunar phases in C doubles with libc.math and integer calendar placement.

The periodic-term series is evaluated with ``libc.math`` ``sin``/``fmod``/``floor``
in an inline ``nogil`` function; Julian day numbers are turned into Gregorian
dates with an era-based integer conversion instead of ``date.fromordinal``, and the
blue-moon test compares packed ``year * 12 + month`` keys.

Keywords: lunar phases, new moon, full moon, Meeus, astronomical calendar, Julian day
"""

import cython
from libc.math cimport sin, fmod, floor, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef double DEG = M_PI / 180.0


cdef inline double reduce_deg(double x) noexcept nogil:
    cdef double r = fmod(x, 360.0)
    if r < 0:
        r += 360.0
    return r * DEG


cdef inline double phase_jde(double k, bint full) noexcept nogil:
    cdef double t = k / 1236.85
    cdef double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t * t * t
    cdef double e = 1.0 - 0.002516 * t - 0.0000074 * t * t
    cdef double m = reduce_deg(2.5534 + 29.1053567 * k - 0.0000014 * t * t)
    cdef double mp = reduce_deg(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
    cdef double f = reduce_deg(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
    cdef double node = reduce_deg(124.7746 - 1.56375588 * k + 0.0020672 * t * t)
    cdef double a = -0.40614 if full else -0.4072
    cdef double b = 0.17302 if full else 0.17241
    jde += a * sin(mp) + b * e * sin(m)
    jde += 0.01614 * sin(2 * mp) + 0.01043 * sin(2 * f)
    jde += 0.00734 * e * sin(mp - m) - 0.00515 * e * sin(mp + m)
    jde += 0.00209 * e * e * sin(2 * m) - 0.00111 * sin(mp - 2 * f)
    jde += -0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
    jde += -0.00042 * sin(3 * mp) - 0.00017 * sin(node)
    return jde


@cython.cdivision(True)
cdef inline void civil(long jdn, int *y, int *mo, int *d) noexcept nogil:
    # days counted from 0000-03-01 (JDN 1721120); all dates here are after it
    cdef long z = jdn - 1721120
    cdef long era = z // 146097
    cdef long doe = z - era * 146097
    cdef long yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    cdef long doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    cdef long mp = (5 * doy + 2) // 153
    d[0] = <int>(doy - (153 * mp + 2) // 5 + 1)
    mo[0] = <int>(mp + 3 if mp < 10 else mp - 9)
    y[0] = <int>(yoe + era * 400 + (1 if mo[0] <= 2 else 0))


@cython_benchmark(args=(-24000, 30000))
@cython.boundscheck(False)
@cython.wraparound(False)
def meeus_lunar_phase_calendar(long first_k, long lunations):
    """Return (new moons per weekday, blue moons, Friday-13th full moons, shortest/longest/mean month, checksum, first phases)."""
    cdef long new_per_weekday[7]
    cdef long blue = 0, friday13 = 0, k, jdn, key, previous_key = -1, minutes
    cdef long long checksum = 0
    cdef double shortest = 1e9, longest = 0.0, total_month = 0.0, jde, month, previous_new = 0.0
    cdef bint have_new = False
    cdef int full, y, mo, d, wd, i
    shown = []
    for i in range(7):
        new_per_weekday[i] = 0
    for k in range(first_k, first_k + lunations):
        for full in range(2):
            jde = phase_jde(k + 0.5 * full, full)
            jdn = <long>floor(jde + 0.5)
            civil(jdn, &y, &mo, &d)
            wd = <int>(jdn % 7)  # JDN 0 was a Monday; JDNs here are positive
            if full:
                key = y * 12 + mo
                if key == previous_key:
                    blue += 1
                previous_key = key
                if d == 13 and wd == 4:
                    friday13 += 1
            else:
                new_per_weekday[wd] += 1
                if have_new:
                    month = jde - previous_new
                    if month < shortest:
                        shortest = month
                    if month > longest:
                        longest = month
                    total_month += month
                previous_new = jde
                have_new = True
            checksum = (checksum * 97 + jdn) % 1000000007
            if len(shown) < 4:
                minutes = <long>floor((jde + 0.5 - jdn) * 1440.0)
                shown.append(f"{'full' if full else 'new'} {y:04d}-{mo:02d}-{d:02d} {minutes // 60:02d}:{minutes % 60:02d}")
    mean = total_month / (lunations - 1) if lunations > 1 else 0.0
    if lunations < 2:
        shortest = longest = 0.0
    return [new_per_weekday[i] for i in range(7)], blue, friday13, shortest, longest, mean, checksum, shown
