"""Convert every day of a span of years to an ISO 8601 week date and back.

Each calendar day is mapped to its ISO (year, week, weekday) with ``isocalendar()`` and
converted back with ``date.fromisocalendar``. The walk tallies how many days land in
each week number, how many days belong to a neighbouring ISO year (late December and
early January), how many ISO years have 53 weeks, counts round-trip failures and
folds every week date into a checksum, keeping the first few year-crossing dates in
``YYYY-Www-D`` notation.

Keywords: ISO 8601, week date, isocalendar, calendar, round trip, datetime
"""

from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1800, 300), cases=[(2020, 0), (2004, 1), (2008, 2), (1, 3), (9990, 9)])
def iso_week_date_round_trip(first_year: int, years: int) -> Tuple[int, int, int, int, int, List[int], List[str]]:
    """Return (days, year-crossing days, 53-week years, failures, checksum, days per week 1..53, shown)."""
    day = date(first_year, 1, 1)
    end = date(first_year + years, 1, 1) if years else day
    per_week = [0] * 54
    crossing = failures = checksum = days = 0
    shown = []
    while day < end:
        iso_year, week, weekday = day.isocalendar()
        if date.fromisocalendar(iso_year, week, weekday) != day:
            failures += 1
        per_week[week] += 1
        if iso_year != day.year:
            crossing += 1
            if len(shown) < 5:
                shown.append(f"{day.isoformat()}={iso_year:04d}-W{week:02d}-{weekday}")
        checksum = (checksum * 131 + iso_year * 371 + week * 7 + weekday) % 1000000007
        days += 1
        day += timedelta(days=1)
    long_years = sum(1 for y in range(first_year, first_year + years) if date(y, 12, 28).isocalendar()[1] == 53)
    return days, crossing, long_years, failures, checksum, per_week[1:], shown
