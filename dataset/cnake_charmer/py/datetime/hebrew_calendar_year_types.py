"""Classify Hebrew calendar years by length and the weekdays of their festivals.

The start of each Hebrew year follows from the molad (mean conjunction) of Tishrei,
counted in parts of an hour since the epoch, with the postponement rules: Rosh
Hashanah never falls on Sunday, Wednesday or Friday, and years are kept to lengths
353–355 (common) or 383–385 (leap, 7 of every 19 years). For a range of years the
function derives each year's length and its Rosh Hashanah and Passover in the
Gregorian calendar. Returns the tally of the six year lengths, the Rosh Hashanah
and Passover weekday tallies, the number of distinct year types (keviyot), the
earliest and latest Gregorian day of Rosh Hashanah, a checksum and first years.

Keywords: Hebrew calendar, molad, Rosh Hashanah, Passover, leap month, lunisolar calendar
"""

from datetime import date
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPOCH = -1373427  # ordinal of 1 Tishrei AM 1 (proleptic)
LENGTHS = (353, 354, 355, 383, 384, 385)


def elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    if (3 * (day + 1)) % 7 < 3:
        day += 1
    return day


def new_year(year: int) -> int:
    before, now, after = elapsed_days(year - 1), elapsed_days(year), elapsed_days(year + 1)
    if after - now == 356:
        delay = 2
    elif now - before == 382:
        delay = 1
    else:
        delay = 0
    return EPOCH + now + delay


@python_benchmark(args=(3762, 9990), cases=[(5785, 0), (5785, 1), (5784, 19), (3762, 3), (13700, 59)])
def hebrew_calendar_year_types(first_year: int, years: int) -> Tuple[List[int], List[int], List[int], int, int, int, int, List[str]]:
    """Return (years per length, Rosh Hashanah weekdays, Passover weekdays, keviyot, earliest/latest RH day of year, checksum, first years)."""
    per_length = [0] * len(LENGTHS)
    rh_weekdays = [0] * 7
    pesach_weekdays = [0] * 7
    kinds = set()
    earliest, latest = 400, 0
    checksum = 0
    shown = []
    for year in range(first_year, first_year + years):
        start, next_start = new_year(year), new_year(year + 1)
        length = next_start - start
        per_length[LENGTHS.index(length)] += 1
        rosh = date.fromordinal(start)
        passover = date.fromordinal(next_start - 163)
        rh_weekdays[rosh.weekday()] += 1
        pesach_weekdays[passover.weekday()] += 1
        kinds.add((rosh.weekday(), length))
        day_of_year = rosh.timetuple().tm_yday
        earliest = min(earliest, day_of_year)
        latest = max(latest, day_of_year)
        checksum = (checksum * 1009 + length * 7 + rosh.month * 31 + rosh.day + passover.day) % 1000000007
        if len(shown) < 3:
            shown.append(f"{year} AM: {length} days, RH {rosh.isoformat()}, Pesach {passover.isoformat()}")
    return per_length, rh_weekdays, pesach_weekdays, len(kinds), earliest, latest, checksum, shown
