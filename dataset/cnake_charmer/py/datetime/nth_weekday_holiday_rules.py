"""Expand "nth weekday of the month" holiday rules over thousands of years.

Holidays such as Thanksgiving (fourth Thursday of November), Memorial Day (last
Monday of May), US Election Day (the Tuesday after the first Monday of November) or
Victoria Day (the Monday on or before 24 May) are rules, not dates. Each rule is
expanded for every year with ``calendar.monthrange`` and ``date.weekday``. Returns
the earliest and latest day of month per rule, how often the day-of-month
distribution of each rule hits each value (summed into a checksum), the histogram
of days from Thanksgiving to Christmas, how often two rules land on the same date
and the rules' dates in the first year.

Keywords: holidays, nth weekday, calendar rules, monthrange, Thanksgiving, datetime
"""

import calendar
from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
# (name, month, weekday, n, anchor day, shift): n > 0 nth, n == -1 last, n == 0 on or before anchor day
RULES = (
    ("mlk", 1, MON, 3, 0, 0),
    ("presidents", 2, MON, 3, 0, 0),
    ("mothers", 5, SUN, 2, 0, 0),
    ("victoria", 5, MON, 0, 24, 0),
    ("memorial", 5, MON, -1, 0, 0),
    ("fathers", 6, SUN, 3, 0, 0),
    ("uk_summer", 8, MON, -1, 0, 0),
    ("labor", 9, MON, 1, 0, 0),
    ("columbus", 10, MON, 2, 0, 0),
    ("election", 11, MON, 1, 0, 1),
    ("thanksgiving", 11, THU, 4, 0, 0),
    ("black_friday", 11, THU, 4, 0, 1),
)


def expand(year: int, month: int, weekday: int, n: int, anchor: int, shift: int) -> date:
    first_weekday, days = calendar.monthrange(year, month)
    if n > 0:
        day = 1 + (weekday - first_weekday) % 7 + 7 * (n - 1)
    elif n == -1:
        last = date(year, month, days)
        day = days - (last.weekday() - weekday) % 7
    else:
        target = date(year, month, anchor)
        day = anchor - (target.weekday() - weekday) % 7
    return date(year, month, day) + timedelta(days=shift)


@python_benchmark(args=(1, 9000), cases=[(2024, 0), (2024, 1), (1, 3), (1999, 30), (9990, 9)])
def nth_weekday_holiday_rules(first_year: int, years: int) -> Tuple[List[int], List[int], List[int], int, int, List[str]]:
    """Return (earliest day per rule, latest day per rule, Thanksgiving-to-Christmas histogram, clashes, checksum, first year)."""
    earliest = [31] * len(RULES)
    latest = [0] * len(RULES)
    gap_hist = [0] * 7
    clashes = checksum = 0
    first = []
    for year in range(first_year, first_year + years):
        seen = set()
        for r, (name, month, weekday, n, anchor, shift) in enumerate(RULES):
            when = expand(year, month, weekday, n, anchor, shift)
            earliest[r] = min(earliest[r], when.day)
            latest[r] = max(latest[r], when.day)
            if when in seen:
                clashes += 1
            seen.add(when)
            checksum = (checksum * 37 + when.day * 13 + r) % 1000000009
            if name == "thanksgiving":
                gap_hist[(date(year, 12, 25) - when).days - 27] += 1
            if year == first_year:
                first.append(f"{name}={when.isoformat()}")
    return earliest, latest, gap_hist, clashes, checksum, first
