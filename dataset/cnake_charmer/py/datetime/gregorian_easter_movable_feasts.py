"""Western and Orthodox Easter with their movable feasts over many centuries.

For every year the Gregorian Easter Sunday comes from the anonymous (Meeus/Jones/
Butcher) computus and the Orthodox one from the Julian computus shifted into the
Gregorian calendar. Ash Wednesday, Ascension, Pentecost and Corpus Christi follow
as fixed offsets. The result tallies the Easter date distribution from 22 March to
25 April, how often both Easters coincide and how far apart they are, how often Ash
Wednesday falls in February and Pentecost in June, plus a checksum of all feast
ordinals and the first few Easter dates.

Keywords: Easter, computus, movable feasts, Gregorian calendar, Julian calendar, church calendar
"""

from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

FEAST_OFFSETS = (-46, -7, 39, 49, 60)


def western_easter(year: int) -> date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    # the Julian date is moved onto the Gregorian calendar by the century drift
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


@python_benchmark(args=(1583, 8400), cases=[(2024, 0), (2000, 1), (1583, 3), (2285, 1), (1900, 250)])
def gregorian_easter_movable_feasts(first_year: int, years: int) -> Tuple[List[int], int, List[int], int, int, int, List[str]]:
    """Return (Easter per day from 22 Mar, coinciding years, gap histogram in weeks, Feb Ash Wednesdays, June Pentecosts, checksum, first Easters)."""
    per_day = [0] * 35
    gaps = [0] * 16
    together = february = june = checksum = 0
    first = []
    march_22 = None
    for year in range(first_year, first_year + years):
        easter = western_easter(year)
        march_22 = date(year, 3, 22)
        per_day[(easter - march_22).days] += 1
        orthodox = orthodox_easter(year)
        gap = (orthodox - easter).days // 7
        gaps[gap] += 1
        together += gap == 0
        feasts = [easter + timedelta(days=k) for k in FEAST_OFFSETS]
        february += feasts[0].month == 2
        june += feasts[3].month == 6
        for feast in feasts:
            checksum = (checksum * 7919 + feast.toordinal()) % 998244353
        checksum = (checksum + orthodox.toordinal()) % 998244353
        if len(first) < 6:
            first.append(f"{easter.isoformat()}/{orthodox.isoformat()}")
    return per_day, together, gaps, february, june, checksum, first
