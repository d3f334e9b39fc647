"""Label each day of a Gregorian span with the Maya Long Count, Tzolk'in, Haab' and Lord of the Night.

With the GMT correlation (Julian day 584283 is 0.0.0.0.0, 4 Ahau 8 Cumku) a day's
count since creation gives the Long Count (baktun, katun, tun, uinal, kin in mixed
radix 20/18/20/20), the 260-day Tzolk'in (13 numbers × 20 day names), the 365-day
Haab' (18 months of 20 days plus the five Uayeb days) and the ninefold Lords of the
Night. Returns the tun endings per Tzolk'in day name, the Lords tally, Uayeb days,
returns of the creation calendar round, a checksum and the first katun endings and
first days as text.

Keywords: Maya calendar, Long Count, Tzolkin, Haab, calendar round, calendar conversion
"""

from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CREATION = 584283 - 1721425  # proleptic Gregorian ordinal of 0.0.0.0.0
DAY_NAMES = ("Imix", "Ik", "Akbal", "Kan", "Chicchan", "Cimi", "Manik", "Lamat", "Muluc", "Oc",
             "Chuen", "Eb", "Ben", "Ix", "Men", "Cib", "Caban", "Etznab", "Cauac", "Ahau")
MONTHS = ("Pop", "Uo", "Zip", "Zotz", "Tzec", "Xul", "Yaxkin", "Mol", "Chen", "Yax",
          "Zac", "Ceh", "Mac", "Kankin", "Muan", "Pax", "Kayab", "Cumku", "Uayeb")


def describe(n: int) -> str:
    baktun, rest = divmod(n, 144000)
    katun, rest = divmod(rest, 7200)
    tun, rest = divmod(rest, 360)
    uinal, kin = divmod(rest, 20)
    haab_month, haab_day = divmod((n + 348) % 365, 20)
    return (f"{baktun}.{katun}.{tun}.{uinal}.{kin} {(n + 3) % 13 + 1} {DAY_NAMES[(n + 19) % 20]} "
            f"{haab_day} {MONTHS[haab_month]} G{(n + 8) % 9 + 1}")


@python_benchmark(args=(1, 120000), cases=[(2012, 0), (2012, 1), (2012, 400), (1, 30), (9990, 3000)])
def mayan_long_count_calendar_round(first_year: int, days: int) -> Tuple[List[int], List[int], int, int, int, List[str], List[str]]:
    """Return (tun endings per day name, Lords of the Night tally, Uayeb days, creation rounds, checksum, katun endings, first days)."""
    tun_names = [0] * 20
    lords = [0] * 9
    uayeb = rounds = checksum = 0
    katuns = []
    first = []
    day = date(first_year, 1, 1)
    for i in range(days):
        n = day.toordinal() - CREATION
        kin_count = n % 7200
        tzolkin_number, day_name = (n + 3) % 13 + 1, (n + 19) % 20
        haab = (n + 348) % 365
        if n % 360 == 0:
            tun_names[day_name] += 1
            if kin_count == 0 and len(katuns) < 4:
                katuns.append(f"{day.isoformat()} {describe(n)}")
        lords[(n + 8) % 9] += 1
        uayeb += haab >= 360
        rounds += tzolkin_number == 4 and day_name == 19 and haab == 348
        checksum = (checksum * 613 + n // 144000 * 1000003 + kin_count * 7 + tzolkin_number * 20 + day_name + haab) % 4294967311
        if i < 3:
            first.append(describe(n))
        day += timedelta(days=1)
    return tun_names, lords, uayeb, rounds, checksum, katuns, first
