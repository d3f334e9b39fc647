"""Count business days between dates and roll dates forward by business days.

A holiday calendar is generated for a span of years: fixed public holidays that move
to the next working day when they fall on a weekend, plus a few seeded company
closure days per year. The weekend rule is selectable (Saturday–Sunday, Friday–
Saturday or Sunday only). Seeded queries then count business days in a half-open
date interval and find the date a number of business days after its start, the way
a ``networkdays``/``workday`` spreadsheet pair would. Returns totals, the longest
count, due dates per weekday, a checksum and the first queries.

Keywords: business days, holidays, workday, weekend rule, calendar, datetime
"""

from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

FIXED = ((1, 1), (5, 1), (7, 4), (11, 11), (12, 25), (12, 26))
WEEKENDS = ({5, 6}, {4, 5}, {6})


@python_benchmark(args=(3000, 30, 0, 7), cases=[(0, 1, 0, 1), (5, 1, 1, 2), (200, 2, 2, 3), (50, 4, 0, 4)])
def business_day_count_holiday_calendar(queries: int, years: int, weekend_rule: int, seed: int) -> Tuple[int, int, int, List[int], int, List[Tuple[str, str, int, str]]]:
    """Return (holidays, total business days, longest count, due dates per weekday, checksum, first queries)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    weekend = WEEKENDS[weekend_rule]
    first_year = 2000
    holidays = set()
    for year in range(first_year, first_year + years + 1):
        for month, day in FIXED:
            when = date(year, month, day)
            while when.weekday() in weekend or when in holidays:
                when += timedelta(days=1)
            holidays.add(when)
        for _ in range(3):
            holidays.add(date(year, 1, 1) + timedelta(days=draw(365)))

    def is_business(day: date) -> bool:
        return day.weekday() not in weekend and day not in holidays

    start = date(first_year, 1, 1)
    span = (date(first_year + years, 1, 1) - start).days
    total = longest = checksum = 0
    due_per_weekday = [0] * 7
    shown = []
    for _ in range(queries):
        a = start + timedelta(days=draw(span))
        b = a + timedelta(days=draw(90))
        count = sum(1 for k in range((b - a).days) if is_business(a + timedelta(days=k)))
        steps = draw(20)
        due = a
        while steps > 0:
            due += timedelta(days=1)
            if is_business(due):
                steps -= 1
        total += count
        longest = max(longest, count)
        due_per_weekday[due.weekday()] += 1
        checksum = (checksum * 1000003 + count * 65537 + due.toordinal()) % 2147483647
        if len(shown) < 4:
            shown.append((a.isoformat(), b.isoformat(), count, due.isoformat()))
    return len(holidays), total, longest, due_per_weekday, checksum, shown
