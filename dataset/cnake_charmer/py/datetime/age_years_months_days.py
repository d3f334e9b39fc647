"""Compute ages and tenures as years, months and days between seeded date pairs.

Each birth (or hire) date and reference date gives an age the way people state it:
whole years, then whole months, then the remaining days borrowed from the month
before the reference date (``calendar.monthrange``). People born on 29 February
celebrate on 28 February in common years. Returns the age histogram by decade,
total months of tenure, the sum of the day components, birthdays falling on the
reference date, leaplings seen, the mean wait to the next birthday, a checksum and
sample ``Ny Nm Nd`` strings.

Keywords: age calculation, tenure, calendar arithmetic, leap day birthday, monthrange, datetime
"""

import calendar
from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def age(birth: date, ref: date) -> Tuple[int, int, int]:
    years = ref.year - birth.year
    months = ref.month - birth.month
    days = ref.day - birth.day
    if days < 0:
        months -= 1
        prev_year, prev_month = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        days += calendar.monthrange(prev_year, prev_month)[1]
    if months < 0:
        years -= 1
        months += 12
    return years, months, days


def birthday_in(birth: date, year: int) -> date:
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birth.replace(year=year)


@python_benchmark(args=(45000, 21), cases=[(0, 1), (1, 2), (30, 3), (400, 4)])
def age_years_months_days(people: int, seed: int) -> Tuple[List[int], int, int, int, int, int, int, List[str]]:
    """Return (ages per decade, total months, day components, birthdays today, leaplings, total days to next birthday, checksum, samples)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    decades = [0] * 13
    total_months = day_sum = birthdays = leaplings = wait_sum = checksum = 0
    samples = []
    epoch = date(1900, 1, 1)
    for i in range(people):
        birth = epoch + timedelta(days=draw(45000))
        if i % 37 == 0:
            birth = date(1904 + 4 * draw(30), 2, 29)
        ref = birth + timedelta(days=draw(40000))
        if i % 23 == 0:
            ref = birthday_in(birth, ref.year + 1)
        years, months, days = age(birth, ref)
        decades[min(years // 10, 12)] += 1
        total_months += years * 12 + months
        day_sum += days
        if birth.month == 2 and birth.day == 29:
            leaplings += 1
        nxt = birthday_in(birth, ref.year)
        if nxt == ref:
            birthdays += 1
        if nxt < ref:
            nxt = birthday_in(birth, ref.year + 1)
        wait_sum += (nxt - ref).days
        checksum = (checksum * 1009 + years * 372 + months * 31 + days) % 1000000007
        if len(samples) < 5:
            samples.append(f"{birth.isoformat()}..{ref.isoformat()}: {years}y {months}m {days}d")
    return decades, total_months, day_sum, birthdays, leaplings, wait_sum, checksum, samples
