# cython: language_level=3
"""Fixed-layout timestamp parsing with digit arithmetic and days-from-civil.

Each timestamp is formatted into a stack ``char`` buffer and parsed back by reading
fixed digit positions; the calendar date becomes a day count with Howard Hinnant's
days-from-civil formula, so no datetime objects are created at all.

Keywords: timestamps, epoch seconds, calendar arithmetic, fixed layout, parsing
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _num(const char *s, int k) noexcept nogil:
    cdef int v = 0, i
    for i in range(k):
        v = v * 10 + s[i] - 48
    return v


@cython.cdivision(True)
cdef long long _days_from_civil(int y, int m, int d) noexcept nogil:
    cdef int era, yoe, doy, doe
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return <long long> era * 146097 + doe - 719468


cdef inline void _two(char *p, int v) noexcept nogil:
    p[0] = 48 + v // 10
    p[1] = 48 + v % 10


@cython_benchmark(args=(16000, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
def strptime_timestamp_parse(int m, int seed):
    """Return (earliest, latest, sum of epoch seconds, weekday histogram Mon..Sun)."""
    cdef int spans[6]
    spans[:] = [28, 12, 130, 24, 60, 60]
    cdef int f[6]
    cdef char s[20]
    cdef long long weekdays[7]
    cdef unsigned long long state = seed
    cdef long long days, secs, lo = 0, hi = 0, total = 0
    cdef int w, k, year
    for k in range(7):
        weekdays[k] = 0
    for w in range(m):
        for k in range(6):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            f[k] = (state >> 7) % spans[k]
        _two(s, f[0] + 1)
        s[2] = b'/'
        _two(s + 3, f[1] + 1)
        s[5] = b'/'
        year = 1970 + f[2]
        _two(s + 6, year // 100)
        _two(s + 8, year % 100)
        s[10] = b' '
        _two(s + 11, f[3])
        s[13] = b':'
        _two(s + 14, f[4])
        s[16] = b':'
        _two(s + 17, f[5])
        days = _days_from_civil(_num(s + 6, 4), _num(s + 3, 2), _num(s, 2))
        secs = days * 86400 + _num(s + 11, 2) * 3600 + _num(s + 14, 2) * 60 + _num(s + 17, 2)
        weekdays[(days + 3) % 7] += 1
        if w == 0 or secs < lo:
            lo = secs
        if w == 0 or secs > hi:
            hi = secs
        total += secs
    return (lo, hi, total, [weekdays[k] for k in range(7)])
