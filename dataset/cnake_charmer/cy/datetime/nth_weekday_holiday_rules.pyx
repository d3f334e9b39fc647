# cython: language_level=3
"""Holiday rules as a C struct table, expanded with weekday-of-the-first arithmetic.

The rules are a static array of ``Rule`` structs with an enum for the rule kind.
The weekday of the first of each month is derived from the weekday of 1 January
(advanced a year at a time by 365 or 366 days) and a cumulative month table, so
every rule resolves to a day of month with a modulo, without building dates.

Keywords: holidays, nth weekday, calendar rules, monthrange, Thanksgiving, datetime
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Kind:
    NTH = 0
    LAST = 1
    ON_OR_BEFORE = 2

ctypedef struct Rule:
    int month
    int weekday
    int n
    int anchor
    int shift
    Kind kind

cdef int N_RULES = 12
cdef int THANKSGIVING = 10
cdef Rule RULES[12]
cdef int CUM[13]
CUM[:] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
NAMES = ("mlk", "presidents", "mothers", "victoria", "memorial", "fathers", "uk_summer",
         "labor", "columbus", "election", "thanksgiving", "black_friday")


cdef void set_rule(int i, int month, int weekday, int n, int anchor, int shift):
    RULES[i].month = month
    RULES[i].weekday = weekday
    RULES[i].n = n
    RULES[i].anchor = anchor
    RULES[i].shift = shift
    RULES[i].kind = NTH if n > 0 else (LAST if n == -1 else ON_OR_BEFORE)


set_rule(0, 1, 0, 3, 0, 0)
set_rule(1, 2, 0, 3, 0, 0)
set_rule(2, 5, 6, 2, 0, 0)
set_rule(3, 5, 0, 0, 24, 0)
set_rule(4, 5, 0, -1, 0, 0)
set_rule(5, 6, 6, 3, 0, 0)
set_rule(6, 8, 0, -1, 0, 0)
set_rule(7, 9, 0, 1, 0, 0)
set_rule(8, 10, 0, 2, 0, 0)
set_rule(9, 11, 0, 1, 0, 1)
set_rule(10, 11, 3, 4, 0, 0)
set_rule(11, 11, 3, 4, 0, 1)


@cython_benchmark(args=(1, 9000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nth_weekday_holiday_rules(int first_year, int years):
    """Return (earliest day per rule, latest day per rule, Thanksgiving-to-Christmas histogram, clashes, checksum, first year)."""
    cdef int earliest[12]
    cdef int latest[12]
    cdef long gap_hist[7]
    cdef int doy[12]
    cdef long clashes = 0
    cdef long long checksum = 0
    cdef int year, r, s, leap, jan1, first_wd, dim, day, wd, p
    cdef Rule *rule
    first = []
    for r in range(N_RULES):
        earliest[r] = 31
        latest[r] = 0
    for r in range(7):
        gap_hist[r] = 0
    p = first_year - 1
    jan1 = (p + p // 4 - p // 100 + p // 400) % 7  # Monday = 0; 0001-01-01 was a Monday
    for year in range(first_year, first_year + years):
        leap = 1 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 0
        for r in range(N_RULES):
            rule = &RULES[r]
            s = CUM[rule.month - 1] + (leap if rule.month > 2 else 0)
            first_wd = (jan1 + s) % 7
            dim = CUM[rule.month] - CUM[rule.month - 1] + (leap if rule.month == 2 else 0)
            if rule.kind == NTH:
                day = 1 + (rule.weekday - first_wd + 7) % 7 + 7 * (rule.n - 1)
            elif rule.kind == LAST:
                wd = (first_wd + dim - 1) % 7
                day = dim - (wd - rule.weekday + 7) % 7
            else:
                wd = (first_wd + rule.anchor - 1) % 7
                day = rule.anchor - (wd - rule.weekday + 7) % 7
            day += rule.shift
            doy[r] = s + day
            if day < earliest[r]:
                earliest[r] = day
            if day > latest[r]:
                latest[r] = day
            for p in range(r):
                if doy[p] == doy[r]:
                    clashes += 1
                    break
            checksum = (checksum * 37 + day * 13 + r) % 1000000009
            if r == THANKSGIVING:
                gap_hist[25 + 30 - day - 27] += 1
            if year == first_year:
                first.append(f"{NAMES[r]}={year:04d}-{rule.month:02d}-{day:02d}")
        jan1 = (jan1 + 365 + leap) % 7
    return ([earliest[r] for r in range(N_RULES)], [latest[r] for r in range(N_RULES)],
            [gap_hist[r] for r in range(7)], clashes, checksum, first)
