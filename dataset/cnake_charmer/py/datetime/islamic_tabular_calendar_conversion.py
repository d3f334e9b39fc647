"""Walk Gregorian days and convert each to the tabular (arithmetic) Islamic calendar.

The tabular Hijri calendar has a 30-year cycle of 10,631 days with eleven 355-day
leap years (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of the cycle) and months
alternating 30 and 29 days, the last one gaining a day in leap years. Every day of a
Gregorian span is converted with cycle arithmetic and converted back. Returns the
days spent in each Hijri month, how many 1 Ramadan fall in each Gregorian month,
the number of Hijri new years met, round-trip failures, a checksum and the first
Hijri new years as Gregorian dates. Days before the epoch get non-positive Hijri years.

Keywords: Islamic calendar, Hijri, tabular calendar, calendar conversion, 30-year cycle, datetime
"""

from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, civil epoch
LEAP_YEARS = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}
CYCLE_DAYS = 10631


def month_length(year_in_cycle: int, month: int) -> int:
    if month == 12 and year_in_cycle in LEAP_YEARS:
        return 30
    return 30 if month % 2 else 29


def to_hijri(ordinal: int) -> Tuple[int, int, int]:
    cycles, days = divmod(ordinal - EPOCH, CYCLE_DAYS)
    year_in_cycle = 1
    while days >= (355 if year_in_cycle in LEAP_YEARS else 354):
        days -= 355 if year_in_cycle in LEAP_YEARS else 354
        year_in_cycle += 1
    month = 1
    while days >= month_length(year_in_cycle, month):
        days -= month_length(year_in_cycle, month)
        month += 1
    return cycles * 30 + year_in_cycle, month, days + 1


def from_hijri(year: int, month: int, day: int) -> int:
    cycles, year_in_cycle = divmod(year - 1, 30)
    days = cycles * CYCLE_DAYS
    days += sum(355 if y in LEAP_YEARS else 354 for y in range(1, year_in_cycle + 1))
    days += sum(month_length(year_in_cycle + 1, m) for m in range(1, month))
    return EPOCH + days + day - 1


@python_benchmark(args=(1900, 45000), cases=[(2024, 0), (2024, 1), (622, 400), (1, 800), (9900, 3000)])
def islamic_tabular_calendar_conversion(first_year: int, days: int) -> Tuple[List[int], List[int], int, int, int, List[str]]:
    """Return (days per Hijri month, 1 Ramadan per Gregorian month, new years, failures, checksum, first new years)."""
    per_month = [0] * 12
    ramadan = [0] * 12
    new_years = failures = checksum = 0
    shown = []
    day = date(first_year, 1, 1)
    for _ in range(days):
        ordinal = day.toordinal()
        year, month, dom = to_hijri(ordinal)
        if from_hijri(year, month, dom) != ordinal:
            failures += 1
        per_month[month - 1] += 1
        if dom == 1 and month == 9:
            ramadan[day.month - 1] += 1
        if dom == 1 and month == 1:
            new_years += 1
            if len(shown) < 4:
                shown.append(f"1 Muharram {year} AH = {day.isoformat()}")
        checksum = (checksum * 131 + year * 400 + month * 31 + dom) % 1000000007
        day += timedelta(days=1)
    return per_month, ramadan, new_years, failures, checksum, shown
