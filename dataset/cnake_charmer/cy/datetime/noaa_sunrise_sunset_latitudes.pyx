# cython: language_level=3
"""NOAA sunrise/sunset with per-day and per-latitude trigonometry hoisted into C arrays.

The day-dependent terms (equation of time, cos and tan of the declination) are
computed once per day, the latitude-dependent ones (cos and tan of the latitude)
once per latitude, into malloc'd arrays; the double loop then only needs one
``acos`` per cell and runs ``nogil`` on a C struct per latitude. Dates are rebuilt
from the day index only for the longest-day labels.

Keywords: sunrise, sunset, NOAA solar calculator, day length, solar declination, equation of time
"""

import cython
from libc.math cimport cos, sin, tan, acos, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct LatStats:
    double daylight
    double longest
    int longest_day
    double earliest
    long polar_days
    long polar_nights

cdef int MDAYS[12]
MDAYS[:] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


cdef str label(int year, int n, bint leap):
    cdef int m = 0, dim
    while True:
        dim = MDAYS[m] + (1 if m == 1 and leap else 0)
        if n < dim:
            break
        n -= dim
        m += 1
    return f"{year:04d}-{m + 1:02d}-{n + 1:02d}"


@cython_benchmark(args=(400, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
def noaa_sunrise_sunset_latitudes(int latitudes, int year):
    """Return (total daylight minutes, polar days, polar nights, per-latitude (lat, daylight, longest date, earliest sunrise, polar days, nights) samples)."""
    cdef bint leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    cdef int days_in_year = 366 if leap else 365
    cdef double zenith = cos(90.833 * (M_PI / 180.0))
    cdef double *eqtime = <double *>malloc(days_in_year * sizeof(double))
    cdef double *cos_decl = <double *>malloc(days_in_year * sizeof(double))
    cdef double *tan_decl = <double *>malloc(days_in_year * sizeof(double))
    cdef double *lat = <double *>malloc((latitudes + 1) * sizeof(double))
    cdef double *cos_lat = <double *>malloc((latitudes + 1) * sizeof(double))
    cdef double *tan_lat = <double *>malloc((latitudes + 1) * sizeof(double))
    cdef LatStats *stats = <LatStats *>malloc((latitudes + 1) * sizeof(LatStats))
    cdef int n, i, step
    cdef double gamma, decl, cos_ha, ha, length, sunrise, phi, total = 0.0
    cdef long polar_days = 0, polar_nights = 0
    cdef LatStats *s
    try:
        if not (eqtime and cos_decl and tan_decl and lat and cos_lat and tan_lat and stats):
            raise MemoryError()
        for i in range(latitudes):
            lat[i] = -70.0 + 150.0 * i / (latitudes - 1) if latitudes > 1 else 0.0
            phi = lat[i] * (M_PI / 180.0)
            cos_lat[i] = cos(phi)
            tan_lat[i] = tan(phi)
            stats[i].daylight = 0.0
            stats[i].longest = 0.0
            stats[i].longest_day = -1
            stats[i].earliest = 1e9
            stats[i].polar_days = 0
            stats[i].polar_nights = 0
        with nogil:
            for n in range(days_in_year):
                gamma = 2.0 * M_PI / days_in_year * n
                eqtime[n] = 229.18 * (0.000075 + 0.001868 * cos(gamma) - 0.032077 * sin(gamma)
                                      - 0.014615 * cos(2 * gamma) - 0.040849 * sin(2 * gamma))
                decl = (0.006918 - 0.399912 * cos(gamma) + 0.070257 * sin(gamma)
                        - 0.006758 * cos(2 * gamma) + 0.000907 * sin(2 * gamma)
                        - 0.002697 * cos(3 * gamma) + 0.00148 * sin(3 * gamma))
                cos_decl[n] = cos(decl)
                tan_decl[n] = tan(decl)
            for n in range(days_in_year):
                for i in range(latitudes):
                    s = &stats[i]
                    cos_ha = zenith / (cos_lat[i] * cos_decl[n]) - tan_lat[i] * tan_decl[n]
                    if cos_ha > 1.0:
                        s.polar_nights += 1
                        continue
                    if cos_ha < -1.0:
                        s.polar_days += 1
                        s.daylight += 1440.0
                        continue
                    ha = acos(cos_ha) * (180.0 / M_PI)
                    length = 8.0 * ha
                    sunrise = 720.0 - 4.0 * ha - eqtime[n]
                    s.daylight += length
                    if length > s.longest:
                        s.longest = length
                        s.longest_day = n
                    if sunrise < s.earliest:
                        s.earliest = sunrise
            for i in range(latitudes):
                total += stats[i].daylight
                polar_days += stats[i].polar_days
                polar_nights += stats[i].polar_nights
        step = latitudes // 6 if latitudes >= 6 else 1
        samples = []
        for i in range(0, latitudes, step):
            s = &stats[i]
            samples.append((lat[i], s.daylight, label(year, s.longest_day, leap) if s.longest_day >= 0 else "",
                            s.earliest, s.polar_days, s.polar_nights))
        return total, polar_days, polar_nights, samples
    finally:
        free(eqtime)
        free(cos_decl)
        free(tan_decl)
        free(lat)
        free(cos_lat)
        free(tan_lat)
        free(stats)
