"""Date every new and full moon of a range of lunations with Meeus's approximations.

For lunation number k the mean phase time is a polynomial in k; the true new or
full moon adds the leading periodic corrections in the Sun's and Moon's mean
anomalies, the Moon's argument of latitude and the ascending node (Meeus,
Astronomical Algorithms, chapter 49). Each instant is placed on the Gregorian
calendar through its Julian day number. Returns new moons per weekday, the number
of calendar months with two full moons ("blue moons"), full moons on a Friday the
13th, the shortest, longest and mean synodic month in days, a checksum of the
dates and the first phases as ``YYYY-MM-DD HH:MM`` UT.

Keywords: lunar phases, new moon, full moon, Meeus, astronomical calendar, Julian day
"""

import math
from datetime import date
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def phase_jde(k: float, full: bool) -> float:
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t * t * t
    e = 1.0 - 0.002516 * t - 0.0000074 * t * t
    m = math.radians((2.5534 + 29.1053567 * k - 0.0000014 * t * t) % 360.0)
    mp = math.radians((201.5643 + 385.81693528 * k + 0.0107582 * t * t) % 360.0)
    f = math.radians((160.7108 + 390.67050284 * k - 0.0016118 * t * t) % 360.0)
    node = math.radians((124.7746 - 1.56375588 * k + 0.0020672 * t * t) % 360.0)
    a, b = (-0.40614, 0.17302) if full else (-0.4072, 0.17241)
    jde += a * math.sin(mp) + b * e * math.sin(m)
    jde += 0.01614 * math.sin(2 * mp) + 0.01043 * math.sin(2 * f)
    jde += 0.00734 * e * math.sin(mp - m) - 0.00515 * e * math.sin(mp + m)
    jde += 0.00209 * e * e * math.sin(2 * m) - 0.00111 * math.sin(mp - 2 * f)
    jde += -0.00057 * math.sin(mp + 2 * f) + 0.00056 * e * math.sin(2 * mp + m)
    jde += -0.00042 * math.sin(3 * mp) - 0.00017 * math.sin(node)
    return jde


@python_benchmark(args=(-24000, 30000), tolerance=1e-7, cases=[(0, 0), (0, 1), (300, 13), (-24700, 40), (98000, 20)])
def meeus_lunar_phase_calendar(first_k: int, lunations: int) -> Tuple[List[int], int, int, float, float, float, int, List[str]]:
    """Return (new moons per weekday, blue moons, Friday-13th full moons, shortest/longest/mean month, checksum, first phases)."""
    new_per_weekday = [0] * 7
    blue = friday13 = checksum = 0
    shortest, longest, total_month = 1e9, 0.0, 0.0
    previous_new = None
    previous_full_month = None
    shown = []
    for k in range(first_k, first_k + lunations):
        for full in (False, True):
            jde = phase_jde(k + 0.5 * full, full)
            jdn = math.floor(jde + 0.5)
            day = date.fromordinal(jdn - 1721425)
            if full:
                if previous_full_month == (day.year, day.month):
                    blue += 1
                previous_full_month = (day.year, day.month)
                friday13 += day.day == 13 and day.weekday() == 4
            else:
                new_per_weekday[day.weekday()] += 1
                if previous_new is not None:
                    month = jde - previous_new
                    shortest = min(shortest, month)
                    longest = max(longest, month)
                    total_month += month
                previous_new = jde
            checksum = (checksum * 97 + jdn) % 1000000007
            if len(shown) < 4:
                minutes = math.floor((jde + 0.5 - jdn) * 1440.0)
                shown.append(f"{'full' if full else 'new'} {day.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}")
    mean = total_month / (lunations - 1) if lunations > 1 else 0.0
    if lunations < 2:
        shortest = longest = 0.0
    return new_per_weekday, blue, friday13, shortest, longest, mean, checksum, shown
