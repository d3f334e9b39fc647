# cython: language_level=3
"""RRULE expansion on integer day ordinals with a rule struct and weekday bit masks.

Each rule is decoded into a C struct (frequency enum, interval, BYDAY bit mask,
up to three BYMONTHDAY values, COUNT and an UNTIL/horizon ordinal). Dates are
proleptic Gregorian ordinals: weekly rules step by seven-day blocks and test mask
bits, monthly rules sort at most four resolved days in a small C array, and
civil dates are recovered with an era-based integer conversion only for display.

Keywords: RFC 5545, RRULE, recurrence expansion, iCalendar, calendar, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Freq:
    DAILY = 0
    WEEKLY = 1
    MONTHLY = 2
    YEARLY = 3

ctypedef struct Rule:
    Freq freq
    int interval
    int byday
    int n_monthdays
    int monthdays[3]
    long long count
    long until
    long start
    int sy, sm, sd

ctypedef struct Tally:
    long long n
    long long checksum
    long last
    long per_weekday[7]

FREQ_NAMES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
cdef int MDAYS[13]
MDAYS[:] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


cdef inline int draw(unsigned long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245UL + 12345UL) & 0x7FFFFFFFUL
    return <int>((state[0] >> 16) % <unsigned long>k)


cdef inline bint leap(int y) noexcept nogil:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


@cython.cdivision(True)
cdef inline long to_ordinal(int y, int m, int d) noexcept nogil:
    cdef long yy = y - (1 if m <= 2 else 0)
    cdef long era = yy // 400
    cdef long yoe = yy - era * 400
    cdef long doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    cdef long doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 305


@cython.cdivision(True)
cdef inline void from_ordinal(long n, int *y, int *m, int *d) noexcept nogil:
    cdef long z = n + 305
    cdef long era = z // 146097
    cdef long doe = z - era * 146097
    cdef long yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    cdef long doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    cdef long mp = (5 * doy + 2) // 153
    d[0] = <int>(doy - (153 * mp + 2) // 5 + 1)
    m[0] = <int>(mp + 3 if mp < 10 else mp - 9)
    y[0] = <int>(yoe + era * 400 + (1 if m[0] <= 2 else 0))


cdef inline int year_of(long n) noexcept nogil:
    cdef int y, m, d
    from_ordinal(n, &y, &m, &d)
    return y


@cython.cdivision(True)
cdef inline bint emit(Tally *t, Rule *r, long day) noexcept nogil:
    if day < r.start or day > r.until or t.n >= r.count:
        return False
    t.n += 1
    t.last = day
    t.per_weekday[(day + 6) % 7] += 1
    t.checksum = (t.checksum * 31 + day) % 4294967291LL
    return True


@cython.cdivision(True)
cdef void expand(Rule *r, Tally *t) noexcept nogil:
    cdef long day, week
    cdef int wd, y, m, length, k, j, v, n, prev, last_year
    cdef int wanted[4]
    if r.freq == DAILY:
        day = r.start
        while day <= r.until and t.n < r.count:
            if r.byday == 0 or (r.byday >> ((day + 6) % 7)) & 1:
                emit(t, r, day)
            day += r.interval
    elif r.freq == WEEKLY:
        week = r.start - (r.start + 6) % 7
        while week <= r.until and t.n < r.count:
            for wd in range(7):
                if (r.byday >> wd) & 1:
                    emit(t, r, week + wd)
            week += 7 * r.interval
    elif r.freq == MONTHLY:
        y = r.sy
        m = r.sm
        while to_ordinal(y, m, 1) <= r.until and t.n < r.count:
            length = MDAYS[m] + (1 if m == 2 and leap(y) else 0)
            n = 0
            if r.n_monthdays == 0:
                if r.sd <= length:
                    wanted[n] = r.sd
                    n += 1
            for k in range(r.n_monthdays):
                v = r.monthdays[k]
                if v > length:
                    continue
                if v < 0:
                    v = length + v + 1
                # insertion into the sorted, duplicate-free small array
                j = n
                while j > 0 and wanted[j - 1] > v:
                    j -= 1
                if j > 0 and wanted[j - 1] == v:
                    continue
                prev = n
                while prev > j:
                    wanted[prev] = wanted[prev - 1]
                    prev -= 1
                wanted[j] = v
                n += 1
            for k in range(n):
                emit(t, r, to_ordinal(y, m, wanted[k]))
            m += r.interval
            y += (m - 1) // 12
            m = (m - 1) % 12 + 1
    else:
        y = r.sy
        last_year = year_of(r.until)
        while y <= last_year and t.n < r.count:
            if r.sm != 2 or r.sd != 29 or leap(y):
                emit(t, r, to_ordinal(y, r.sm, r.sd))
            y += r.interval


@cython_benchmark(args=(1200, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rrule_recurrence_expansion(int rules, long seed):
    """Return (occurrences, per weekday, per frequency, checksum, first rules with count and last date)."""
    cdef unsigned long state = seed & 0x7FFFFFFF
    cdef Rule r
    cdef Tally t
    cdef long long total = 0, checksum = 0
    cdef long per_weekday[7]
    cdef long long per_freq[4]
    cdef int i, k, wd, y, m, d, hy
    cdef long horizon
    shown = []
    for k in range(7):
        per_weekday[k] = 0
    for k in range(4):
        per_freq[k] = 0
    for i in range(rules):
        r.freq = <Freq>draw(&state, 4)
        r.interval = 1 + draw(&state, 3)
        r.start = to_ordinal(1990 + draw(&state, 40), 1, 1) + draw(&state, 366)
        from_ordinal(r.start, &r.sy, &r.sm, &r.sd)
        if draw(&state, 5) == 0:
            r.sy -= r.sy % 4
            r.sm = 2
            r.sd = 29
            r.start = to_ordinal(r.sy, 2, 29)
        r.byday = 0
        if r.freq == DAILY or r.freq == WEEKLY:
            for wd in range(7):
                if draw(&state, 3) == 0:
                    r.byday |= 1 << wd
        r.n_monthdays = 0
        if r.freq == MONTHLY:
            r.n_monthdays = draw(&state, 4)
            for k in range(r.n_monthdays):
                if draw(&state, 3):
                    r.monthdays[k] = draw(&state, 31) + 1
                else:
                    r.monthdays[k] = -1 - draw(&state, 3)
        if draw(&state, 2):
            r.count = 5 + draw(&state, 400)
            r.until = to_ordinal(9999, 12, 31)
        else:
            r.count = 1000000000
            r.until = r.start + draw(&state, 3000)
        horizon = to_ordinal(r.sy + 20, r.sm, r.sd if r.sd < 28 else 28)
        until_shown = r.until
        if horizon < r.until:
            r.until = horizon
        if r.freq == WEEKLY and r.byday == 0:
            r.byday = 1 << ((r.start + 6) % 7)
            byday_shown = 0
        else:
            byday_shown = r.byday
        t.n = 0
        t.checksum = checksum
        t.last = 0
        for k in range(7):
            t.per_weekday[k] = 0
        expand(&r, &t)
        checksum = t.checksum
        total += t.n
        per_freq[<int>r.freq] += t.n
        for k in range(7):
            per_weekday[k] += t.per_weekday[k]
        if len(shown) < 4:
            text = f"FREQ={FREQ_NAMES[<int>r.freq]};INTERVAL={r.interval}"
            if byday_shown:
                text += ";BYDAY=" + ",".join([DAY_NAMES[wd] for wd in range(7) if (byday_shown >> wd) & 1])
            if r.n_monthdays:
                text += ";BYMONTHDAY=" + ",".join([str(r.monthdays[k]) for k in range(r.n_monthdays)])
            if r.count < 1000000000:
                text += f";COUNT={r.count}"
            else:
                from_ordinal(until_shown, &y, &m, &d)
                text += f";UNTIL={y:04d}{m:02d}{d:02d}"
            last = "none"
            if t.n:
                from_ordinal(t.last, &y, &m, &d)
                last = f"{y:04d}-{m:02d}-{d:02d}"
            shown.append((f"{r.sy:04d}-{r.sm:02d}-{r.sd:02d} {text}", t.n, last))
    return total, [per_weekday[k] for k in range(7)], [per_freq[k] for k in range(4)], checksum, shown
