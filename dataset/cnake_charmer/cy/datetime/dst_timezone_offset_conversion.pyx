# cython: language_level=3
"""Time-zone conversion on Unix seconds with a precomputed transition table.

Timestamps stay 64-bit seconds. Every (zone, year) DST start and end instant for
the 130-year span is computed up front into a C table from days-since-epoch
arithmetic, so a conversion is two comparisons and an addition; local civil time
comes from an era-based days-to-civil conversion. Zone rules are a C enum in a
struct array and the 64-bit LCG wraps naturally in ``uint64_t``.

Keywords: time zones, daylight saving time, UTC offset, Unix time, calendar, datetime
"""

import cython
from libc.stdint cimport uint64_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Rule:
    NONE = 0
    EU = 1
    US = 2
    AU = 3

ctypedef struct Zone:
    int std
    Rule rule

cdef Zone ZONES[10]
cdef int _i
_std = (0, 60, 120, -300, -360, -420, -480, -420, 600, 540)
_rule = (EU, EU, EU, US, US, US, US, NONE, AU, NONE)
for _i in range(10):
    ZONES[_i].std = _std[_i]
    ZONES[_i].rule = _rule[_i]
cdef int YEARS = 131
cdef int MDAYS[13]
MDAYS[:] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


@cython.cdivision(True)
cdef inline int64_t days_from_civil(int64_t y, int64_t m, int64_t d) noexcept nogil:
    y -= 1 if m <= 2 else 0
    cdef int64_t era = y // 400
    cdef int64_t yoe = y - era * 400
    cdef int64_t doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


@cython.cdivision(True)
cdef inline int64_t sunday(int y, int m, int n) noexcept nogil:
    """Days since epoch of the nth (or last, n = -1) Sunday of a month."""
    cdef int dim = MDAYS[m] + (1 if m == 2 and ((y % 4 == 0 and y % 100 != 0) or y % 400 == 0) else 0)
    cdef int64_t first = days_from_civil(y, m, 1)
    cdef int64_t last
    if n > 0:
        # 1970-01-01 was a Thursday: weekday (Monday = 0) of day z is (z + 3) % 7
        return first + (6 - (first + 3) % 7) % 7 + 7 * (n - 1)
    last = first + dim - 1
    return last - ((last + 3) % 7 + 1) % 7


@cython.cdivision(True)
cdef inline void civil(int64_t z, int *y, int *m, int *d) noexcept nogil:
    z += 719468
    cdef int64_t era = z // 146097
    cdef int64_t doe = z - era * 146097
    cdef int64_t yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    cdef int64_t doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    cdef int64_t mp = (5 * doy + 2) // 153
    d[0] = <int>(doy - (153 * mp + 2) // 5 + 1)
    m[0] = <int>(mp + 3 if mp < 10 else mp - 9)
    y[0] = <int>(yoe + era * 400 + (1 if m[0] <= 2 else 0))


cdef inline int64_t draw(uint64_t *state, int64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <int64_t>((state[0] >> 33) % <uint64_t>k)


@cython_benchmark(args=(9000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dst_timezone_offset_conversion(long count, unsigned long long seed):
    """Return (local hours histogram, conversions in DST, date changes, checksum, samples)."""
    cdef uint64_t state = seed
    cdef int64_t *start = <int64_t *>malloc(10 * YEARS * sizeof(int64_t))
    cdef int64_t *end = <int64_t *>malloc(10 * YEARS * sizeof(int64_t))
    cdef long hours[24]
    cdef long in_dst = 0, date_changes = 0, i
    cdef long long checksum = 0
    cdef int64_t seconds, local, a, b
    cdef int z, yi, y, m, d, uy, um, ud, offset, hh, mi, ss, dst
    cdef Zone *zone
    samples = []
    try:
        if start == NULL or end == NULL:
            raise MemoryError()
        for z in range(24):
            hours[z] = 0
        for z in range(10):
            zone = &ZONES[z]
            for yi in range(YEARS):
                y = 1970 + yi
                if zone.rule == EU:
                    a = sunday(y, 3, -1) * 86400 + 3600
                    b = sunday(y, 10, -1) * 86400 + 3600
                elif zone.rule == US:
                    a = sunday(y, 3, 2) * 86400 + 7200 - zone.std * 60
                    b = sunday(y, 11, 1) * 86400 + 7200 - (zone.std + 60) * 60
                elif zone.rule == AU:
                    a = sunday(y, 10, 1) * 86400 + 7200 - zone.std * 60
                    b = sunday(y, 4, 1) * 86400 + 10800 - (zone.std + 60) * 60
                else:
                    a = b = 0
                start[z * YEARS + yi] = a
                end[z * YEARS + yi] = b
        for i in range(count):
            if i % 50:
                seconds = 86400 * draw(&state, 130 * 365)
                seconds += draw(&state, 86400)
            else:
                seconds = 365 * draw(&state, 130)
                seconds = 86400 * (seconds + draw(&state, 366))
                seconds += 3600 * draw(&state, 24) // 2
            civil(seconds // 86400, &uy, &um, &ud)
            yi = uy - 1970
            for z in range(10):
                zone = &ZONES[z]
                offset = zone.std
                if zone.rule != NONE:
                    a = start[z * YEARS + yi]
                    b = end[z * YEARS + yi]
                    if zone.rule != AU:
                        dst = a <= seconds < b
                    else:
                        dst = not (b <= seconds < a)
                    if dst:
                        offset += 60
                        in_dst += 1
                local = seconds + offset * 60
                civil(local // 86400, &y, &m, &d)
                ss = <int>(local % 86400)
                hh = ss // 3600
                mi = ss % 3600 // 60
                hours[hh] += 1
                if d != ud or m != um or y != uy:
                    date_changes += 1
                checksum = (checksum * 1000003 + y * 535680 + m * 44640 + d * 1440 + hh * 60 + mi) % 1000000007
                if len(samples) < 6:
                    samples.append(f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss % 60:02d}"
                                   f"{'+' if offset >= 0 else '-'}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}")
        return [hours[z] for z in range(24)], in_dst, date_changes, checksum, samples
    finally:
        free(start)
        free(end)
