# cython: language_level=3
"""Cron expansion with 64-bit field masks, a C calendar table and bit-scan loops.

Each field is parsed straight from the expression's bytes into a ``uint64_t`` bit
mask by a ``cdef`` scanner (no splitting, no sets). The year is precomputed into C
arrays of month, day and weekday (Sakamoto's weekday formula, Gregorian leap rule), so
matching a day is three bit tests; counts come from popcount and first/last runs from
count-trailing/leading-zero builtins declared with ``cdef extern``.

Keywords: scheduling, cron, calendar, job scheduler, parsing, recurrence expansion
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil
    int __builtin_ctzll(unsigned long long x) nogil
    int __builtin_clzll(unsigned long long x) nogil

cdef int LO[5]
cdef int HI[5]
LO[:] = [0, 0, 1, 1, 0]
HI[:] = [59, 23, 31, 12, 6]
cdef int MONTH_DAYS[12]
MONTH_DAYS[:] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
cdef int SAKAMOTO[12]
SAKAMOTO[:] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef str random_field(unsigned long long *state, int lo, int hi):
    cdef int kind = draw(state, 6), a, i, count
    if kind == 0:
        return "*"
    if kind == 1:
        return f"*/{2 + draw(state, (hi - lo) // 2)}"
    a = lo + draw(state, hi - lo + 1)
    if kind == 2:
        return f"{a}-{a + draw(state, hi - a + 1)}"
    if kind == 3:
        i = a + draw(state, hi - a + 1)
        return f"{a}-{i}/{2 + draw(state, 5)}"
    if kind == 4:
        count = 2 + draw(state, 3)
        return ",".join([str(lo + draw(state, hi - lo + 1)) for i in range(count)])
    return str(a)


cdef inline int read_int(const char *s, int *pos) noexcept nogil:
    cdef int v = 0
    while s[pos[0]] >= 48 and s[pos[0]] <= 57:
        v = v * 10 + (s[pos[0]] - 48)
        pos[0] += 1
    return v


cdef uint64_t parse_field(const char *s, int lo, int hi) noexcept nogil:
    """Parse one whitespace-free field into a bit mask of allowed values."""
    cdef uint64_t mask = 0
    cdef int pos = 0, first, last, step, v
    while True:
        if s[pos] == 42:
            first = lo
            last = hi
            pos += 1
        else:
            first = read_int(s, &pos)
            last = first
            if s[pos] == 45:
                pos += 1
                last = read_int(s, &pos)
        step = 1
        if s[pos] == 47:
            pos += 1
            step = read_int(s, &pos)
        v = first
        while v <= last:
            mask |= (<uint64_t>1) << v
            v += step
        if s[pos] != 44:
            break
        pos += 1
    return mask


@cython_benchmark(args=(2000, 2025, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cron_expression_run_expansion(int count, int year, long long seed):
    """Return (total runs, silent expressions, busiest hour index, its runs, checksum, first expressions)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef bint leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    cdef int days = 366 if leap else 365
    cdef unsigned char month_of[366]
    cdef unsigned char day_of[366]
    cdef unsigned char weekday_of[366]
    cdef long long *hourly = <long long *>calloc(days * 24, sizeof(long long))
    cdef uint64_t masks[5]
    cdef int d = 0, m, k, f, y, n_hours, n_minutes, h_lo, h_hi, mi_lo, mi_hi, wd, busiest = 0
    cdef long long runs, per_day, first, last, total = 0, silent = 0, checksum = 0
    cdef uint64_t hours_left
    cdef bint either, dom_ok, dow_ok
    cdef bytes field
    shown = []
    try:
        if hourly == NULL:
            raise MemoryError()
        y = year - 1
        wd = (y + y // 4 - y // 100 + y // 400 + SAKAMOTO[0] + 1) % 7
        for m in range(12):
            for k in range(MONTH_DAYS[m] + (1 if m == 1 and leap else 0)):
                month_of[d] = m + 1
                day_of[d] = k + 1
                weekday_of[d] = wd
                wd = (wd + 1) % 7
                d += 1
        for _ in range(count):
            parts = [random_field(&state, LO[f], HI[f]) for f in range(5)]
            if draw(&state, 2) == 0:
                parts[4] = "*"
            expression = " ".join(parts)
            for f in range(5):
                field = (<str>parts[f]).encode("ascii")
                masks[f] = parse_field(field, LO[f], HI[f])
            either = not (<str>parts[2]).startswith("*") and not (<str>parts[4]).startswith("*")
            with nogil:
                n_minutes = __builtin_popcountll(masks[0])
                n_hours = __builtin_popcountll(masks[1])
                per_day = <long long>n_hours * n_minutes
                runs = 0
                first = -1
                last = -1
                h_lo = h_hi = mi_lo = mi_hi = 0
                if per_day:
                    h_lo = __builtin_ctzll(masks[1])
                    h_hi = 63 - __builtin_clzll(masks[1])
                    mi_lo = __builtin_ctzll(masks[0])
                    mi_hi = 63 - __builtin_clzll(masks[0])
                for d in range(days):
                    if not (masks[3] >> month_of[d]) & 1:
                        continue
                    dom_ok = (masks[2] >> day_of[d]) & 1
                    dow_ok = (masks[4] >> weekday_of[d]) & 1
                    if either:
                        if not (dom_ok or dow_ok):
                            continue
                    elif not (dom_ok and dow_ok):
                        continue
                    runs += per_day
                    if per_day:
                        if first < 0:
                            first = d * 1440 + h_lo * 60 + mi_lo
                        last = d * 1440 + h_hi * 60 + mi_hi
                        hours_left = masks[1]
                        while hours_left:
                            hourly[d * 24 + __builtin_ctzll(hours_left)] += n_minutes
                            hours_left &= hours_left - 1
                total += runs
                if runs == 0:
                    silent += 1
                checksum = (checksum * 1000003 + runs * 31 + first * 7 + last) % 2147483647
                if checksum < 0:
                    checksum += 2147483647
            if len(shown) < 3:
                when = "never"
                if first >= 0:
                    d = <int>(first // 1440)
                    when = (f"{year:04d}-{month_of[d]:02d}-{day_of[d]:02d} "
                            f"{first % 1440 // 60:02d}:{first % 60:02d}")
                shown.append((expression, runs, when))
        with nogil:
            for k in range(days * 24):
                if hourly[k] > hourly[busiest]:
                    busiest = k
        return (total, silent, busiest, hourly[busiest], checksum, shown)
    finally:
        free(hourly)
