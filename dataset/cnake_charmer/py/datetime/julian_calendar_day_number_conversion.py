"""Convert Julian day numbers to Gregorian and Julian (Old Style) calendar dates.

Seeded Julian day numbers spanning years 1–9999 are turned into Gregorian dates with
``date.fromordinal`` and into Julian calendar dates with the classic integer
formula, then the Julian date is converted back to a day number to check the round
trip. The same year/month/day label read as a Gregorian date gives the calendar
drift (−2 days in year 1, 13 days today); Julian leap days that do not exist in the
Gregorian calendar (29 February 1900, 2100, …) are counted. Returns the drift
histogram, round-trip failures, phantom leap days, a weekday tally, a checksum and
sample conversions.

Keywords: Julian day number, Julian calendar, Gregorian calendar, calendar conversion, Old Style, datetime
"""

from datetime import date
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ORDINAL_TO_JDN = 1721425


def julian_from_jdn(jdn: int) -> Tuple[int, int, int]:
    c = jdn + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def jdn_from_julian(year: int, month: int, day: int) -> int:
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


@python_benchmark(args=(90000, 5), cases=[(0, 1), (1, 2), (50, 3), (2000, 4)])
def julian_calendar_day_number_conversion(count: int, seed: int) -> Tuple[List[int], int, int, List[int], int, List[str]]:
    """Return (drift histogram from -2 days, round-trip failures, phantom leap days, weekdays, checksum, samples)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    low = date(1, 1, 3).toordinal() + ORDINAL_TO_JDN
    high = date(9999, 10, 1).toordinal() + ORDINAL_TO_JDN
    drift = [0] * 80
    weekdays = [0] * 7
    failures = phantom = checksum = 0
    samples = []
    for i in range(count):
        jdn = low + (draw(32768) * 32768 + draw(32768)) % (high - low) if i else low
        gregorian = date.fromordinal(jdn - ORDINAL_TO_JDN)
        jy, jm, jd = julian_from_jdn(jdn)
        if jdn_from_julian(jy, jm, jd) != jdn:
            failures += 1
        if jm == 2 and jd == 29 and not (jy % 4 == 0 and (jy % 100 != 0 or jy % 400 == 0)):
            phantom += 1
        else:
            drift[jdn - ORDINAL_TO_JDN - date(jy, jm, jd).toordinal() + 2] += 1
        weekdays[gregorian.weekday()] += 1
        checksum = (checksum * 257 + jy * 384 + jm * 32 + jd + gregorian.day) % 4294967291
        if len(samples) < 5:
            samples.append(f"JD {jdn}: {gregorian.isoformat()} NS = {jy:04d}-{jm:02d}-{jd:02d} OS")
    return drift, failures, phantom, weekdays, checksum, samples
